import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { EditorProps } from './EditableField';

/** The controls a case field is edited with (see EditableField). Native selects: they work with a keyboard and on a phone alike. */

export function TextEditor({ value, onChange, id, label, multiline = false, max }: EditorProps<string> & { multiline?: boolean; max?: number }) {
  return (
    <TextField
      id={id}
      size="small"
      autoFocus
      fullWidth
      multiline={multiline}
      minRows={multiline ? 4 : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { 'aria-label': label, maxLength: max } }}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectEditor({ value, onChange, id, label, options, groups }: EditorProps<string> & { options?: Option[]; groups?: { label: string; options: Option[] }[] }) {
  return (
    <TextField
      id={id}
      select
      size="small"
      autoFocus
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 180 }}
      slotProps={{ select: { native: true }, htmlInput: { 'aria-label': label } }}
    >
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {groups?.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </TextField>
  );
}

/** A local date (YYYY-MM-DD), empty for none. */
export function DateEditor({ value, onChange, id, label, type = 'date' }: EditorProps<string> & { type?: 'date' | 'datetime-local' }) {
  return (
    <TextField
      id={id}
      type={type}
      size="small"
      autoFocus
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ maxWidth: 260 }}
      slotProps={{ htmlInput: { 'aria-label': label } }}
    />
  );
}

/** The instant as a `datetime-local` value in the agent's time zone (minutes), '' for none. */
export function toLocalInput(iso: string | null, timeZone: string | undefined): string {
  if (!iso) return '';
  const zone = timeZone ?? Temporal.Now.timeZoneId();
  return Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/** A `datetime-local` value read in the agent's time zone, as an ISO instant; null for none. */
export function fromLocalInput(local: string, timeZone: string | undefined): string | null {
  if (!local) return null;
  const zone = timeZone ?? Temporal.Now.timeZoneId();
  return Temporal.PlainDateTime.from(local).toZonedDateTime(zone).toInstant().toString();
}

/** Labels as chips: Enter in the box adds what is typed (an empty box: Enter saves), a chip's × removes it. */
export function LabelsEditor({ value, onChange, id, label }: EditorProps<string[]>) {
  const [text, setText] = useState('');
  function add() {
    const name = text.trim();
    if (name && !value.includes(name)) onChange([...value, name]);
    setText('');
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      {value.length > 0 && (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }} aria-label={`${label} to keep`}>
          {value.map((l) => (
            <Chip key={l} label={l} size="small" onDelete={() => onChange(value.filter((x) => x !== l))} slotProps={{ root: { 'aria-label': l } }} />
          ))}
        </Box>
      )}
      <TextField
        id={id}
        size="small"
        autoFocus
        placeholder="Add a label, then Enter"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            // Adds the label; the form's Enter (save) is for an empty box.
            e.preventDefault();
            add();
          }
        }}
        onBlur={add}
        slotProps={{ htmlInput: { 'aria-label': `Add to ${label.toLowerCase()}`, maxLength: 100 } }}
      />
    </Box>
  );
}

/** Yes / No / Unknown for an intake flag (null: nobody said). */
export const flagValue = (flag: boolean | null): string => (flag === null ? '' : flag ? 'yes' : 'no');
export const flagFrom = (value: string): boolean | null => (value === '' ? null : value === 'yes');
