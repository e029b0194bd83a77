/**
 * The analyst database (in place of CEN's MS Access file): a directory holding a SQLite database
 * of the selected cases (tables and views described in `analyst-schema.ts`), the XLSX case list,
 * a CSV copy of every table and a README that documents them, all openable with free tools
 * (sqlite3, DB Browser for SQLite, LibreOffice, Python). `zipAnalystDatabase` streams the
 * directory out as one zip.
 *
 * One pass over the store: each page of cases goes into SQLite and, from the same page, into
 * the workbook, so both hold exactly the same cases. Persons and businesses (and the tables
 * linking them to cases) are written only when `nominal` is set, which the caller decides from
 * the user's `nominal:read` permission.
 *
 * @example
 *   const dir = await mkdtemp(join(tmpdir(), 'cen-analyst-db-'));
 *   const summary = await buildAnalystDatabase(store, dir, { filters: {}, lang: 'en', nominal: false });
 *   await zipAnalystDatabase(dir, summary, response);
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import yazl from 'yazl';
import type { BusinessId, PersonId } from '../../protocol/ids.ts';
import type { Business, Case, Person } from '../../protocol/records.ts';
import { LANGUAGES, vocabularies, VOCABULARY_NAMES, type Language } from '../../protocol/vocabulary/index.ts';
import type { RecordStoreApi } from '../store/types.ts';
import {
  analystTables,
  analystViews,
  createIndexSql,
  createTableSql,
  createViewSql,
  insertSql,
  type TableSpec,
} from './analyst-schema.ts';
import { casePages, writeCases, type CaseFilters } from './cases.ts';
import { ExportAbortedError } from './errors.ts';
import { filterCodes } from './audit.ts';
import { neutraliseText } from './neutralise.ts';

export const ANALYST_DB_FILE = 'cen-analyst.sqlite';
export const ANALYST_XLSX_FILE = 'cases.xlsx';
export const ANALYST_README_FILE = 'README.md';
/** Bumped when a table or view changes shape; kept in `export_info`. */
export const ANALYST_SCHEMA_VERSION = '1';

export interface AnalystDatabaseOptions {
  filters: CaseFilters;
  /** The language of the workbook and of the views' labels. */
  lang: Language;
  /** Include persons, businesses and their links to cases. */
  nominal: boolean;
  /** Called after every page with the cases written so far. */
  onCases?: (cases: number) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface AnalystDatabaseSummary {
  cases: number;
  items: number;
  persons: number;
  businesses: number;
  nominal: boolean;
  lang: Language;
  exportedAt: string;
  /** Every file of the directory, relative to it, in the order the zip lists them. */
  files: string[];
}

type Row = SQLInputValue[];

const or = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** A case's rows in every case table, in each table's column order. */
function caseRows(c: Case) {
  const route = c.route ?? {};
  const legs: [string, string][] = [];
  if (route.origin) legs.push(['origin', route.origin]);
  if (route.departure) legs.push(['departure', route.departure]);
  for (const country of route.transit ?? []) legs.push(['transit', country]);
  if (route.destination) legs.push(['destination', route.destination]);
  return {
    cases: [
      c.id,
      or(c.ref),
      c.kind,
      c.status,
      c.form,
      c.reportingCountry,
      or(c.office),
      c.seizureDate,
      c.seizureDate.slice(0, 7),
      Number(c.seizureDate.slice(0, 4)),
      or(c.direction),
      or(c.location?.type),
      or(c.location?.code),
      or(c.location?.name),
      or(c.location?.lat),
      or(c.location?.lon),
      or(c.detection?.method),
      or(c.conveyance?.mode),
      or(c.conveyance?.carrier),
      or(c.conveyance?.flightOrVoyage),
      or(c.conveyance?.containerNumber),
      or(c.conveyance?.vehicleRegistration),
      or(c.conveyance?.imo),
      or(c.concealment?.method),
      or(c.concealment?.description),
      or(c.handling?.code),
      or(c.handling?.source),
      or(c.handling?.reliability),
      or(c.operationId),
      c.tags.length > 0 ? c.tags.join('; ') : null,
      or(c.narrative),
      c.items.length,
      c.offenders.length,
      c.persons.length,
      c.businesses.length,
      c.photos.length,
      c.version,
      c.createdAt,
      c.updatedAt,
    ] satisfies Row,
    items: c.items.map((item, i): Row => [
      c.id,
      i + 1,
      item.itrArea,
      item.commodity,
      or(item.hsCode),
      or(item.description),
      or(item.quantity),
      or(item.unit),
      or(item.valueUsd),
      or(item.brand),
      or(item.citesSpecies),
    ]),
    offenders: c.offenders.map((o, i): Row => [
      c.id,
      i + 1,
      or(o.nationality),
      or(o.gender),
      or(o.ageBand),
      or(o.role),
    ]),
    route_legs: legs.map(([leg, country], i): Row => [c.id, i + 1, leg, country]),
    offence_types: [...new Set(c.offenceTypes)].map((type): Row => [c.id, type]),
  };
}

function personRows(p: Person) {
  return {
    persons: [
      p.id,
      p.familyName,
      or(p.givenNames),
      or(p.birthDate),
      or(p.birthPlace),
      or(p.nationality),
      or(p.gender),
      or(p.notes),
      p.version,
      p.updatedAt,
    ] satisfies Row,
    person_documents: p.documents.map((d, i): Row => [
      p.id,
      i + 1,
      d.type,
      d.number,
      or(d.country),
      or(d.expires),
    ]),
    person_addresses: p.addresses.map((a, i): Row => [
      p.id,
      i + 1,
      or(a.line),
      or(a.city),
      or(a.postcode),
      or(a.country),
    ]),
  };
}

function businessRows(b: Business) {
  return {
    businesses: [
      b.id,
      b.name,
      or(b.registrationNumber),
      or(b.vatNumber),
      or(b.country),
      or(b.notes),
      b.version,
      b.updatedAt,
    ] satisfies Row,
    business_addresses: b.addresses.map((a, i): Row => [
      b.id,
      i + 1,
      or(a.line),
      or(a.city),
      or(a.postcode),
      or(a.country),
    ]),
  };
}

/** Writes the database's rows, one transaction per page of cases. */
class AnalystDatabaseWriter {
  readonly db: DatabaseSync;
  readonly #insert = new Map<string, StatementSync>();
  readonly #has = new Map<string, StatementSync>();
  readonly #nominal: boolean;
  /** Parties a case links that the store no longer holds (deleted): not asked for twice. */
  readonly #gone = new Set<string>();
  counts = { cases: 0, items: 0, persons: 0, businesses: 0 };

  constructor(file: string, tables: readonly TableSpec[], nominal: boolean) {
    this.#nominal = nominal;
    this.db = new DatabaseSync(file);
    // A scratch file rebuilt from the store on every export: speed over durability.
    this.db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
    for (const table of tables) {
      this.db.exec(createTableSql(table));
      // INSERT OR IGNORE: a case listing the same person twice in one role is one link.
      this.#insert.set(table.name, this.db.prepare(insertSql(table, 'INSERT OR IGNORE')));
    }
    if (nominal) {
      this.#has.set('person', this.db.prepare('SELECT 1 FROM persons WHERE id = ?'));
      this.#has.set('business', this.db.prepare('SELECT 1 FROM businesses WHERE id = ?'));
    }
  }

  #put(table: string, row: Row): void {
    this.#insert.get(table)!.run(...row);
  }

  #transaction(write: () => void): void {
    this.db.exec('BEGIN');
    try {
      write();
      this.db.exec('COMMIT');
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  writeVocabularies(): void {
    this.#transaction(() => {
      for (const name of VOCABULARY_NAMES) {
        for (const term of vocabularies[name].terms) {
          const parent = (term as { itrArea?: string }).itrArea ?? null;
          this.#put('vocabularies', [name, term.code, parent, ...LANGUAGES.map((lang) => term.labels[lang])]);
        }
      }
    });
  }

  /** The persons and businesses of `page` not in the database yet, read from the store. */
  async #newParties(store: Pick<RecordStoreApi, 'getPerson' | 'getBusiness'>, page: readonly Case[]) {
    const personIds = new Set<string>();
    const businessIds = new Set<string>();
    for (const c of page) {
      for (const link of c.persons)
        if (!this.#gone.has(link.id) && this.#has.get('person')!.get(link.id) === undefined)
          personIds.add(link.id);
      for (const link of c.businesses)
        if (!this.#gone.has(link.id) && this.#has.get('business')!.get(link.id) === undefined)
          businessIds.add(link.id);
    }
    const live = async <T extends { deletedAt?: string }>(
      ids: readonly string[],
      read: (id: string) => Promise<T | undefined>,
    ): Promise<T[]> => {
      const records = (await Promise.all(ids.map(read))) as (T | undefined)[];
      return records.filter((record, i): record is T => {
        const alive = record !== undefined && !record.deletedAt;
        if (!alive) this.#gone.add(ids[i]!);
        return alive;
      });
    };
    return {
      persons: await live([...personIds], (id) => store.getPerson(id as PersonId)),
      businesses: await live([...businessIds], (id) => store.getBusiness(id as BusinessId)),
    };
  }

  async writePage(
    store: Pick<RecordStoreApi, 'getPerson' | 'getBusiness'>,
    page: readonly Case[],
  ): Promise<void> {
    const parties = this.#nominal ? await this.#newParties(store, page) : { persons: [], businesses: [] };
    this.#transaction(() => {
      for (const c of page) {
        const rows = caseRows(c);
        this.#put('cases', rows.cases);
        for (const table of ['items', 'offenders', 'route_legs', 'offence_types'] as const)
          for (const row of rows[table]) this.#put(table, row);
        this.counts.cases++;
        this.counts.items += rows.items.length;
        if (this.#nominal) {
          for (const link of c.persons) this.#put('case_persons', [c.id, link.id, link.role]);
          for (const link of c.businesses) this.#put('case_businesses', [c.id, link.id, link.role]);
        }
      }
      for (const person of parties.persons) {
        const rows = personRows(person);
        this.#put('persons', rows.persons);
        for (const row of rows.person_documents) this.#put('person_documents', row);
        for (const row of rows.person_addresses) this.#put('person_addresses', row);
        this.counts.persons++;
      }
      for (const business of parties.businesses) {
        const rows = businessRows(business);
        this.#put('businesses', rows.businesses);
        for (const row of rows.business_addresses) this.#put('business_addresses', row);
        this.counts.businesses++;
      }
    });
  }

  finish(tables: readonly TableSpec[], lang: Language, info: Record<string, string>): void {
    // Indexes after the rows: building them once is cheaper than keeping them up to date.
    for (const table of tables) for (const sql of createIndexSql(table)) this.db.exec(sql);
    for (const view of analystViews()) this.db.exec(createViewSql(view, lang));
    this.#transaction(() => {
      for (const [key, value] of Object.entries(info)) this.#put('export_info', [key, value]);
    });
  }
}

/** Copies one table to a CSV file: UTF-8 with a BOM, text neutralised as in every export. */
async function tableToCsv(db: DatabaseSync, table: TableSpec, file: string): Promise<void> {
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out);
  const textColumns = table.columns.map((column) => column.type === 'TEXT');
  const order = table.primaryKey ? ` ORDER BY ${table.primaryKey.join(', ')}` : '';
  const statement = db.prepare(`SELECT * FROM ${table.name}${order}`);
  statement.setReturnArrays(true);
  csv.write(table.columns.map((column) => column.name));
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    const cells = row.map((value, i) =>
      value === null || value === undefined
        ? ''
        : textColumns[i]
          ? neutraliseText(String(value as string))
          : String(value as number),
    );
    if (!csv.write(cells)) await new Promise((resolve) => csv.once('drain', resolve));
  }
  csv.end();
  await finished(out);
}

function readme(summary: Omit<AnalystDatabaseSummary, 'files'>, filters: readonly string[]): string {
  const tables = analystTables(summary.nominal);
  const lines = [
    '# CEN analyst database',
    '',
    `Exported ${summary.exportedAt} with ${summary.cases} cases${filters.length > 0 ? ` (filters: ${filters.join(', ')})` : ''}, labels in \`${summary.lang}\`${summary.nominal ? ', with the persons and businesses linked to them (nominal data: handle under your administration’s rules)' : '; without persons and businesses'}.`,
    '',
    '## Files',
    '',
    `- \`${ANALYST_DB_FILE}\`: a SQLite 3 database with the tables and views below. Open it with the`,
    '  `sqlite3` command, DB Browser for SQLite, LibreOffice Base, Python (`sqlite3` module) or R.',
    `- \`${ANALYST_XLSX_FILE}\`: the case list as a workbook, one row per case (the layout of the`,
    '  node’s case export: coded fields as code and label, the first items in numbered columns).',
    '- `csv/<table>.csv`: each table as CSV (UTF-8 with a byte-order mark, comma-separated), for',
    '  spreadsheets and tools that do not read SQLite.',
    '',
    'Every coded field holds a code; the `vocabularies` table gives its label in six languages',
    "(`SELECT label_fr FROM vocabularies WHERE vocabulary = 'commodity' AND code = 'cocaine'`).",
    'Quantities are in the unit of their row: add up quantities of one unit only. In the CSV files a',
    'text that starts with =, +, -, @, a tab or a carriage return begins with an apostrophe, so that no',
    'spreadsheet runs it as a formula; the database holds the text as it was entered.',
    '',
    '## Tables',
    '',
  ];
  for (const table of tables) {
    lines.push(`### \`${table.name}\``, '', table.description, '');
    if (table.primaryKey) lines.push(`Key: ${table.primaryKey.map((c) => `\`${c}\``).join(', ')}.`, '');
    lines.push('| column | type | what it holds |', '| --- | --- | --- |');
    for (const column of table.columns)
      lines.push(`| \`${column.name}\` | ${column.type} | ${column.description} |`);
    lines.push('');
  }
  lines.push('## Views', '');
  for (const view of analystViews()) {
    lines.push(`### \`${view.name}\``, '', view.description, '', '```sql', view.sql(summary.lang), '```', '');
  }
  lines.push(
    '## Example',
    '',
    '```sql',
    '-- Cocaine seized per month, in kilograms',
    "SELECT month, cases, quantity FROM seizures_by_month_commodity WHERE commodity = 'cocaine' AND unit = 'kg' ORDER BY month;",
    '```',
    '',
  );
  return lines.join('\n');
}

/** Pages of cases that are written into the database on their way to the workbook. */
async function* throughDatabase(
  pages: AsyncIterable<Case[]>,
  writer: AnalystDatabaseWriter,
  store: Pick<RecordStoreApi, 'getPerson' | 'getBusiness'>,
  options: AnalystDatabaseOptions,
): AsyncGenerator<Case[]> {
  for await (const page of pages) {
    if (options.signal?.aborted) throw new ExportAbortedError();
    await writer.writePage(store, page);
    options.onCases?.(writer.counts.cases);
    yield page;
  }
}

/** Builds the analyst database's files in `dir` (an empty directory the caller removes). */
export async function buildAnalystDatabase(
  store: Pick<RecordStoreApi, 'searchCases' | 'getPerson' | 'getBusiness'>,
  dir: string,
  options: AnalystDatabaseOptions,
): Promise<AnalystDatabaseSummary> {
  const exportedAt = (options.now?.() ?? new Date()).toISOString();
  const tables = analystTables(options.nominal);
  const writer = new AnalystDatabaseWriter(join(dir, ANALYST_DB_FILE), tables, options.nominal);
  const files = [ANALYST_README_FILE, ANALYST_DB_FILE, ANALYST_XLSX_FILE];
  let summary: Omit<AnalystDatabaseSummary, 'files'>;
  const filters = filterCodes(options.filters);
  try {
    writer.writeVocabularies();
    const workbook = await open(join(dir, ANALYST_XLSX_FILE), 'wx', 0o600);
    const xlsx = workbook.createWriteStream();
    try {
      await writeCases(throughDatabase(casePages(store, options.filters), writer, store, options), xlsx, {
        format: 'xlsx',
        lang: options.lang,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      await finished(xlsx);
    } finally {
      if (!xlsx.closed) xlsx.destroy();
    }
    summary = {
      ...writer.counts,
      nominal: options.nominal,
      lang: options.lang,
      exportedAt,
    };
    writer.finish(tables, options.lang, {
      exported_at: exportedAt,
      filters: filters.join(', '),
      language: options.lang,
      nominal: options.nominal ? 'yes' : 'no',
      cases: String(summary.cases),
      schema_version: ANALYST_SCHEMA_VERSION,
    });
    await mkdir(join(dir, 'csv'), { mode: 0o700 });
    for (const table of tables) {
      const name = `csv/${table.name}.csv`;
      await tableToCsv(writer.db, table, join(dir, name));
      files.push(name);
    }
  } finally {
    writer.db.close();
  }
  await writeFile(join(dir, ANALYST_README_FILE), readme(summary, filters), { mode: 0o600, flag: 'wx' });
  return { ...summary, files };
}

/** Streams the directory's files into `out` as one zip (under a folder named after the date) and ends it. */
export async function zipAnalystDatabase(
  dir: string,
  summary: AnalystDatabaseSummary,
  out: Writable,
): Promise<void> {
  const folder = `cen-analyst-db-${summary.exportedAt.slice(0, 10)}`;
  const zip = new yazl.ZipFile();
  const mtime = new Date(summary.exportedAt);
  for (const file of summary.files) {
    // The workbook is a zip already: compressing it again gains nothing.
    zip.addFile(join(dir, file), `${folder}/${file}`, { compress: !file.endsWith('.xlsx'), mtime });
  }
  zip.end();
  const zipped = zip.outputStream as Readable;
  zipped.pipe(out);
  try {
    await finished(out, { readable: false });
  } catch (err) {
    zipped.unpipe(out);
    zipped.destroy();
    if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE')
      throw new ExportAbortedError('the reader closed the download before it ended');
    throw err;
  }
}
