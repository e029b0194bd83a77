/**
 * The organiser's extraction: every report of an operation's thread as one row (sequence, when,
 * which administration, who, the free text, then one column per template field), to XLSX or CSV
 * for analysis. Vocabulary codes are written as labels in the requested language, quantities as
 * a number and a unit, routes as country codes joined by `>`; text is neutralised against formula
 * injection like every export (node/export/neutralise.ts).
 *
 * The rows are built in memory: a thread holds thousands of reports, not millions (a case export
 * streams; this does not need to).
 *
 * @example
 *   const { body, rows } = await extractReports(definition, service.reports(id, viewer), 'xlsx', 'fr');
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  OPERATION_CATALOGUE_FIELDS,
  type OperationDefinition,
  type OperationReportValue,
  type OperationThreadEntry,
} from '../../protocol/api.ts';
import { vocabularies, type Language } from '../../protocol/vocabulary/index.ts';
import { neutraliseText } from '../export/neutralise.ts';

export type ReportFormat = 'xlsx' | 'csv';
type Cell = string | number | undefined;

const BASE_COLUMNS = ['seq', 'relayedAt', 'at', 'administration', 'node', 'author', 'text'] as const;

function cellOf(type: string | undefined, value: OperationReportValue | undefined, lang: Language): Cell {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(' > ');
  if (typeof value === 'object') return `${value.value} ${vocabularies.unit.label(value.unit, lang)}`;
  const vocabulary =
    type !== undefined && Object.hasOwn(OPERATION_CATALOGUE_FIELDS, type)
      ? OPERATION_CATALOGUE_FIELDS[type as keyof typeof OPERATION_CATALOGUE_FIELDS]
      : null;
  return neutraliseText(
    vocabulary && vocabulary !== 'country' ? vocabularies[vocabulary].label(value, lang) : value,
  );
}

/** The reports of `pages` as a file in `format`; the columns follow the template, then any older keys. */
export async function extractReports(
  definition: OperationDefinition,
  pages: AsyncIterable<readonly OperationThreadEntry[]>,
  format: ReportFormat,
  lang: Language = 'en',
): Promise<{ body: Buffer; rows: number }> {
  const entries: OperationThreadEntry[] = [];
  for await (const page of pages) entries.push(...page);
  const fields = new Map(definition.template.fields.map((f) => [f.key, f]));
  const keys = [...fields.keys()];
  for (const entry of entries)
    for (const key of Object.keys(entry.report ?? {})) if (!keys.includes(key)) keys.push(key);
  const names = new Map(definition.members.map((m) => [m.nodeId, m.name ?? m.nodeId]));
  names.set(definition.organiser.nodeId, definition.organiser.name ?? definition.organiser.nodeId);
  const header = [...BASE_COLUMNS, ...keys.map((key) => fields.get(key)?.label ?? key)];
  const rows: Cell[][] = entries.map((entry) => [
    entry.seq,
    entry.relayedAt,
    entry.at,
    neutraliseText(names.get(entry.from) ?? entry.from),
    entry.from,
    neutraliseText(entry.author ?? ''),
    entry.text === undefined ? undefined : neutraliseText(entry.text),
    ...keys.map((key) => cellOf(fields.get(key)?.type, entry.report?.[key], lang)),
  ]);
  if (format === 'csv') {
    const text = stringify([header, ...rows.map((r) => r.map((c) => c ?? ''))], {
      bom: true,
      record_delimiter: 'windows',
    });
    return { body: Buffer.from(text, 'utf8'), rows: rows.length };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CEN node';
  const sheet = workbook.addWorksheet('Reports', {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ar' }],
  });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((c) => c ?? null));
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), rows: rows.length };
}
