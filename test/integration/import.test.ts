/**
 * Bulk upload against a real store on disk (issue 6): a 50,000-row workbook of synthetic cases
 * imported once and then uploaded again, and a CSV file with deliberate errors (bad codes,
 * missing mandatory fields, wrong dates, Arabic and Cyrillic text) whose every error is reported
 * with its row and column while every good row is stored once.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import type { ImportRowError } from '../../protocol/api.ts';
import type { CaseId } from '../../protocol/ids.ts';
import { validateCaseInput } from '../../protocol/validation.ts';
import { AuditLog } from '../../node/audit/index.ts';
import { ValidationError } from '../../node/errors.ts';
import {
  ImportLimitError,
  ImportService,
  ROW_KEYS_NAMESPACE,
  type RowKeyEntry,
} from '../../node/import/index.ts';
import { openStore } from '../../node/store/index.ts';
import type { RecordStore } from '../../node/store/records.ts';
import {
  countKeys,
  errorCsv,
  errorCsvRows,
  openpyxlSheet,
  syntheticInputs,
  writeCasesWorkbook,
  writeCsv,
} from '../helpers/import-fixtures.ts';
import { makeTempDir } from '../helpers/node.ts';

const ROWS = 50_000;

describe('bulk import into a store on disk', function () {
  this.timeout(240_000);
  let dir: { path: string; remove(): Promise<void> };
  let store: RecordStore;
  let audit: AuditLog;
  let imports: ImportService;

  before(async () => {
    dir = await makeTempDir('cen-import-');
    store = await openStore(join(dir.path, 'node'), { country: 'KE' });
    audit = new AuditLog(store.kv);
    imports = new ImportService({
      kv: store.kv,
      store,
      dataDir: join(dir.path, 'node'),
      country: 'KE',
      audit,
    });
  });
  after(async () => {
    await imports.close();
    await audit.close();
    await store.close();
    await dir.remove();
  });

  it(`imports a ${ROWS.toLocaleString('en-US')}-row workbook once, and the same file again adds nothing`, async () => {
    const inputs = syntheticInputs(ROWS, 7);
    const file = join(dir.path, 'seizures.xlsx');
    await writeCasesWorkbook(file, inputs, 'ru');
    const before = (await store.counts()).cases;

    const progress: [number, number][] = [];
    const job = await imports.receiveFile(file, { by: 'ana', dryRun: false });
    expect(job).to.deep.include({
      state: 'received',
      total: ROWS,
      format: 'xlsx',
      fileName: 'seizures.xlsx',
    });
    const report = await imports.runImport(job.id, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(report).to.deep.include({
      state: 'done',
      rows: ROWS,
      valid: ROWS,
      invalid: 0,
      created: ROWS,
      duplicates: 0,
      errorCount: 0,
      language: 'ru',
    });
    expect(report.errors).to.deep.equal([]);
    // The progress bar moves forward to the end.
    expect(progress.length).to.be.above(10);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).to.equal(true);
    expect(progress.at(-1)).to.deep.equal([ROWS, ROWS]);

    // Every row is stored exactly once: one row key per row, each to its own case.
    expect((await store.counts()).cases - before).to.equal(ROWS);
    expect(await countKeys(store.kv, ROW_KEYS_NAMESPACE)).to.equal(ROWS);
    const byRow = new Map<number, string>();
    const caseIds = new Set<string>();
    for await (const [, value] of store.kv.iterate(ROW_KEYS_NAMESPACE)) {
      const entry = value as RowKeyEntry;
      expect(byRow.has(entry.row), `row ${entry.row} twice`).to.equal(false);
      byRow.set(entry.row, entry.caseId);
      caseIds.add(entry.caseId);
    }
    expect(caseIds.size).to.equal(ROWS);
    expect([...byRow.keys()].sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: ROWS }, (_, i) => i + 2),
    );
    // And each case holds its row, as the validator normalises it.
    for (const i of [0, 1, 777, 12_345, ROWS - 1]) {
      const stored = await store.getCase(byRow.get(i + 2) as CaseId);
      const expected = validateCaseInput(inputs[i], { country: 'KE', today: '2099-01-01' });
      if (!expected.ok) throw new Error('a synthetic case does not validate');
      expect(stored).to.deep.include({
        ref: expected.value.ref,
        kind: expected.value.kind,
        seizureDate: expected.value.seizureDate,
        items: expected.value.items,
        createdBy: 'ana',
      });
    }

    const again = await imports.receiveFile(file, { by: 'ana', dryRun: false });
    const repeated = await imports.runImport(again.id);
    expect(repeated).to.deep.include({
      state: 'done',
      rows: ROWS,
      valid: ROWS,
      created: 0,
      duplicates: ROWS,
    });
    expect((await store.counts()).cases - before).to.equal(ROWS);
    expect(await countKeys(store.kv, ROW_KEYS_NAMESPACE)).to.equal(ROWS);
  });

  describe('a CSV file with deliberate errors', () => {
    let file: string;
    let expectedErrors: { row: number; column: string; rule: string }[];
    before(async () => {
      file = join(dir.path, 'errores.csv');
      await writeCsv(file, errorCsv().rows, { delimiter: ';' });
      expectedErrors = errorCsvRows().flatMap(({ expect: wanted }, i) =>
        wanted.map(([column, rule]) => ({ row: i + 2, column, rule })),
      );
    });

    const shape = (errors: ImportRowError[]) =>
      errors
        .map(({ row, column, rule }) => ({ row, column, rule }))
        .sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

    it('reports every error with its row and column in a dry run, and stores nothing', async () => {
      const before = (await store.counts()).cases;
      const job = await imports.receiveFile(file, { by: 'ana', dryRun: true });
      const report = await imports.runDryRun(job.id);
      const { goodRefs, badRows } = errorCsv();
      expect(report).to.deep.include({
        dryRun: true,
        state: 'done',
        rows: goodRefs.length + badRows,
        valid: goodRefs.length,
        invalid: badRows,
        created: 0,
        language: 'es',
      });
      expect(shape(report.errors)).to.deep.equal(
        expectedErrors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column)),
      );
      // Each error names its cell and says what is wrong in words.
      for (const error of report.errors) {
        expect(error.cell, JSON.stringify(error)).to.match(/^[A-Z]+\d+$/);
        expect(error.cell!.replace(/^[A-Z]+/, '')).to.equal(String(error.row));
        expect(error.message.length).to.be.above(5);
      }
      expect(report.errors.find((e) => e.rule === 'vocabulary' && e.row === 5)).to.deep.include({
        cell: 'K5',
        value: 'cocaína líquida',
        field: 'items[0].commodity',
      });
      expect((await store.counts()).cases).to.equal(before);
    });

    it('stores every good row once, Arabic and Cyrillic text intact, and a second upload adds nothing', async () => {
      const before = (await store.counts()).cases;
      const job = await imports.receiveFile(file, { by: 'ana', dryRun: false });
      const report = await imports.runImport(job.id);
      const { goodRefs, badRows } = errorCsv();
      expect(report).to.deep.include({ created: goodRefs.length, invalid: badRows, duplicates: 0 });
      expect(shape(report.errors)).to.have.length(expectedErrors.length);
      expect((await store.counts()).cases - before).to.equal(goodRefs.length);

      const stored = new Map<string, Awaited<ReturnType<RecordStore['getCase']>>>();
      for await (const [, value] of store.kv.iterate(ROW_KEYS_NAMESPACE)) {
        const entry = value as RowKeyEntry;
        if (entry.importId !== job.id) continue;
        const found = await store.getCase(entry.caseId as CaseId);
        stored.set(found!.ref!, found);
      }
      expect([...stored.keys()].sort()).to.deep.equal([...goodRefs].sort());
      expect(stored.get('GOOD-1')!.narrative).to.equal('ضبط الكوكايين في حقيبة مزدوجة القاع');
      expect(stored.get('GOOD-2')).to.deep.include({
        location: { type: 'airport', name: 'Аэропорт Шереметьево' },
      });
      expect(stored.get('GOOD-2')!.items[0]).to.deep.include({
        commodity: 'cocaine',
        quantity: 12.5,
        description: 'Белый порошок в банках из-под кофе',
      });
      expect(stored.get('GOOD-3')!.route).to.deep.equal({ origin: 'BR', transit: ['ET'] });
      expect(stored.get('GOOD-4')!.narrative).to.equal('Задержан курьер; груз — 12,5 кг');

      const again = await imports.receiveFile(file, { by: 'ben', dryRun: false });
      const repeated = await imports.runImport(again.id);
      expect(repeated).to.deep.include({ created: 0, duplicates: goodRefs.length, invalid: badRows });
      expect((await store.counts()).cases - before).to.equal(goodRefs.length);

      // The report spreadsheet, read by an independent reader, lists the same errors.
      const reportFile = join(dir.path, 'report.xlsx');
      const { createWriteStream } = await import('node:fs');
      const { finished } = await import('node:stream/promises');
      const out = createWriteStream(reportFile);
      await imports.writeReport(job.id, out);
      await finished(out);
      const sheet = await openpyxlSheet(reportFile);
      expect(sheet.rows[0]).to.deep.equal(['Row', 'Column', 'Cell', 'Field', 'Rule', 'Message', 'Value']);
      expect(
        sheet.rows
          .slice(1)
          .map(([row, column, , , rule]) => ({ row, column, rule }))
          .sort((a, b) => Number(a.row) - Number(b.row) || String(a.column).localeCompare(String(b.column))),
      ).to.deep.equal(shape(report.errors));

      // Both imports and the dry run are in the audit log, with what they counted.
      const entries = (await audit.list({ action: 'import' })).items;
      const mine = entries.filter((entry) => entry.target === job.id || entry.target === again.id);
      expect(mine.map((entry) => entry.details)).to.deep.include.members([
        {
          importId: job.id,
          count: goodRefs.length,
          dryRun: false,
          rows: goodRefs.length + badRows,
          invalid: badRows,
          duplicates: 0,
        },
        {
          importId: again.id,
          count: 0,
          dryRun: false,
          rows: goodRefs.length + badRows,
          invalid: badRows,
          duplicates: goodRefs.length,
        },
      ]);
    });
  });

  it('stores two identical rows of one file as two cases, and neither again from another file', async () => {
    const header = ['Case kind', 'Seizure date', 'Item 1 commodity', 'Item 1 quantity', 'Item 1 unit'];
    const row = ['seizure', '2025-05-05', 'heroin', '1', 'kg'];
    const twice = join(dir.path, 'twice.csv');
    await writeCsv(twice, [header, row, row]);
    const first = await imports.runImport(
      (await imports.receiveFile(twice, { by: 'ana', dryRun: false })).id,
    );
    expect(first).to.deep.include({ created: 2, duplicates: 0 });
    const once = join(dir.path, 'once.csv');
    // The same row, written differently: French headers, a label, spaces.
    await writeCsv(once, [
      [
        'Nature du dossier',
        'Date de saisie',
        'Article 1 marchandise',
        'Article 1 quantité',
        'Article 1 unité',
      ],
      ['Saisie', ' 2025-05-05 ', 'Héroïne', '1,0', 'KG'],
    ]);
    const second = await imports.runImport(
      (await imports.receiveFile(once, { by: 'ana', dryRun: false })).id,
    );
    expect(second).to.deep.include({ created: 0, duplicates: 1 });
  });

  it('refuses a header with more columns than a case list has', async () => {
    const narrow = new ImportService({
      kv: store.kv,
      store,
      dataDir: join(dir.path, 'node'),
      country: 'KE',
      limits: { maxColumns: 5 },
    });
    const file = join(dir.path, 'wide.csv');
    await writeCsv(file, [
      ['Case kind', 'Seizure date', 'Item 1 commodity', 'Item 1 unit', 'Item 1 quantity', 'Reference'],
      ['seizure', '2025-01-01', 'cocaine', 'kg', '1', 'WIDE-1'],
    ]);
    const job = await narrow.receiveFile(file, { by: 'ana', dryRun: false });
    const refused = await narrow.startImport(job.id).catch((err: unknown) => err);
    expect(refused).to.be.instanceOf(ImportLimitError).and.include({ limit: 'maxColumns' });
    expect(await narrow.get(job.id)).to.deep.include({ state: 'failed', created: 0 });
    await narrow.close();
  });

  it('refuses to import a file whose header names unknown columns, and says which', async () => {
    const file = join(dir.path, 'typo.csv');
    await writeCsv(file, [
      ['Case kind', 'Seizur date', 'Item 1 commodity'],
      ['seizure', '2025-01-01', 'cocaine'],
    ]);
    const job = await imports.receiveFile(file, { by: 'ana', dryRun: false });
    const refused = await imports.startImport(job.id).catch((err: unknown) => err);
    expect(refused).to.be.instanceOf(ValidationError);
    expect((refused as ValidationError).issues).to.deep.equal([
      {
        path: 'header.B1',
        rule: 'unknown-column',
        message:
          'Seizur date: "Seizur date" is not a column of the import templates: rename it as in a template (see the list of columns), or delete the column',
      },
    ]);
    expect(await imports.get(job.id)).to.deep.include({ state: 'failed', created: 0 });

    // A dry run still checks the rows, with the columns it knows.
    const dry = await imports.runDryRun((await imports.receiveFile(file, { by: 'ana', dryRun: true })).id);
    expect(dry.errors.map(({ row, rule }) => ({ row, rule }))).to.deep.equal([
      { row: 1, rule: 'unknown-column' },
      { row: 2, rule: 'required' },
    ]);
  });
});
