import { describe, expect, it } from 'vitest';
import { intakePushSchema, isPlayableAudioUrl } from '../../../shared/contract/intake';
import { nextIntakeProgress, type IntakeProgress } from '../../../electron/core/services/intakeEvents';
import { phoneDigits } from '../../../electron/core/db/repositories/intake';

const T = Date.UTC(2026, 2, 3, 15, 0);
const min = (m: number) => T + m * 60_000;
const at = (p: IntakeProgress, filed = false) => ({ ...p, filed });

describe('nextIntakeProgress: how one pushed event moves its interaction', () => {
  it('a first event creates it: waiting for ringing/held/waiting/received, done for answered/ended', () => {
    expect(nextIntakeProgress(null, { channel: 'phone', status: 'ringing', at: T })).toEqual({
      kind: 'apply',
      progress: { status: 'ringing', lastAt: T, state: 'waiting', since: T },
    });
    expect(nextIntakeProgress(null, { channel: 'chat', status: 'waiting', at: T })).toMatchObject({ progress: { state: 'waiting' } });
    expect(nextIntakeProgress(null, { channel: 'voicemail', status: 'received', at: T })).toMatchObject({ progress: { state: 'waiting' } });
    expect(nextIntakeProgress(null, { channel: 'phone', status: 'answered', at: T })).toMatchObject({ progress: { state: 'done' } });
    expect(nextIntakeProgress(null, { channel: 'chat', status: 'ended', at: T })).toMatchObject({ progress: { state: 'done' } });
  });

  it('the same status again keeps everything (a repeat changes nothing), even with a later time', () => {
    const ringing: IntakeProgress = { status: 'ringing', lastAt: T, state: 'waiting', since: T };
    expect(nextIntakeProgress(at(ringing), { channel: 'phone', status: 'ringing', at: min(3) })).toEqual({ kind: 'apply', progress: ringing });
  });

  it('answered takes a ringing call out of the queue; a held call waits again from when it rang', () => {
    const ringing: IntakeProgress = { status: 'ringing', lastAt: T, state: 'waiting', since: T };
    const answered = nextIntakeProgress(at(ringing), { channel: 'phone', status: 'answered', at: min(1) });
    expect(answered).toEqual({ kind: 'apply', progress: { status: 'answered', lastAt: min(1), state: 'done', since: T } });
    const held = nextIntakeProgress(at((answered as { progress: IntakeProgress }).progress), { channel: 'phone', status: 'held', at: min(4) });
    expect(held).toEqual({ kind: 'apply', progress: { status: 'held', lastAt: min(4), state: 'waiting', since: T } });
  });

  it('a chat answered and waiting again waits from the new message', () => {
    const answered: IntakeProgress = { status: 'answered', lastAt: min(2), state: 'done', since: T };
    expect(nextIntakeProgress(at(answered), { channel: 'chat', status: 'waiting', at: min(10) })).toEqual({
      kind: 'apply',
      progress: { status: 'waiting', lastAt: min(10), state: 'waiting', since: min(10) },
    });
  });

  it('an event older than the last applied one is stale (out-of-order retries)', () => {
    const answered: IntakeProgress = { status: 'answered', lastAt: min(2), state: 'done', since: T };
    expect(nextIntakeProgress(at(answered), { channel: 'phone', status: 'ringing', at: T })).toEqual({ kind: 'ignore', reason: 'stale' });
  });

  it('ended is final, and so is an interaction filed into a case', () => {
    const ended: IntakeProgress = { status: 'ended', lastAt: min(5), state: 'done', since: T };
    expect(nextIntakeProgress(at(ended), { channel: 'chat', status: 'waiting', at: min(9) })).toEqual({ kind: 'ignore', reason: 'final' });
    const received: IntakeProgress = { status: 'received', lastAt: T, state: 'done', since: T };
    expect(nextIntakeProgress(at(received, true), { channel: 'email', status: 'received', at: T })).toEqual({ kind: 'ignore', reason: 'filed' });
  });
});

describe('intake payload schema', () => {
  const issue = (payload: unknown) => {
    const r = intakePushSchema.safeParse(payload);
    return r.success ? null : { path: r.error.issues[0]!.path.join('.'), message: r.error.issues[0]!.message };
  };
  const base = { source: 'pbx', externalId: 'c-1' };

  it('names the field and what was expected', () => {
    expect(issue({ ...base, channel: 'fax', status: 'ringing' })).toEqual({ path: 'channel', message: 'expected channel phone | chat | voicemail | email, got "fax"' });
    expect(issue({ ...base, channel: 'phone', status: 'waiting' })).toEqual({ path: 'status', message: 'expected ringing | held | answered | ended, got "waiting"' });
    expect(issue({ ...base, channel: 'chat', status: 'ringing' })).toMatchObject({ path: 'status' });
    expect(issue({ ...base, channel: 'email', status: 'received' })).toMatchObject({ path: 'body' });
    expect(issue({ ...base, channel: 'phone', status: 'ringing', at: '2026-02-30T10:00:00Z' })).toMatchObject({ path: 'at' });
    expect(issue({ ...base, channel: 'phone', status: 'ringing', from: { email: 'not-an-email' } })).toMatchObject({ path: 'from.email' });
    expect(issue({ ...base, source: 'my pbx', channel: 'phone', status: 'ringing' })).toMatchObject({ path: 'source' });
    expect(issue({ ...base, channel: 'voicemail', status: 'received', audioUrl: 'http://pbx.lan/1.wav' })).toMatchObject({ path: 'audioUrl' });
    expect(issue(42)).toEqual({ path: '', message: 'expected an intake event object, got 42' });
  });

  it('accepts each channel with its own statuses', () => {
    expect(issue({ ...base, channel: 'phone', status: 'held' })).toBeNull();
    expect(issue({ ...base, channel: 'chat', status: 'answered' })).toBeNull();
    expect(issue({ ...base, channel: 'voicemail', status: 'received', audioUrl: 'https://pbx.example.com/vm/1.mp3' })).toBeNull();
    expect(issue({ ...base, channel: 'email', status: 'received', body: 'Hello', headers: { 'Message-ID': '<1@x>' } })).toBeNull();
  });
});

describe('playable audio and phone matching', () => {
  it('plays https anywhere and http only on this machine, never with credentials', () => {
    expect(isPlayableAudioUrl('https://pbx.example.com/vm/1.mp3')).toBe(true);
    expect(isPlayableAudioUrl('http://127.0.0.1:8088/vm/1.wav')).toBe(true);
    expect(isPlayableAudioUrl('http://localhost/vm/1.wav')).toBe(true);
    expect(isPlayableAudioUrl('http://pbx.lan/vm/1.wav')).toBe(false);
    expect(isPlayableAudioUrl('https://user:pw@pbx.example.com/1.mp3')).toBe(false);
    expect(isPlayableAudioUrl('file:///tmp/1.wav')).toBe(false);
    expect(isPlayableAudioUrl('not a url')).toBe(false);
  });

  it('compares phone numbers by their last ten digits', () => {
    expect(phoneDigits('+1 (312) 555-0111')).toBe('3125550111');
    expect(phoneDigits('312.555.0111')).toBe('3125550111');
    expect(phoneDigits('4411')).toBe('4411');
  });
});
