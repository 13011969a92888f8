import { describe, expect, it } from 'vitest';
import { isCancellationRequest } from '../../../shared/domain/cancellationRequest';

const aCase = (labels: string[], adminTaskType: string | null = null) => ({ labels, intake: { adminTaskType } });

describe('a case is a cancellation request', () => {
  it('when it carries the label cancellation, whatever its case', () => {
    expect(isCancellationRequest(aCase(['EB', 'cancellation']))).toBe(true);
    expect(isCancellationRequest(aCase([' Cancellation ']))).toBe(true);
  });

  it('when its admin task type is Cancellation', () => {
    expect(isCancellationRequest(aCase([], 'Cancellation'))).toBe(true);
    expect(isCancellationRequest(aCase([], ' cancellation'))).toBe(true);
  });

  it('not otherwise: other labels, another admin task type, a label only containing the word', () => {
    expect(isCancellationRequest(aCase([]))).toBe(false);
    expect(isCancellationRequest(aCase(['billing', 'onboarding'], 'Billing update'))).toBe(false);
    expect(isCancellationRequest(aCase(['cancellation-reverted'], 'Cancellation review'))).toBe(false);
  });
});
