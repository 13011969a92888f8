export interface SuiteCounts {
  passed: number;
  failed: number;
  skipped: number;
  problems: string[];
}
export function countVitest(report: unknown, exitCode: number): SuiteCounts;
export function countPlaywright(report: unknown, exitCode: number): SuiteCounts & { skipReasons: Map<string, number> };
export function summaryLine(suites: Pick<SuiteCounts, 'passed' | 'failed' | 'skipped'>[]): string;
