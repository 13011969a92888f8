import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { isCancellationRequest } from '../../../shared/domain/cancellationRequest';
import { cancellationSteps } from '../../../shared/templates/cancellationSteps';

/**
 * The steps of a cancellation request, as a checklist on the case (`workflow.md` "Templates": a
 * cancellation request is not a template). Shown only when the case is one (the label `cancellation`,
 * or the admin task type "Cancellation": shared/domain/cancellationRequest.ts); the steps follow the
 * organization's plan (a paid plan is downgraded first). The ticks are the agent's aid while working
 * the case: they are not saved (what was done goes on the timeline as replies and notes).
 */
export function CancellationSteps({ detail }: { detail: Pick<CaseDetail, 'id' | 'labels' | 'intake' | 'organization'> }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  if (!isCancellationRequest(detail)) return null;
  const plan = detail.organization?.plan ?? null;
  const steps = cancellationSteps(plan);
  const toggle = (id: string) =>
    setTicked((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <Alert severity="info" icon={false} component="section" aria-labelledby="cancellation-steps-title" data-testid="cancellation-steps">
      <AlertTitle id="cancellation-steps-title">
        Cancellation request{plan?.trim() ? ` (plan: ${plan.trim()})` : ''}
      </AlertTitle>
      <FormGroup>
        {steps.map((step, i) => (
          <FormControlLabel
            key={step.id}
            control={<Checkbox size="small" checked={ticked.has(step.id)} onChange={() => toggle(step.id)} />}
            label={`${i + 1}. ${step.text}`}
          />
        ))}
      </FormGroup>
    </Alert>
  );
}
