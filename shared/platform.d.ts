/**
 * The few web-platform globals that every face has (browsers, Electron, Node 24) but lib ES2024
 * does not declare. shared/ is checked with neither DOM nor Node types (tsconfig.shared.json), so
 * a global it may use is declared here, narrowly; only that config includes this file (the DOM and
 * Node configs have their own, full declarations). Add one only if all faces have it.
 */

/** WHATWG URL (the parts shared/ uses). */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly host: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
  toString(): string;
}
