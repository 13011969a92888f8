import { describe, expect, it } from 'vitest';
import { TROUBLESHOOTING_STEPS, troubleshootingNote, walkTroubleshooting, type TroubleshootingAnswer } from '../../../shared/domain/troubleshooting';

describe('troubleshooting an unreproducible problem', () => {
  it('asks browser, computer, user, firm, ISP, region, in that order', () => {
    expect(TROUBLESHOOTING_STEPS.map((s) => s.id)).toEqual(['browser', 'computer', 'user', 'firm', 'isp', 'region']);
    expect(walkTroubleshooting([]).next?.id).toBe('browser');
    expect(walkTroubleshooting(['yes', 'skipped']).next?.id).toBe('user');
  });

  it('stops at the first no: that step is the scope', () => {
    const walk = walkTroubleshooting(['yes', 'skipped', 'no']);
    expect(walk).toMatchObject({ done: true, next: null });
    expect(walk.scope?.id).toBe('user');
    expect(walk.asked.map((a) => [a.step.id, a.answer])).toEqual([
      ['browser', 'yes'],
      ['computer', 'skipped'],
      ['user', 'no'],
    ]);
  });

  it('finds no scope when every step passed (yes or skipped)', () => {
    const walk = walkTroubleshooting(['yes', 'yes', 'skipped', 'yes', 'skipped', 'yes']);
    expect(walk).toMatchObject({ done: true, scope: null, next: null });
  });

  it('refuses an answer after the scope, too many answers, or an unknown answer, naming it', () => {
    expect(() => walkTroubleshooting(['no', 'yes'])).toThrow('answers[1]: the guide ended at Browser');
    expect(() => walkTroubleshooting(Array<TroubleshootingAnswer>(7).fill('yes'))).toThrow('at most 6');
    expect(() => walkTroubleshooting(['yes', 'maybe' as TroubleshootingAnswer])).toThrow('answers[1] (Computer): expected yes, no or skipped');
  });

  it('writes the note: each step asked, its answer, and the scope', () => {
    expect(troubleshootingNote(walkTroubleshooting(['yes', 'skipped', 'yes', 'no']))).toBe(
      [
        'Troubleshooting (a problem we could not reproduce):',
        '1. Browser: Ask the user to try a different web browser. Does the problem happen there too? Yes',
        '2. Computer: Ask the user to try a different computer. Does the problem happen there too? Skipped (the user has no access to this)',
        '3. User: Does the problem happen for anyone else in their business? Yes',
        '4. Firm: Give the user login credentials for a test firm. Does the problem happen there too? No',
        'Scope: only affects a specific firm (Firm).',
      ].join('\n'),
    );
  });

  it('says "no scope found" when every step passed, and where a guide stopped early', () => {
    const all = troubleshootingNote(walkTroubleshooting(['yes', 'yes', 'yes', 'yes', 'yes', 'skipped']));
    expect(all.split('\n')).toHaveLength(8);
    expect(all).toMatch(/\nScope: no scope found \(every step passed\)\.$/);
    expect(troubleshootingNote(walkTroubleshooting(['yes']))).toMatch(/\nScope: not found yet; stopped before Computer\.$/);
  });
});
