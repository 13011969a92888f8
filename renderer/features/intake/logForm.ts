import type { Input } from '../../../shared/contract/index';
import type { Priority } from '../../../shared/domain/vocab';

/**
 * The "Log a call or chat" form (`interactions.log`): its state as typed, the per-field checks an
 * agent sees before anything is sent, and the payload. The core checks again (and matches the
 * contact by email, then phone, before adding a new one).
 */

export type LogInput = Input<'interactions.log'>;

export interface LogForm {
  channel: 'phone' | 'chat';
  name: string;
  phone: string;
  email: string;
  subject: string;
  note: string;
  /** '' = no priority. */
  priority: Priority | '';
  urgent: boolean;
  assignToMe: boolean;
}

export type LogField = 'name' | 'phone' | 'email' | 'subject' | 'note';
export type LogErrors = Partial<Record<LogField, string>>;

export const LOG_LIMITS = { name: 200, phone: 50, email: 320, subject: 300, note: 10_000 } as const;

export function emptyLogForm(): LogForm {
  return { channel: 'phone', name: '', phone: '', email: '', subject: '', note: '', priority: '', urgent: false, assignToMe: true };
}

/** A loose address check (the core's is the strict one): something@something.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits with the usual separators and an optional leading +. */
const PHONE = /^\+?[\d\s().\-/]+$/;

export function validateLogForm(form: LogForm): LogErrors {
  const errors: LogErrors = {};
  const name = form.name.trim();
  const phone = form.phone.trim();
  const email = form.email.trim();
  const subject = form.subject.trim();
  if (!name) errors.name = 'Enter the contact’s name';
  else if (name.length > LOG_LIMITS.name) errors.name = `At most ${LOG_LIMITS.name} characters`;
  if (phone && (!PHONE.test(phone) || !/\d/.test(phone))) errors.phone = 'Use digits, spaces, + ( ) - only, e.g. +1 312-555-0111';
  else if (phone.length > LOG_LIMITS.phone) errors.phone = `At most ${LOG_LIMITS.phone} characters`;
  if (email && !EMAIL.test(email)) errors.email = 'Enter an email address like name@example.com';
  else if (email.length > LOG_LIMITS.email) errors.email = `At most ${LOG_LIMITS.email} characters`;
  if (!subject) errors.subject = 'Enter a subject: what the call or chat is about';
  else if (subject.length > LOG_LIMITS.subject) errors.subject = `At most ${LOG_LIMITS.subject} characters`;
  if (form.note.trim().length > LOG_LIMITS.note) errors.note = `At most ${LOG_LIMITS.note} characters`;
  return errors;
}

/** What `interactions.log` gets: trimmed texts, empty optional fields left out. */
export function logPayload(form: LogForm): LogInput {
  const contact: LogInput['contact'] = { name: form.name.trim() };
  if (form.phone.trim()) contact.phone = form.phone.trim();
  if (form.email.trim()) contact.email = form.email.trim();
  const payload: LogInput = {
    channel: form.channel,
    contact,
    subject: form.subject.trim(),
    priority: form.priority === '' ? null : form.priority,
    urgent: form.urgent,
    assignToMe: form.assignToMe,
  };
  if (form.note.trim()) payload.note = form.note.trim();
  return payload;
}
