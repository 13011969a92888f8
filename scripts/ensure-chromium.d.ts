export interface ChromiumDeps {
  env: Record<string, string | undefined>;
  uid: number;
  which(name: string): string | null;
  exists(path: string): boolean;
  run(argv: string[]): number;
  log(line: string): void;
}
export const CHROMIUM_PACKAGES: string[];
export const INSTALL_COMMAND: string;
export function ensureChromium(deps: ChromiumDeps): { path: string } | { problem: string };
export const systemDeps: ChromiumDeps;
