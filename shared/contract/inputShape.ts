/**
 * The one check of the shape of data that comes from outside (decision D25): a WebSocket request's
 * payload, an IPC payload, a body posted to the intake endpoint, each record and value of a
 * workspace file. It runs after `JSON.parse` (which V8 runs without recursion, on text whose size
 * the entry point has already bounded) and before anything that recurses into the value: the
 * contract's schemas, the error texts that quote a value, `JSON.stringify` on export.
 *
 * - Nesting deeper than `MAX_INPUT_DEPTH` objects and lists is refused: no request, event or record
 *   of the contract or the format comes close, and thousands of levels overflow the stack of the
 *   code that walks them.
 * - A key named `__proto__` is refused: the format keeps unknown keys, but a key of that name
 *   cannot be kept safely (copied into an object it sets that object's prototype instead, so it
 *   would vanish or change what other keys read), so it is named instead of being dropped.
 *
 * The walk is iterative and visits each object or list once (a payload that came through IPC may
 * share one object between two places).
 */
export const MAX_INPUT_DEPTH = 64;

export interface InputShapeIssue {
  /** Where, from the checked value: `['channel', 0, 0]`. */
  path: (string | number)[];
  message: string;
}

/** Why a key named `__proto__` is refused (also a top-level key of a workspace file, which the reader gets apart from its value). */
export const UNSAFE_KEY = '__proto__';
export const UNSAFE_KEY_MESSAGE = 'a key named "__proto__" cannot be kept (copied, it would change the object instead of being stored): rename it';

interface Frame {
  value: object;
  depth: number;
  /** The container holding this one and the key or index it is under (null for the checked value). */
  parent: Frame | null;
  key: string | number;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

/** The first problem with `value`'s shape (depth first, in key order), or null. */
export function inputShapeIssue(value: unknown, maxDepth: number = MAX_INPUT_DEPTH): InputShapeIssue | null {
  if (typeof value !== 'object' || value === null) return null;
  const seen = new Set<object>();
  const stack: Frame[] = [{ value, depth: 1, parent: null, key: '' }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value: container, depth } = frame;
    if (seen.has(container)) continue;
    seen.add(container);
    if (depth > maxDepth) return { path: pathOf(frame), message: `nested more than ${maxDepth} levels deep` };
    const children: Frame[] = [];
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const child: unknown = container[i];
        if (typeof child === 'object' && child !== null) children.push({ value: child, depth: depth + 1, parent: frame, key: i });
      }
    } else {
      for (const key of Object.keys(container)) {
        if (key === UNSAFE_KEY) return { path: [...pathOf(frame), key], message: UNSAFE_KEY_MESSAGE };
        const child: unknown = (container as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) children.push({ value: child, depth: depth + 1, parent: frame, key });
      }
    }
    // Last to first onto the stack, so the first is looked at first (issues come in document order).
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
