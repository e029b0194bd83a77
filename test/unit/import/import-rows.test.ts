import { expect } from 'chai';
import { validateCaseInput } from '../../../protocol/validation.ts';
import { HeaderMap, rowToCase } from '../../../node/import/index.ts';
import {
  caseToCells,
  columnLetter,
  locateRow,
  parseNumberText,
  rowErrors,
} from '../../../node/import/rows.ts';
import type { SheetRow } from '../../../node/import/sources.ts';
import { templateColumns } from '../../../protocol/import-columns.ts';
import { syntheticInputs } from '../../helpers/import-fixtures.ts';

const row = (number: number, cells: unknown[]): SheetRow => ({ number, cells });
const header = (cells: string[]) => HeaderMap.read(row(1, cells));
const CONTEXT = { country: 'KE', today: '2026-11-02' };

describe('import rows', () => {
  it('reads a row written with French headers, labels in other languages and decimal commas', () => {
    const { header: map, problems } = header([
      'Nature du dossier',
      'Date de saisie',
      'Pays d’origine',
      'Pays de transit 2',
      'Pays de transit 1',
      'Article 2 marchandise',
      'Article 2 quantité',
      'Article 2 unité',
      'Contrevenant 1 sexe',
      'Types d’infraction',
      'Étiquettes',
      'Statut',
    ]);
    expect(problems).to.deep.equal([]);
    expect(map.language).to.equal('fr');
    const { input, issues } = rowToCase(
      row(2, [
        'Saisie',
        new Date(Date.UTC(2026, 0, 15)),
        'Brasil',
        'QA',
        'Éthiopie',
        'Кокаин',
        '1 250,5',
        'KILOGRAMMES (KG)',
        'أنثى',
        'contrebande; Misdeclaration',
        'op-sahel, courier',
        '',
      ]),
      map,
    );
    expect(issues).to.deep.equal([]);
    const result = validateCaseInput(input, CONTEXT);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect(input).to.deep.include({
      kind: 'seizure',
      seizureDate: '2026-01-15',
      form: 'simplified',
      status: 'draft',
      route: { origin: 'BR', transit: ['ET', 'QA'] },
      items: [{ commodity: 'cocaine', itrArea: 'drugs', quantity: 1250.5, unit: 'kg' }],
      offenders: [{ gender: 'female' }],
      offenceTypes: ['smuggling', 'misdeclaration'],
      tags: ['op-sahel', 'courier'],
    });
  });

  it('reports a header it does not know, or two headers for the same field, on row 1', () => {
    const { header: map, problems } = header([
      'Case kind',
      'Seizur date',
      'Nature du dossier',
      '',
      'Seizure date',
    ]);
    expect(problems.map(({ row: r, cell, column, rule }) => ({ r, cell, column, rule }))).to.deep.equal([
      { r: 1, cell: 'B1', column: 'Seizur date', rule: 'unknown-column' },
      { r: 1, cell: 'C1', column: 'Nature du dossier', rule: 'duplicate-column' },
    ]);
    expect(map.columns.map((c) => c.header)).to.deep.equal(['Case kind', 'Seizure date']);
    expect(HeaderMap.read(row(1, ['nothing', 'known'])).problems.map((p) => p.rule)).to.include('no-header');
  });

  it('names the column, cell and value of each issue, and the template header of a missing column', () => {
    const { header: map } = header([
      'Tipo de caso',
      'Fecha de incautación',
      'Artículo 1 mercancía',
      'Artículo 1 cantidad',
      'Estado',
    ]);
    const sheetRow = row(7, ['seizure', '2026-02-30', 'cocaine', 'doce', 'validated']);
    const { input, issues } = rowToCase(sheetRow, map);
    const result = validateCaseInput(input, CONTEXT);
    expect(result.ok).to.equal(false);
    const errors = rowErrors(7, [...issues, ...(result.ok ? [] : result.issues)], locateRow(sheetRow, map));
    const byField = Object.fromEntries(errors.map((e) => [`${e.field} ${e.rule}`, e]));
    expect(byField['seizureDate date']).to.deep.include({
      row: 7,
      column: 'Fecha de incautación',
      cell: 'B7',
      value: '2026-02-30',
    });
    expect(byField['items[0].quantity type']).to.deep.include({
      column: 'Artículo 1 cantidad',
      cell: 'D7',
      value: 'doce',
    });
    // A validated case needs a location type: the file has no such column, so the template's
    // Spanish header names it.
    expect(byField['location.type validated-requires']).to.deep.include({ column: 'Tipo de lugar' });
    expect(byField['location.type validated-requires']!.cell).to.equal(undefined);
  });

  it('reports a row without any item once, on the first commodity', () => {
    const { header: map } = header(['Case kind', 'Seizure date', 'Item 1 commodity', 'Item 1 quantity']);
    const sheetRow = row(3, ['seizure', '2026-01-01', '', '']);
    const { input, issues } = rowToCase(sheetRow, map);
    const result = validateCaseInput(input, CONTEXT);
    const errors = rowErrors(3, [...issues, ...(result.ok ? [] : result.issues)], locateRow(sheetRow, map));
    expect(errors.map(({ column, cell, rule }) => ({ column, cell, rule }))).to.deep.equal([
      { column: 'Item 1 commodity', cell: 'C3', rule: 'required' },
    ]);
  });

  it('numbers entries by their columns, so item 3 of a row without item 2 is still named item 3', () => {
    const { header: map } = header([
      'Case kind',
      'Seizure date',
      'Item 1 commodity',
      'Item 3 commodity',
      'Item 3 unit',
    ]);
    const sheetRow = row(4, ['seizure', '2026-01-01', 'cocaine', 'heroin', 'barrels']);
    const { input } = rowToCase(sheetRow, map);
    expect((input.items as unknown[]).length).to.equal(2);
    const result = validateCaseInput(input, CONTEXT);
    const errors = rowErrors(4, result.ok ? [] : result.issues, locateRow(sheetRow, map));
    expect(errors.map(({ field, column, cell }) => ({ field, column, cell }))).to.deep.equal([
      { field: 'items[1].unit', column: 'Item 3 unit', cell: 'E4' },
    ]);
  });

  it('turns synthetic cases into rows and back into the same cases', () => {
    const inputs = syntheticInputs(300, 11);
    const columns = templateColumns('generic');
    const { header: map } = header(
      columns.map(({ column, n }) => column.headers.ru.replace('{n}', String(n))),
    );
    for (const input of inputs.filter(
      (i) => i.items.length <= 3 && (i.route?.transit?.length ?? 0) <= 3 && (i.offenders?.length ?? 0) <= 2,
    )) {
      const rebuilt = rowToCase(row(2, caseToCells(input, columns)), map).input;
      // A spreadsheet cell cannot tell an empty list from a missing one.
      const withoutEmptyLists = Object.fromEntries(
        Object.entries(input).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
      );
      const original = validateCaseInput(
        { ...withoutEmptyLists, items: input.items },
        { country: 'KE', today: '2099-01-01' },
      );
      const again = validateCaseInput(rebuilt, { country: 'KE', today: '2099-01-01' });
      expect(again.ok && original.ok && again.value).to.deep.equal(original.ok && original.value);
    }
  });

  it('puts back the leading zero a spreadsheet takes from an HS code typed as a number', () => {
    const { header: map } = header(['Case kind', 'Seizure date', 'Item 1 commodity', 'Item 1 HS code']);
    const { input } = rowToCase(row(2, ['seizure', '2026-01-01', 'cannabis-plants', 60290]), map);
    expect((input.items as { hsCode?: string }[])[0]!.hsCode).to.equal('060290');
    const result = validateCaseInput(input, CONTEXT);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });

  it('reads numbers as people write them', () => {
    expect(parseNumberText('12.5')).to.equal(12.5);
    expect(parseNumberText('12,5')).to.equal(12.5);
    expect(parseNumberText('1,250.75')).to.equal(1250.75);
    expect(parseNumberText('1.250,75')).to.equal(1250.75);
    expect(parseNumberText('1 250')).to.equal(1250);
    expect(parseNumberText('-3')).to.equal(-3);
    expect(parseNumberText('doce')).to.equal(undefined);
    expect(parseNumberText('12 kg')).to.equal(undefined);
    expect(parseNumberText('1,2,3')).to.equal(undefined);
  });

  it('spells column letters as spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).to.deep.equal([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
