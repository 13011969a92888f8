import type { CaseStatus, Channel, Priority, Urgency } from '../../shared/domain/vocab';
import type { AgentId } from './people';

/**
 * The sample shift's 60 cases, hand-written. Ages are business time before the anchor
 * (`m` minutes, `h` hours, `d` 9-hour days, `w` weeks of 5 days); `agreed` is calendar time
 * from the anchor (`+2h`, `-30m`). The timeline of each case is written by `timeline.ts`.
 */
export interface CaseRow {
  type: 'R' | 'A' | 'E' | 'B';
  status: CaseStatus;
  p: Priority;
  /** Reporter contact id; the case's organization is the contact's. */
  rep: string;
  ch: Channel;
  age: string;
  who: AgentId | null;
  subject: string;
  description: string;
  labels?: string[];
  /** Set by the agent (the priority may imply a higher one: sla.md 2). */
  urgency?: Urgency;
  agreed?: string;
  /** The customer wrote last: this message waits for our answer. */
  turn?: string;
  /** No public reply sent yet. */
  noReply?: boolean;
  /** A homeowner's phone number noted internally after a call ("HO Phone: ..."). */
  ho?: string;
  /** Our first answer, when it says more than an acknowledgement. */
  reply?: string;
  /** What we asked the customer for (cases that went to pending input). */
  ask?: string;
  /** The intake field *possible testimonial*: a happy customer (the Testimonial follow-ups list). */
  testimonial?: boolean;
}

export const CASE_ROWS: CaseRow[] = [
  // --- new: nobody has looked yet -------------------------------------------------------
  { type: 'R', status: 'new', p: 'P2', rep: 'c4', ch: 'email', age: '25m', who: null,
    subject: 'Permit set export is missing the stamped single-line diagram',
    description: 'Our permit set for the Alder Court job exported without the stamped SLD page. The AHJ portal closes submissions at 3pm today, can someone look quickly?' },
  { type: 'R', status: 'new', p: 'P6', rep: 'c19', ch: 'voicemail', age: '1h', who: null, ho: '555-555-0191',
    subject: 'Homeowner asking when her system will be switched on',
    description: 'Hi, this is Linda Haskins. My panels went up two weeks ago and the installer said the app would tell me when I can turn it on, but it still says "awaiting PTO". Can someone call me back? Thanks.' },
  { type: 'R', status: 'new', p: 'P5', rep: 'c11', ch: 'email', age: '2h', who: null,
    subject: 'How do I add a second crew lead to our account?',
    description: 'We hired a second crew lead. How do I give him access to install packets without letting him edit proposals?' },
  { type: 'R', status: 'new', p: 'P4', rep: 'c16', ch: 'chat', age: '50m', who: null, urgency: 'urgent', labels: ['EB'],
    subject: 'Financing status stuck on "Pending stips" for five days',
    description: 'Three of our EB-financed projects have shown "Pending stips" since last Wednesday. The homeowners uploaded everything. Is something stuck on your side?' },
  { type: 'R', status: 'new', p: 'P6', rep: 'c14', ch: 'email', age: '3h', who: null, labels: ['billing'],
    subject: 'Question about upgrading from Free to Pro',
    description: 'If we upgrade mid-month, are we charged the full month? And do our existing designs carry over?' },
  { type: 'R', status: 'new', p: 'P5', rep: 'c9', ch: 'email', age: '8m', who: null,
    subject: 'Shade report PDF has blank pages',
    description: 'The shade report for the Mercer project downloads with pages 3-6 blank. Chrome on Windows 11. Re-generating did not help.' },

  // --- assigned --------------------------------------------------------------------------
  { type: 'R', status: 'assigned', p: 'P2', rep: 'c1', ch: 'phone', age: '4h', who: 'a1', urgency: 'urgent', ho: '555-555-0147',
    subject: 'Crew on site cannot open the install packet on their tablet',
    description: 'Crew is on the roof at the Whitcomb residence and the install packet link spins forever on the field tablet. Homeowner is home today only.',
    reply: 'Dana, as discussed: I have sent the packet as a PDF to the crew lead directly so they can keep working. I am looking into why the link does not load on the tablet and will update you by noon.',
    turn: 'Crew got the PDF, thanks. The link still spins on both tablets though, and we have two more installs tomorrow.' },
  { type: 'R', status: 'assigned', p: 'P4', rep: 'c7', ch: 'email', age: '1d', who: 'a1',
    subject: 'Re-assign projects from a designer who left',
    description: 'Our designer Kyle left last week. He owns about 40 projects. Can we move them all to Tyler without opening each one?',
    turn: 'Following up on this, Tyler still cannot edit the projects Kyle owned.' },
  { type: 'R', status: 'assigned', p: 'P5', rep: 'c12', ch: 'chat', age: '2d', who: 'a3',
    subject: 'Proposal template logo appears stretched',
    description: 'Our logo looks squashed on the proposal cover. It is a 1200x400 PNG.',
    reply: 'Thanks Jake. The cover expects a 3:1 image with transparent padding; I am checking whether we can keep your aspect ratio instead of stretching it.' },
  { type: 'R', status: 'assigned', p: 'P3', rep: 'c13', ch: 'email', age: '3d', who: 'a2', labels: ['billing'],
    subject: 'Charged after downgrading to the Free plan',
    description: 'I downgraded to Free on the 2nd and was still charged $79 on the 5th. I would like a refund please.',
    reply: 'Hi Ellie, I am sorry about the charge. I have escalated this to our billing team and will confirm the refund as soon as they have reviewed the account.',
    turn: 'Hi, it has been three days. Is the refund approved? My bank shows the charge as posted.' },
  { type: 'R', status: 'assigned', p: 'P2', rep: 'c5', ch: 'email', age: '5h', who: 'a1', labels: ['EB'], agreed: '+2h',
    subject: 'EB loan documents not showing in the homeowner portal',
    description: 'Homeowners financed through EB this week do not see their loan documents in the portal. Sales is getting calls about it.',
    reply: 'Hi Rachel, I can reproduce this for two of the five homeowners you listed. I have asked our financing team to check the document sync and will send you an update by 12:00 CT today.' },
  { type: 'R', status: 'assigned', p: 'P6', rep: 'c20', ch: 'phone', age: '2d', who: 'a4', ho: '555-555-0192',
    subject: 'Homeowner wants a copy of the final design and production estimate',
    description: 'The homeowner asks for the final design and the year-one production estimate for his refinance appraisal.' },
  { type: 'R', status: 'assigned', p: 'P4', rep: 'c17', ch: 'email', age: '6d', who: 'a4', labels: ['onboarding'],
    subject: 'Onboarding: import of our 2025 project list',
    description: 'Attached is a CSV of 312 projects from 2025. We would like them in the platform before our team training next week.',
    reply: 'Thanks Tessa, I have your CSV. I am mapping the columns to our import template and will send you a preview of the first 20 rows to confirm.' },
  { type: 'R', status: 'assigned', p: 'P5', rep: 'c10', ch: 'voicemail', age: '1d', who: 'a5',
    subject: 'Where do I change the utility rate on a proposal?',
    description: 'Hi, Greg from Lakeshore. The utility raised rates in February and I need to update the rate on four proposals but I cannot find the setting. Call me back at the office number.' },
  { type: 'A', status: 'assigned', p: 'P1', rep: 'c2', ch: 'email', age: '3h', who: 'a1', labels: ['billing'],
    subject: 'Add six seats before Monday crew start',
    description: 'We are onboarding six new designers on Monday. Please add six seats to our plan and send the invoice to accounts payable.' },
  { type: 'A', status: 'assigned', p: 'P2', rep: 'c8', ch: 'email', age: '1d', who: 'a3',
    subject: 'Merge duplicate customer records for the Graves jobs',
    description: 'Our CRM sync created duplicates for about 15 customers. Can you merge them so each homeowner has one record?' },
  { type: 'A', status: 'assigned', p: 'P6', rep: 'c15', ch: 'email', age: '1w', who: 'a5',
    subject: 'Delete test projects from our account',
    description: 'We created about 30 projects named "TEST" while learning the tool. Could you delete them? No rush.' },
  { type: 'A', status: 'assigned', p: 'P2', rep: 'c6', ch: 'chat', age: '6h', who: 'a1', labels: ['onboarding'], noReply: true,
    subject: 'Set up single sign-on for the new Phoenix office',
    description: 'We are opening a Phoenix office with 22 users on our identity provider. Can SSO be enabled for their email domain?' },

  // --- pending input ---------------------------------------------------------------------
  { type: 'R', status: 'pending_input', p: 'P4', rep: 'c8', ch: 'email', age: '4d', who: 'a1',
    subject: 'Layout tool will not snap panels to the ridge',
    description: 'Since Friday panels no longer snap to the ridge line in the layout tool. It worked before.',
    ask: 'Could you send a screenshot of the layout with the snapping settings panel open, and the project name?',
    turn: 'Screenshots attached. Project is "Lindgren 8.4 kW". Snapping is on.' },
  { type: 'R', status: 'pending_input', p: 'P5', rep: 'c11', ch: 'phone', age: '1w', who: 'a3', labels: ['EB'], ho: '555-555-0158',
    subject: 'Homeowner needs an EB loan approval letter',
    description: 'A homeowner needs the EB approval letter for her HOA. Homeowner name Teresa Quintana.',
    ask: 'Could you confirm the homeowner\'s email on the loan application so we can send the letter to the right address?' },
  { type: 'B', status: 'pending_input', p: 'P3', rep: 'c9', ch: 'email', age: '5d', who: 'a1',
    subject: 'Production estimate differs between proposal and design view',
    description: 'Design view says 11,240 kWh/yr, the proposal says 10,610 kWh/yr for the same project. Which one is right?',
    ask: 'Which degradation and loss settings are selected on the proposal? A screenshot of the "Assumptions" tab would help us reproduce it.' },
  { type: 'A', status: 'pending_input', p: 'P2', rep: 'c16', ch: 'email', age: '3d', who: 'a2', labels: ['billing'],
    subject: 'Update billing contact and card on file',
    description: 'Please change our billing contact to ap@harborlight.example.com and update the card.',
    ask: 'For security we cannot take card numbers by email. Please use the billing update link below; I have changed the billing contact already.' },
  { type: 'R', status: 'pending_input', p: 'P6', rep: 'c14', ch: 'chat', age: '2w', who: 'a5', agreed: '-2h',
    subject: 'Exporting CAD files for the building department',
    description: 'Our AHJ wants DWG files, not PDF. Can the plan set be exported as DWG?',
    ask: 'Which sheets does the AHJ need in DWG: the site plan only, or the full set? I will check what our export supports.' },
  { type: 'E', status: 'pending_input', p: 'P3', rep: 'c12', ch: 'email', age: '8d', who: 'a3',
    subject: 'Request: custom fields on the proposal PDF',
    description: 'We would like to show our NABCEP number and a custom warranty note on every proposal.',
    ask: 'Could you send an example proposal (any format) marked up with where these fields should go?' },
  { type: 'R', status: 'pending_input', p: 'P2', rep: 'c3', ch: 'email', age: '2d', who: 'a4', labels: ['EB'],
    subject: 'EB pre-qualification links expired for three homeowners',
    description: 'Three homeowners say their EB pre-qual link shows "expired". They got the email yesterday.',
    ask: 'Please send the three homeowners\' emails so we can reissue the links.',
    turn: 'Here they are: two are on the original application, the third used a work email. Please hurry, one is signing Thursday.' },

  // --- pending product (enhancements) ----------------------------------------------------
  { type: 'E', status: 'pending_product', p: 'P1', rep: 'c4', ch: 'email', age: '3w', who: 'a2', agreed: '+1d',
    subject: 'Bulk-edit module wattage across a project portfolio',
    description: 'Our module supplier moved from 410 W to 430 W panels. We need to update 200 open designs at once.',
    reply: 'Victor, this is now logged with our product team as a priority for the next release; I will share the release date once it is scheduled.' },
  { type: 'E', status: 'pending_product', p: 'P2', rep: 'c13', ch: 'chat', age: '2w', who: 'a1',
    subject: 'Dark mode for the field app',
    description: 'Crews use the field app early morning and late evening; the bright screen is hard on the eyes.' },
  { type: 'E', status: 'pending_product', p: 'P3', rep: 'c17', ch: 'email', age: '10d', who: 'a3',
    subject: 'Allow custom battery models in storage sizing',
    description: 'We install a battery that is not in your catalogue. Could we add its spec sheet values ourselves?' },
  { type: 'E', status: 'pending_product', p: 'P6', rep: 'c15', ch: 'email', age: '5w', who: 'a5',
    subject: 'Export proposals as editable slides',
    description: 'Our sales team would like to tweak the proposal in a slide editor before meetings.' },

  // --- pending development (bugs) --------------------------------------------------------
  { type: 'B', status: 'pending_development', p: 'P1', rep: 'c1', ch: 'phone', age: '5h', who: 'a1', urgency: 'emergency', agreed: '+1h',
    subject: 'Signed contracts not syncing to CRM since this morning',
    description: 'No signed contract has synced to their CRM since about 7am. Sales cannot schedule installs without them.',
    reply: 'Dana, our engineers are on this as an emergency (case {key}). Contracts are safe and will sync once fixed. Next update within the hour.' },
  { type: 'B', status: 'pending_development', p: 'P2', rep: 'c6', ch: 'email', age: '2d', who: 'a3',
    subject: 'Irradiance map fails to load for parcels in Arizona',
    description: 'For any address in Maricopa County the irradiance layer shows "tile error". Other states are fine.' },
  { type: 'B', status: 'pending_development', p: 'P3', rep: 'c10', ch: 'chat', age: '6d', who: 'a1',
    subject: 'Panel count resets after undo in the roof editor',
    description: 'After pressing undo twice, the panel counter shows 0 even though panels are still on the roof.' },
  { type: 'B', status: 'pending_development', p: 'P6', rep: 'c18', ch: 'email', age: '3w', who: 'a4',
    subject: 'Typo in the Spanish proposal template',
    description: 'Page 2 of the Spanish template says "ahorros anuales estimadas"; it should be "estimados".' },
  { type: 'B', status: 'pending_development', p: 'P3', rep: 'c7', ch: 'email', age: '9d', who: 'a2', labels: ['billing'],
    subject: 'Invoice PDF shows the wrong sales tax rate for Iowa',
    description: 'Our February invoice applied 7% sales tax; our rate is 6%. Our accountant flagged it.' },
  { type: 'B', status: 'pending_development', p: 'P2', rep: 'c5', ch: 'email', age: '4d', who: 'a1', labels: ['EB'],
    subject: 'EB financing calculator rounds the APR incorrectly',
    description: 'A 5.99% APR shows as 6.0% on the proposal, which changes the monthly payment homeowners see.',
    turn: 'Our compliance team is asking for a date. We cannot send EB proposals with the wrong APR.' },

  // --- pending release -------------------------------------------------------------------
  { type: 'B', status: 'pending_release', p: 'P2', rep: 'c2', ch: 'email', age: '2w', who: 'a1',
    subject: 'Shade analysis times out on large commercial roofs',
    description: 'Any roof above about 600 panels times out after 2 minutes in shade analysis.' },
  { type: 'E', status: 'pending_release', p: 'P2', rep: 'c16', ch: 'email', age: '4w', who: 'a3',
    subject: 'Add the NEM 3.0 export rate option',
    description: 'California customers need savings estimates under the new net billing tariff.' },
  { type: 'B', status: 'pending_release', p: 'P6', rep: 'c12', ch: 'chat', age: '3w', who: 'a5',
    subject: 'Date picker starts the week on Sunday in the install scheduler',
    description: 'Minor, but our crews plan Monday to Friday and the picker starts on Sunday.' },

  // --- staging ---------------------------------------------------------------------------
  { type: 'B', status: 'moved_to_staging', p: 'P3', rep: 'c9', ch: 'email', age: '3w', who: 'a1',
    subject: 'Stringing tool allows over-voltage configurations',
    description: 'The stringing tool accepted 14 modules per string on a cold-climate site, which exceeds the inverter max voltage.' },
  { type: 'E', status: 'moved_to_staging', p: 'P1', rep: 'c4', ch: 'email', age: '5w', who: 'a2', agreed: '+4h',
    subject: 'Webhook for design-complete events',
    description: 'We need a webhook when a design is marked complete so our ERP can order equipment automatically.' },
  { type: 'B', status: 'staging_pass', p: 'P2', rep: 'c3', ch: 'email', age: '4w', who: 'a3', labels: ['EB'],
    subject: 'EB document upload fails for files over 10 MB',
    description: 'Homeowners uploading phone photos of their ID get "upload failed" when the file is larger than 10 MB.' },
  { type: 'E', status: 'staging_pass', p: 'P3', rep: 'c7', ch: 'email', age: '5w', who: 'a1',
    subject: 'Setback presets per building department',
    description: 'Each AHJ we work with has different fire setbacks. We would like to save presets and pick one per project.' },
  { type: 'B', status: 'staging_fail', p: 'P1', rep: 'c6', ch: 'email', age: '3w', who: 'a1',
    subject: 'Racking bill of materials double-counts rail splices',
    description: 'Every BOM since the last release lists twice the rail splices we need. We have over-ordered on three jobs.',
    turn: 'Tested again on staging this morning: splices are right now but end clamps are doubled instead.' },
  { type: 'E', status: 'staging_fail', p: 'P6', rep: 'c14', ch: 'chat', age: '4w', who: 'a5',
    subject: 'Remember the last-used map layer',
    description: 'Every time I open a project the map goes back to street view. I always use satellite.' },

  // --- resolved --------------------------------------------------------------------------
  { type: 'R', status: 'resolved', p: 'P5', rep: 'c11', ch: 'email', age: '3d', who: 'a1', labels: ['billing'],
    subject: 'Receipt for the January subscription',
    description: 'Our bookkeeper needs a receipt for January, with our business address on it.' },
  { type: 'B', status: 'resolved', p: 'P2', rep: 'c17', ch: 'email', age: '2w', who: 'a3',
    subject: 'Homeowner portal login loops on Safari',
    description: 'Homeowners on iPhone Safari get sent back to the login page after entering their code.' },
  { type: 'A', status: 'resolved', p: 'P6', rep: 'c13', ch: 'email', age: '1w', who: 'a5', labels: ['cancellation'],
    subject: 'Cancel our subscription at the end of the term',
    description: 'We are closing the business in April. Please cancel at the end of our current term.' },
  { type: 'R', status: 'resolved', p: 'P4', rep: 'c8', ch: 'phone', age: '5d', who: 'a1', labels: ['onboarding'],
    subject: 'Short training session for two new designers',
    description: 'A 30-minute walkthrough of the layout and stringing tools for two new designers.' },

  // --- pending closure -------------------------------------------------------------------
  { type: 'R', status: 'pending_closure', p: 'P2', rep: 'c1', ch: 'email', age: '2w', who: 'a1', labels: ['EB'],
    subject: 'EB label missing on four funded projects',
    description: 'Four projects funded through EB last month do not show the EB label in our pipeline view.' },
  { type: 'B', status: 'pending_closure', p: 'P3', rep: 'c10', ch: 'email', age: '4w', who: 'a3',
    subject: 'Utility bill upload rejects scanned PDFs',
    description: 'Scanned utility bills (PDF from our office scanner) are rejected with "unsupported file".' },
  { type: 'A', status: 'pending_closure', p: 'P2', rep: 'c18', ch: 'email', age: '1w', who: 'a2', labels: ['billing'],
    subject: 'Move our account to annual billing',
    description: 'We would like to switch to annual billing from our next renewal to get the annual discount.' },
  { type: 'R', status: 'pending_closure', p: 'P6', rep: 'c19', ch: 'phone', age: '3w', who: 'a4', ho: '555-555-0191',
    subject: 'Homeowner asking how to read the monitoring app',
    description: 'The homeowner does not understand the difference between "production" and "consumption" in the app.',
    turn: 'Thank you for the guide. I am still confused why production shows zero after 5pm, is something broken?' },
  { type: 'E', status: 'pending_closure', p: 'P2', rep: 'c5', ch: 'email', age: '5w', who: 'a1', labels: ['EB'], testimonial: true,
    subject: 'Show the loan term on the proposal cover page',
    description: 'Homeowners keep asking what the loan term is. Please show it next to the monthly payment on the cover.' },

  // --- closed ----------------------------------------------------------------------------
  { type: 'R', status: 'closed', p: 'P5', rep: 'c9', ch: 'email', age: '4w', who: 'a1',
    subject: 'How to duplicate a design for a neighbouring home',
    description: 'Two identical townhomes side by side: can I copy the design from one to the other?' },
  { type: 'B', status: 'closed', p: 'P1', rep: 'c2', ch: 'phone', age: '6w', who: 'a2', urgency: 'emergency',
    subject: 'Proposal links returned 404 for all homeowners',
    description: 'Every proposal link sent this morning returns a 404 page.' },
  { type: 'A', status: 'closed', p: 'P6', rep: 'c15', ch: 'email', age: '5w', who: 'a5', labels: ['onboarding'],
    subject: 'Onboarding: create the account for our new firm',
    description: 'We signed up for the Free plan and would like our two designers added.' },
  { type: 'R', status: 'closed', p: 'P6', rep: 'c20', ch: 'email', age: '4w', who: 'a3',
    subject: 'Question about panel warranty coverage',
    description: 'Is hail damage covered by the panel warranty shown in my proposal?' },
  { type: 'E', status: 'closed', p: 'P3', rep: 'c11', ch: 'chat', age: '6w', who: 'a1',
    subject: 'Add a crew notes field to the install packet',
    description: 'We would like a free-text field for crew notes printed on the install packet.' },
  { type: 'A', status: 'closed', p: 'P1', rep: 'c4', ch: 'email', age: '3w', who: 'a2', labels: ['billing'],
    subject: 'Refund the double charge on the February invoice',
    description: 'We were charged twice for February. Please refund one of the charges.' },
  { type: 'R', status: 'closed', p: 'P4', rep: 'c16', ch: 'phone', age: '5w', who: 'a4', labels: ['billing'],
    subject: 'Remove two seats ahead of renewal',
    description: 'Remove two unused seats before the renewal date.' },
];
