/**
 * From spreadsheet rows to case inputs and back. `HeaderMap.read` recognises the header row
 * (any of the six languages, see protocol/import-columns.ts); `rowToCase` turns one row into the
 * JSON a client would send (codes resolved from labels, numbers and dates read from text or
 * cells, numbered columns gathered into items, transit countries and offenders); `RowLocator`
 * turns a validation issue's field path back into the column, cell and header the officer sees.
 * `caseToCells` goes the other way, for templates, tests and benchmarks.
 *
 * @example
 *   const { header, problems } = HeaderMap.read(firstRow);
 *   const { input, issues, locator } = rowToCase(row, header);
 *   locator.locate('items[0].quantity'); // { column: 'Item 1 quantity', cell: 'AG7', field: … }
 */
import {
  columnHeader,
  columnPath,
  foldText,
  headerLanguage,
  IMPORT_COLUMNS,
  IMPORT_GROUPS,
  matchHeader,
  type HeaderMatch,
  type ImportColumn,
  type ImportGroup,
} from '../../protocol/import-columns.ts';
import type { ImportRowError } from '../../protocol/api.ts';
import type { CaseInput } from '../../protocol/records.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { vocabularies, type Language, type VocabularyName } from '../../protocol/vocabulary/index.ts';
import { QUOTED_VALUE_CHARS } from './constants.ts';
import type { SheetRow } from './sources.ts';

/** A recognised column of the file. */
export interface MappedColumn {
  /** 0 for column A. */
  index: number;
  /** The header as the file writes it. */
  header: string;
  match: HeaderMatch;
}

/** `A`, `B`, … `Z`, `AA` for 0, 1, … 25, 26. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's value as text or number, whatever exceljs or csv-parse made of it. */
export function cellValue(raw: unknown): string | number | boolean | Date | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const value = raw as {
      richText?: { text?: unknown }[];
      result?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (Array.isArray(value.richText))
      return cellValue(value.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join(''));
    if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result);
    if ('text' in value) return cellValue(value.text);
    if (typeof value.error === 'string') return value.error;
  }
  return undefined;
}

const isBlankCell = (raw: unknown) => cellValue(raw) === undefined;
export const isBlankRow = (row: SheetRow): boolean => row.cells.every(isBlankCell);

/** The header row, read once per file. */
export class HeaderMap {
  readonly columns: readonly MappedColumn[];
  readonly row: number;
  /** The language most headers are written in: the one missing columns are named in. */
  readonly language: Language;
  readonly #byPath: ReadonlyMap<string, MappedColumn>;

  private constructor(columns: MappedColumn[], row: number, language: Language) {
    this.columns = columns;
    this.row = row;
    this.language = language;
    this.#byPath = new Map(
      columns.map((mapped) => [columnPath(mapped.match.column, mapped.match.n), mapped]),
    );
  }

  /** Recognises a header row; what it cannot use is reported as problems on that row. */
  static read(row: SheetRow): { header: HeaderMap; problems: ImportRowError[] } {
    const problems: ImportRowError[] = [];
    const columns: MappedColumn[] = [];
    const seen = new Map<string, MappedColumn>();
    const texts: string[] = [];
    row.cells.forEach((raw, index) => {
      const value = cellValue(raw);
      if (value === undefined) return;
      const header = (value instanceof Date ? value.toISOString() : String(value)).trim();
      texts.push(header);
      const match = matchHeader(header);
      const cell = `${columnLetter(index)}${row.number}`;
      if (!match) {
        problems.push({
          row: row.number,
          column: header,
          cell,
          field: '',
          rule: 'unknown-column',
          message: `"${header.slice(0, QUOTED_VALUE_CHARS)}" is not a column of the import templates: rename it as in a template (see the list of columns), or delete the column`,
        });
        return;
      }
      const path = columnPath(match.column, match.n);
      const earlier = seen.get(path);
      if (earlier) {
        problems.push({
          row: row.number,
          column: header,
          cell,
          field: path,
          rule: 'duplicate-column',
          message: `names the same field as column ${columnLetter(earlier.index)} ("${earlier.header}"): keep one of them`,
        });
        return;
      }
      const mapped = { index, header, match };
      seen.set(path, mapped);
      columns.push(mapped);
    });
    if (columns.length === 0) {
      problems.push({
        row: row.number,
        column: '',
        field: '',
        rule: 'no-header',
        message:
          'the first row names none of the import columns: start the file with the header row of a template',
      });
    }
    return { header: new HeaderMap(columns, row.number, headerLanguage(texts)), problems };
  }

  /** The file's column for a field path (`items[0].commodity`), if it has one. */
  columnFor(path: string): MappedColumn | undefined {
    return this.#byPath.get(path);
  }
}

// ---------------------------------------------------------------------------------------------
// Values

const DATE_TEXT = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;

/** A date cell as YYYY-MM-DD: exceljs reads date cells as midnight UTC. */
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** `12.5`, `12,5`, `1,250.5`, `1 250,5` (spaces, also no-break ones, as thousands separators). */
export function parseNumberText(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  let normal: string;
  if (/^[-+]?\d+(?:,\d+)?$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(compact)) normal = compact.replace(/,/g, '');
  else if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(compact))
    normal = compact.replace(/\./g, '').replace(',', '.');
  else normal = compact;
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** Folded label (and folded code) → code, per vocabulary; labels shared by two codes are left out. */
const labelIndexes = new Map<VocabularyName, Map<string, string | null>>();

function labelIndex(name: VocabularyName): Map<string, string | null> {
  let index = labelIndexes.get(name);
  if (index) return index;
  index = new Map();
  const vocabulary = vocabularies[name];
  for (const term of vocabulary.terms) {
    for (const text of [term.code, ...Object.values(term.labels)]) {
      const key = foldText(text);
      if (key === '') continue;
      const known = index.get(key);
      index.set(key, known === undefined || known === term.code ? term.code : null);
    }
  }
  labelIndexes.set(name, index);
  return index;
}

/** A code of the vocabulary for what a cell holds (the code in any case, or a label), else the text. */
export function resolveCode(name: VocabularyName, text: string): string {
  const vocabulary = vocabularies[name];
  const trimmed = text.trim();
  for (const code of [trimmed, trimmed.toLowerCase(), trimmed.toUpperCase()])
    if (vocabulary.get(code) !== undefined) return code;
  return labelIndex(name).get(foldText(trimmed)) ?? trimmed;
}

const asText = (value: string | number | boolean | Date): string =>
  value instanceof Date ? isoDate(value) : typeof value === 'string' ? value : String(value);

const splitList = (text: string): string[] =>
  text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * The field value of one cell for `column`. Whatever cannot be read as the column's kind goes
 * through as written, so that the validator names the rule it breaks (`date`, `vocabulary`, …).
 */
export function fieldValue(column: ImportColumn, raw: unknown): unknown {
  const value = cellValue(raw);
  if (value === undefined) return undefined;
  switch (column.type) {
    case 'text':
      // A spreadsheet turns an HS code typed as 060290 into the number 60290; HS codes have an
      // even number of digits, so the lost leading zero is put back.
      if (column.path === 'items[#].hsCode' && typeof value === 'number' && Number.isInteger(value)) {
        const digits = String(value);
        return digits.length % 2 === 1 ? `0${digits}` : digits;
      }
      return asText(value);
    case 'date':
      if (value instanceof Date) return isoDate(value);
      if (typeof value === 'string') return DATE_TEXT.exec(value.trim())?.[1] ?? value;
      return value;
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string') return parseNumberText(value) ?? value;
      return asText(value);
    case 'code':
      return column.vocabulary ? resolveCode(column.vocabulary, asText(value)) : asText(value);
    case 'codes':
      return splitList(asText(value)).map((part) =>
        column.vocabulary ? resolveCode(column.vocabulary, part) : part,
      );
    case 'list':
      return splitList(asText(value));
  }
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Where each field of one row came from, to name the column of a validation issue. */
export class RowLocator {
  readonly #row: number;
  readonly #header: HeaderMap;
  /** Field path in the built input → the file's column. */
  readonly #columns = new Map<string, MappedColumn>();
  /** The numbered entry (1-based, as in the headers) behind each index of a built list. */
  readonly #numbers: Record<ImportGroup, number[]> = { item: [], transit: [], offender: [] };
  readonly #raw = new Map<MappedColumn, unknown>();

  constructor(row: number, header: HeaderMap) {
    this.#row = row;
    this.#header = header;
  }

  /** Records that the field at `path` came from `column` (holding `raw`). */
  note(path: string, column: MappedColumn, raw: unknown): void {
    this.#columns.set(path, column);
    this.#raw.set(column, raw);
  }

  numberEntries(group: ImportGroup, numbers: number[]): void {
    this.#numbers[group] = numbers;
  }

  /**
   * The column, cell and quoted value for a field path of the built input: the file's column
   * (also when its cell is blank), or, for a column the file lacks, the template's header in the
   * file's language. A whole object or list (`items`, `route`) is named by its first mandatory
   * column, or its first.
   */
  locate(path: string): Pick<ImportRowError, 'column' | 'cell' | 'value'> {
    const exact = this.#columns.get(path);
    if (exact) return this.#describe(exact);
    const named = this.#templateColumn(path);
    if (!named) return { column: '' };
    const present = this.#header.columnFor(columnPath(named.column, named.n));
    if (present) return this.#describe(present);
    return { column: columnHeader(named.column, named.n, this.#header.language) };
  }

  #describe(mapped: MappedColumn): Pick<ImportRowError, 'column' | 'cell' | 'value'> {
    const raw = cellValue(this.#raw.get(mapped));
    const quoted = raw === undefined ? undefined : asText(raw).slice(0, QUOTED_VALUE_CHARS);
    return {
      column: mapped.header,
      cell: `${columnLetter(mapped.index)}${this.#row}`,
      ...(quoted === undefined ? {} : { value: quoted }),
    };
  }

  /** The dictionary column (and entry number) for a field path, walking up to its parents. */
  #templateColumn(path: string): HeaderMatch | undefined {
    for (let candidate = path; ;) {
      const indexed = /^(items|route\.transit|offenders)\[(\d+)\]/.exec(candidate);
      const group = indexed
        ? (Object.entries(IMPORT_GROUPS).find(([, g]) => g.path === indexed[1])?.[0] as
            ImportGroup | undefined)
        : undefined;
      const generic = candidate.replace(/\[\d+\]/, '[#]');
      const inside = IMPORT_COLUMNS.filter(
        (c) => c.path.startsWith(`${generic}.`) || c.path.startsWith(`${generic}[`),
      );
      const column =
        IMPORT_COLUMNS.find((c) => c.path === generic) ?? inside.find((c) => c.mandatory) ?? inside[0];
      if (column) {
        const k = indexed ? Number(indexed[2]) : 0;
        const n = group ? (this.#numbers[group][k] ?? k + 1) : 1;
        return { column, n };
      }
      const parent = candidate.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
      if (parent === candidate || parent === '') return undefined;
      candidate = parent;
    }
  }
}

type Json = Record<string, unknown>;

/** One row as a case input, with the issues the column dictionary adds (mandatory columns). */
export interface RowCase {
  input: Json;
  /** `required` for a mandatory column left blank (the validator adds its own rules). */
  issues: ValidationIssue[];
}

const objectAt = (target: Json, key: string): Json => {
  const existing = target[key];
  if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) return existing as Json;
  const created: Json = {};
  target[key] = created;
  return created;
};

/** Sets `a.b` or `a` on an object (the non-numbered paths of the dictionary are at most two deep). */
function setPath(target: Json, path: string, value: unknown): void {
  const dot = path.indexOf('.');
  if (dot < 0) target[path] = value;
  else objectAt(target, path.slice(0, dot))[path.slice(dot + 1)] = value;
}

const MANDATORY = IMPORT_COLUMNS.filter((column) => column.mandatory);
const DEFAULTS = IMPORT_COLUMNS.filter(
  (column) => column.default !== undefined && column.group === undefined,
);
const GROUPS = Object.keys(IMPORT_GROUPS) as ImportGroup[];

/** The field of a numbered column inside its entry: `commodity` of `items[#].commodity`, '' for transit. */
const fieldInEntry = (column: ImportColumn): string => column.path.slice(column.path.indexOf('#]') + 3);

/**
 * One row as the JSON a client would send. Pass a `locator` to learn where each field came from
 * (only needed to report issues, so the valid rows of a large file do not pay for it).
 */
export function rowToCase(row: SheetRow, header: HeaderMap, locator?: RowLocator): RowCase {
  const input: Json = {};
  let entries: Partial<Record<ImportGroup, Map<number, Json>>> | undefined;
  for (const mapped of header.columns) {
    const raw = row.cells[mapped.index];
    if (raw === undefined || raw === null || raw === '') continue;
    const { column, n } = mapped.match;
    const value = fieldValue(column, raw);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (column.group === undefined) {
      setPath(input, column.path, value);
      locator?.note(column.path, mapped, raw);
      continue;
    }
    entries ??= {};
    const group = (entries[column.group] ??= new Map<number, Json>());
    let entry = group.get(n);
    if (!entry) group.set(n, (entry = {}));
    entry[fieldInEntry(column)] = value;
  }

  // Numbered entries become lists in their numbers' order, skipping blank ones.
  if (entries) {
    for (const group of GROUPS) {
      const byNumber = entries[group];
      if (!byNumber) continue;
      const numbers = [...byNumber.keys()].sort((a, b) => a - b);
      const list = numbers.map((n) => byNumber.get(n)!);
      if (group === 'item') {
        for (const item of list) {
          // The commodity says its area: a family template need not repeat it on every row.
          if (item.itrArea === undefined && typeof item.commodity === 'string') {
            const area = vocabularies.commodity.get(item.commodity)?.itrArea;
            if (area !== undefined) item.itrArea = area;
          }
        }
      }
      const listPath = IMPORT_GROUPS[group].path;
      setPath(input, listPath, group === 'transit' ? list.map((entry) => entry['']) : list);
      if (locator) {
        locator.numberEntries(group, numbers);
        for (const mapped of header.columns) {
          if (mapped.match.column.group !== group) continue;
          const k = numbers.indexOf(mapped.match.n);
          if (k < 0) continue;
          const field = fieldInEntry(mapped.match.column);
          locator.note(
            field === '' ? `${listPath}[${k}]` : `${listPath}[${k}].${field}`,
            mapped,
            row.cells[mapped.index],
          );
        }
      }
    }
  }

  // No item at all is reported once, as the first item's missing commodity (below).
  input.items ??= [];
  for (const column of DEFAULTS)
    if (!hasPath(input, column.path)) setPath(input, column.path, column.default);
  let issues: ValidationIssue[] | undefined;
  for (const column of MANDATORY) {
    const path = columnPath(column, 1);
    if (column.group === 'item') {
      const items = input.items as Json[] | undefined;
      if (items?.[0]?.commodity === undefined)
        (issues ??= []).push({
          path,
          rule: 'required',
          message: 'is required: every row needs at least one item with its commodity',
        });
    } else if (!hasPath(input, path))
      (issues ??= []).push({ path, rule: 'required', message: 'is required' });
  }
  return { input, issues: issues ?? [] };
}

/** Where each field of `row` came from, for its issues. */
export function locateRow(row: SheetRow, header: HeaderMap): RowLocator {
  const locator = new RowLocator(row.number, header);
  rowToCase(row, header, locator);
  return locator;
}

function hasPath(input: Json, path: string): boolean {
  const dot = path.indexOf('.');
  if (dot < 0) return input[path] !== undefined;
  const parent = input[path.slice(0, dot)];
  return typeof parent === 'object' && parent !== null && (parent as Json)[path.slice(dot + 1)] !== undefined;
}

/**
 * Issues that only follow from another one of the same row: an item whose commodity is not
 * known has no ITR area to infer, and saying so twice would send the officer to a column the
 * file may not even have.
 */
export function withoutConsequences(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const commodityRefused = new Set(
    issues.filter((issue) => /^items\[\d+\]\.commodity$/.test(issue.path)).map((issue) => issue.path),
  );
  return issues.filter((issue) => {
    const area = /^(items\[\d+\])\.itrArea$/.exec(issue.path);
    return !(area && issue.rule === 'required' && commodityRefused.has(`${area[1]}.commodity`));
  });
}

/** Issues as report entries of `row`: one per (field, rule), each with its column. */
export function rowErrors(
  row: number,
  issues: readonly ValidationIssue[],
  locator: RowLocator,
): ImportRowError[] {
  const seen = new Set<string>();
  const errors: ImportRowError[] = [];
  for (const issue of withoutConsequences(issues)) {
    const key = `${issue.path}\u0000${issue.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({
      row,
      ...locator.locate(issue.path),
      field: issue.path,
      rule: issue.rule,
      message: issue.message,
    });
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Cases to rows

/** The value at a field path of a case input (`items[1].unit`, `route.transit[0]`). */
function valueAt(input: unknown, path: string): unknown {
  let value: unknown = input;
  for (const segment of path.split(/\.|(?=\[)/)) {
    if (value === undefined || value === null) return undefined;
    const index = /^\[(\d+)\]$/.exec(segment);
    value = index ? (value as unknown[])[Number(index[1])] : (value as Json)[segment];
  }
  return value;
}

/**
 * The template columns, with enough numbered entries for every item, transit country and
 * offender of `inputs`.
 */
export function columnsFor(inputs: Iterable<CaseInput>, base: readonly HeaderMatch[]): HeaderMatch[] {
  const needed: Record<ImportGroup, number> = { item: 0, transit: 0, offender: 0 };
  for (const input of inputs) {
    needed.item = Math.max(needed.item, input.items.length);
    needed.transit = Math.max(needed.transit, input.route?.transit?.length ?? 0);
    needed.offender = Math.max(needed.offender, input.offenders?.length ?? 0);
  }
  const columns: HeaderMatch[] = [];
  const done = new Set<ImportGroup>();
  for (const { column } of base) {
    if (column.group === undefined) {
      columns.push({ column, n: 1 });
      continue;
    }
    if (done.has(column.group)) continue;
    done.add(column.group);
    const members = [...new Set(base.filter((m) => m.column.group === column.group).map((m) => m.column))];
    const count = Math.max(needed[column.group], base.filter((m) => m.column === column).length);
    for (let n = 1; n <= count; n++) for (const member of members) columns.push({ column: member, n });
  }
  return columns;
}

/** The cells of one row for a case input, in `columns`' order (codes as codes, lists joined). */
export function caseToCells(
  input: CaseInput,
  columns: readonly HeaderMatch[],
): (string | number | undefined)[] {
  return columns.map(({ column, n }) => {
    const value = valueAt(input, columnPath(column, n));
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value.join('; ');
    if (typeof value === 'number' || typeof value === 'string') return value;
    return typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  });
}
