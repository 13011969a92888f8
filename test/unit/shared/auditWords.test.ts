import { describe, expect, it } from 'vitest';
import { auditWords, type AuditWordsEntry } from '../../../shared/domain/auditWords';

/** The audit list in plain words (docs/roles.md "The audit list"), from what the core records per action. */
const NAMES: Record<string, string> = { maya: 'Maya Chen', jordan: 'Jordan Pike', luis: 'Luis Ortega' };
const ctx = { nameOf: (id: string) => NAMES[id] ?? null, instant: (iso: string) => (iso === '2026-03-10T17:00:00Z' ? 'Tue 17:00' : iso) };
const by = (id: string | null, action: string, subject: string | null, detail: Record<string, unknown> = {}): AuditWordsEntry => ({
  by: id,
  byName: id === null ? null : (NAMES[id] ?? null),
  action,
  subject,
  detail,
});
const words = (e: AuditWordsEntry) => auditWords(e, ctx);

describe('auditWords', () => {
  it('says status changes by whom, for whom and why', () => {
    expect(words(by('maya', 'agent.status', 'maya', { from: 'available', to: 'unavailable', endOfDay: true }))).toBe('Maya Chen set their status to Unavailable (end of day)');
    expect(words(by('jordan', 'agent.status', 'maya', { from: 'available', to: 'on_leave' }))).toBe("Jordan Pike set Maya Chen's status to On leave");
    expect(words(by(null, 'agent.status', 'luis', { from: 'available', to: 'in_a_meeting', reason: 'SLA upkeep block started' }))).toBe(
      "The app set Luis Ortega's status to In a meeting (SLA upkeep block started)",
    );
  });

  it('names the case and both owners of a reassignment, a team or nobody when no agent', () => {
    expect(words(by('jordan', 'case.reassign', 'k12', { key: 'SD-12', from: 'maya', to: 'luis', teamId: null }))).toBe('Jordan Pike reassigned SD-12 from Maya Chen to Luis Ortega');
    expect(words(by('jordan', 'case.reassign', 'k12', { key: 'SD-12', from: 'maya', to: null, teamId: 'dev' }))).toBe('Jordan Pike reassigned SD-12 from Maya Chen to the dev team');
    expect(words(by('jordan', 'case.reassign', 'k12', { key: 'SD-12', from: 'maya', to: null, teamId: null }))).toBe('Jordan Pike reassigned SD-12 from Maya Chen to nobody');
    expect(words(by('jordan', 'case.reassign', 'k12', { key: 'SD-12', from: 'maya', to: 'luis', handoff: true }))).toBe('Jordan Pike reassigned SD-12 from Maya Chen to Luis Ortega (handoff)');
    expect(words(by('maya', 'case.assign', 'k9', { key: 'SD-9', to: 'luis', as: 'queue monitor' }))).toBe('Maya Chen assigned SD-9 to Luis Ortega as queue monitor');
  });

  it('says a split waits, and who approved whose split', () => {
    expect(words(by('maya', 'case.split', 'k30', { key: 'SD-30', fromKey: 'SD-12', state: 'pending' }))).toBe("Maya Chen split SD-30 from SD-12, waiting for a lead's approval");
    expect(words(by('jordan', 'case.splitApprove', 'k30', { key: 'SD-30', requestedBy: 'maya' }))).toBe('Jordan Pike approved the split SD-30 made by Maya Chen');
  });

  it("reads off-queue time's end in the reader's words, with the reason", () => {
    expect(words(by('jordan', 'team.offQueue', 'maya', { until: '2026-03-10T17:00:00Z', reason: 'Doctor', from: 'available' }))).toBe(
      'Jordan Pike approved off-queue time for Maya Chen until Tue 17:00: Doctor',
    );
  });

  it('covers the team, schedule and settings actions', () => {
    expect(words(by('jordan', 'team.queueMonitor', 'luis', { day: '2026-03-10', from: null, to: 'luis' }))).toBe('Jordan Pike named Luis Ortega queue monitor for 2026-03-10');
    expect(words(by('jordan', 'team.queueMonitor', null, { day: '2026-03-10', from: 'luis', to: null }))).toBe('Jordan Pike left 2026-03-10 without a queue monitor');
    expect(words(by('jordan', 'handoff.approve', 'maya', { from: '2026-03-10', to: '2026-03-14', cases: [{}, {}] }))).toBe(
      "Jordan Pike approved the handoff of Maya Chen's cases (2 cases), 2026-03-10 to 2026-03-14",
    );
    expect(words(by('jordan', 'schedule.set', 'maya', {}))).toBe("Jordan Pike changed Maya Chen's weekly schedule");
    expect(words(by(null, 'sweep.setInterval', null, { from: 'device preference', to: 15 }))).toBe('The app set the sweep interval to 15 minutes');
    expect(words(by('jordan', 'settings.workflow', null, { method: 'workflow.saveRules' }))).toBe('Jordan Pike changed the workflow settings (saveRules)');
    expect(words(by(null, 'agent.create', 'jordan', { name: 'Jordan Pike', role: 'lead' }))).toBe('The app added the lead profile Jordan Pike');
    expect(words(by('jordan', 'sync.mapping', null, { changed: ['priorityToRt', 'people'], defaults: false }))).toBe('Jordan Pike changed the help desk field mapping (priorities, people)');
    expect(words(by('jordan', 'sync.mapping', null, { changed: ['people'], defaults: true }))).toBe('Jordan Pike reset the help desk field mapping to the defaults');
    expect(words(by('jordan', 'sync.connect', null, { url: 'https://rt.example.com', queues: ['Support', 'VIP'] }))).toBe(
      'Jordan Pike connected the workspace to the help desk https://rt.example.com (queues Support, VIP)',
    );
    expect(words(by('jordan', 'sync.disconnect', null, { url: 'https://rt.example.com' }))).toBe('Jordan Pike disconnected the workspace from the help desk https://rt.example.com');
  });

  it('falls back to the action and agent ids it cannot name, never failing', () => {
    expect(words(by('gone', 'case.reassign', 'k1', { key: 'SD-1', from: 'gone', to: 'luis' }))).toBe('gone reassigned SD-1 from gone to Luis Ortega');
    expect(words(by('jordan', 'something.new', 'x', {}))).toBe('Jordan Pike: something.new on x');
  });
});
