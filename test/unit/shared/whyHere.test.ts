import { describe, expect, it } from 'vitest';
import { whyHereAgingParts, whyHereParts } from '../../../shared/domain/whyHere';

/** The line as the row shows it. */
const whyHere = (...args: Parameters<typeof whyHereParts>) => whyHereParts(...args).join(' · ');
const whyHereAging = (...args: Parameters<typeof whyHereAgingParts>) => whyHereAgingParts(...args).join(' · ');

const NOW = Date.parse('2026-03-03T16:00:00Z');
const MIN = 60_000;
const base = { urgency: 'none' as const, priorityOrganization: false, waitingSince: NOW - 12 * MIN, deadline: null };
/** An instant as the row shows it (the renderer passes the agent's time zone format). */
const at = (ms: number) => new Date(ms).toISOString().slice(11, 16);

describe('why an item is where it is in the queue', () => {
  it('live calls and chats: emergency or urgent first, then priority organizations, then how long they wait', () => {
    expect(whyHere({ ...base, channel: 'phone', urgency: 'emergency', waitingSince: NOW - 3 * MIN }, NOW, at)).toBe('call · emergency · waiting 3 min');
    expect(whyHere({ ...base, channel: 'chat', urgency: 'urgent' }, NOW, at)).toBe('chat · urgent · waiting 12 min');
    expect(whyHere({ ...base, channel: 'chat', priorityOrganization: true }, NOW, at)).toBe('chat · priority org · waiting 12 min');
    expect(whyHere({ ...base, channel: 'chat' }, NOW, at)).toBe('chat · waiting 12 min');
  });

  it('voicemail and email: when they breached or are due (an instant: the badge alone counts the time), else how long they wait', () => {
    expect(whyHere({ ...base, channel: 'voicemail', deadline: NOW - 35 * MIN }, NOW, at)).toBe('voicemail · breached 15:25');
    expect(whyHere({ ...base, channel: 'email', deadline: NOW }, NOW, at)).toBe('email · breached 16:00');
    expect(whyHere({ ...base, channel: 'email', deadline: NOW + 80 * MIN }, NOW, at)).toBe('email · due 17:20');
    expect(whyHere({ ...base, channel: 'email', waitingSince: NOW - 2 * 24 * 60 * MIN }, NOW, at)).toBe('email · waiting 2 d');
  });

  it('voicemail and email of priority organizations say so', () => {
    expect(whyHere({ ...base, channel: 'email', priorityOrganization: true, deadline: NOW - 35 * MIN }, NOW, at)).toBe('email · breached 15:25 · priority org');
    expect(whyHere({ ...base, channel: 'voicemail', priorityOrganization: true }, NOW, at)).toBe('voicemail · waiting 12 min · priority org');
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
