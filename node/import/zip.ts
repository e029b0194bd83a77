/**
 * The package side of an XLSX upload, read before any XML is: the central directory (entry count
 * capped), and the parts the importer needs (workbook, shared strings, styles, first sheet)
 * inflated once with a byte budget, so that a zip bomb stops at the budget whatever sizes it
 * declares; the first sheet's rows are counted on the way. Reading them again later
 * (`partChunks`) never goes past what was measured.
 *
 * Parts are found through the central directory, as the format says, and read at the offsets it
 * gives: no local entry the directory does not list is ever inflated.
 *
 * @example
 *   const layout = await inspectXlsx('/data/imports/x/upload', IMPORT_LIMITS);
 *   layout.rows; // <row> elements of the first sheet, header included
 *   for await (const chunk of partChunks(path, layout.parts.find((p) => p.name === layout.sheet)!)) …
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ImportLimits } from './constants.ts';
import { ImportFileError, ImportLimitError } from './errors.ts';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

/** One part of the package, as the central directory describes it. */
export interface XlsxPart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Bit 11: the name is UTF-8. */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** Measured by inflating it, not as declared. */
  size: number;
  /** Where its compressed bytes start in the file. */
  dataOffset: number;
}

export interface XlsxLayout {
  format: 'xlsx';
  /** The parts the importer reads: workbook, shared strings and styles when present, the first sheet. */
  parts: XlsxPart[];
  /** The first sheet's part name, e.g. `xl/worksheets/sheet1.xml`. */
  sheet: string;
  /** `<row>` elements in the first sheet (the header row included). */
  rows: number;
}

interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw damaged('a part of the package lies beyond the end of the file');
  return buffer;
}

const damaged = (why: string) =>
  new ImportFileError(
    `the workbook is damaged (${why}): open it in the spreadsheet program and save it again as .xlsx`,
  );

async function readDirectory(handle: FileHandle, fileSize: number, limits: ImportLimits) {
  const tailLength = Math.min(fileSize, EOCD_SEARCH);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      at = i;
      break;
    }
  }
  if (at < 0) throw damaged('no end of central directory');
  const count = tail.readUInt16LE(at + 10);
  const directorySize = tail.readUInt32LE(at + 12);
  const directoryOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportFileError(
      'the workbook is stored as ZIP64, which only files of several gigabytes need: save it again as .xlsx',
    );
  }
  if (count > limits.maxZipEntries) {
    throw new ImportLimitError(
      'maxZipEntries',
      `the workbook holds ${count} parts, more than the ${limits.maxZipEntries} a spreadsheet has: it is not a normal .xlsx file (or a zip bomb); save the data again as .xlsx from the spreadsheet program`,
    );
  }
  if (directoryOffset + directorySize > fileSize) throw damaged('the central directory is cut short');
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries: DirectoryEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw damaged('a central directory entry is broken');
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    const entry: DirectoryEntry = {
      name,
      method: directory.readUInt16LE(p + 10),
      flags,
      crc32: directory.readUInt32LE(p + 16),
      compressedSize: directory.readUInt32LE(p + 20),
      declaredSize: directory.readUInt32LE(p + 24),
      localOffset: directory.readUInt32LE(p + 42),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.declaredSize === 0xffffffff ||
      entry.localOffset === 0xffffffff
    )
      throw new ImportFileError('the workbook is stored as ZIP64: save it again as .xlsx');
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directoryOffset };
}

/** One part's inflated bytes, streamed, stopping with `tooLarge()` past `budget` bytes. */
async function* inflatedChunks(
  path: string,
  part: Omit<XlsxPart, 'size'>,
  budget: number,
  tooLarge: () => Error,
): AsyncGenerator<Buffer> {
  const raw =
    part.compressedSize === 0
      ? Readable.from([])
      : createReadStream(path, { start: part.dataOffset, end: part.dataOffset + part.compressedSize - 1 });
  const stream = part.method === 8 ? raw.pipe(createInflateRaw()) : raw.pipe(new PassThrough());
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > budget) throw tooLarge();
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ImportLimitError || err instanceof ImportFileError) throw err;
    throw damaged(`${part.name} does not inflate`);
  } finally {
    raw.destroy();
    stream.destroy();
  }
}

/** Inflates one part within `budget` bytes, handing each chunk to `onChunk`; resolves to its size. */
async function inflatePart(
  path: string,
  part: Omit<XlsxPart, 'size'>,
  budget: number,
  tooLarge: () => Error,
  onChunk?: (chunk: Buffer) => void,
): Promise<number> {
  let size = 0;
  for await (const chunk of inflatedChunks(path, part, budget, tooLarge)) {
    size += chunk.length;
    onChunk?.(chunk);
  }
  return size;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** `<row` elements (any namespace prefix), across chunk boundaries. */
function rowCounter() {
  let carry = '';
  let rows = 0;
  const pattern = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
  return {
    push(chunk: Buffer) {
      const text = carry + chunk.toString('latin1');
      rows += text.match(pattern)?.length ?? 0;
      // Keep a tail that could hold the start of a tag cut by the chunk boundary.
      const cut = text.lastIndexOf('<');
      carry = cut >= 0 && text.length - cut < 64 ? text.slice(cut) : '';
      if (carry !== '') rows -= carry.match(pattern)?.length ?? 0;
    },
    get rows() {
      return rows + (carry.match(pattern)?.length ?? 0);
    },
  };
}

/**
 * Reads the package's directory and inflates the parts the importer needs (counting the first
 * sheet's rows on the way), within the limits. Throws `ImportLimitError` or `ImportFileError`.
 */
export async function inspectXlsx(path: string, limits: ImportLimits): Promise<XlsxLayout> {
  const handle = await open(path, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const { entries, directoryOffset } = await readDirectory(handle, fileSize, limits);
    const byName = new Map(entries.map((entry) => [entry.name, entry]));

    const locate = async (entry: DirectoryEntry): Promise<Omit<XlsxPart, 'size'>> => {
      if (entry.flags & 0x1) {
        throw new ImportFileError(
          'the workbook is password-protected: remove the password (or save a copy without it) and upload that',
        );
      }
      if (entry.method !== 0 && entry.method !== 8)
        throw damaged(`${entry.name} uses compression method ${entry.method}`);
      const local = await readAt(handle, entry.localOffset, 30);
      if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw damaged(`${entry.name} has no local header`);
      const dataOffset = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (dataOffset + entry.compressedSize > directoryOffset)
        throw damaged(`${entry.name} overlaps the directory`);
      return {
        name: entry.name,
        method: entry.method,
        flags: entry.flags,
        crc32: entry.crc32,
        compressedSize: entry.compressedSize,
        dataOffset,
      };
    };

    let spent = 0;
    const budgetError = () =>
      new ImportLimitError(
        'maxUncompressedBytes',
        `the workbook inflates to more than ${MB(limits.maxUncompressedBytes)}: it is too large to import in one file, or it is a zip bomb; split the rows into several files`,
      );
    const readWhole = async (name: string, budget: number, tooLarge: () => Error) => {
      const entry = byName.get(name);
      if (!entry) return undefined;
      const part = await locate(entry);
      const chunks: Buffer[] = [];
      const size = await inflatePart(path, part, budget, tooLarge, (chunk) => chunks.push(chunk));
      spent += size;
      return { part: { ...part, size }, text: Buffer.concat(chunks).toString('utf8') };
    };

    const notWorkbook = () =>
      new ImportFileError(
        'the file is a zip archive but not an Excel workbook: upload an .xlsx file or a CSV file',
        415,
      );
    const small = 16 * 1024 * 1024;
    const smallError = () => damaged('a workbook part is implausibly large');
    const workbook = await readWhole('xl/workbook.xml', small, smallError);
    const rels = await readWhole('xl/_rels/workbook.xml.rels', small, smallError);
    if (!workbook || !rels) throw notWorkbook();

    // The first sheet in tab order, found through its relationship.
    const firstSheet = /<(?:[\w.-]+:)?sheet\s[^>]*>/.exec(workbook.text)?.[0];
    const relId = firstSheet === undefined ? undefined : /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(firstSheet)?.[1];
    const relation = [...rels.text.matchAll(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g)]
      .map((match) => match[0])
      .find((tag) => attribute(tag, 'Id') === relId);
    const target = relation === undefined ? undefined : attribute(relation, 'Target');
    if (target === undefined) throw new ImportFileError('the workbook has no sheet to read');
    const sheetName = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    if (!byName.has(sheetName)) throw damaged('its first sheet is missing');

    const sharedStrings = await readWhole(
      'xl/sharedStrings.xml',
      limits.maxSharedStringsBytes,
      () =>
        new ImportLimitError(
          'maxSharedStringsBytes',
          `the workbook's text inflates to more than ${MB(limits.maxSharedStringsBytes)}: split the rows into several files`,
        ),
    );
    const styles = await readWhole('xl/styles.xml', small, smallError);
    if (spent > limits.maxUncompressedBytes) throw budgetError();

    const sheetPart = await locate(byName.get(sheetName)!);
    const counter = rowCounter();
    const sheetSize = await inflatePart(
      path,
      sheetPart,
      limits.maxUncompressedBytes - spent,
      budgetError,
      (chunk) => counter.push(chunk),
    );
    const parts = [workbook.part];
    if (sharedStrings) parts.push(sharedStrings.part);
    if (styles) parts.push(styles.part);
    parts.push({ ...sheetPart, size: sheetSize });
    return { format: 'xlsx', parts, sheet: sheetName, rows: counter.rows };
  } finally {
    await handle.close();
  }
}

/** The inflated bytes of a measured part, streamed, never more than it measured. */
export function partChunks(path: string, part: XlsxPart): AsyncGenerator<Buffer> {
  return inflatedChunks(path, part, part.size, () => damaged(`${part.name} changed since it was checked`));
}

/** A small measured part (workbook, styles, shared strings) as text. */
export async function partText(path: string, part: XlsxPart): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of partChunks(path, part)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
