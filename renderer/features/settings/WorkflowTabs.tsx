import Add from '@mui/icons-material/Add';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Agent } from '../../../shared/contract/index';
import type { WorkflowSettings } from '../../../shared/contract/workflowSettings';
import { parseRule, type Rule } from '../../../shared/rules/ruleSchema';
import { CHECK_IN_PHRASES } from '../../../shared/templates/defaultTemplates';
import { fillTemplate, type TemplateLinks } from '../../../shared/templates/fill';
import { TEMPLATE_LINK_KEYS, TEMPLATE_LINK_LABELS, templateLinksSchema } from '../../../shared/templates/templateLinks';
import { PLACEHOLDER_LABELS, PLACEHOLDERS, templateEditSchema, type TemplateName } from '../../../shared/templates/templateSchema';
import { InputIssuesError } from '../../../shared/interchange/settingsList';
import { useWorkflowStore } from './workflowStore';

/** What every tab of the workflow settings receives. */
export interface TabProps {
  settings: WorkflowSettings;
  readOnly: boolean;
}

const save = (...args: Parameters<ReturnType<typeof useWorkflowStore.getState>['save']>) => useWorkflowStore.getState().save(...args);
const saving = () => useWorkflowStore.getState().saving;

/** An id for a new team or release from its name, not one of `taken`. */
function newId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

function SaveBar({ dirty, readOnly, onSave, onUndo, label }: { dirty: boolean; readOnly: boolean; onSave(): void; onUndo(): void; label: string }) {
  const busy = useWorkflowStore((s) => s.saving);
  if (readOnly) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
      <Button variant="contained" onClick={onSave} disabled={!dirty || busy}>
        {busy ? 'Saving…' : label}
      </Button>
      <Button onClick={onUndo} disabled={!dirty || busy}>
        Undo changes
      </Button>
    </Box>
  );
}

export function TeamsTab({ settings, readOnly, agents }: TabProps & { agents: Agent[] }) {
  const [teams, setTeams] = useState(settings.teams);
  const dirty = JSON.stringify(teams) !== JSON.stringify(settings.teams);
  const byId = new Map(agents.map((a) => [a.id, a]));
  const edit = (i: number, change: Partial<(typeof teams)[number]>) => setTeams(teams.map((t, j) => (j === i ? { ...t, ...change } : t)));
  return (
    <Box data-testid="workflow-teams">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        A case may be assigned to a team instead of, or besides, an agent. Members are agents of this workspace.
      </Typography>
      {teams.map((team, i) => (
        <Box key={team.id} sx={{ display: 'grid', gridTemplateColumns: 'minmax(160px, 1fr) minmax(240px, 2fr) auto', gap: 1, alignItems: 'center', mb: 1.5 }}>
          <TextField
            size="small"
            label="Team name"
            value={team.name}
            disabled={readOnly}
            error={team.name.trim() === ''}
            helperText={team.name.trim() === '' ? 'Give the team a name' : `id ${team.id}`}
            onChange={(e) => edit(i, { name: e.target.value })}
          />
          <Autocomplete
            multiple
            size="small"
            disabled={readOnly}
            options={agents.map((a) => a.id)}
            value={team.members}
            getOptionLabel={(id) => byId.get(id)?.name ?? id}
            onChange={(_e, members) => edit(i, { members })}
            renderValue={(value, getItemProps) => value.map((id, index) => <Chip size="small" label={byId.get(id)?.name ?? id} {...getItemProps({ index })} key={id} />)}
            renderInput={(params) => <TextField {...params} label="Members" />}
          />
          {!readOnly && (
            <Tooltip title={`Remove ${team.name || 'this team'}`}>
              <IconButton aria-label={`Remove ${team.name || 'this team'}`} onClick={() => setTeams(teams.filter((_t, j) => j !== i))}>
                <DeleteOutline />
              </IconButton>
            </Tooltip>
          )}
        </Box>
      ))}
      {!readOnly && (
        <Button startIcon={<Add />} onClick={() => setTeams([...teams, { id: newId('team', teams.map((t) => t.id)), name: '', members: [] }])}>
          Add a team
        </Button>
      )}
      <SaveBar
        label="Save teams"
        dirty={dirty && teams.every((t) => t.name.trim() !== '')}
        readOnly={readOnly}
        onUndo={() => setTeams(settings.teams)}
        onSave={() => void save('workflow.saveTeams', { teams: teams.map((t) => ({ ...t, name: t.name.trim() })) }, 'Teams saved')}
      />
    </Box>
  );
}

export function ReleasesTab({ settings, readOnly }: TabProps) {
  const [releases, setReleases] = useState(settings.releases);
  const dirty = JSON.stringify(releases) !== JSON.stringify(settings.releases);
  const edit = (i: number, change: Partial<(typeof releases)[number]>) => setReleases(releases.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const complete = releases.every((r) => r.name.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(r.date));
  return (
    <Box data-testid="workflow-releases">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        The next release after today is the need-by date of an urgent Enhancement or Bug.
      </Typography>
      {releases.length === 0 && <Typography sx={{ mb: 1 }}>No releases yet.</Typography>}
      {releases.map((release, i) => (
        <Box key={release.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1.5 }}>
          <TextField size="small" label="Release" value={release.name} disabled={readOnly} error={release.name.trim() === ''} onChange={(e) => edit(i, { name: e.target.value })} />
          <TextField
            size="small"
            type="date"
            label="Date"
            value={release.date}
            disabled={readOnly}
            error={!/^\d{4}-\d{2}-\d{2}$/.test(release.date)}
            slotProps={{ inputLabel: { shrink: true } }}
            onChange={(e) => edit(i, { date: e.target.value })}
          />
          {!readOnly && (
            <IconButton aria-label={`Remove release ${release.name}`} onClick={() => setReleases(releases.filter((_r, j) => j !== i))}>
              <DeleteOutline />
            </IconButton>
          )}
        </Box>
      ))}
      {!readOnly && (
        <Button startIcon={<Add />} onClick={() => setReleases([...releases, { id: newId('release', releases.map((r) => r.id)), name: '', date: '' }])}>
          Add a release
        </Button>
      )}
      <SaveBar
        label="Save releases"
        dirty={dirty && complete}
        readOnly={readOnly}
        onUndo={() => setReleases(settings.releases)}
        onSave={() => void save('workflow.saveReleases', { releases: releases.map((r) => ({ ...r, name: r.name.trim() })) }, 'Releases saved')}
      />
    </Box>
  );
}

/** The first issue of a template text, or null. */
function textIssue(field: 'subject' | 'body', value: string): string | null {
  const parsed = templateEditSchema.safeParse({ [field]: value });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not valid');
}

export function TemplatesTab({ settings, readOnly, agentName }: TabProps & { agentName: string }) {
  const [name, setName] = useState<TemplateName>(settings.templates[0]!.name);
  const template = settings.templates.find((t) => t.name === name)!;
  return (
    <Box data-testid="workflow-templates">
      <TextField
        select
        size="small"
        label="Template"
        value={name}
        onChange={(e) => setName(e.target.value as TemplateName)}
        sx={{ minWidth: 320, mb: 2 }}
        slotProps={{ select: { inputProps: { 'data-testid': 'template-pick' } } }}
      >
        {settings.templates.map((t) => (
          <MenuItem key={t.name} value={t.name}>
            {t.title}
            {t.edited ? ' (edited)' : ''}
          </MenuItem>
        ))}
      </TextField>
      {/* Keyed by the template and what the core holds: a save or another template starts from what is kept. */}
      <TemplateEditor key={`${name}|${template.subject}|${template.body}`} template={template} readOnly={readOnly} links={settings.templateLinks} agentName={agentName} />
      <LinksEditor key={JSON.stringify(settings.templateLinks)} links={settings.templateLinks} readOnly={readOnly} />
    </Box>
  );
}

function TemplateEditor({
  template,
  readOnly,
  links,
  agentName,
}: {
  template: WorkflowSettings['templates'][number];
  readOnly: boolean;
  links: TemplateLinks;
  agentName: string;
}) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const subjectIssue = textIssue('subject', subject);
  const bodyIssue = textIssue('body', body);
  const dirty = subject !== template.subject || body !== template.body;
  const preview = useMemo(
    () =>
      subjectIssue || bodyIssue
        ? null
        : fillTemplate(
            { ...template, subject, body },
            {
              case: { key: 'C-1042', subject: 'Export to Excel fails', type: 'bug', priority: 'P3' },
              contact: { name: 'Dana Reyes' },
              agent: { name: agentName },
              organization: { name: 'Harbor Freight Lines' },
              phrase: CHECK_IN_PHRASES[0]!,
              fillIns: { item: 'the export log from your account', resolution: 'We fixed the export of long reports.' },
              links,
            },
          ),
    [template, subject, body, subjectIssue, bodyIssue, agentName, links],
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 3 }}>
      <Box>
        <TextField
          fullWidth
          size="small"
          label="Subject"
          value={subject}
          disabled={readOnly}
          error={subjectIssue !== null}
          helperText={subjectIssue ?? ' '}
          onChange={(e) => setSubject(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'template-subject' } }}
        />
        <TextField
          fullWidth
          multiline
          minRows={8}
          label="Body"
          value={body}
          disabled={readOnly}
          error={bodyIssue !== null}
          helperText={bodyIssue ?? ' '}
          onChange={(e) => setBody(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'template-body' } }}
        />
        {!readOnly && (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button
              variant="contained"
              disabled={!dirty || subjectIssue !== null || bodyIssue !== null}
              onClick={() => void save('workflow.saveTemplate', { name: template.name, subject, body }, `“${template.title}” saved`)}
            >
              Save template
            </Button>
            <Button disabled={!dirty} onClick={() => (setSubject(template.subject), setBody(template.body))}>
              Undo changes
            </Button>
            <Button disabled={!template.edited || saving()} onClick={() => void save('workflow.saveTemplate', { name: template.name, reset: true }, `“${template.title}” is the default again`)}>
              Reset to default
            </Button>
          </Box>
        )}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          Placeholders
        </Typography>
        <Box component="ul" data-testid="template-placeholders" sx={{ m: 0, pl: 2, columns: 2, fontSize: 13 }}>
          {PLACEHOLDERS.map((p) => (
            <li key={p}>
              <code>{`{{${p}}}`}</code> {PLACEHOLDER_LABELS[p]}
            </li>
          ))}
        </Box>
      </Box>
      <Box data-testid="template-preview" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, alignSelf: 'start' }}>
        <Typography variant="overline">Preview for a sample case (C-1042, Dana Reyes)</Typography>
        {preview ? (
          <>
            <Typography sx={{ fontWeight: 600, mb: 1 }}>{preview.subject}</Typography>
            <Typography component="div" sx={{ whiteSpace: 'pre-wrap' }}>
              {preview.body}
            </Typography>
            {preview.missing.length > 0 && (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
                Left blank ([…]) here: {preview.missing.map((p) => PLACEHOLDER_LABELS[p]).join(', ')}.
              </Typography>
            )}
          </>
        ) : (
          <Typography color="text.secondary">Fix the template to see its preview.</Typography>
        )}
      </Box>
    </Box>
  );
}

function LinksEditor({ links, readOnly }: { links: TemplateLinks; readOnly: boolean }) {
  const [draft, setDraft] = useState<Record<string, string>>({ ...links });
  const cleaned = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
  const parsed = templateLinksSchema.safeParse(cleaned);
  const issueOf = (key: string) => (parsed.success ? null : (parsed.error.issues.find((i) => i.path[0] === key)?.message ?? null));
  const dirty = JSON.stringify(cleaned) !== JSON.stringify(links);
  return (
    <Box component="section" sx={{ mt: 3 }} data-testid="template-links">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Links the templates fill in
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        A link left empty stays a blank ([…]) in a reply until the agent writes over it.
      </Typography>
      {TEMPLATE_LINK_KEYS.map((key) => (
        <TextField
          key={key}
          fullWidth
          size="small"
          sx={{ mb: 1 }}
          label={`${TEMPLATE_LINK_LABELS[key]} ({{link.${key}}})`}
          value={draft[key] ?? ''}
          disabled={readOnly}
          error={issueOf(key) !== null}
          helperText={issueOf(key) ?? undefined}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      ))}
      {!readOnly && (
        <Button variant="outlined" disabled={!dirty || !parsed.success} onClick={() => void save('workflow.saveTemplateLinks', { links: cleaned }, 'Links saved')}>
          Save links
        </Button>
      )}
    </Box>
  );
}

/** What a new rule starts as in the editor. */
const NEW_RULE = (id: string): Rule => ({
  id,
  description: 'Describe what the rule does',
  enabled: true,
  conditions: [{ field: 'label', has: 'EB' }],
  actions: [{ action: 'remind', text: 'Check the contract before replying.' }],
});

export function RulesTab({ settings, readOnly }: TabProps) {
  const [rules, setRules] = useState(settings.rules);
  /** The rule open in the JSON editor (its index; rules.length: a new one) and its text. */
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const dirty = JSON.stringify(rules) !== JSON.stringify(settings.rules);
  const move = (i: number, by: -1 | 1) => {
    const next = [...rules];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setRules(next);
  };
  let editIssue: string | null = null;
  let edited: Rule | null = null;
  if (editing) {
    try {
      const value: unknown = JSON.parse(editing.text);
      edited = parseRule(value, ['rules', editing.index]);
      const clash = rules.findIndex((r, j) => j !== editing.index && r.id === edited!.id);
      if (clash >= 0) editIssue = `rules[${editing.index}].id: "${edited.id}" is rule ${clash + 1}'s id already`;
    } catch (err) {
      editIssue = err instanceof InputIssuesError ? err.message : `not valid JSON: ${(err as Error).message}`;
    }
  }
  return (
    <Box data-testid="workflow-rules">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Rules run in this order on every new or changed case: IF every condition holds, THEN every action applies. None lowers a priority or
        takes anything away. The description is what the case's timeline shows when the rule fires (docs/rules.md lists the conditions and actions).
      </Typography>
      {settings.defaultRules && !dirty && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          These are the built-in rules: nothing has been saved yet.
        </Typography>
      )}
      <List dense>
        {rules.map((rule, i) => (
          <ListItem
            key={`${rule.id}-${i}`}
            divider
            secondaryAction={
              readOnly ? undefined : (
                <Box>
                  <IconButton aria-label={`Move ${rule.id} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    <ArrowUpward fontSize="small" />
                  </IconButton>
                  <IconButton aria-label={`Move ${rule.id} down`} disabled={i === rules.length - 1} onClick={() => move(i, 1)}>
                    <ArrowDownward fontSize="small" />
                  </IconButton>
                  <IconButton aria-label={`Edit ${rule.id}`} onClick={() => setEditing({ index: i, text: JSON.stringify(rule, null, 2) })}>
                    <EditOutlined fontSize="small" />
                  </IconButton>
                  <IconButton aria-label={`Delete ${rule.id}`} onClick={() => setRules(rules.filter((_r, j) => j !== i))}>
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </Box>
              )
            }
            sx={{ pr: readOnly ? 2 : 22 }}
          >
            <Switch
              edge="start"
              checked={rule.enabled}
              disabled={readOnly}
              onChange={(e) => setRules(rules.map((r, j) => (j === i ? { ...r, enabled: e.target.checked } : r)))}
              slotProps={{ input: { 'aria-label': `${rule.id} enabled` } }}
            />
            <ListItemText primary={`${i + 1}. ${rule.description}`} secondary={rule.id} sx={{ opacity: rule.enabled ? 1 : 0.6 }} />
          </ListItem>
        ))}
      </List>
      {rules.length === 0 && <Typography sx={{ my: 1 }}>No rules: cases are left as agents set them.</Typography>}
      {editing && (
        <Box sx={{ mt: 2 }}>
          <TextField
            fullWidth
            multiline
            minRows={10}
            label={editing.index < rules.length ? `Rule ${editing.index + 1} (JSON)` : 'New rule (JSON)'}
            value={editing.text}
            error={editIssue !== null}
            helperText={editIssue ?? 'Valid'}
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'rule-json', style: { fontFamily: 'monospace', fontSize: 13 } } }}
            sx={{ '& .MuiFormHelperText-root': { whiteSpace: 'pre-wrap' } }}
          />
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <Button
              variant="outlined"
              disabled={editIssue !== null}
              onClick={() => {
                if (!edited) return;
                setRules(editing.index < rules.length ? rules.map((r, j) => (j === editing.index ? edited! : r)) : [...rules, edited]);
                setEditing(null);
              }}
            >
              {editing.index < rules.length ? 'Apply to the list' : 'Add to the list'}
            </Button>
            <Button onClick={() => setEditing(null)}>Cancel</Button>
          </Box>
        </Box>
      )}
      {!readOnly && !editing && (
        <Button
          startIcon={<Add />}
          onClick={() => setEditing({ index: rules.length, text: JSON.stringify(NEW_RULE(newId('rule', rules.map((r) => r.id))), null, 2) })}
        >
          Add a rule
        </Button>
      )}
      {!readOnly && (
        <Alert severity="info" sx={{ mt: 2 }}>
          Changes to the list (order, switches, edits) are kept only when you save the rules.
        </Alert>
      )}
      <SaveBar label="Save rules" dirty={dirty && editing === null} readOnly={readOnly} onUndo={() => setRules(settings.rules)} onSave={() => void save('workflow.saveRules', { rules }, 'Rules saved')} />
    </Box>
  );
}
