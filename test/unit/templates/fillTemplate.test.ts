import { describe, expect, it } from 'vitest';
import { CHECK_IN_PHRASES, DEFAULT_TEMPLATES, defaultTemplate } from '../../../shared/templates/defaultTemplates';
import { blanksIn, fillTemplate, firstName, MISSING_MARK, type TemplateContext } from '../../../shared/templates/fill';
import { TEMPLATE_NAMES, type TemplateName } from '../../../shared/templates/templateSchema';

const sample: TemplateContext = {
  case: { key: 'C-1042', subject: 'Export to CSV fails', type: 'bug', priority: 'P2' },
  contact: { name: 'Dana Reyes' },
  agent: { name: 'Sam Ortiz' },
  organization: { name: 'Acme Solar' },
  phrase: 'squashing this bug for good!',
  fillIns: { item: 'a fix for the CSV export', resolution: 'We corrected the date format of the export.' },
  links: {
    billing: 'https://example.test/billing',
    training: 'https://example.test/training',
    review: 'https://example.test/review',
    googleApps: 'https://example.test/marketplace',
  },
};

const fill = (name: TemplateName, context: TemplateContext = sample) => fillTemplate(defaultTemplate(name), context);

describe('the default templates', () => {
  it('hold every stable name exactly once, in the documented order', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.name)).toEqual([...TEMPLATE_NAMES]);
  });

  it.each(TEMPLATE_NAMES)('%s fills completely from a sample case, greeting the reporter by first name and signed by the agent', (name) => {
    const filled = fill(name);
    expect(filled.missing).toEqual([]);
    expect(filled.subject + filled.body).not.toContain('{{');
    expect(filled.subject + filled.body).not.toContain(MISSING_MARK);
    expect(filled.body.startsWith('Hi Dana,\n\n')).toBe(true);
    expect(filled.body.endsWith('\n\nKind regards,\nSam Ortiz')).toBe(true);
  });

  it('check-in-quick is the SOP check-in ending on the chosen phrase', () => {
    const filled = fill('check-in-quick');
    expect(filled.subject).toBe('Export to CSV fails [C-1042]');
    expect(filled.body).toContain(
      'This is a quick update to let you know we are continuing to work on this request and will have another update for you as soon as we have ' +
        'progress or more information. We appreciate your patience and look forward to squashing this bug for good!\n',
    );
  });

  it('check-in-still-working says what we are still getting, as the agent wrote it', () => {
    expect(fill('check-in-still-working').body).toContain(
      'I wanted to let you know we are still working on getting a fix for the CSV export for you. We will send an update as soon as we have more information.',
    );
  });

  it('the acknowledgement gives the case number and its priority', () => {
    const filled = fill('acknowledgement');
    expect(filled.subject).toBe('We are on it: Export to CSV fails [C-1042]');
    expect(filled.body).toContain('We have logged this as case C-1042 with priority P2 Blocker and escalated it to our engineering team.');
  });

  it('the resolution email says what was done and that the case closes after 7 days', () => {
    const filled = fill('resolution');
    expect(filled.subject).toBe('Resolved: Export to CSV fails [C-1042]');
    expect(filled.body).toContain('What we did: We corrected the date format of the export.');
    expect(filled.body).toContain('within 7 days, we will close the case');
  });

  it('each testimonial and review request points to its own place', () => {
    expect(fill('testimonial-standard').body).toContain('Just reply to this email');
    expect(fill('testimonial-google-apps').body).toContain('Google Workspace Marketplace? It takes a minute and helps other teams find us: https://example.test/marketplace');
    expect(fill('review-request').body).toContain('right for them: https://example.test/review');
  });

  it('billing-update and training-signup carry their links', () => {
    expect(fill('billing-update').body).toContain('1. Sign in as an account administrator of Acme Solar.\n2. Open the billing page: https://example.test/billing\n');
    expect(fill('training-signup').body).toContain('sign up here: https://example.test/training');
  });
});

describe('the check-in phrase', () => {
  it('offers the SOP examples', () => {
    expect(CHECK_IN_PHRASES).toEqual(expect.arrayContaining(['delivering a great design!', 'squashing this bug for good!', 'making your site run smoothly again!']));
  });

  it.each(CHECK_IN_PHRASES)('"%s" ends the quick check-in', (phrase) => {
    const filled = fill('check-in-quick', { ...sample, phrase });
    expect(filled.body).toContain(`look forward to ${phrase}\n\nKind regards,`);
    expect(filled.missing).toEqual([]);
  });

  it('when none is picked, the blank is shown and listed', () => {
    const filled = fill('check-in-quick', { ...sample, phrase: null });
    expect(filled.body).toContain(`look forward to ${MISSING_MARK}\n`);
    expect(filled.missing).toEqual(['phrase']);
  });
});

describe('missing values', () => {
  it('leave a visible blank each and are listed once, in order of first use', () => {
    const filled = fill('check-in-still-working', { ...sample, contact: null, fillIns: { item: '   ' } });
    expect(filled.body).toBe(
      `Hi ${MISSING_MARK},\n\nI wanted to let you know we are still working on getting ${MISSING_MARK} for you. ` +
        'We will send an update as soon as we have more information. Thank you!\n\nKind regards,\nSam Ortiz',
    );
    expect(filled.missing).toEqual(['contact.firstName', 'item']);
    expect(blanksIn(filled.body)).toBe(2);
  });

  it('a placeholder used twice is listed once', () => {
    const filled = fill('review-request', { ...sample, case: { ...sample.case, key: '' } });
    expect(filled.missing).toEqual(['case.key']);
    expect(blanksIn(filled.body)).toBe(1);
  });

  it('a missing link or organization is a blank, not an empty text', () => {
    expect(fill('billing-update', { ...sample, organization: null, links: {} }).missing).toEqual(['organization.name', 'link.billing']);
  });

  it('once the agent writes over every blank, none is left', () => {
    const filled = fill('check-in-still-working', { ...sample, fillIns: {} });
    expect(blanksIn(filled.body.replace(MISSING_MARK, 'the new report'))).toBe(0);
  });

  it('values are inserted as written, never read as placeholders', () => {
    const filled = fill('check-in-still-working', { ...sample, fillIns: { item: '{{agent.name}}' } });
    expect(filled.body).toContain('getting {{agent.name}} for you');
    expect(filled.missing).toEqual([]);
  });
});

describe('firstName', () => {
  it.each([
    ['Dana Reyes', 'Dana'],
    ['  Dana   Maria Reyes ', 'Dana'],
    ['Reyes, Dana', 'Dana'],
    ['Dr. Dana Reyes', 'Dana'],
    ['Dana', 'Dana'],
  ])('%s -> %s', (name, expected) => {
    expect(firstName(name)).toBe(expected);
  });

  it('a contact without a name leaves the greeting blank', () => {
    expect(fill('training-signup', { ...sample, contact: { name: ' ' } }).missing).toEqual(['contact.firstName']);
  });
});
