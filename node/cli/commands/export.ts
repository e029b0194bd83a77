/**
 * `cen-node export`: the cases a search finds as a workbook or CSV, or the analyst database (a
 * zip with a SQLite database, the XLSX case list, CSVs and a README), written to a file with a
 * progress bar, whether or not the node is running. The search flags are those of
 * `GET /api/v1/cases`; every export is recorded in the audit log.
 *
 * @example
 *   cen-node export --data /var/lib/cen-node --itr-area drugs --from 2026-01-01 --lang fr --out drugs.xlsx
 *   cen-node export --data /var/lib/cen-node --analyst-db --out analyst.zip
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { LANGUAGES } from '../../../protocol/vocabulary/index.ts';
import { CliExit } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

const operator = () => `cli:${userInfo().username}`;

/** Search flags and the query parameter each one sets. */
const SEARCH_FLAGS = [
  ['--q <text>', 'q', 'free text (the words must all appear)'],
  ['--from <date>', 'from', 'seized on or after (YYYY-MM-DD)'],
  ['--to <date>', 'to', 'seized on or before (YYYY-MM-DD)'],
  ['--country <code>', 'country', 'reporting country (ISO 3166-1 alpha-2)'],
  ['--itr-area <code>', 'itrArea', 'ITR area (drugs, revenue, …)'],
  ['--commodity <code>', 'commodity', 'commodity code'],
  ['--conveyance-mode <code>', 'conveyanceMode', 'means of transport'],
  ['--detection-method <code>', 'detectionMethod', 'detection method'],
  ['--location-type <code>', 'locationType', 'kind of place'],
  ['--route-country <code>', 'routeCountry', 'a country anywhere on the route'],
  ['--status <status>', 'status', 'draft, validated or archived'],
] as const;

type Flags = {
  data: string;
  format: 'xlsx' | 'csv';
  out?: string;
  lang: string;
  analystDb?: boolean;
  nominal?: boolean;
} & Partial<Record<(typeof SEARCH_FLAGS)[number][1], string>>;

const today = () => new Date().toISOString().slice(0, 10);

export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description(
      'write the cases a search finds to an XLSX or CSV file, or the analyst database to a zip (audited)',
    )
    .requiredOption('--data <dir>', "the node's data directory")
    .addOption(new Option('--format <format>', 'xlsx or csv').choices(['xlsx', 'csv']).default('xlsx'))
    .option('--out <file>', 'the file to write (never overwritten; default cen-cases-<date>.<format> here)')
    .option(
      '--lang <lang>',
      `language of headers and labels: ${LANGUAGES.join(', ')} (ar: right-to-left sheets)`,
      (value: string) => {
        if (!(LANGUAGES as readonly string[]).includes(value))
          throw new InvalidArgumentError(`expected one of ${LANGUAGES.join(', ')}`);
        return value;
      },
      'en',
    )
    .option('--analyst-db', 'write the analyst database (a zip) instead of a case list')
    .option('--nominal', 'with --analyst-db: include persons and businesses (nominal data)');
  for (const [flag, , description] of SEARCH_FLAGS) command.option(flag, description);

  command.action(async (flags: Flags) => {
    if (flags.nominal && !flags.analystDb) {
      console.error('cen-node: --nominal goes with --analyst-db (a case list never holds nominal data)');
      throw new CliExit(2);
    }
    const format = flags.analystDb ? 'analyst-db' : flags.format;
    const out = resolve(
      flags.out ??
        (flags.analystDb ? `cen-analyst-db-${today()}.zip` : `cen-cases-${today()}.${flags.format}`),
    );
    const query: Record<string, string> = { lang: flags.lang };
    for (const [, name] of SEARCH_FLAGS) {
      const value = flags[name];
      if (value !== undefined) query[name] = value;
    }
    const { result, via } = await runNodeCommand(
      resolve(flags.data),
      'export',
      { format, out, query, nominal: flags.nominal ?? false, by: operator() },
      { progressLabel: 'exporting' },
    );
    const what =
      result.format === 'analyst-db'
        ? `the analyst database (${result.cases} cases${flags.nominal ? `, ${result.persons} persons, ${result.businesses} businesses` : ''})`
        : `${result.cases} cases${result.sheets !== undefined && result.sheets > 1 ? ` on ${result.sheets} sheets` : ''}`;
    console.log(`Exported ${what} to ${result.out} (${viaText(via)}).`);
  });
}
