import { SAMPLE_ANCHOR } from '../../resources/sample-shift/anchor';
import { teamHolidays } from '../../resources/sample-shift/holidays';

/**
 * The sample shift's team, customers and calendar: a fictional solar-software support desk
 * (installers, homeowners, financing, onboarding, billing). Names are invented; emails use
 * example.com / example.org and phone numbers the 555-01xx range.
 */

export const CALENDAR = {
  timeZone: 'America/Chicago',
  hoursPerBusinessDay: 8,
  week: {
    mon: [['08:00', '17:00']],
    tue: [['08:00', '17:00']],
    wed: [['08:00', '17:00']],
    thu: [['08:00', '17:00']],
    fri: [['08:00', '17:00']],
    sat: [],
    sun: [],
  },
  // The team's holidays around the anchor; `buildSampleShift(now)` puts in the ones around `now`.
  holidays: teamHolidays(SAMPLE_ANCHOR, 'America/Chicago'),
};

const weekdays = (from: string, to: string) => ({
  mon: [[from, to]],
  tue: [[from, to]],
  wed: [[from, to]],
  thu: [[from, to]],
  fri: [[from, to]],
});

/** The first agent is the one the app signs in as by default: a regular agent, available. */
export const AGENTS = [
  { id: 'a1', name: 'Maya Okafor', email: 'maya.okafor@shiftdesk.example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available', schedule: weekdays('08:00', '16:30') },
  { id: 'a2', name: 'Jordan Pike', email: 'jordan.pike@shiftdesk.example.com', role: 'lead', timeZone: 'America/Chicago', status: 'available', schedule: weekdays('07:30', '16:00') },
  { id: 'a3', name: 'Priya Raman', email: 'priya.raman@shiftdesk.example.com', role: 'agent', timeZone: 'America/New_York', status: 'in_a_meeting', schedule: weekdays('10:00', '18:00') },
  { id: 'a4', name: 'Luis Ortega', email: 'luis.ortega@shiftdesk.example.com', role: 'agent', timeZone: 'America/Denver', status: 'on_leave', schedule: weekdays('07:00', '15:30') },
  { id: 'a5', name: 'Hannah Boyd', email: 'hannah.boyd@shiftdesk.example.com', role: 'agent', timeZone: 'America/Chicago', status: 'unavailable', schedule: { ...weekdays('12:00', '20:00'), sat: [['09:00', '13:00']] } },
] as const;

export type AgentId = (typeof AGENTS)[number]['id'];
export const LEAD: AgentId = 'a2';

export const ORGANIZATIONS = [
  { id: 'o1', name: 'Brightpath Solar Co.', priority: true, plan: 'paid', licenses: 48 },
  { id: 'o2', name: 'Sunward Energy Partners', priority: true, plan: 'paid', licenses: 120 },
  { id: 'o3', name: 'Prairie Roof & Solar', priority: false, plan: 'paid', licenses: 14 },
  { id: 'o4', name: 'Lakeshore Home Energy', priority: false, plan: 'paid', licenses: 6 },
  { id: 'o5', name: 'Red Mesa Solar Installers', priority: false, plan: 'paid', licenses: 3 },
  { id: 'o6', name: 'Greenfield Electric LLC', priority: false, plan: 'free', licenses: 1 },
  { id: 'o7', name: 'Northwind Solar Design', priority: false, plan: 'free', licenses: 2 },
  { id: 'o8', name: 'Harbor Light Solar', priority: false, plan: 'paid', licenses: 25 },
] as const;

export interface ContactRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  organizationId: string | null;
}

/** Installers' staff, and three homeowners (no organization) who call about their systems. */
export const CONTACTS: ContactRow[] = [
  { id: 'c1', name: 'Dana Whitaker', email: 'dana.whitaker@brightpath.example.com', phone: '+1 312-555-0111', organizationId: 'o1' },
  { id: 'c2', name: 'Marcus Bell', email: 'marcus.bell@brightpath.example.com', phone: '+1 312-555-0112', organizationId: 'o1' },
  { id: 'c3', name: 'Lena Okoye', email: 'lena.okoye@brightpath.example.com', phone: '+1 312-555-0113', organizationId: 'o1' },
  { id: 'c4', name: 'Victor Han', email: 'victor.han@sunward.example.com', phone: '+1 602-555-0121', organizationId: 'o2' },
  { id: 'c5', name: 'Rachel Stein', email: 'rachel.stein@sunward.example.com', phone: '+1 602-555-0122', organizationId: 'o2' },
  { id: 'c6', name: 'Omar Haddad', email: 'omar.haddad@sunward.example.com', phone: '+1 602-555-0123', organizationId: 'o2' },
  { id: 'c7', name: 'Beth Carlson', email: 'beth@prairieroof.example.com', phone: '+1 515-555-0131', organizationId: 'o3' },
  { id: 'c8', name: 'Tyler Graves', email: 'tyler@prairieroof.example.com', phone: '+1 515-555-0132', organizationId: 'o3' },
  { id: 'c9', name: 'Nina Alvarez', email: 'nina.alvarez@lakeshore.example.com', phone: '+1 414-555-0141', organizationId: 'o4' },
  { id: 'c10', name: 'Greg Thornton', email: 'greg.thornton@lakeshore.example.com', phone: '+1 414-555-0142', organizationId: 'o4' },
  { id: 'c11', name: 'Carmen Ruiz', email: 'carmen@redmesa.example.com', phone: '+1 505-555-0151', organizationId: 'o5' },
  { id: 'c12', name: 'Jake Morrison', email: 'jake@redmesa.example.com', phone: '+1 505-555-0152', organizationId: 'o5' },
  { id: 'c13', name: 'Ellie Park', email: 'ellie@greenfield-electric.example.org', phone: '+1 608-555-0161', organizationId: 'o6' },
  { id: 'c14', name: 'Sam Dufresne', email: 'sam@northwind.example.org', phone: '+1 218-555-0171', organizationId: 'o7' },
  { id: 'c15', name: 'Priyanka Shah', email: 'priyanka@northwind.example.org', phone: '+1 218-555-0172', organizationId: 'o7' },
  { id: 'c16', name: 'Owen McCall', email: 'owen.mccall@harborlight.example.com', phone: '+1 207-555-0181', organizationId: 'o8' },
  { id: 'c17', name: 'Tessa Nguyen', email: 'tessa.nguyen@harborlight.example.com', phone: '+1 207-555-0182', organizationId: 'o8' },
  { id: 'c18', name: 'Frank Delgado', email: 'frank.delgado@harborlight.example.com', phone: '+1 207-555-0183', organizationId: 'o8' },
  { id: 'c19', name: 'Linda Haskins', email: 'linda.haskins@example.org', phone: '+1 555-555-0191', organizationId: null },
  { id: 'c20', name: 'Robert Yoon', email: 'robert.yoon@example.org', phone: '+1 555-555-0192', organizationId: null },
];

export function contactById(id: string): ContactRow {
  const c = CONTACTS.find((x) => x.id === id);
  if (!c) throw new RangeError(`no sample contact with id ${JSON.stringify(id)}`);
  return c;
}

export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}
