import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../shared/templates/defaultTemplates';
import { editTemplate, parseTemplate, parseTemplates, placeholdersIn, TemplateInputError } from '../../../shared/templates/templateSchema';

const valid = { name: 'resolution', title: 'Resolution email', subject: 'Resolved [{{case.key}}]', body: 'Hi {{contact.firstName}}, done.' };

function errorOf(run: () => unknown): TemplateInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateInputError) return error;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('a template from input', () => {
  it('is accepted when its name is a stable name and its placeholders are known', () => {
    expect(parseTemplate(valid)).toEqual(valid);
  });

  it('refuses an unknown name, naming the field and the stable names', () => {
    expect(errorOf(() => parseTemplate({ ...valid, name: 'thanks' })).message).toBe(
      'name: expected check-in-quick | check-in-still-working | acknowledgement | resolution | testimonial-standard | testimonial-google-apps | ' +
        'review-request | billing-update | training-signup, got "thanks"',
    );
  });

  it('refuses unknown placeholders, naming them and the known ones', () => {
    const error = errorOf(() => parseTemplate({ ...valid, body: 'Hi {{contact.nickname}} from {{ case.owner }}, see {{case.key}}' }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe('body');
    expect(error.issues[0]!.message).toMatch(/^unknown placeholders \{\{contact\.nickname\}\}, \{\{case\.owner\}\}; known: \{\{case\.key\}\}, /);
    expect(error.issues[0]!.message).toContain('{{contact.firstName}}');
    expect(error.issues[0]!.message).toContain('{{link.training}}');
  });

  it('refuses a placeholder left open', () => {
    expect(errorOf(() => parseTemplate({ ...valid, subject: 'Resolved [{{case.key]' })).message).toBe(
      'subject: a placeholder is not closed near "Resolved [{{case.key]": write it as {{case.key}}',
    );
  });

  it('names every bad field under the given prefix, and a missing one as required', () => {
    const { title: _title, ...untitled } = valid;
    expect(errorOf(() => parseTemplates([valid, { ...untitled, body: '' }])).message).toBe(
      'templates[1].title: required, got nothing\ntemplates[1].body: expected text, got an empty text',
    );
  });

  it('refuses an unknown field and a name that appears twice in a list', () => {
    expect(errorOf(() => parseTemplate({ ...valid, from: 'x' })).message).toBe('template: unknown field from');
    expect(errorOf(() => parseTemplates([valid, { ...valid, title: 'Again' }])).message).toBe('templates[1].name: "resolution" appears more than once');
  });

  it('reads placeholders with blanks inside the braces', () => {
    expect(placeholdersIn('{{ case.key }} {{agent.name}} {{case.key}}')).toEqual(['case.key', 'agent.name']);
  });
});

describe("a lead's edit", () => {
  const original = defaultTemplate('check-in-still-working');

  it('changes the subject and body, keeping the name and title', () => {
    const edited = editTemplate(original, { body: 'Still on it: {{item}}. {{agent.name}}' });
    expect(edited).toEqual({ ...original, body: 'Still on it: {{item}}. {{agent.name}}' });
    expect(editTemplate(edited, { subject: 'Update [{{case.key}}]' }).subject).toBe('Update [{{case.key}}]');
  });

  it('may not rename the template', () => {
    expect(errorOf(() => editTemplate(original, { name: 'resolution', body: 'x' })).message).toBe('edit: only subject and body may be edited, got name');
  });

  it('refuses an unknown placeholder or an empty body, naming the field', () => {
    expect(errorOf(() => editTemplate(original, { body: '{{case.owner}}' })).message).toMatch(/^body: unknown placeholder \{\{case\.owner\}\}; known: /);
    expect(errorOf(() => editTemplate(original, { subject: '' })).message).toBe('subject: expected text, got an empty text');
  });
});
