/**
 * Bulk upload through a real node: templates (read back by openpyxl, and imported as they come),
 * dry runs and imports over HTTP (multipart), progress, the report spreadsheet, the limits'
 * answers, the audit log, and `cen-node import` through the running node and offline.
 */
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { apiPaths, type ImportJobSummary, type ImportReport } from '../../protocol/api.ts';
import { vocabularies, commoditiesOf } from '../../protocol/vocabulary/index.ts';
import { initNode } from '../../node/index.ts';
import { cenNode } from '../helpers/cli.ts';
import { errorCsv, openpyxlSheet, writeCsv } from '../helpers/import-fixtures.ts';
import {
  makeTempDir,
  startTestNode,
  TEST_ADMIN_PASSWORD,
  type ApiClient,
  type TestNode,
} from '../helpers/node.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a file as a browser form does (multipart, field `file`). */
async function upload(
  node: TestNode,
  client: ApiClient,
  bytes: Buffer,
  fileName: string,
  dryRun: boolean,
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const response = await fetch(`${node.apiUrl}${apiPaths.imports}${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { cookie: client.cookie! },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function download(
  node: TestNode,
  client: ApiClient,
  path: string,
): Promise<{ status: number; type: string; bytes: Buffer }> {
  const response = await fetch(`${node.apiUrl}${path}`, { headers: { cookie: client.cookie! } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

async function waitForJob(client: ApiClient, id: string): Promise<ImportReport> {
  for (let i = 0; i < 600; i++) {
    const { body } = await client.get<ImportReport>(apiPaths.import(id));
    if (body.state === 'done' || body.state === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

describe('bulk upload through the API and the CLI', function () {
  this.timeout(120_000);
  let node: TestNode;
  let officer: ApiClient;
  let dir: { path: string; remove(): Promise<void> };

  before(async () => {
    node = await startTestNode({ country: 'KE' });
    officer = await node.loginAs('officer');
    dir = await makeTempDir('cen-import-api-');
  });
  after(async () => {
    await node.close();
    await dir.remove();
  });

  it('offers a template per commodity family, in the officer’s language, that imports as it comes', async () => {
    const { body: list } = await officer.get<{ items: { name: string; itrArea?: string }[] }>(
      apiPaths.importTemplates,
    );
    expect(list.items.map((t) => t.name)).to.deep.equal(['generic', ...vocabularies.itrArea.codes]);

    const drugs = await download(node, officer, `${apiPaths.importTemplate('drugs.xlsx')}?lang=fr`);
    expect(drugs.status).to.equal(200);
    expect(drugs.type).to.equal(XLSX_TYPE);
    const file = join(dir.path, 'template-drugs-fr.xlsx');
    await writeFile(file, drugs.bytes);
    const cases = await openpyxlSheet(file, 0);
    expect(cases.names).to.deep.equal(['Dossiers', 'Codes']);
    expect(cases.rows[0]!.slice(0, 6)).to.deep.equal([
      'Référence',
      'Nature du dossier',
      'Formulaire',
      'Statut',
      'Types d’infraction',
      'Date de saisie',
    ]);
    expect(cases.rows[1]).to.include('cannabis-herbal').and.include('seizure');
    const codes = await openpyxlSheet(file, 1);
    const listed = new Set(codes.rows.map((row) => row[1]));
    for (const term of commoditiesOf('drugs')) expect(listed.has(term.code), term.code).to.equal(true);
    expect(listed.has('cigarettes')).to.equal(false);
    // The labels are in French.
    expect(codes.rows.some((row) => row[1] === 'seizure' && row[2] === 'Saisie')).to.equal(true);

    // The template itself, sent back untouched: its example row is a valid case.
    const dry = await upload(node, officer, drugs.bytes, 'template.xlsx', true);
    expect(dry.status).to.equal(200);
    expect(dry.body).to.deep.include({ rows: 1, valid: 1, invalid: 0, language: 'fr' });

    const arabic = await download(node, officer, `${apiPaths.importTemplate('generic.xlsx')}?lang=ar`);
    const arabicFile = join(dir.path, 'template-ar.xlsx');
    await writeFile(arabicFile, arabic.bytes);
    const arabicSheet = await openpyxlSheet(arabicFile, 0);
    expect(arabicSheet.rightToLeft).to.equal(true);
    expect(arabicSheet.rows[0]).to.include('تاريخ الضبط');

    expect((await download(node, officer, apiPaths.importTemplate('tobacco.xlsx'))).status).to.equal(404);
  });

  it('answers a dry run with the row-by-row report, and keeps it as a spreadsheet', async () => {
    const file = join(dir.path, 'errors.csv');
    await writeCsv(file, errorCsv().rows);
    const { status, body } = await upload(node, officer, await readFile(file), 'errors.csv', true);
    expect(status).to.equal(200);
    const report = body as ImportReport;
    const { goodRefs, badRows } = errorCsv();
    expect(report).to.deep.include({
      rows: goodRefs.length + badRows,
      valid: goodRefs.length,
      invalid: badRows,
      created: 0,
    });
    expect(report.errors[0]).to.have.all.keys('row', 'column', 'cell', 'field', 'rule', 'message', 'value');

    const again = await officer.get<ImportReport>(apiPaths.import(report.id));
    expect(again.body.errors).to.deep.equal(report.errors);

    const sheet = await download(node, officer, apiPaths.importReport(report.id));
    expect(sheet.status).to.equal(200);
    expect(sheet.type).to.equal(XLSX_TYPE);
    const reportFile = join(dir.path, 'report.xlsx');
    await writeFile(reportFile, sheet.bytes);
    const rows = (await openpyxlSheet(reportFile)).rows;
    expect(rows.length).to.equal(report.errorCount + 1);
    expect(rows.slice(1).map((row) => `${String(row[0])} ${String(row[2])} ${String(row[4])}`)).to.deep.equal(
      report.errors.map((error) => `${error.row} ${error.cell} ${error.rule}`),
    );
  });

  it('imports in the background with progress, once, and audits it', async () => {
    const file = join(dir.path, 'errors.csv');
    const bytes = await readFile(file);
    const { status, body } = await upload(node, officer, bytes, 'errors.csv', false);
    expect(status).to.equal(202);
    const job = body as ImportJobSummary;
    expect(job).to.have.property('total', errorCsv().rows.length - 1);
    const report = await waitForJob(officer, job.id);
    expect(report).to.deep.include({
      state: 'done',
      created: errorCsv().goodRefs.length,
      done: report.total,
    });

    const second = await upload(node, officer, bytes, 'errors-again.csv', false);
    const repeated = await waitForJob(officer, (second.body as ImportJobSummary).id);
    expect(repeated).to.deep.include({ created: 0, duplicates: errorCsv().goodRefs.length });

    const { body: list } = await officer.get<{ items: ImportJobSummary[] }>(apiPaths.imports);
    expect(list.items.slice(0, 2).map((item) => item.id)).to.deep.equal([repeated.id, report.id]);

    const auditor = await node.loginAs('auditor');
    const audit = await auditor.get<{ items: { actor: string; details: Record<string, unknown> }[] }>(
      `${apiPaths.audit}?action=import`,
    );
    expect(audit.body.items.map((entry) => entry.details)).to.deep.include({
      importId: report.id,
      count: report.created,
      dryRun: false,
      rows: report.rows,
      invalid: report.invalid,
      duplicates: 0,
    });
    expect(audit.body.items.every((entry) => entry.actor === 'officer1')).to.equal(true);
  });

  it('refuses with what to do: a zip bomb, a header of unknown columns, JSON, an oversized upload', async () => {
    // Thousands of parts in a few kilobytes: not a workbook a spreadsheet program writes. (The
    // inflation budget is tested with a small one in import-files.test.ts: the node's is 1 GB.)
    const zip = new yazl.ZipFile();
    for (let i = 0; i < 1500; i++) zip.addBuffer(Buffer.from(''), `xl/media/${i}.bin`);
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
    const bomb = await upload(node, officer, Buffer.concat(chunks), 'bomb.xlsx', true);
    expect(bomb.status).to.equal(400);
    expect((bomb.body as { error: { code: string; message: string } }).error).to.deep.include({
      code: 'bad_request',
    });
    expect((bomb.body as { error: { message: string } }).error.message).to.include('zip bomb');

    const header = join(dir.path, 'typo.csv');
    await writeCsv(header, [
      ['Case kind', 'Seizur date'],
      ['seizure', '2025-01-01'],
    ]);
    const refused = await upload(node, officer, await readFile(header), 'typo.csv', false);
    expect(refused.status).to.equal(400);
    expect(refused.body).to.deep.include({
      error: {
        code: 'validation_failed',
        message:
          'header.B1: Seizur date: "Seizur date" is not a column of the import templates: rename it as in a template (see the list of columns), or delete the column',
        details: [
          {
            path: 'header.B1',
            rule: 'unknown-column',
            message:
              'Seizur date: "Seizur date" is not a column of the import templates: rename it as in a template (see the list of columns), or delete the column',
          },
        ],
      },
    });

    const json = await officer.post<{ error: { code: string; message: string } }>(apiPaths.imports, {
      file: 'x',
    });
    expect(json.status).to.equal(415);
    expect(json.body.error.message).to.include('multipart/form-data');

    const large = await upload(node, officer, Buffer.alloc(51 * 1024 * 1024, 0x41), 'large.csv', true);
    expect(large.status).to.equal(413);
    expect((large.body as { error: { code: string; message: string } }).error).to.deep.include({
      code: 'payload_too_large',
    });
    expect((large.body as { error: { message: string } }).error.message).to.include('split');

    // The same without a declared length (a streamed body): cut at the limit, refused alike.
    const boundary = 'cen-import-boundary';
    function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="large.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      );
      for (let i = 0; i < 51; i++) yield Buffer.alloc(1024 * 1024, 0x41);
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const streamed = await fetch(`${node.apiUrl}${apiPaths.imports}?dryRun=true`, {
      method: 'POST',
      headers: { cookie: officer.cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: Readable.toWeb(Readable.from(body())) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).to.equal(413);
    expect(((await streamed.json()) as { error: { code: string } }).error.code).to.equal('payload_too_large');
  });

  it('imports from the command line through the running node: a dry run, an import, a resume', async () => {
    const file = join(dir.path, 'cli.csv');
    await writeCsv(file, [
      ['Case kind', 'Seizure date', 'Item 1 commodity', 'Item 1 quantity', 'Item 1 unit', 'Reference'],
      ['seizure', '2025-04-01', 'heroin', '2', 'kg', 'CLI-1'],
      ['seizure', '2025-04-02', 'tabacco', '2', 'kg', 'CLI-2'],
    ]);
    const dry = await cenNode(['import', file, '--dry-run', '--data', node.dataDir]);
    expect(dry.code, dry.stderr).to.equal(1);
    const report = JSON.parse(dry.stdout) as ImportReport;
    expect(report).to.deep.include({
      dryRun: true,
      rows: 2,
      valid: 1,
      invalid: 1,
      startedBy: report.startedBy,
    });
    expect(report.startedBy).to.match(/^cli:/);
    expect(report.errors.map(({ row, column, rule }) => ({ row, column, rule }))).to.deep.equal([
      { row: 3, column: 'Item 1 commodity', rule: 'vocabulary' },
    ]);
    expect(dry.stderr).to.include('through the running node');

    const imported = await cenNode(['import', file, '--data', node.dataDir]);
    expect(imported.code).to.equal(1);
    expect(JSON.parse(imported.stdout)).to.deep.include({ created: 1, invalid: 1 });
    const resumed = await cenNode(['import', '--resume', '--data', node.dataDir]);
    expect(resumed.code, resumed.stderr).to.equal(0);
    expect(JSON.parse(resumed.stdout)).to.deep.equal({ items: [] });
  });

  it('imports from the command line without a running node', async () => {
    const dataDir = join(dir.path, 'offline');
    await initNode({
      dataDir,
      name: 'Offline Customs',
      country: 'TZ',
      apiHost: '127.0.0.1',
      apiPort: 0,
      adminPassword: TEST_ADMIN_PASSWORD,
      tls: false,
    });
    const file = join(dir.path, 'offline.csv');
    await writeCsv(file, [
      ['Case kind', 'Seizure date', 'Item 1 commodity'],
      ['seizure', '2025-04-01', 'cocaine'],
    ]);
    const imported = await cenNode(['import', file, '--data', dataDir]);
    expect(imported.code, imported.stderr).to.equal(0);
    expect(JSON.parse(imported.stdout)).to.deep.include({ created: 1, invalid: 0 });
    expect(imported.stderr).to.include('offline');
    const again = await cenNode(['import', file, '--data', dataDir]);
    expect(JSON.parse(again.stdout)).to.deep.include({ created: 0, duplicates: 1 });
    const missing = await cenNode(['import', join(dir.path, 'nothing.csv'), '--data', dataDir]);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.include('there is no file');
  });
});
