import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SlaDetail } from '../../../shared/contract/index';
import { SLA_CLASS_LABELS } from '../../../shared/domain/vocab';
import { formatInstant } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { Field, Fields } from '../case/Fields';
import { clockStartText, targetText } from './slaExplain';
import { dueWord, isPastDue } from './slaText';

interface SlaExplainerProps {
  detail: SlaDetail;
  /** The agent's time zone. */
  timeZone: string | undefined;
  now: number;
}

/**
 * "Why this deadline?": the winning target, where the clock started and why, the other targets
 * that apply, the closed hours and holidays a business clock skipped, and the deadline in the
 * agent's time zone (and in the calendar's, when that reads differently). A deadline already past
 * reads as past ("was due").
 */
export function SlaExplainer({ detail, timeZone, now }: SlaExplainerProps) {
  const others = detail.candidates.filter((c) => c.class !== detail.class);
  const agentDue = formatInstant(detail.deadline, timeZone, now);
  const calendarDue = formatInstant(detail.deadline, detail.calendarTimeZone, now);
  const past = isPastDue(detail.deadline, now);
  const skipsClosed = detail.clock === 'business' && (detail.closed.length > 0 || detail.holidays.length > 0);
  return (
    <Accordion data-testid="sla-explainer" disableGutters variant="outlined" sx={{ '&::before': { display: 'none' } }}>
      <AccordionSummary expandIcon={<ExpandMore />} sx={{ minHeight: 36, '& .MuiAccordionSummary-content': { my: 0.5 } }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          Why this deadline?
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ pt: 0 }}>
        <Fields>
          <Field label="Target">
            {SLA_CLASS_LABELS[detail.class]}: {targetText(detail.target, detail.targetMinutes)}
          </Field>
          <Field label="Clock started">
            <Instant iso={detail.clockStart} timeZone={timeZone} now={now} />, when {clockStartText(detail.clockStartReason)}
          </Field>
          <Field label="Counted">
            {detail.clock === 'business'
              ? `Only the open hours of the team calendar (${detail.calendarTimeZone})`
              : 'Every minute, day and night'}
          </Field>
          {skipsClosed && (
            <Field label="Skipped">
              <Box component="ul" data-testid="sla-skipped" sx={{ m: 0, pl: 2 }}>
                {detail.closed.map((period) => (
                  <li key={period.from}>
                    Closed <Instant iso={period.from} timeZone={timeZone} now={now} /> – <Instant iso={period.to} timeZone={timeZone} now={now} />
                  </li>
                ))}
                {detail.closedMore > 0 && <li>and {detail.closedMore} more closed periods</li>}
                {detail.holidays.map((date) => (
                  <li key={date}>Holiday {date}</li>
                ))}
              </Box>
            </Field>
          )}
          {others.length > 0 && (
            <Field label="Also applies">
              <Box component="ul" data-testid="sla-candidates" sx={{ m: 0, pl: 2 }}>
                {others.map((candidate) => (
                  <li key={candidate.class}>
                    {SLA_CLASS_LABELS[candidate.class]}, {candidate.clock === 'business' ? 'business hours' : 'around the clock'}:{' '}
                    {dueWord(candidate.deadline, now)} <Instant iso={candidate.deadline} timeZone={timeZone} now={now} />
                  </li>
                ))}
              </Box>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                The earliest deadline of all targets that apply wins.
              </Typography>
            </Field>
          )}
          <Field label={past ? 'Was due' : 'Due'}>
            <span data-testid="sla-due">
              {agentDue}
              {calendarDue !== agentDue && ` your time (${calendarDue} in ${detail.calendarTimeZone})`}
            </span>
          </Field>
          <Field label="Due soon from">
            <Instant iso={detail.warningAt} timeZone={timeZone} now={now} />
          </Field>
        </Fields>
      </AccordionDetails>
    </Accordion>
  );
}
