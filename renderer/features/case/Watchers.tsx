import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { useSessionStore } from '../session/sessionStore';
import { useCaseStore } from './caseStore';
import { DirectoryPicker } from './DirectoryPicker';
import { refusalText, type CaseFieldsSet } from './EditableField';
import { Field } from './Fields';
import { useAction } from '../../lib/useAction';

/** Saves a change to a list field, showing a refusal under it. */
function useListSave(label: string) {
  const { busy, error, run } = useAction(useCallback((err: unknown) => `${label} not changed: ${refusalText(err)}`, [label]));
  const save = (set: CaseFieldsSet) => run(() => useCaseStore.getState().update(set));
  const errorLine = error && (
    <Typography variant="caption" component="p" color="error" role="alert" data-testid="field-error">
      {error}
    </Typography>
  );
  return { busy, save, errorLine };
}

/**
 * Watchers (agents who follow the case) and request participants (contacts a public reply goes to
 * besides the reporter): shown as chips, removed with their ×. Watchers are added from the agents,
 * participants from the contacts (`directory.search`).
 */
export function Watchers({ detail }: { detail: Pick<CaseDetail, 'watchers' | 'participants'> }) {
  const agents = useSessionStore((s) => s.agents);
  const me = useSessionStore((s) => s.agent);
  const watchers = useListSave('Watchers');
  const participants = useListSave('Request participants');
  const ids = detail.watchers.map((w) => w.id);
  const addable = agents.filter((a) => !ids.includes(a.id));

  return (
    <>
      <Field label="Watchers">
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }} data-testid="watchers">
          {detail.watchers.length === 0 && <span>Nobody</span>}
          {detail.watchers.map((w) => (
            <Chip
              key={w.id}
              label={w.name}
              size="small"
              disabled={watchers.busy}
              onDelete={() => void watchers.save({ watchers: ids.filter((id) => id !== w.id) })}
              slotProps={{ root: { 'aria-label': `Watcher ${w.name}; Delete removes` } }}
            />
          ))}
          {me && !ids.includes(me.id) && (
            <Button size="small" disabled={watchers.busy} onClick={() => void watchers.save({ watchers: [...ids, me.id] })} sx={{ py: 0 }}>
              Watch
            </Button>
          )}
          {addable.length > 0 && (
            <TextField
              select
              size="small"
              value=""
              disabled={watchers.busy}
              onChange={(e) => e.target.value && void watchers.save({ watchers: [...ids, e.target.value] })}
              sx={{ minWidth: 150, '& .MuiNativeSelect-select': { py: 0.25 } }}
              slotProps={{ select: { native: true }, htmlInput: { 'aria-label': 'Add a watcher' } }}
            >
              <option value="">Add a watcher…</option>
              {addable.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </TextField>
          )}
        </Box>
        {watchers.errorLine}
      </Field>
      <Field label="Request participants">
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }} data-testid="participants">
          {detail.participants.length === 0 && <span>Only the reporter</span>}
          {detail.participants.map((p) => (
            <Chip
              key={p.id}
              label={p.email ? `${p.name} <${p.email}>` : p.name}
              size="small"
              disabled={participants.busy}
              onDelete={() => void participants.save({ participants: detail.participants.map((x) => x.id).filter((id) => id !== p.id) })}
              slotProps={{ root: { 'aria-label': `Participant ${p.name}; Delete removes` } }}
            />
          ))}
          <DirectoryPicker
            kind="contact"
            label="Add a participant"
            value={null}
            disabled={participants.busy}
            onChange={(c) => {
              const ids = detail.participants.map((x) => x.id);
              if (c && !ids.includes(c.id)) void participants.save({ participants: [...ids, c.id] });
            }}
          />
        </Box>
        {participants.errorLine}
      </Field>
    </>
  );
}
