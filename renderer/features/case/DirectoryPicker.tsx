import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/contract/index';
import { api } from '../../api';

type Directory = Output<'directory.search'>;
export type DirectoryContact = Directory['contacts'][number];
export type DirectoryOrganization = Directory['organizations'][number];

type Kind = 'contact' | 'organization';
type Entry<K extends Kind> = K extends 'contact' ? DirectoryContact : DirectoryOrganization;

/** How long typing pauses before the directory is asked. */
const PAUSE_MS = 200;

/**
 * Picks a contact (by name or email) or an organization (by name) from the workspace's directory
 * (`directory.search`), as the agent types: the case's reporter, its organization, a request participant.
 */
export function DirectoryPicker<K extends Kind>({
  kind,
  label,
  value,
  onChange,
  autoFocus,
  disabled,
  size = 'small',
}: {
  kind: K;
  label: string;
  value: Entry<K> | null;
  onChange: (entry: Entry<K> | null) => void;
  autoFocus?: boolean;
  disabled?: boolean;
  size?: 'small' | 'medium';
}) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Entry<K>[]>([]);
  const [loading, setLoading] = useState(false);

  const typed = text.trim();
  useEffect(() => {
    if (typed === '') return;
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      api.call('directory.search', { text: typed }).then(
        (found) => {
          if (!live) return;
          setOptions((kind === 'contact' ? found.contacts : found.organizations) as Entry<K>[]);
          setLoading(false);
        },
        () => live && setLoading(false),
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [typed, kind]);

  const describe = (o: Entry<K>) => {
    if (kind === 'organization') return o.name;
    const c = o as DirectoryContact;
    return [c.name, c.email, c.organizationName && `(${c.organizationName})`].filter(Boolean).join(' ');
  };

  return (
    <Autocomplete<Entry<K>>
      size={size}
      options={typed === '' ? [] : options}
      value={value}
      disabled={disabled}
      loading={loading}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (kind === 'contact' ? (o as DirectoryContact).name : o.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, o) => (
        <li {...props} key={o.id}>
          {describe(o)}
        </li>
      )}
      noOptionsText={text.trim() === '' ? `Type part of a ${kind === 'contact' ? 'name or email' : 'name'}` : 'Nobody found'}
      onInputChange={(_, typed, reason) => reason === 'input' && setText(typed)}
      onChange={(_, entry) => onChange(entry)}
      renderInput={(params) => <TextField {...params} label={label} autoFocus={autoFocus} />}
      sx={{ minWidth: 220 }}
    />
  );
}
