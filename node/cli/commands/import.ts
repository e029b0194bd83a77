/**
 * `cen-node import FILE [--dry-run]`: bulk upload of cases from a CSV or XLSX file, and
 * `cen-node import --resume`: finish the imports a crash or a shutdown interrupted. The report
 * (`{ rows, valid, errors: [{ row, column, rule, message }], … }`) goes to stdout as JSON, a
 * summary and the progress bar to stderr; the exit code is 1 when a row was refused.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ImportReport } from '../../../protocol/api.ts';
import { CliExit } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

const operator = () => `cli:${userInfo().username}`;

function summary(report: ImportReport): string {
  const parts = [
    `${report.rows} rows`,
    `${report.valid} valid`,
    `${report.invalid} refused (${report.errorCount} errors)`,
    `${report.duplicates} imported before`,
  ];
  if (!report.dryRun) parts.push(`${report.created} stored`);
  const what = report.dryRun ? 'Dry run of' : 'Imported';
  return `${what} ${report.fileName}: ${parts.join(', ')}${report.failure ? ` — ${report.failure}` : ''}`;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import cases from a CSV or XLSX file (see the templates in the console), or --resume')
    .argument('[file]', 'the CSV or XLSX file')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--dry-run', 'check every row and report, store nothing')
    .option('--resume', 'finish the imports a crash or a shutdown interrupted')
    .action(async (file: string | undefined, flags: { data: string; dryRun?: boolean; resume?: boolean }) => {
      const dataDir = resolve(flags.data);
      if (flags.resume) {
        if (file !== undefined)
          throw new Error('--resume takes no file: it finishes the imports already received');
        const { result, via } = await runNodeCommand(
          dataDir,
          'import-resume',
          {},
          { progressLabel: 'resuming' },
        );
        console.log(JSON.stringify(result, null, 2));
        for (const report of result.items) console.error(summary(report));
        console.error(`${result.items.length} interrupted imports finished (${viaText(via)}).`);
        if (result.items.some((report) => report.errorCount > 0)) throw new CliExit(1);
        return;
      }
      if (file === undefined) throw new Error('name the file to import, or use --resume');
      const { result, via } = await runNodeCommand(
        dataDir,
        'import',
        { path: resolve(file), dryRun: flags.dryRun === true, by: operator() },
        { progressLabel: flags.dryRun ? 'checking' : 'importing' },
      );
      console.log(JSON.stringify(result, null, 2));
      console.error(`${summary(result)} (${viaText(via)}).`);
      if (result.errorCount > 0) throw new CliExit(1);
    });
}
