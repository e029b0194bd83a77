/**
 * `cen-node global itr|quality`: the WCO node's released figures of the global CEN, through the
 * running node's control socket or offline (docs/decisions/0010).
 *
 * @example
 *   cen-node global itr --data /var/lib/cen-wco --year 2025 --out itr-2025   # itr-2025.xlsx + csv/*.csv
 *   cen-node global itr --data /var/lib/cen-wco --from 2023 --to 2025 --min-cell 5 --out itr
 *   cen-node global quality --data /var/lib/cen-wco --from 2025-01-01
 */
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { isCalendarDate } from '../../api/params.ts';
import { CliExit, parseIntegerOption } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';
import { printTable } from './peer.ts';

const yearOption = parseIntegerOption(1900, 2200);
const dateOption = (value: string): string => {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
};

const percent = (share: number | null) => (share === null ? '-' : `${Math.round(share * 100)}%`);
const days = (value: number | null) => (value === null ? '-' : String(value));

export function registerGlobalCommand(program: Command): void {
  const global = program
    .command('global')
    .description("the WCO node's global CEN: ITR tables and data quality per member");

  global
    .command('itr')
    .description(
      'write the Illicit-Trade-Report tables of a year (or years) as one XLSX workbook and CSVs, through disclosure control',
    )
    .requiredOption('--data <dir>', "the WCO node's data directory")
    .requiredOption('--out <dir>', 'the directory to write into (created if needed)')
    .option('--year <year>', 'the year of seizure', yearOption)
    .option('--from <year>', 'the first year (with --to)', yearOption)
    .option('--to <year>', 'the last year (with --from)', yearOption)
    .option(
      '--min-cell <n>',
      "the smallest count shown (default: the node's minCellCount, 3)",
      parseIntegerOption(2, 1000),
    )
    .action(
      async (flags: {
        data: string;
        out: string;
        year?: number;
        from?: number;
        to?: number;
        minCell?: number;
      }) => {
        if ((flags.year === undefined) === (flags.from === undefined && flags.to === undefined)) {
          console.error('cen-node: give --year, or --from and --to');
          throw new CliExit(2);
        }
        const from = flags.year ?? flags.from ?? flags.to!;
        const to = flags.year ?? flags.to ?? flags.from!;
        const { result, via } = await runNodeCommand(resolve(flags.data), 'global-itr', {
          from,
          to,
          out: resolve(flags.out),
          ...(flags.minCell === undefined ? {} : { minCell: flags.minCell }),
        });
        const years = result.from === result.to ? `${result.from}` : `${result.from}-${result.to}`;
        console.log(
          `Wrote ${result.tables} ITR tables of ${years} (${result.cases} cases, cells below ${result.minCell} hidden) to ${resolve(flags.out)} (${viaText(via)}):`,
        );
        for (const file of result.files) console.log(`  ${file}`);
      },
    );

  global
    .command('quality')
    .description('print the data quality of each member: completeness, timeliness, arrival at the WCO node')
    .requiredOption('--data <dir>', "the WCO node's data directory")
    .option('--from <date>', 'seized on or after (YYYY-MM-DD)', dateOption)
    .option('--to <date>', 'seized on or before (YYYY-MM-DD)', dateOption)
    .option('--json', 'print the answer as JSON')
    .action(async (flags: { data: string; from?: string; to?: string; json?: boolean }) => {
      const { result } = await runNodeCommand(resolve(flags.data), 'global-quality', {
        ...(flags.from === undefined ? {} : { from: flags.from }),
        ...(flags.to === undefined ? {} : { to: flags.to }),
      });
      if (flags.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      printTable([
        [
          'country',
          'cases',
          'route',
          'quantity',
          'value',
          'median entry',
          `within ${result.targetDays}d`,
          'median arrival',
          'p90 arrival',
          'last received',
          'up to date',
        ],
        ...result.items.map((m) => [
          m.country,
          String(m.quality.cases),
          percent(m.quality.completeness.route.share),
          percent(m.quality.completeness.quantity.share),
          percent(m.quality.completeness.value.share),
          days(m.quality.timeliness.medianDays),
          percent(m.quality.timeliness.shareWithinTarget),
          days(m.arrival.medianDays),
          days(m.arrival.p90Days),
          m.lastReceivedAt ?? '-',
          m.upToDate ? 'yes' : 'no',
        ]),
      ]);
    });
}
