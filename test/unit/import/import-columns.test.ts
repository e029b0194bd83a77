import { expect } from 'chai';
import {
  columnHeader,
  columnPath,
  foldText,
  headerLanguage,
  IMPORT_COLUMNS,
  IMPORT_GROUPS,
  IMPORT_TEMPLATES,
  matchHeader,
  templateColumns,
} from '../../../protocol/import-columns.ts';
import { VALIDATION_LIMITS } from '../../../protocol/validation.ts';
import { LANGUAGES, vocabularies } from '../../../protocol/vocabulary/index.ts';

const pathOf = (header: string) => {
  const match = matchHeader(header);
  return match ? columnPath(match.column, match.n) : undefined;
};

describe('import column dictionary', () => {
  it('recognises every header of every column in each of the six languages', () => {
    for (const column of IMPORT_COLUMNS) {
      for (const lang of LANGUAGES) {
        const header = columnHeader(column, 2, lang);
        expect(pathOf(header), `${lang}: ${header}`).to.equal(columnPath(column, column.group ? 2 : 1));
      }
    }
  });

  it('ignores case, accents, punctuation and spacing, and takes field names too', () => {
    expect(pathOf('DATE DE SAISIE')).to.equal('seizureDate');
    expect(pathOf('fecha de incautacion')).to.equal('seizureDate');
    expect(pathOf('  Seizure-Date ')).to.equal('seizureDate');
    expect(pathOf('seizureDate')).to.equal('seizureDate');
    expect(pathOf('ДАТА ИЗЪЯТИЯ')).to.equal('seizureDate');
    expect(pathOf('route.origin')).to.equal('route.origin');
    expect(pathOf('Type d’infraction'.replace('Type', 'Types'))).to.equal('offenceTypes');
    expect(pathOf("types d'infraction")).to.equal('offenceTypes');
  });

  it('reads the number of a numbered column, in Western or Arabic-Indic digits', () => {
    expect(pathOf('Item 1 commodity')).to.equal('items[0].commodity');
    expect(pathOf('item12commodity')).to.equal('items[11].commodity');
    expect(pathOf('Artículo 3 cantidad')).to.equal('items[2].quantity');
    expect(pathOf('البند ٣ السلعة')).to.equal('items[2].commodity');
    expect(pathOf('Pays de transit 4')).to.equal('route.transit[3]');
    expect(pathOf('Нарушитель 2 пол')).to.equal('offenders[1].gender');
  });

  it('refuses unknown headers, missing or impossible numbers, and numbers on plain columns', () => {
    expect(matchHeader('Seizure')).to.equal(undefined);
    expect(matchHeader('Item commodity')).to.equal(undefined);
    expect(matchHeader('Item 0 commodity')).to.equal(undefined);
    expect(matchHeader(`Item ${VALIDATION_LIMITS.items + 1} commodity`)).to.equal(undefined);
    expect(matchHeader('Seizure date 2')).to.equal(undefined);
  });

  it('numbers no more entries than validation allows', () => {
    expect(IMPORT_GROUPS.item.max).to.equal(VALIDATION_LIMITS.items);
    expect(IMPORT_GROUPS.transit.max).to.equal(VALIDATION_LIMITS.transit);
    expect(IMPORT_GROUPS.offender.max).to.equal(VALIDATION_LIMITS.offenders);
  });

  it('gives every coded column a vocabulary and makes the mandatory ones the case’s essentials', () => {
    for (const column of IMPORT_COLUMNS) {
      if (column.type === 'code' || column.type === 'codes')
        expect(column.vocabulary, column.path).to.be.oneOf(Object.keys(vocabularies));
      if (column.default !== undefined)
        expect(vocabularies[column.vocabulary!].has(column.default)).to.equal(true);
    }
    expect(IMPORT_COLUMNS.filter((c) => c.mandatory).map((c) => c.path)).to.deep.equal([
      'kind',
      'seizureDate',
      'items[#].commodity',
    ]);
  });

  it('finds the language a header row is written in', () => {
    expect(headerLanguage(['Date de saisie', 'Nature du dossier', 'Latitude'])).to.equal('fr');
    expect(headerLanguage(['تاريخ الضبط', 'نوع القضية'])).to.equal('ar');
    expect(headerLanguage(['nothing known'])).to.equal('en');
  });

  it('offers a generic template and one per ITR area, with the family’s own columns', () => {
    expect(IMPORT_TEMPLATES.slice(1)).to.deep.equal(vocabularies.itrArea.codes);
    const generic = templateColumns('generic').map(({ column, n }) => columnPath(column, n));
    const environment = templateColumns('environment').map(({ column, n }) => columnPath(column, n));
    const drugs = templateColumns('drugs').map(({ column, n }) => columnPath(column, n));
    expect(generic).to.include.members([
      'items[2].citesSpecies',
      'items[2].brand',
      'route.transit[2]',
      'offenders[1].role',
    ]);
    expect(environment).to.include('items[0].citesSpecies').and.not.include('items[0].brand');
    expect(drugs).to.not.include('items[0].citesSpecies');
    // Item 1's columns come together, then item 2's.
    expect(generic.indexOf('items[0].citesSpecies')).to.be.below(generic.indexOf('items[1].itrArea'));
    expect(new Set(generic).size).to.equal(generic.length);
  });

  it('folds text the same way for Arabic, Cyrillic and Latin', () => {
    expect(foldText('Cocaïne')).to.equal('cocaine');
    expect(foldText('ЁЛКА')).to.equal('елка');
    expect(foldText('الكوكايين')).to.equal(foldText('الكوكايين'.replace('ي', 'ى')));
  });
});
