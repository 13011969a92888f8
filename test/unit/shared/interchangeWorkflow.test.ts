import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../../shared/interchange/serialize';
import { parseWorkspaceFile, parseWorkspaceText } from '../../../shared/interchange/validate';
import { DEFAULT_TEMPLATES } from '../../../shared/templates/defaultTemplates';
import { parseTemplateLinks } from '../../../shared/templates/templateLinks';
import { smallWorkspace } from '../../support/workspaceFixture';

/** The workspace file's optional `rules`, `templates` and `templateLinks` (docs/format.md). */
const RULE = { id: 'eb', description: 'EB: P4', conditions: [{ field: 'label', has: 'EB' }], actions: [{ action: 'raisePriority', atLeast: 'P4' }] };
const ACK = DEFAULT_TEMPLATES.find((t) => t.name === 'acknowledgement')!;

function parsed(extra: Record<string, unknown>) {
  const result = parseWorkspaceFile({ ...smallWorkspace(), ...extra });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.file;
}

function issues(extra: Record<string, unknown>): string[] {
  const result = parseWorkspaceFile({ ...smallWorkspace(), ...extra });
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('rules, templates and template links in the workspace file', () => {
  it('are absent (null) unless the file has them, and then not written', () => {
    const file = parsed({});
    expect([file.rules, file.templates, file.templateLinks]).toEqual([null, null, null]);
    const out = serializeWorkspace(file);
    for (const key of ['rules', 'templates', 'templateLinks']) expect(out).not.toHaveProperty(key);
  });

  it('are read with their defaults and written back after the releases, before the agents', () => {
    const file = parsed({ rules: [RULE], templates: [{ ...ACK, body: 'Hi {{contact.name}}' }], templateLinks: { review: 'https://example.com/r' } });
    expect(file.rules).toEqual([{ ...RULE, enabled: true }]);
    const out = serializeWorkspace(file);
    expect(Object.keys(out).slice(0, 6)).toEqual(['format', 'version', 'calendar', 'rules', 'templates', 'templateLinks']);
    expect(out.templates).toEqual([{ ...ACK, body: 'Hi {{contact.name}}' }]);
    // What was written reads back the same.
    const again = parseWorkspaceText(JSON.stringify(out));
    expect(again.ok && serializeWorkspace(again.file)).toEqual(out);
  });

  it('writes no empty template list or link object (the same as none), but an empty rule list (no rules)', () => {
    const out = serializeWorkspace(parsed({ rules: [], templates: [], templateLinks: {} }));
    expect(out.rules).toEqual([]);
    expect(out).not.toHaveProperty('templates');
    expect(out).not.toHaveProperty('templateLinks');
  });

  it('name the path of what is wrong', () => {
    expect(
      issues({
        rules: [RULE, { id: 'y', description: 'Y', actions: [{ action: 'remind', text: 'Hi' }] }, { id: 'x', description: 'X', actions: [{ action: 'setUrgency', to: 'asap' }], then: 1 }],
        templates: [{ ...ACK, subject: '{{case.key' }, { name: 'welcome', title: 'W', subject: 'S', body: 'B' }],
        templateLinks: { billing: 'example.com/billing' },
      }),
    ).toEqual([
      'rules[2].actions[0].to: expected none | urgent | emergency, got "asap"',
      'rules[2]: unknown field then',
      'templates[0].subject: a placeholder is not closed near "{{case.key": write it as {{case.key}}',
      expect.stringMatching(/^templates\[1\]\.name: expected check-in-quick/),
      'templateLinks.billing: expected a web address (https://...), got "example.com/billing"',
    ]);
    expect(issues({ rules: [RULE, RULE] })).toEqual(['rules[1].id: "eb" appears more than once']);
  });
});

describe('parseTemplateLinks', () => {
  it('keeps the links given, refusing another key or an address that is not http(s)', () => {
    expect(parseTemplateLinks({ googleApps: 'https://workspace.google.com/marketplace/app/x' })).toEqual({ googleApps: 'https://workspace.google.com/marketplace/app/x' });
    expect(() => parseTemplateLinks({ billing: 'javascript:alert(1)' })).toThrow('templateLinks.billing: expected a web address');
    expect(() => parseTemplateLinks({ shop: 'https://example.com' })).toThrow('templateLinks: unknown link shop (known: billing, training, review, googleApps)');
    expect(() => parseTemplateLinks('https://example.com')).toThrow('templateLinks: expected an object of links');
  });
});
