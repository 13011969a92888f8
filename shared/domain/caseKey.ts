/**
 * Case keys compare "naturally": C-999 comes before C-1000. `naturalKey` pads every run of
 * digits to a fixed width so that plain string comparison (JavaScript or SQLite BINARY) agrees.
 */
const DIGITS = 12;

export function naturalKey(key: string): string {
  return key.replace(/\d+/g, (run) => run.replace(/^0+(?=\d)/, '').padStart(DIGITS, '0'));
}

export function compareKeys(a: string, b: string): number {
  const x = naturalKey(a);
  const y = naturalKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
