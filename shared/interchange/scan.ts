/**
 * Reads a workspace file as a stream of its values without holding the file or its parse in memory
 * (decision D22): the top-level object's members one by one, and each element of a top-level list
 * (a record) on its own. The scanner only finds where each value begins and ends (strings, escapes,
 * brackets, commas); the value's text is read by the runtime's own `JSON.parse`, which reports any
 * error inside it. Parsed whole, a 100,000-case file (95 MB, 400,000 records) took over a gigabyte
 * to import; scanned, memory holds one chunk and the record at hand.
 *
 * Feed text with `push` (any chunking: a file read a megabyte at a time through a streaming
 * `TextDecoder`, or a whole string), then `end`. Each complete value goes to `onValue` in file order.
 * A structural error (a missing comma, a file that ends early) throws `ScanError` with its offset.
 */
export interface ScannedValue {
  /** The top-level key. */
  key: string;
  /** The position in that key's list, or null for a member that is not read element by element. */
  index: number | null;
  /** The value's JSON text. */
  text: string;
}

export class ScanError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`not valid JSON: ${reason} (at character ${offset + 1})`);
  }
}

/** The next character that matters outside a string, inside a string, and the end of a bare scalar. */
const SCALAR_END = /[,}\]\s]/g;
const NOT_WS = /[^\s\uFEFF]/g;

type State =
  | 'open' // before the top-level "{"
  | 'firstMember' // after "{": a key or "}"
  | 'member' // after ",": a key
  | 'colon'
  | 'value'
  | 'afterMember' // "," or "}"
  | 'firstElement' // after "[": a value or "]"
  | 'element' // after ",": a value
  | 'afterElement' // "," or "]"
  | 'closed';

export interface Scanner {
  push(text: string): void;
  end(): void;
}

/** `lists`: the top-level keys whose list is read element by element (the record tables). */
export function createScanner(lists: ReadonlySet<string>, onValue: (value: ScannedValue) => void): Scanner {
  let buf = '';
  let pos = 0;
  /** Characters dropped from the front of `buf` (error offsets count from the start of the file). */
  let dropped = 0;
  let state: State = 'open';
  let key = '';
  let index = 0;
  /** The value being scanned: its start in `buf`, its bracket depth and whether the scan is inside a string. */
  let start = -1;
  let depth = 0;
  let inString = false;

  const fail = (reason: string): never => {
    throw new ScanError(reason, dropped + pos);
  };

  /** Moves `pos` past whitespace; false when the buffer ran out. */
  const skipWs = (): boolean => {
    NOT_WS.lastIndex = pos;
    const m = NOT_WS.exec(buf);
    pos = m === null ? buf.length : m.index;
    return m !== null;
  };

  /** Scans the value at `start` on from `pos`; true once it is complete (`pos` just after it). */
  const scan = (final: boolean): boolean => {
    const first = buf.charCodeAt(start);
    if (first !== 0x7b && first !== 0x5b && first !== 0x22) {
      // A number, true, false or null: up to the next delimiter.
      SCALAR_END.lastIndex = pos;
      const m = SCALAR_END.exec(buf);
      if (m === null) {
        pos = buf.length;
        return final;
      }
      pos = m.index;
      return true;
    }
    const n = buf.length;
    for (;;) {
      if (inString) {
        // The closing quote: the next quote not escaped (an odd run of backslashes before it escapes it).
        let q = buf.indexOf('"', pos);
        for (;;) {
          if (q < 0) {
            // Keep a trailing backslash run for the next chunk: it may escape the quote that starts it.
            pos = n;
            while (pos > start && buf.charCodeAt(pos - 1) === 0x5c) pos--;
            return false;
          }
          let backslashes = 0;
          while (buf.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
          if (backslashes % 2 === 0) break;
          q = buf.indexOf('"', q + 1);
        }
        pos = q + 1;
        inString = false;
        if (depth === 0) return true;
        continue;
      }
      // Outside strings: structure, numbers and literals, a character at a time (short runs).
      while (pos < n) {
        const c = buf.charCodeAt(pos++);
        if (c === 0x22) {
          inString = true;
          break;
        }
        if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (--depth === 0) return true;
          if (depth < 0) fail('a closing bracket without its opening one');
        }
      }
      if (!inString) return false;
    }
  };

  /** A value (or a key) begins at `pos`: a string's opening quote is consumed with it. */
  const beginValue = () => {
    start = pos;
    depth = 0;
    inString = buf.charCodeAt(pos) === 0x22;
    if (inString) pos++;
  };

  const emit = (at: number | null) => {
    onValue({ key, index: at, text: buf.slice(start, pos) });
    start = -1;
  };

  const run = (final: boolean) => {
    for (;;) {
      if (start >= 0) {
        // Inside a key or a value: continue it.
        if (state === 'firstMember' || state === 'member') {
          if (!scanKey()) return;
          continue;
        }
        if (!scan(final)) return;
        if (state === 'value') {
          emit(null);
          state = 'afterMember';
        } else {
          emit(index++);
          state = 'afterElement';
        }
        continue;
      }
      if (!skipWs()) return;
      const c = buf[pos];
      switch (state) {
        case 'open':
          if (c !== '{') fail('expected the file to be one JSON object, { ... }');
          pos++;
          state = 'firstMember';
          break;
        case 'firstMember':
        case 'member': {
          if (c === '}' && state === 'firstMember') {
            pos++;
            state = 'closed';
            break;
          }
          if (c !== '"') fail(state === 'member' ? 'expected a key in quotes after ","' : 'expected a key in quotes');
          // A key: scanned as a string value, then read.
          beginValue();
          break;
        }
        case 'colon':
          if (c !== ':') fail(`expected ":" after the key "${key}"`);
          pos++;
          state = 'value';
          break;
        case 'value':
          if (c === '[' && lists.has(key)) {
            pos++;
            index = 0;
            state = 'firstElement';
            break;
          }
          beginValue();
          break;
        case 'firstElement':
        case 'element':
          if (c === ']' && state === 'firstElement') {
            pos++;
            state = 'afterMember';
            break;
          }
          if (c === ']') fail(`expected a value after "," in "${key}"`);
          beginValue();
          break;
        case 'afterElement':
          if (c === ',') state = 'element';
          else if (c === ']') state = 'afterMember';
          else fail(`expected "," or "]" after ${key}[${index - 1}]`);
          pos++;
          break;
        case 'afterMember':
          if (c === ',') state = 'member';
          else if (c === '}') state = 'closed';
          else fail(`expected "," or "}" after the value of "${key}"`);
          pos++;
          break;
        case 'closed':
          fail("unexpected text after the end of the file's object");
      }
    }
  };

  /** Continues a key string; true once it is read (then the state is `colon`). */
  const scanKey = (): boolean => {
    if (!scan(false)) return false;
    key = JSON.parse(buf.slice(start, pos)) as string;
    start = -1;
    state = 'colon';
    return true;
  };

  return {
    push(text) {
      // Keep only what is not consumed: the value in progress, or the text after `pos`.
      const keep = start >= 0 ? start : pos;
      if (keep > 0) {
        buf = buf.slice(keep);
        dropped += keep;
        pos -= keep;
        if (start >= 0) start = 0;
      }
      buf += text;
      run(false);
    },
    end() {
      if ((state === 'member' || state === 'firstMember') && start >= 0) fail('the file ends inside a key');
      run(true);
      if (start >= 0) fail(`the file ends inside the value of "${key}"`);
      if (state === 'firstElement' || state === 'element' || state === 'afterElement') fail(`the file ends inside the list "${key}" (a "]" is missing)`);
      if (state === 'open') fail('the file is empty');
      if (state !== 'closed') fail('the file ends before its closing "}"');
    },
  };
}
