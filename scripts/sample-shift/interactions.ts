import type { Channel, InteractionState, Priority } from '../../shared/domain/vocab';
import type { AgentId } from './people';

/**
 * Live and unfiled items of the sample shift: waiting calls and chats, unreturned voicemails,
 * unfiled emails, and a few already handled. `ago` is calendar minutes before the anchor;
 * `caseRow` is the index of a row in `CASE_ROWS` the item belongs to.
 */
export interface InteractionRow {
  channel: Channel;
  state: InteractionState;
  /** Minutes before the anchor, or when the case it opened was created (handled items). */
  ago: number | 'case created';
  contact: string | null;
  caseRow?: number;
  priority?: Priority;
  urgent?: boolean;
  assignee?: AgentId;
  subject: string;
  body: string;
}

export const INTERACTION_ROWS: InteractionRow[] = [
  // Calls ringing or on hold.
  { channel: 'phone', state: 'waiting', ago: 2, contact: 'c4', priority: 'P1', urgent: true,
    subject: 'Incoming call: Sunward Energy Partners',
    body: 'Caller chose "Emergency - production outage" in the phone menu.' },
  { channel: 'phone', state: 'waiting', ago: 6, contact: 'c19', caseRow: 51, priority: 'P6',
    subject: 'Incoming call: Linda Haskins (homeowner)',
    body: 'Caller entered case number from her last email.' },
  { channel: 'phone', state: 'waiting', ago: 11, contact: 'c12', priority: 'P5',
    subject: 'Incoming call: Red Mesa Solar Installers',
    body: 'Caller chose "Billing and accounts" in the phone menu.' },
  // Chats waiting for an answer.
  { channel: 'chat', state: 'waiting', ago: 1, contact: 'c13', priority: 'P6',
    subject: 'Change the default module in templates',
    body: 'Hi! Can I change the default module in my design templates? It keeps picking a 370 W panel.' },
  { channel: 'chat', state: 'waiting', ago: 4, contact: 'c9', caseRow: 20, priority: 'P3',
    subject: 'Production estimate mismatch follow-up',
    body: 'Hi, any news on the production estimate mismatch? I can send the Assumptions screenshot now if that helps.' },
  { channel: 'chat', state: 'waiting', ago: 14, contact: 'c17', priority: 'P4', urgent: true, assignee: 'a1',
    subject: 'Proposal will not send',
    body: 'Our rep is sitting with a homeowner right now and the proposal "Send" button does nothing. Help!' },
  { channel: 'chat', state: 'waiting', ago: 27, contact: 'c14', priority: 'P6',
    subject: 'Invite a business partner',
    body: 'How do I invite my business partner to our account? We are on the Free plan.' },
  // Voicemails not yet returned.
  { channel: 'voicemail', state: 'waiting', ago: 95, contact: 'c20',
    subject: 'Voicemail from Robert Yoon',
    body: 'Hi, this is Robert Yoon. I called last week about my design documents for the refinance. The appraiser comes Friday. Please call me back at 555-555-0192. Thank you.' },
  { channel: 'voicemail', state: 'waiting', ago: 190, contact: 'c7',
    subject: 'Voicemail from Beth Carlson, Prairie Roof & Solar',
    body: 'Beth from Prairie Roof and Solar. Our invoice still has the wrong tax rate and our accountant is closing the books this week. Please call me, 515-555-0131.' },
  { channel: 'voicemail', state: 'waiting', ago: 1080, contact: null,
    subject: 'Voicemail from an unknown caller',
    body: 'Hi, my name is Alana, we are a new solar company near Peoria and want to know about a demo and pricing for three designers. You can reach me at 309-555-0166.' },
  // Emails not yet filed into a case.
  { channel: 'email', state: 'waiting', ago: 100, contact: 'c3', priority: 'P2',
    subject: 'EB funding packet for the Delgado project',
    body: 'Hi team, the EB funding packet for the Delgado project is missing the interconnection agreement page. Can you regenerate it? Thanks, Lena' },
  { channel: 'email', state: 'waiting', ago: 320, contact: 'c10',
    subject: 'Re: Utility bill upload',
    body: 'The fix works for scans from the office, but PDFs exported from the utility website still fail. Example attached.' },
  { channel: 'email', state: 'waiting', ago: 1500, contact: null,
    subject: 'Partnership inquiry',
    body: 'Hello, we run a solar installer network of 40 companies and would like to discuss a referral partnership. Who is the right contact?' },
  { channel: 'email', state: 'waiting', ago: 2900, contact: 'c15',
    subject: 'Question about our invoice',
    body: 'We are on the Free plan but received an invoice for $0.00. Is that expected or do we owe something?' },
  // Already handled.
  { channel: 'phone', state: 'done', ago: 'case created', contact: 'c1', caseRow: 6, priority: 'P2', urgent: true, assignee: 'a1',
    subject: 'Call: Dana Whitaker, Brightpath Solar Co.',
    body: 'Crew cannot open the install packet on site. Filed into a case.' },
  { channel: 'chat', state: 'done', ago: 'case created', contact: 'c6', caseRow: 17, priority: 'P2', assignee: 'a1',
    subject: 'Single sign-on for a new office',
    body: 'Customer asked for SSO for their new Phoenix office. Outcome: answered - happy. Filed into a case.' },
  { channel: 'voicemail', state: 'done', ago: 'case created', contact: 'c10', caseRow: 13, assignee: 'a5',
    subject: 'Voicemail from Greg Thornton',
    body: 'Where do I change the utility rate on a proposal? Returned the call and filed into a case.' },
];
