import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { formatInstant } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useSessionStore } from '../session/sessionStore';
import { useCaseStore } from './caseStore';

/**
 * A new case split from an old one, at the top of the case (docs/roles.md "Splits"): while it waits
 * for a lead's approval every agent sees so; a lead approves it here with the note the approved case
 * carries (SOP 04: "all approved tickets will have a note from the shift lead"). Once approved it
 * says by whom, quietly.
 */
export function SplitApproval({ detail, timeZone, now }: { detail: CaseDetail; timeZone: string | undefined; now: number }) {
  const approval = detail.splitApproval;
  const isLead = useSessionStore((s) => s.agent?.role === 'lead');
  const approve = useCaseStore((s) => s.approveSplit);
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  if (!approval) return null;
  const from = approval.from?.key ?? 'another case';
  const by = approval.requestedBy?.name ?? 'someone';
  if (approval.state === 'approved') {
    return (
      <Alert severity="success" variant="outlined" data-testid="split-approval" sx={{ py: 0 }}>
        Split from {from} by {by}; approved by {approval.approvedBy?.name ?? 'a lead'}
        {approval.approvedAt ? `, ${formatInstant(approval.approvedAt, timeZone, now)}` : ''}.
      </Alert>
    );
  }
  return (
    <Alert severity="info" data-testid="split-approval" aria-label="Split waiting for approval">
      <AlertTitle>Waiting for a lead&apos;s approval</AlertTitle>
      {by} split this case from {from}, {formatInstant(approval.requestedAt, timeZone, now)}.{' '}
      {isLead ? 'Approve it with a note on what was agreed; the note goes on the case.' : 'A lead approves a new case split from an old one: tell your shift lead.'}
      {isLead && (
        <Box
          component="form"
          sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => approve(note)).then((ok) => ok && setNote(''));
          }}
        >
          <TextField
            size="small"
            label="Lead's note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={error !== null}
            helperText={error}
            sx={{ flex: '1 1 16rem' }}
          />
          <Button type="submit" variant="contained" disabled={busy || note.trim() === ''}>
            Approve split
          </Button>
        </Box>
      )}
    </Alert>
  );
}
