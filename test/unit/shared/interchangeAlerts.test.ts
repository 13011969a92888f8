import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../../shared/interchange/serialize';
import { parseWorkspaceFile, parseWorkspaceText } from '../../../shared/interchange/validate';
import { smallWorkspace } from '../../support/workspaceFixture';

/** One breach of case k1 (C-1001), as an export writes it. */
const breach = () => ({
  itemId: 'case:k1',
  caseId: 'k1',
  key: 'C-1001',
  kind: 'breached',
  slaClass: 'first_response',
  deadline: '2026-03-02T16:05:00Z',
  dueAt: '2026-03-02T16:05:00Z',
  firedAt: '2026-03-02T16:05:30Z',
  late: false,
  delivery: 'notified',
  silencedBy: null,
  agentId: 'a1',
  title: 'Breached: C-1001 · was due Mon 10:05',
  body: 'Pat Doe (Acme Solar) — Cannot log in',
  readAt: null,
});

const withAlerts = (...alerts: Record<string, unknown>[]) => ({ ...smallWorkspace(), alerts });

function messages(raw: unknown): string[] {
  const result = parseWorkspaceFile(raw);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('the alert history in the interchange format', () => {
  it('reads an alert list and writes it back unchanged after the interactions', () => {
    const warning = { ...breach(), itemId: 'interaction:i2', caseId: null, key: 'i2', kind: 'warning', delivery: 'silenced', silencedBy: 'in_a_meeting', readAt: '2026-03-02T16:10:00Z' };
    const raw = withAlerts(breach(), warning);
    const parsed = parseWorkspaceFile(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.alerts[0]!.deadline).toBe(Date.parse('2026-03-02T16:05:00Z'));
    const written = serializeWorkspace(parsed.file);
    expect(written.alerts).toEqual([breach(), warning]);
    expect(Object.keys(written).indexOf('alerts')).toBe(Object.keys(written).indexOf('interactions') + 1);
    // Text read a record at a time gives the same.
    const again = parseWorkspaceText(JSON.stringify(written));
    expect(again.ok && serializeWorkspace(again.file)).toEqual(written);
  });

  it('a file without alerts is written without the key', () => {
    const parsed = parseWorkspaceFile(smallWorkspace());
    expect(parsed.ok && serializeWorkspace(parsed.file)).not.toHaveProperty('alerts');
  });

  it('names each bad alert field with its path, what was expected and what came', () => {
    expect(messages(withAlerts({ ...breach(), kind: 'late', deadline: '2026-03-02 16:05', itemId: 'k1' }))).toEqual([
      'alerts[0].itemId: expected an item id (case:<id> or interaction:<id>), got "k1"',
      'alerts[0].kind: expected warning | breached, got "late"',
      'alerts[0].deadline: expected an ISO 8601 instant with offset (2026-03-02T14:05:00Z), got "2026-03-02 16:05"',
    ]);
    expect(messages(withAlerts({ ...breach(), delivery: 'silenced' }))).toEqual([
      'alerts[0].silencedBy: expected the agent status that silenced it (delivery is "silenced"), got null',
    ]);
    const { title: _title, ...untitled } = breach();
    expect(messages(withAlerts(untitled))).toEqual(['alerts[0].title: required, got nothing']);
  });

  it('checks what an alert refers to, and refuses the same alert twice', () => {
    expect(messages(withAlerts({ ...breach(), itemId: 'case:k99' }, { ...breach(), itemId: 'interaction:i9', agentId: 'a7' }))).toEqual([
      'alerts[0].itemId: no case with id "k99"',
      'alerts[1].itemId: no interaction with id "i9"',
      'alerts[1].agentId: no agent with id "a7"',
    ]);
    expect(messages(withAlerts(breach(), breach()))).toEqual(['alerts[1]: duplicate alert: the same itemId, kind and deadline as alerts[0]']);
  });

  it('refuses alerts given as something else than a list', () => {
    expect(messages({ ...smallWorkspace(), alerts: 'none' })).toEqual(['alerts: expected a list, got "none"']);
  });
});
