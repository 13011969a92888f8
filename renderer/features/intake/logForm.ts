import type { Input } from '../../../shared/contract/index';
import type { Priority } from '../../../shared/domain/vocab';

/**
 * The "Log a call or chat" form (`interactions.log`): its state as typed, the per-field checks an
 * agent sees before anything is sent, and the payload. The core checks again (and matches the
 * contact by email, then phone, before adding a new one).
 */

export type LogInput = Input<'interactions.log'>;

export interface LogForm extends ContactForm {
  channel: 'phone' | 'chat';
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

/** A new contact as typed (the log form's caller, a filed item's reporter). */
export interface ContactForm {
  name: string;
  phone: string;
  email: string;
}
export type ContactErrors = Partial<Record<keyof ContactForm, string>>;

/** The per-field checks of a contact typed by hand: a name, and a phone number and email address that look like ones. */
export function validateContact(contact: ContactForm, nameMissing = 'Enter the contact’s name'): ContactErrors {
  const errors: ContactErrors = {};
  const name = contact.name.trim();
  const phone = contact.phone.trim();
  const email = contact.email.trim();
  if (!name) errors.name = nameMissing;
  else if (name.length > LOG_LIMITS.name) errors.name = `At most ${LOG_LIMITS.name} characters`;
  if (phone && (!PHONE.test(phone) || !/\d/.test(phone))) errors.phone = 'Use digits, spaces, + ( ) - only, e.g. +1 312-555-0111';
  else if (phone.length > LOG_LIMITS.phone) errors.phone = `At most ${LOG_LIMITS.phone} characters`;
  if (email && !EMAIL.test(email)) errors.email = 'Enter an email address like name@example.com';
  else if (email.length > LOG_LIMITS.email) errors.email = `At most ${LOG_LIMITS.email} characters`;
  return errors;
}

/** What the core gets of a typed contact: trimmed, empty phone and email left out. */
export function contactPayload(contact: ContactForm): { name: string; phone?: string; email?: string } {
  const payload: { name: string; phone?: string; email?: string } = { name: contact.name.trim() };
  if (contact.phone.trim()) payload.phone = contact.phone.trim();
  if (contact.email.trim()) payload.email = contact.email.trim();
  return payload;
}

export function validateLogForm(form: LogForm): LogErrors {
  const errors: LogErrors = validateContact(form);
  const subject = form.subject.trim();
  if (!subject) errors.subject = 'Enter a subject: what the call or chat is about';
  else if (subject.length > LOG_LIMITS.subject) errors.subject = `At most ${LOG_LIMITS.subject} characters`;
  if (form.note.trim().length > LOG_LIMITS.note) errors.note = `At most ${LOG_LIMITS.note} characters`;
  return errors;
}

/** What `interactions.log` gets: trimmed texts, empty optional fields left out. */
export function logPayload(form: LogForm): LogInput {
  const payload: LogInput = {
    channel: form.channel,
    contact: contactPayload(form),
    subject: form.subject.trim(),
    priority: form.priority === '' ? null : form.priority,
    urgent: form.urgent,
    assignToMe: form.assignToMe,
  };
  if (form.note.trim()) payload.note = form.note.trim();
  return payload;
}
