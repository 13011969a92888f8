import { parseTemplates, type Template, type TemplateName } from './templateSchema';

/**
 * The nine default templates, worded after the team's procedures (the check-ins are the SOP's
 * "Template 1" and "Template 2"); leads edit their subject and body. Documented in docs/templates.md.
 */

/**
 * The phrases the quick check-in ends on ("We appreciate your patience and look forward to ..."): the
 * SOP's own examples and a few general ones. The agent picks one (or writes another) for `{{phrase}}`.
 */
export const CHECK_IN_PHRASES: readonly string[] = [
  'resolving your request.',
  'delivering a great design!',
  'squashing this bug for good!',
  'making your site run smoothly again!',
  'getting everything working smoothly for you again!',
  'getting your account set up just the way you need it!',
  'bringing you the answer you are waiting for!',
];

const SUBJECT = '{{case.subject}} [{{case.key}}]';
const GREETING = 'Hi {{contact.firstName}},';
const SIGN_OFF = 'Kind regards,\n{{agent.name}}';

function message(...paragraphs: string[]): string {
  return [GREETING, ...paragraphs, SIGN_OFF].join('\n\n');
}

export const DEFAULT_TEMPLATES: readonly Template[] = parseTemplates([
  {
    name: 'check-in-quick',
    title: 'Check-in: quick update',
    subject: SUBJECT,
    body: message(
      'This is a quick update to let you know we are continuing to work on this request and will have another update for you as soon as we have ' +
        'progress or more information. We appreciate your patience and look forward to {{phrase}}',
    ),
  },
  {
    name: 'check-in-still-working',
    title: 'Check-in: still working on it',
    subject: SUBJECT,
    body: message('I wanted to let you know we are still working on getting {{item}} for you. We will send an update as soon as we have more information. Thank you!'),
  },
  {
    name: 'acknowledgement',
    title: 'Acknowledgement (P1/P2)',
    subject: 'We are on it: {{case.subject}} [{{case.key}}]',
    body: message(
      'Thank you for letting us know. We have logged this as case {{case.key}} with priority {{case.priority}} and escalated it to our engineering team.',
      'Please quote {{case.key}} in any message about this issue. We will keep you updated as the work progresses.',
    ),
  },
  {
    name: 'resolution',
    title: 'Resolution email',
    subject: 'Resolved: {{case.subject}} [{{case.key}}]',
    body: message(
      'Good news: your request "{{case.subject}}" ({{case.key}}) has been resolved.',
      'What we did: {{resolution}}',
      'Please check that everything works as you expect. If anything is still not right, simply reply to this email and we will pick it up ' +
        'again. If we do not hear from you within 7 days, we will close the case.',
    ),
  },
  {
    name: 'testimonial-standard',
    title: 'Testimonial request: Standard',
    subject: 'A quick favor? Your experience with us',
    body: message(
      'Thank you again for working with us on "{{case.subject}}" ({{case.key}}). We are glad we could help.',
      'Would you be willing to share a few words about your experience with our product and our support? Two or three sentences are plenty, ' +
        'and they help other teams decide whether we are right for them. Just reply to this email, and tell us how you would like your name ' +
        'and organization to appear, or whether you would rather stay anonymous.',
      'Thank you for considering it!',
    ),
  },
  {
    name: 'testimonial-google-apps',
    title: 'Testimonial request: Google Apps customer',
    subject: 'A quick favor? Your review on the Google Workspace Marketplace',
    body: message(
      'Thank you again for working with us on "{{case.subject}}" ({{case.key}}). We are glad we could help.',
      'As your team uses Google Apps, would you be willing to leave a short review of our app on the Google Workspace Marketplace? It takes ' +
        'a minute and helps other teams find us: {{link.googleApps}}',
      'Thank you for considering it!',
    ),
  },
  {
    name: 'review-request',
    title: 'Online review request',
    subject: 'A quick favor? Share your experience online',
    body: message(
      'Thank you again for working with us on "{{case.subject}}" ({{case.key}}). We are glad we could help.',
      'If you have a moment, would you leave a short review of your experience online? Honest reviews help other teams decide whether we are ' +
        'right for them: {{link.review}}',
      'Thank you for considering it!',
    ),
  },
  {
    name: 'billing-update',
    title: 'Billing update instructions',
    subject: 'How to update your billing details [{{case.key}}]',
    body: message(
      'Here is how to update the billing details of your account:',
      '1. Sign in as an account administrator of {{organization.name}}.\n' +
        '2. Open the billing page: {{link.billing}}\n' +
        '3. Update the payment method or billing contact, then save.',
      'If you do not see the billing page, please ask an account administrator of your organization, or reply to this email and we will help.',
    ),
  },
  {
    name: 'training-signup',
    title: 'Training sign-up link',
    subject: 'Sign up for a training session',
    body: message(
      'Thank you for your interest in training. You can choose a session that suits you and sign up here: {{link.training}}',
      'If none of the times work for you, reply to this email and we will find another option.',
    ),
  },
]);

/** The default template of `name` (every stable name has one). */
export function defaultTemplate(name: TemplateName): Template {
  const template = DEFAULT_TEMPLATES.find((t) => t.name === name);
  if (!template) throw new Error(`no default template "${name}"`);
  return template;
}
