import { describe, expect, it } from 'vitest';
import { caseWaitingSince, clockStart, lastSentToCustomer, type TimelinePoint } from '../../../shared/domain/waitingSince';
import { HOUR } from '../../../shared/time/instant';

const CREATED = Date.UTC(2026, 2, 2, 9, 0);
const at = (hours: number) => CREATED + hours * HOUR;

describe('waiting since (queue.md, sla.md section 1)', () => {
  it('is the creation time when nothing has happened', () => {
    expect(caseWaitingSince(CREATED, [])).toBe(CREATED);
  });

  it("is the customer's oldest message when support has not answered yet", () => {
    const timeline: TimelinePoint[] = [
      { at: at(2), kind: 'inbound' },
      { at: at(1), kind: 'inbound' },
    ];
    expect(caseWaitingSince(CREATED, timeline)).toBe(at(1));
  });

  it('ignores customer messages already answered by a public reply', () => {
    const timeline: TimelinePoint[] = [
      { at: at(1), kind: 'inbound' },
      { at: at(2), kind: 'public_reply' },
      { at: at(3), kind: 'inbound' },
      { at: at(4), kind: 'inbound' },
    ];
    expect(caseWaitingSince(CREATED, timeline)).toBe(at(3));
  });

  it('is the last public reply (the clock start) when every customer message is answered', () => {
    const timeline: TimelinePoint[] = [
      { at: at(1), kind: 'inbound' },
      { at: at(2), kind: 'public_reply' },
      { at: at(5), kind: 'public_reply' },
    ];
    expect(caseWaitingSince(CREATED, timeline)).toBe(at(5));
    expect(clockStart(CREATED, timeline)).toBe(at(5));
  });

  it('never counts internal notes or status changes as a message to the customer', () => {
    const timeline: TimelinePoint[] = [
      { at: at(1), kind: 'inbound' },
      { at: at(2), kind: 'internal_note' },
      { at: at(3), kind: 'status' },
    ];
    expect(lastSentToCustomer(timeline)).toBeNull();
    expect(caseWaitingSince(CREATED, timeline)).toBe(at(1));
  });

  it('does not depend on the order the timeline is given in', () => {
    const timeline: TimelinePoint[] = [
      { at: at(4), kind: 'inbound' },
      { at: at(2), kind: 'public_reply' },
      { at: at(1), kind: 'inbound' },
    ];
    expect(caseWaitingSince(CREATED, timeline)).toBe(at(4));
  });
});
