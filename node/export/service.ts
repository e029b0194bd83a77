/**
 * Exports as the API and the CLI run them: the request checked once (`parseExportQuery`), the
 * cases written to a stream with progress, and every export recorded in the audit log, whether
 * it went through or not.
 *
 * @example
 *   const { filters, lang } = parseExportQuery(ctx.query);
 *   await exportCases({ store, audit }, { actor: 'ana' }, { format: 'csv', filters, lang }, response);
 *
 *   await using db = await buildAnalystExport({ store, audit }, { actor: 'ana' }, { filters, lang, nominal: false });
 *   await db.sendTo(response);
 */
import { access, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { z } from 'zod';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { LANGUAGES, type Language } from '../../protocol/vocabulary/index.ts';
import { caseSearchQuery } from '../api/params.ts';
import { toValidationIssues } from '../api/validate.ts';
import { ValidationError } from '../errors.ts';
import type { RecordStoreApi } from '../store/types.ts';
import { buildAnalystDatabase, zipAnalystDatabase, type AnalystDatabaseSummary } from './analyst-db.ts';
import { recordExport, type AuditSink } from './audit.ts';
import {
  casePages,
  writeCases,
  type CaseExportFormat,
  type CaseFilters,
  type CaseWriteResult,
} from './cases.ts';

export interface ExportDeps {
  store: Pick<RecordStoreApi, 'searchCases' | 'getPerson' | 'getBusiness' | 'counts'>;
  audit: AuditSink;
}

/** Who takes the export, as the audit log records it. */
export interface Requester {
  actor: string;
  ip?: string;
}

export interface ExportQuery {
  filters: CaseFilters;
  lang: Language;
}

const language = z.enum(LANGUAGES).default('en');

/**
 * The search parameters of `GET /cases` (without `cursor` and `limit`: an export holds every
 * case the search finds) and `lang`, the language of headers and labels (default `en`).
 */
export function parseExportQuery(raw: Readonly<Record<string, unknown>>): ExportQuery {
  const rest: Record<string, unknown> = { ...raw };
  const lang = rest.lang;
  delete rest.lang;
  const issues: ValidationIssue[] = [];
  for (const name of ['cursor', 'limit'] as const) {
    if (name in rest) {
      issues.push({
        path: name,
        rule: 'unknown-field',
        message: `an export holds every case the search finds: it takes no ${name}`,
      });
      delete rest[name];
    }
  }
  const parsedLang = language.safeParse(lang);
  if (!parsedLang.success)
    issues.push(...toValidationIssues(parsedLang.error, 'parameter').map((i) => ({ ...i, path: 'lang' })));
  const filters = caseSearchQuery.safeParse(rest);
  if (!filters.success) issues.push(...toValidationIssues(filters.error, 'query parameter'));
  if (issues.length > 0 || !filters.success || !parsedLang.success) throw new ValidationError(issues);
  return { filters: filters.data, lang: parsedLang.data };
}

export interface CaseExportRequest extends ExportQuery {
  format: CaseExportFormat;
  /** Rows per XLSX sheet, the header included (Excel's limit by default). */
  sheetRowLimit?: number;
  /** Cases written and the most there can be (the store's count; exact without filters). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Writes the cases a search finds to `out`, ends it, and records the export in the audit log. */
export async function exportCases(
  deps: ExportDeps,
  who: Requester,
  request: CaseExportRequest,
  out: Writable,
): Promise<CaseWriteResult> {
  const total = (await deps.store.counts()).cases;
  let rows = 0;
  const audit = (count: number, outcome: 'ok' | 'failed') =>
    recordExport(deps.audit, {
      ...who,
      format: request.format,
      filters: request.filters,
      lang: request.lang,
      count,
      outcome,
    });
  try {
    request.onProgress?.(0, total);
    const result = await writeCases(casePages(deps.store, request.filters), out, {
      format: request.format,
      lang: request.lang,
      ...(request.sheetRowLimit === undefined ? {} : { sheetRowLimit: request.sheetRowLimit }),
      ...(request.signal ? { signal: request.signal } : {}),
      onRows: (done) => {
        rows = done;
        request.onProgress?.(done, Math.max(total, done));
      },
    });
    request.onProgress?.(result.rows, result.rows);
    await audit(result.rows, 'ok');
    return result;
  } catch (err) {
    await audit(rows, 'failed');
    throw err;
  }
}

export interface AnalystExportRequest extends ExportQuery {
  /** Include persons and businesses: only for a user who holds `nominal:read`. */
  nominal: boolean;
  /** Where the scratch directory goes (default the system's temp directory). */
  tempDir?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A built analyst database, waiting in its scratch directory to be sent once. */
export interface AnalystExport extends AsyncDisposable {
  summary: AnalystDatabaseSummary;
  /** Streams the zip into `out` (and ends it), records the export, removes the directory. */
  sendTo(out: Writable): Promise<void>;
  /** Removes the directory without sending (idempotent). */
  discard(): Promise<void>;
}

/**
 * Builds the analyst database in a new scratch directory (mode 0700: it may hold nominal data)
 * and keeps it there until it is sent or discarded. A failed build leaves nothing behind and is
 * recorded in the audit log.
 */
export async function buildAnalystExport(
  deps: ExportDeps,
  who: Requester,
  request: AnalystExportRequest,
): Promise<AnalystExport> {
  const dir = await mkdtemp(join(request.tempDir ?? tmpdir(), 'cen-analyst-db-'));
  let removed: Promise<void> | undefined;
  const discard = () => (removed ??= rm(dir, { recursive: true, force: true }));
  const audit = (
    count: number,
    outcome: 'ok' | 'failed',
    nominal: { persons: number; businesses: number } | false,
  ) =>
    recordExport(deps.audit, {
      ...who,
      format: 'analyst-db',
      filters: request.filters,
      lang: request.lang,
      count,
      outcome,
      nominal,
    });
  let summary: AnalystDatabaseSummary;
  let cases = 0;
  try {
    const total = (await deps.store.counts()).cases;
    request.onProgress?.(0, total);
    summary = await buildAnalystDatabase(deps.store, dir, {
      filters: request.filters,
      lang: request.lang,
      nominal: request.nominal,
      ...(request.signal ? { signal: request.signal } : {}),
      onCases: (done) => {
        cases = done;
        request.onProgress?.(done, Math.max(total, done));
      },
    });
    request.onProgress?.(summary.cases, summary.cases);
  } catch (err) {
    await discard();
    await audit(cases, 'failed', false);
    throw err;
  }
  const nominal = summary.nominal ? { persons: summary.persons, businesses: summary.businesses } : false;
  return {
    summary,
    async sendTo(out: Writable) {
      try {
        await zipAnalystDatabase(dir, summary, out);
        await audit(summary.cases, 'ok', nominal);
      } catch (err) {
        await audit(summary.cases, 'failed', nominal);
        throw err;
      } finally {
        await discard();
      }
    },
    discard,
    [Symbol.asyncDispose]: discard,
  };
}

const existsIssue = (path: string): ValidationIssue => ({
  path: 'out',
  rule: 'exists',
  message: `${path} exists already: an export never overwrites a file`,
});

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Runs `write` on a new file at `path` (absolute; created with mode 0600, never overwritten) and
 * waits until the file is closed. A failed export removes its partial file.
 */
export async function exportToFile<R>(path: string, write: (out: Writable) => Promise<R>): Promise<R> {
  if (!isAbsolute(path))
    throw new ValidationError([{ path: 'out', rule: 'absolute', message: 'out must be an absolute path' }]);
  const handle = await open(path, 'wx', 0o600).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
    throw new ValidationError([existsIssue(path)]);
  });
  const out = handle.createWriteStream();
  try {
    const result = await write(out);
    await finished(out);
    return result;
  } catch (err) {
    out.destroy();
    await rm(path, { force: true });
    throw err;
  }
}

export const EXPORT_FILE_FORMATS = ['xlsx', 'csv', 'analyst-db'] as const;
export type ExportFileFormat = (typeof EXPORT_FILE_FORMATS)[number];

export interface ExportFileRequest {
  format: ExportFileFormat;
  /** Absolute; created with mode 0600, never overwritten. */
  out: string;
  /** The search parameters and `lang`, unchecked (as `parseExportQuery` takes them). */
  query: Readonly<Record<string, unknown>>;
  /** The analyst database only: include persons and businesses. */
  nominal?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportFileResult {
  format: ExportFileFormat;
  out: string;
  cases: number;
  /** XLSX: how many sheets the rows took. */
  sheets?: number;
  /** The analyst database: persons and businesses it holds (0 without `nominal`). */
  persons?: number;
  businesses?: number;
}

/** `cen-node export`: an export written to a file by the process that holds the store. */
export async function exportFile(
  deps: ExportDeps,
  who: Requester,
  request: ExportFileRequest,
): Promise<ExportFileResult> {
  const { filters, lang } = parseExportQuery(request.query);
  const progress = request.onProgress ? { onProgress: request.onProgress } : {};
  if (request.format !== 'analyst-db') {
    const format = request.format;
    const result = await exportToFile(request.out, (out) =>
      exportCases(deps, who, { format, filters, lang, ...progress }, out),
    );
    return {
      format,
      out: request.out,
      cases: result.rows,
      ...(format === 'xlsx' ? { sheets: result.sheets } : {}),
    };
  }
  // Checked before the database is built: a refused path should not cost a whole build.
  if (!isAbsolute(request.out))
    throw new ValidationError([{ path: 'out', rule: 'absolute', message: 'out must be an absolute path' }]);
  if (await exists(request.out)) throw new ValidationError([existsIssue(request.out)]);
  await using built = await buildAnalystExport(deps, who, {
    filters,
    lang,
    nominal: request.nominal ?? false,
    ...progress,
  });
  await exportToFile(request.out, (out) => built.sendTo(out));
  return {
    format: 'analyst-db',
    out: request.out,
    cases: built.summary.cases,
    persons: built.summary.persons,
    businesses: built.summary.businesses,
  };
}
