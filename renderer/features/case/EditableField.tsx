import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Input } from '../../../shared/contract/index';
import { errorText } from '../../api';
import { useCaseStore } from './caseStore';
import { Field } from './Fields';

export type CaseFieldsSet = Input<'cases.update'>['set'];

/** What an editor gets: the value being edited, how to change it, and the id its control carries (the row's label points at it). */
export interface EditorProps<T> {
  value: T;
  onChange(next: T): void;
  id: string;
  /** "Priority": the control's accessible name. */
  label: string;
  /** Saves what is in the editor (an editor with its own Enter, like the labels editor, calls it). */
  commit(): void;
}

/** The core's refusal without the method name it starts with ("cases.update: priority: …" reads "priority: …"). */
export function refusalText(err: unknown): string {
  return errorText(err).replace(/^cases\.[a-zA-Z]+: /, '');
}

/**
 * One field of the case, edited in place: its value with an "Edit <field>" button (clicking the
 * value works too); editing turns it into `editor`, Enter or Save commits through `cases.update`,
 * Escape or Cancel leaves it as it was. A refusal is shown under the field, which keeps its value.
 */
export function EditableField<T>({
  label,
  value,
  display,
  editor,
  toSet,
  same = (a, b) => a === b,
  help,
  multiline = false,
  bare = false,
}: {
  label: string;
  value: T;
  display: ReactNode;
  editor(props: EditorProps<T>): ReactNode;
  toSet(next: T): CaseFieldsSet;
  same?(a: T, b: T): boolean;
  help?(draft: T): ReactNode;
  /** A multi-line editor: Enter is a new line, Ctrl+Enter saves. */
  multiline?: boolean;
  /** Not a row of the field list: the value alone (the subject heading, the description). */
  bare?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editing = draft !== null;
  const lower = label.charAt(0).toLowerCase() + label.slice(1);

  function start() {
    setError(null);
    setDraft(value);
  }
  function cancel() {
    setDraft(null);
  }
  async function commit(next: T | null = draft) {
    if (next === null || busy) return;
    if (same(next, value)) {
      setDraft(null);
      return;
    }
    setBusy(true);
    try {
      await useCaseStore.getState().update(toSet(next));
      setError(null);
    } catch (err) {
      setError(`${label} not changed: ${refusalText(err)}`);
    } finally {
      setBusy(false);
      setDraft(null);
    }
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
      return;
    }
    const target = event.target as HTMLElement;
    const inTextarea = target.tagName === 'TEXTAREA';
    if (event.key === 'Enter' && (!inTextarea || event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      void commit();
    }
  }

  return (
    <Wrap label={label} bare={bare}>
      {editing ? (
        <Box
          component="form"
          noValidate
          aria-label={`Edit ${lower}`}
          onSubmit={(event) => {
            event.preventDefault();
            void commit();
          }}
          onKeyDown={onKeyDown}
          sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, alignItems: 'stretch', maxWidth: multiline ? 'none' : 420 }}
        >
          {editor({ value: draft, onChange: setDraft, id, label, commit: () => void commit() })}
          {help && (
            <Typography variant="caption" component="p" color="text.secondary" data-testid="field-help">
              {help(draft)}
            </Typography>
          )}
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button type="submit" size="small" variant="contained" disabled={busy}>
              {busy ? 'Saving…' : 'Save'}
            </Button>
            <Button size="small" onClick={cancel} disabled={busy}>
              Cancel
            </Button>
            <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center', display: { xs: 'none', sm: 'block' } }}>
              {multiline ? 'Ctrl+Enter saves' : 'Enter saves'}, Esc cancels
            </Typography>
          </Box>
        </Box>
      ) : (
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, minWidth: 0 }}>
          <Box
            sx={{ minWidth: 0, cursor: 'pointer', borderRadius: 0.5, '&:hover': { bgcolor: 'action.hover' } }}
            onClick={(event) => {
              // A link in the value (a linked case, an email address) does what it says.
              if (!(event.target as HTMLElement).closest('a, button')) start();
            }}
          >
            {display}
          </Box>
          <IconButton size="small" aria-label={`Edit ${lower}`} onClick={start} sx={{ mt: -0.5, p: 0.5 }}>
            <EditOutlined fontSize="small" />
          </IconButton>
        </Box>
      )}
      {error && (
        <Typography variant="caption" component="p" color="error" role="alert" data-testid="field-error">
          {error}
        </Typography>
      )}
    </Wrap>
  );
}

function Wrap({ label, bare, children }: { label: string; bare: boolean; children: ReactNode }) {
  return bare ? <Box sx={{ minWidth: 0 }}>{children}</Box> : <Field label={label}>{children}</Field>;
}
