/**
 * The reliability report: every fault, hostile input and load test records one row per scenario
 * (what was done, how many times, what happened, how many records were checked, and how many were
 * lost, duplicated or leaked, and whether the node served afterwards); the run's root hook
 * (test/setup.ts) writes the rows to `test/artifacts/reliability.md`. `make test` runs each
 * scenario a few times; `make reliability` (RELIABILITY=full) runs the long version.
 *
 * @example
 *   const tries = trials({ short: 3, full: 40 });
 *   // … run the scenario `tries` times, count what the checker found …
 *   reportRow({ part: 'fault', scenario: 'SIGKILL during sync', tries, outcome: 'recovered',
 *     recordsChecked: 1200, lost: 0, duplicated: 0, leaked: 0, servingAfter: true });
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export type ReliabilityPart = 'fault' | 'hostile input' | 'load';

export interface ReliabilityRow {
  part: ReliabilityPart;
  /** What was done, in words a reviewer reads: "SIGKILL of the receiver during a 2,000-case sync". */
  scenario: string;
  tries: number;
  /** What happened, briefly: "refused with 413", "recovered after restart", "connection closed". */
  outcome: string;
  /** Records (or requests, frames) compared against the history of acknowledged operations. */
  recordsChecked: number;
  lost: number;
  duplicated: number;
  /** Records or data that reached someone the agreements (or the access rules) do not allow. */
  leaked: number;
  /** The node (every node) answered normally after the scenario. */
  servingAfter: boolean;
}

export const REPORT_FILE = fileURLToPath(new URL('../artifacts/reliability.md', import.meta.url));

const rows: ReliabilityRow[] = [];

/** Whether this is the long run (`make reliability`) or the short one (`make test`). */
export function isFullRun(): boolean {
  return process.env.RELIABILITY === 'full';
}

/** How many times to try a scenario in this run. */
export function trials(counts: { short: number; full: number }): number {
  return isFullRun() ? counts.full : counts.short;
}

export function reportRow(row: ReliabilityRow): void {
  rows.push(row);
}

export function reportedRows(): readonly ReliabilityRow[] {
  return rows;
}

const cell = (value: string | number | boolean) =>
  String(typeof value === 'boolean' ? (value ? 'yes' : 'NO') : value).replace(/\|/g, '\\|');

/** The report as Markdown: one table, each row flagged when anything was lost, duplicated or leaked. */
export function reportMarkdown(list: readonly ReliabilityRow[], when = new Date()): string {
  const bad = list.filter((r) => r.lost > 0 || r.duplicated > 0 || r.leaked > 0 || !r.servingAfter);
  const lines = [
    '# Reliability report',
    '',
    `${isFullRun() ? 'Full run (`make reliability`)' : 'Short run (`make test`)'}, ${when.toISOString()}: ` +
      `${list.length} scenarios, ${list.reduce((n, r) => n + r.tries, 0)} tries, ` +
      `${list.reduce((n, r) => n + r.recordsChecked, 0)} records checked; ` +
      (bad.length === 0
        ? 'nothing lost, duplicated or leaked, every node serving afterwards.'
        : `**${bad.length} scenario(s) with a problem.**`),
    '',
    '| part | fault or input | tries | outcome | records checked | lost | duplicated | leaked | serving after |',
    '| ---- | -------------- | ----: | ------- | --------------: | ---: | ---------: | -----: | ------------- |',
    ...list.map(
      (r) =>
        `| ${cell(r.part)} | ${cell(r.scenario)} | ${r.tries} | ${cell(r.outcome)} | ${r.recordsChecked} | ${r.lost} | ${r.duplicated} | ${r.leaked} | ${cell(r.servingAfter)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** Writes the report of this run's rows (nothing when no reliability test ran). */
export async function writeReliabilityReport(): Promise<string | undefined> {
  if (rows.length === 0) return undefined;
  await mkdir(fileURLToPath(new URL('../artifacts/', import.meta.url)), { recursive: true });
  await writeFile(REPORT_FILE, reportMarkdown(rows));
  return REPORT_FILE;
}
