import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { CASE_TYPE_LABELS, URGENCIES, URGENCY_LABELS, type Urgency } from '../../../shared/domain/vocab';
import { errorText } from '../../api';
import { useCaseStore } from './caseStore';

/**
 * The case's urgency (`sla.md` section 2), set by the agent: none, urgent ("urgent or elevated"),
 * emergency. When the priority implies a higher one for the case's type (the lead's mapping), the
 * field says so: that one is in force whatever is set here.
 */
export function UrgencyField({ detail }: { detail: Pick<CaseDetail, 'urgency' | 'urgencyInForce' | 'priority' | 'type'> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const raised = detail.urgencyInForce !== detail.urgency;

  async function choose(urgency: Urgency) {
    setBusy(true);
    setError(null);
    try {
      await useCaseStore.getState().setUrgency(urgency);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box>
      {/* The field's own label is the row's ("Urgency"): the select carries it as its accessible name. */}
      <TextField
        select
        size="small"
        value={detail.urgency}
        disabled={busy}
        onChange={(e) => void choose(e.target.value as Urgency)}
        sx={{ minWidth: 140 }}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': 'Urgency', 'data-testid': 'urgency-select' } }}
      >
        {URGENCIES.map((u) => (
          <option key={u} value={u}>
            {URGENCY_LABELS[u]}
          </option>
        ))}
      </TextField>
      {raised && (
        <Typography variant="caption" component="p" color="text.secondary" data-testid="urgency-in-force">
          In force: {URGENCY_LABELS[detail.urgencyInForce]} ({detail.priority} on a {CASE_TYPE_LABELS[detail.type]} implies it)
        </Typography>
      )}
      {error && (
        <Typography variant="caption" component="p" color="error" role="alert">
          {error}
        </Typography>
      )}
    </Box>
  );
}
