import { describe, expect, it } from 'vitest';
import { inputShapeIssue, MAX_INPUT_DEPTH } from '../../../shared/contract/inputShape';

/** The one shape check of outside input (decision D27), on values as JSON.parse or IPC give them. */
const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);

describe('inputShapeIssue', () => {
  it('takes a value nested exactly as deep as the limit, and names where one level more begins', () => {
    expect(inputShapeIssue({ a: nested(MAX_INPUT_DEPTH - 1) })).toBeNull();
    expect(inputShapeIssue({ a: { b: nested(MAX_INPUT_DEPTH - 1) } })).toEqual({
      path: ['a', 'b', ...Array<number>(MAX_INPUT_DEPTH - 2).fill(0)],
      message: `nested more than ${MAX_INPUT_DEPTH} levels deep`,
    });
  });

  it('names a key called __proto__ wherever it is, and takes constructor and prototype', () => {
    expect(inputShapeIssue(JSON.parse('{"list":[{"ok":1},{"x":{"__proto__":{"admin":true}}}]}'))).toMatchObject({ path: ['list', 1, 'x', '__proto__'] });
    expect(inputShapeIssue(JSON.parse('{"constructor":{"prototype":{}}}'))).toBeNull();
  });

  it('walks an object shared by many places once (an IPC payload), so a wide sharing finishes at once', () => {
    // 60 levels, each holding the next twice: 2^60 paths, 60 objects.
    let shared: object = { leaf: true };
    for (let i = 0; i < 60; i++) shared = { left: shared, right: shared };
    expect(inputShapeIssue(shared)).toBeNull();
  });
});
