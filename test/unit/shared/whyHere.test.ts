import { describe, expect, it } from 'vitest';
import { whyHere, whyHereAging } from '../../../shared/domain/whyHere';

const NOW = Date.parse('2026-03-03T16:00:00Z');
const MIN = 60_000;
const base = { urgency: 'none' as const, priorityOrganization: false, waitingSince: NOW - 12 * MIN, deadline: null };

describe('why an item is where it is in the queue', () => {
  it('live calls and chats: emergency or urgent first, then priority organizations, then how long they wait', () => {
    expect(whyHere({ ...base, channel: 'phone', urgency: 'emergency', waitingSince: NOW - 3 * MIN }, NOW)).toBe('call · emergency · waiting 3 min');
    expect(whyHere({ ...base, channel: 'chat', urgency: 'urgent' }, NOW)).toBe('chat · urgent · waiting 12 min');
    expect(whyHere({ ...base, channel: 'chat', priorityOrganization: true }, NOW)).toBe('chat · priority org · waiting 12 min');
    expect(whyHere({ ...base, channel: 'chat' }, NOW)).toBe('chat · waiting 12 min');
  });

  it('voicemail and email: breached, or how soon they are due; waiting when no timer runs', () => {
    expect(whyHere({ ...base, channel: 'voicemail', deadline: NOW - 35 * MIN }, NOW)).toBe('voicemail · breached 35 min ago');
    expect(whyHere({ ...base, channel: 'email', deadline: NOW + 80 * MIN }, NOW)).toBe('email · due in 1 h 20 min');
    expect(whyHere({ ...base, channel: 'email', waitingSince: NOW - 2 * 24 * 60 * MIN }, NOW)).toBe('email · waiting 2 d');
  });
});

describe('why a case is where it is in Aging', () => {
  it('says when support last wrote to the customer, or that it never did', () => {
    expect(whyHereAging({ channel: 'email', lastSentDays: 14 })).toBe('email · last sent 14 days ago');
    expect(whyHereAging({ channel: 'email', lastSentDays: 1 })).toBe('email · last sent 1 day ago');
    expect(whyHereAging({ channel: 'phone', lastSentDays: 0 })).toBe('call · last sent today');
    expect(whyHereAging({ channel: 'voicemail', lastSentDays: null })).toBe('voicemail · nothing sent yet');
  });
});
