/**
 * A reader of the three SpreadsheetML parts an import needs: the shared strings, the date
 * styles, and the rows of a sheet, streamed. It reads only the cells (`<row>`, `<c>` with its
 * `<v>`, `<is>` or shared string) and nothing of the rest of the format, which is why it is a few
 * regular expressions over the inflated text rather than a general XML parser: several times
 * faster than exceljs's reader on a large sheet, with the same values (the tests hold the two to
 * the same rows), and no document type or external entity is ever processed.
 *
 * @example
 *   const parser = new SheetParser({ sharedStrings, dateStyles, date1904: false });
 *   for (const text of chunks) for (const row of parser.push(text)) console.log(row.number, row.cells);
 */
import type { SheetRow } from './sources.ts';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML character references and Excel's `_xHHHH_` escapes (control characters in text). */
export function decodeXmlText(text: string): string {
  let decoded = text;
  if (decoded.includes('&')) {
    decoded = decoded.replace(
      /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g,
      (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
        const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
        if (code === undefined) return NAMED_ENTITIES[name!] ?? whole;
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      },
    );
  }
  if (decoded.includes('_x')) {
    decoded = decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return decoded;
}

/** The text of a `<si>` or `<is>` element: its `<t>` runs, without phonetic guides (`<rPh>`). */
function runText(inner: string, prefix: string): string {
  const withoutPhonetics = inner.includes('rPh')
    ? inner.replace(new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, 'g'), '')
    : inner;
  let text = '';
  const runs = new RegExp(`<${prefix}t(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}t>`, 'g');
  for (let match = runs.exec(withoutPhonetics); match; match = runs.exec(withoutPhonetics)) text += match[1];
  return decodeXmlText(text);
}

/** The namespace prefix the part's elements use (`x:` in some generators, usually none). */
function prefixOf(xml: string, root: string): string {
  return new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>]`).exec(xml)?.[1] ?? '';
}

/** `xl/sharedStrings.xml` as the list of its strings. */
export function parseSharedStrings(xml: string): string[] {
  const prefix = prefixOf(xml, 'sst');
  const strings: string[] = [];
  const items = new RegExp(`<${prefix}si(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${prefix}si>)`, 'g');
  for (let match = items.exec(xml); match; match = items.exec(xml))
    strings.push(runText(match[1] ?? '', prefix));
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format code that shows a date: a d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** The cell styles (indexes into `cellXfs`) of `xl/styles.xml` whose number format is a date. */
export function parseDateStyles(xml: string): Set<number> {
  const prefix = prefixOf(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const formats = new RegExp(`<${prefix}numFmt\\s[^>]*>`, 'g');
  for (let match = formats.exec(xml); match; match = formats.exec(xml)) {
    const id = /\snumFmtId="(\d+)"/.exec(match[0])?.[1];
    const code = /\sformatCode="([^"]*)"/.exec(match[0])?.[1];
    if (id !== undefined && code !== undefined) custom.set(Number(id), decodeXmlText(code));
  }
  const dates = new Set<number>();
  const cellXfs =
    new RegExp(`<${prefix}cellXfs\\b[^>]*>([\\s\\S]*?)</${prefix}cellXfs>`).exec(xml)?.[1] ?? '';
  const xfs = new RegExp(`<${prefix}xf\\b[^>]*>`, 'g');
  let index = 0;
  for (let match = xfs.exec(cellXfs); match; match = xfs.exec(cellXfs), index++) {
    const id = Number(/\snumFmtId="(\d+)"/.exec(match[0])?.[1] ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id)) dates.add(index);
  }
  return dates;
}

/** Whether `xl/workbook.xml` counts dates from 1904 (old Mac workbooks). */
export const usesDate1904 = (workbookXml: string): boolean =>
  /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904="(?:1|true)"/.test(workbookXml);

const DAY_MS = 86_400_000;
/** Serial day 0 of each date system; 1899-12-30 absorbs Excel's phantom 1900-02-29 for real dates. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round(((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS) / 1000) * 1000);
}

/** Column index (0 for A) of a cell reference such as `AB12`; -1 when it has no letters. */
function columnIndex(ref: string): number {
  let index = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) index = index * 26 + (code - 64);
    else if (code >= 97 && code <= 122) index = index * 26 + (code - 96);
    else break;
  }
  return i === 0 ? -1 : index - 1;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/**
 * Turns the sheet's XML, pushed in chunks of text, into rows. A row is emitted once its closing
 * tag has arrived, so memory holds one row at a time, however large the sheet.
 */
export class SheetParser {
  readonly #context: SheetContext;
  #buffer = '';
  #prefix: string | undefined;
  #rowEnd = '</row>';
  #rowStart = /<row\b/g;
  #cell = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  #value = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
  #inline = /<is>([\s\S]*?)<\/is>/;
  #lastRow = 0;

  constructor(context: SheetContext) {
    this.#context = context;
  }

  push(text: string): SheetRow[] {
    this.#buffer += text;
    if (this.#prefix === undefined) {
      const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(this.#buffer);
      if (!root) return [];
      this.#setPrefix(root[1] ?? '');
    }
    return this.#rows(false);
  }

  end(): SheetRow[] {
    return this.#rows(true);
  }

  #setPrefix(prefix: string): void {
    this.#prefix = prefix;
    this.#rowEnd = `</${prefix}row>`;
    this.#rowStart = new RegExp(`<${prefix}row\\b`, 'g');
    this.#cell = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, 'g');
    this.#value = new RegExp(`<${prefix}v(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}v>`);
    this.#inline = new RegExp(`<${prefix}is>([\\s\\S]*?)</${prefix}is>`);
  }

  #rows(final: boolean): SheetRow[] {
    const rows: SheetRow[] = [];
    let from = 0;
    for (;;) {
      this.#rowStart.lastIndex = from;
      const start = this.#rowStart.exec(this.#buffer);
      if (!start) {
        // Nothing row-like left: keep only a tail that could be the start of one.
        from = Math.max(from, this.#buffer.length - 64);
        break;
      }
      const openEnd = this.#buffer.indexOf('>', start.index);
      if (openEnd < 0) {
        from = start.index;
        break;
      }
      const open = this.#buffer.slice(start.index, openEnd + 1);
      if (open.endsWith('/>')) {
        // An empty row (formatting only): it still takes its number.
        this.#lastRow = this.#rowNumber(open);
        from = openEnd + 1;
        continue;
      }
      const close = this.#buffer.indexOf(this.#rowEnd, openEnd);
      if (close < 0) {
        from = start.index;
        break;
      }
      rows.push(this.#row(open, this.#buffer.slice(openEnd + 1, close)));
      from = close + this.#rowEnd.length;
    }
    this.#buffer = final ? '' : this.#buffer.slice(from);
    return rows;
  }

  #rowNumber(open: string): number {
    const r = /\sr="(\d+)"/.exec(open)?.[1];
    return r === undefined ? this.#lastRow + 1 : Number(r);
  }

  #row(open: string, inner: string): SheetRow {
    const number = this.#rowNumber(open);
    this.#lastRow = number;
    const cells: unknown[] = [];
    let column = -1;
    const cellPattern = this.#cell;
    cellPattern.lastIndex = 0;
    for (let match = cellPattern.exec(inner); match; match = cellPattern.exec(inner)) {
      const attributes = match[1]!;
      const ref = /\sr="([^"]*)"/.exec(attributes)?.[1];
      const at = ref === undefined ? -1 : columnIndex(ref);
      column = at >= 0 ? at : column + 1;
      const value = this.#cellValue(attributes, match[2]);
      if (value !== undefined) cells[column] = value;
    }
    return { number, cells };
  }

  #cellValue(attributes: string, inner: string | undefined): unknown {
    if (inner === undefined || inner === '') return undefined;
    const type = /\st="([^"]*)"/.exec(attributes)?.[1] ?? 'n';
    if (type === 'inlineStr') {
      const inline = this.#inline.exec(inner)?.[1];
      return inline === undefined ? undefined : runText(inline, this.#prefix ?? '');
    }
    const raw = this.#value.exec(inner)?.[1];
    if (raw === undefined) return undefined;
    switch (type) {
      case 's':
        return this.#context.sharedStrings[Number(raw)];
      case 'str':
      case 'e':
        return decodeXmlText(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'd': {
        const date = new Date(decodeXmlText(raw).trim());
        return Number.isNaN(date.getTime()) ? decodeXmlText(raw) : date;
      }
      default: {
        const number = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(number)) return decodeXmlText(raw);
        const style = /\ss="(\d+)"/.exec(attributes)?.[1];
        if (style !== undefined && this.#context.dateStyles.has(Number(style)))
          return serialToDate(number, this.#context.date1904);
        return number;
      }
    }
  }
}
