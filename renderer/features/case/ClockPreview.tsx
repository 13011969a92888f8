import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { Input, Sla } from '../../../shared/contract/index';
import { SLA_CLASS_LABELS } from '../../../shared/domain/vocab';
import { api, errorText } from '../../api';
import { slaDueText } from '../sla/slaText';

export type CaseAction = Input<'cases.preview'>['action'];

/** "After this reply: Open · due Thu 10:00 · 24 h business left"; what no timer means otherwise. */
export function clockPreviewText(what: string, after: Sla | null, before: Sla | null, timeZone: string | undefined, now: number): string {
  if (after === null) return `After this ${what}: no update timer runs (done, or no reply needed).`;
  const same = before !== null && before.class === after.class && before.deadline === after.deadline;
  const timer = `${SLA_CLASS_LABELS[after.class]} · ${slaDueText(after, timeZone, now)}`;
  return same ? `After this ${what}: the timer does not move (${timer}).` : `After this ${what}: ${timer}.`;
}

const WHAT: Record<CaseAction['kind'], string> = { reply: 'reply', note: 'note', status: 'change' };

/**
 * What an action will do to the case's SLA timer, before it is made (`cases.preview`: the engine
 * that runs after the action, on the case as the action would leave it). It is how an agent learns
 * the SLA rules without reading them.
 */
export function ClockPreview({ caseId, action, timeZone, now }: { caseId: string; action: CaseAction; timeZone: string | undefined; now: number }) {
  // Each answer is kept with the request it answers: a stale one is never shown for another action.
  const [answer, setAnswer] = useState<{ key: string; text: string } | null>(null);
  const key = `${caseId} ${JSON.stringify(action)}`;
  useEffect(() => {
    let live = true;
    const parsed = action;
    api.call('cases.preview', { id: caseId, action: parsed }).then(
      ({ before, after }) => live && setAnswer({ key, text: clockPreviewText(WHAT[parsed.kind], after, before, timeZone, now) }),
      (err: unknown) => live && setAnswer({ key, text: `The timer cannot be previewed: ${errorText(err)}` }),
    );
    return () => {
      live = false;
    };
    // `now` moves every minute; the preview is read again only when the case or the action changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, timeZone]);
  return (
    <Typography variant="body2" data-testid="clock-preview" sx={{ color: 'text.secondary' }}>
      {answer?.key === key ? answer.text : 'Reading what this does to the timer…'}
    </Typography>
  );
}
