import StarRounded from '@mui/icons-material/StarRounded';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { CaseDetail } from '../../../shared/contract/index';
import { CASE_TYPE_DEFAULTS } from '../../../shared/domain/caseTypes';
import { CASE_TYPE_LABELS, CASE_TYPES, CHANNEL_LABELS, PRIORITY_LABELS, type CaseType, type Priority } from '../../../shared/domain/vocab';
import { waitingSince } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { ChannelIcon } from '../queue/ChannelIcon';
import { useSessionStore } from '../session/sessionStore';
import { lastSentText } from '../sla/slaText';
import { EditableField } from './EditableField';
import { DateEditor, flagFrom, flagValue, fromLocalInput, LabelsEditor, SelectEditor, TextEditor, toLocalInput, type Option } from './FieldEditors';
import { Field, Fields } from './Fields';
import { UrgencyField } from './UrgencyField';
import { useTeams } from './useTeams';
import { DirectoryPicker } from './DirectoryPicker';
import { Watchers } from './Watchers';

/** A picked organization or contact, as the field holds it. */
interface Picked {
  id: string;
  name: string;
}

const NONE = '—';

/** The priorities `type` offers, with the current one kept (marked) when the type does not offer it. */
export function priorityOptions(type: CaseType, current: Priority | null): Option[] {
  const offered = CASE_TYPE_DEFAULTS[type].priorities.map((p) => ({ value: p.priority, label: p.label }));
  if (current && !offered.some((o) => o.value === current)) {
    offered.unshift({ value: current, label: `${current} ${PRIORITY_LABELS[current]} (not offered for ${CASE_TYPE_LABELS[type]})` });
  }
  return offered;
}

/** What a priority means for a type (help text where it is chosen). */
export function priorityMeaning(type: CaseType, priority: Priority): string {
  const option = CASE_TYPE_DEFAULTS[type].priorities.find((p) => p.priority === priority);
  if (!option) return `${CASE_TYPE_LABELS[type]} does not offer ${priority}: choose one it offers.`;
  return `${option.label}: ${option.meaning}${option.escalates ? ' (escalated to engineering; the customer gets the case number)' : ''}`;
}

const typeOptions: Option[] = CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }));

function flagOptions(yes: string, no: string): Option[] {
  return [
    { value: '', label: 'Unknown' },
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];
}
const flagText = (flag: boolean | null, yes: string, no: string) => (flag === null ? 'Unknown' : flag ? yes : no);

/** '' unassigned, `agent:<id>`, `team:<id>`. */
function assigneeValue(detail: CaseDetail): string {
  if (detail.assignee) return `agent:${detail.assignee.id}`;
  if (detail.team) return `team:${detail.team.id}`;
  return '';
}

/** Text fields: empty clears them. */
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The case's fields, each editable in place (organization and reporter are shown only: nothing lists contacts or organizations to pick from). */
export function CaseFields({ detail, timeZone, now }: { detail: CaseDetail; timeZone: string | undefined; now: number }) {
  const agents = useSessionStore((s) => s.agents);
  const teams = useTeams();
  const { organization, reporter, intake } = detail;
  const assigneeGroups = [
    { label: 'Agents', options: agents.map((a) => ({ value: `agent:${a.id}`, label: a.name })) },
    { label: 'Teams', options: teams.map((t) => ({ value: `team:${t.id}`, label: t.name })) },
  ];
  // The current assignee stays choosable even before the lists arrive.
  if (detail.assignee && !agents.some((a) => a.id === detail.assignee!.id)) assigneeGroups[0]!.options.unshift({ value: `agent:${detail.assignee.id}`, label: detail.assignee.name });
  if (detail.team && !teams.some((t) => t.id === detail.team!.id)) assigneeGroups[1]!.options.unshift({ value: `team:${detail.team.id}`, label: detail.team.name });

  return (
    <Fields>
      <EditableField
        label="Priority"
        value={detail.priority}
        display={`${detail.priority} ${PRIORITY_LABELS[detail.priority]}`}
        editor={(p) => <SelectEditor {...p} onChange={(v) => p.onChange(v as Priority)} options={priorityOptions(detail.type, detail.priority)} />}
        help={(p) => priorityMeaning(detail.type, p)}
        toSet={(priority) => ({ priority })}
      />
      <EditableField
        label="Type"
        value={{ type: detail.type, priority: detail.priority }}
        same={(a, b) => a.type === b.type && a.priority === b.priority}
        display={CASE_TYPE_LABELS[detail.type]}
        editor={(p) => {
          const offered = CASE_TYPE_DEFAULTS[p.value.type].priorities.some((o) => o.priority === p.value.priority);
          return (
            <>
              <SelectEditor
                {...p}
                value={p.value.type}
                onChange={(t) => {
                  const type = t as CaseType;
                  const keeps = CASE_TYPE_DEFAULTS[type].priorities.some((o) => o.priority === p.value.priority);
                  // A type that does not offer the case's priority: the lowest it offers, shown for the agent to check.
                  p.onChange({ type, priority: keeps ? p.value.priority : CASE_TYPE_DEFAULTS[type].priorities.at(-1)!.priority });
                }}
                options={typeOptions}
              />
              {(!offered || p.value.priority !== detail.priority) && (
                <SelectEditor
                  {...p}
                  id={`${p.id}-priority`}
                  label="Priority for the new type"
                  value={p.value.priority}
                  onChange={(v) => p.onChange({ ...p.value, priority: v as Priority })}
                  options={priorityOptions(p.value.type, null)}
                />
              )}
            </>
          );
        }}
        help={(v) =>
          v.priority !== detail.priority
            ? `${CASE_TYPE_LABELS[v.type]} does not offer ${detail.priority}. ${priorityMeaning(v.type, v.priority)}`
            : `${CASE_TYPE_LABELS[v.type]} offers ${CASE_TYPE_DEFAULTS[v.type].priorities.map((o) => o.priority).join(', ')}.`
        }
        toSet={(v) => (v.priority !== detail.priority ? { type: v.type, priority: v.priority } : { type: v.type })}
      />
      <Field label="Urgency">
        <UrgencyField detail={detail} />
      </Field>
      <EditableField
        label="Assignee"
        value={assigneeValue(detail)}
        display={detail.assignee ? detail.assignee.name : detail.team ? `${detail.team.name} (team)` : 'Unassigned'}
        editor={(p) => <SelectEditor {...p} options={[{ value: '', label: 'Unassigned' }]} groups={assigneeGroups} />}
        toSet={(v) => ({ assignee: v === '' ? null : v.startsWith('team:') ? { teamId: v.slice(5) } : v.slice(6) })}
      />
      <Field label="Team">{detail.team?.name ?? NONE}</Field>
      <EditableField<Picked | null>
        label="Organization"
        value={organization && { id: organization.id, name: organization.name }}
        display={
          <>
        {organization ? (
              <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
                {organization.name}
                {organization.priority && (
                  <Chip icon={<StarRounded />} label="Priority organization" color="warning" variant="outlined" sx={{ height: 20 }} data-testid="priority-organization" />
                )}
                {(organization.plan || organization.licenses !== null) && (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {[organization.plan && `${organization.plan} plan`, organization.licenses !== null && `${organization.licenses} licenses`].filter(Boolean).join(', ')}
                  </Typography>
                )}
              </Box>
            ) : (
              NONE
            )}
          </>
        }
        same={(a, b) => (a?.id ?? null) === (b?.id ?? null)}
        editor={(p) => <DirectoryPicker kind="organization" label={p.label} value={p.value && { ...p.value, priority: false }} onChange={(o) => p.onChange(o && { id: o.id, name: o.name })} autoFocus />}
        toSet={(v) => ({ organizationId: v?.id ?? null })}
      />
      <EditableField<Picked | null>
        label="Reporter"
        value={reporter && { id: reporter.id, name: reporter.name }}
        display={
          <>
        {reporter ? (
              <>
                {reporter.name}
                {reporter.email && (
                  <>
                    <br />
                    <Link href={`mailto:${reporter.email}`}>{reporter.email}</Link>
                  </>
                )}
                {reporter.phone && (
                  <>
                    <br />
                    <Link href={`tel:${reporter.phone}`}>{reporter.phone}</Link>
                  </>
                )}
              </>
            ) : (
              NONE
            )}
          </>
        }
        same={(a, b) => (a?.id ?? null) === (b?.id ?? null)}
        editor={(p) => (
          <DirectoryPicker
            kind="contact"
            label={p.label}
            value={p.value && { ...p.value, email: null, organizationId: null, organizationName: null }}
            onChange={(c) => p.onChange(c && { id: c.id, name: c.name })}
            autoFocus
          />
        )}
        toSet={(v) => ({ reporterId: v?.id ?? null })}
      />
      <Watchers detail={detail} />
      <EditableField
        label="Labels"
        value={detail.labels}
        same={(a, b) => a.length === b.length && a.every((l, i) => l === b[i])}
        display={
          detail.labels.length === 0 ? (
            NONE
          ) : (
            <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}>
              {detail.labels.map((label) => (
                <Chip key={label} label={label} variant="outlined" sx={{ height: 20 }} />
              ))}
            </Box>
          )
        }
        editor={(p) => <LabelsEditor {...p} />}
        toSet={(labels) => ({ labels })}
      />
      <EditableField
        label="Item"
        value={detail.item ?? ''}
        display={detail.item ?? NONE}
        editor={(p) => <TextEditor {...p} max={200} />}
        toSet={(v) => ({ item: orNull(v) })}
      />
      <EditableField
        label="Need by"
        value={detail.needBy ?? ''}
        display={detail.needBy ?? NONE}
        editor={(p) => <DateEditor {...p} />}
        toSet={(v) => ({ needBy: v || null })}
      />
      <EditableField
        label="Agreed next update"
        value={toLocalInput(detail.agreedUpdateAt, timeZone)}
        display={detail.agreedUpdateAt ? <Instant iso={detail.agreedUpdateAt} timeZone={timeZone} now={now} /> : NONE}
        editor={(p) => <DateEditor {...p} type="datetime-local" />}
        help={() => 'Its deadline replaces the update SLA’s. Empty: none agreed.'}
        toSet={(v) => ({ agreedUpdateAt: fromLocalInput(v, timeZone) })}
      />
      <Field label="Channels">
        <Box component="span" sx={{ display: 'inline-flex', gap: 1, flexWrap: 'wrap' }}>
          {detail.channels.map((channel) => (
            <Box component="span" key={channel} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
              <ChannelIcon channel={channel} titleAccess={undefined} aria-hidden />
              {CHANNEL_LABELS[channel]}
            </Box>
          ))}
        </Box>
      </Field>
      <Field label="Created">
        <Instant iso={detail.createdAt} timeZone={timeZone} now={now} />
      </Field>
      {detail.resolvedAt && (
        <Field label="Resolved">
          <Instant iso={detail.resolvedAt} timeZone={timeZone} now={now} />
        </Field>
      )}
      <Field label="Last sent to customer">
        <span data-testid="last-sent">{lastSentText(detail.lastSentDays)}</span>
      </Field>
      <Field label="Waiting since">
        <Instant iso={detail.waitingSince} timeZone={timeZone} now={now} /> ({waitingSince(detail.waitingSince, now)})
      </Field>
      <EditableField
        label="From a partner"
        value={flagValue(intake.fromPartner)}
        display={flagText(intake.fromPartner, 'Yes', 'No')}
        editor={(p) => <SelectEditor {...p} options={flagOptions('Yes', 'No')} />}
        toSet={(v) => ({ fromPartner: flagFrom(v) })}
      />
      <EditableField
        label="Internal or external"
        value={flagValue(intake.internal)}
        display={flagText(intake.internal, 'Internal', 'External')}
        editor={(p) => <SelectEditor {...p} options={flagOptions('Internal', 'External')} />}
        toSet={(v) => ({ internal: flagFrom(v) })}
      />
      <EditableField
        label="Possible testimonial"
        value={flagValue(intake.possibleTestimonial)}
        display={flagText(intake.possibleTestimonial, 'Yes', 'No')}
        editor={(p) => <SelectEditor {...p} options={flagOptions('Yes', 'No')} />}
        toSet={(v) => ({ possibleTestimonial: flagFrom(v) })}
      />
      <EditableField
        label="Case source"
        value={intake.caseSource ?? ''}
        display={intake.caseSource ?? NONE}
        editor={(p) => <TextEditor {...p} max={200} />}
        toSet={(v) => ({ caseSource: orNull(v) })}
      />
      <EditableField
        label="Admin task type"
        value={intake.adminTaskType ?? ''}
        display={intake.adminTaskType ?? NONE}
        editor={(p) => <TextEditor {...p} max={200} />}
        toSet={(v) => ({ adminTaskType: orNull(v) })}
      />
    </Fields>
  );
}
