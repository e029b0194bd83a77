/**
 * `ImportService`: bulk upload of cases from CSV and XLSX files, as dry runs and as imports.
 *
 * An upload is stored in the data directory and checked against the limits first (`receive…`);
 * then a job reads it row by row: each row becomes a case input, is validated by the same rules
 * as every other write (protocol/validation.ts), and every refusal is reported with its row,
 * column and rule. An import hands the valid rows to `store.createCases` a batch at a time,
 * reading and checking the next batch while the store writes the previous one.
 *
 * Invariants:
 * - a row is stored whole or not at all: its case, its revision, its indexes and its row key are
 *   in one LevelDB batch (see `jobs.ts` for row keys);
 * - a row whose key exists is never stored again: re-uploading a file adds nothing, and a job
 *   that stopped (kill -9, shutdown, disk full) is simply run again from its stored upload, which
 *   stores exactly the rows that are still missing (`resumeUnfinished`, at start or on command);
 * - one import writes at a time (dry runs write nothing and run beside it), so two uploads of
 *   the same file cannot both find a row missing.
 *
 * @example
 *   const job = await imports.receiveFile('/tmp/seizures.xlsx', { by: 'ana', dryRun: false });
 *   const report = await imports.runImport(job.id, { onProgress: (done, total) => bar.update(done, total) });
 *   report.created; // rows stored now
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ImportJobSummary, ImportReport, ImportRowError } from '../../protocol/api.ts';
import type { CaseInput } from '../../protocol/records.ts';
import { validateCaseInput } from '../../protocol/validation.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import type { AuditLog } from '../audit/index.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import type { Actor, RecordStoreApi } from '../store/types.ts';
import { newRecordId } from '../store/uuid.ts';
import {
  IMPORT_BATCH_SIZE,
  IMPORT_LIMITS,
  JOB_LIST_LIMIT,
  REPORT_ERRORS_IN_JSON,
  type ImportLimits,
} from './constants.ts';
import { ImportFileError, ImportLimitError, ImportStoppedError } from './errors.ts';
import {
  ERRORS_FILE,
  errorLines,
  IMPORTS_DIRECTORY,
  JOBS_NAMESPACE,
  readErrorLines,
  ROW_KEYS_NAMESPACE,
  RowKeys,
  summaryOf,
  UPLOAD_FILE,
  type RowKeyEntry,
  type StoredJob,
} from './jobs.ts';
import { writeReportXlsx } from './report.ts';
import { HeaderMap, isBlankRow, locateRow, rowErrors, rowToCase } from './rows.ts';
import { fileTooLarge, inspectUpload, readRows, type SheetRow } from './sources.ts';

export interface ImportServiceOptions {
  kv: KvStore;
  store: RecordStoreApi;
  /** The node's data directory: uploads live in `<dataDir>/imports/<id>/`. */
  dataDir: string;
  /** The node's own country (every imported case's reporting country). */
  country: string;
  audit?: AuditLog;
  clock?: () => Date;
  limits?: Partial<ImportLimits>;
  batchSize?: number;
  log?: Logger;
}

export interface ReceiveOptions {
  /** Who uploads: the revisions and the audit log name them. */
  by: string;
  dryRun: boolean;
  /** The name the file had for the user (shown in lists and reports). */
  fileName?: string;
}

export interface RunOptions {
  /** Rows read so far of the rows in the file, after each stored batch. */
  onProgress?: (done: number, total: number) => void;
}

/** A valid row waiting for its batch. */
interface PendingRow {
  row: number;
  key: string;
  value: CaseInput;
  /** The row as read, to name the columns of an issue only the store finds. */
  source: SheetRow;
  header: HeaderMap;
}

/** The header of a file refused for an import, as validation issues of the request. */
function headerIssues(problems: readonly ImportRowError[]): ValidationIssue[] {
  return problems.map((problem) => ({
    path: `header${problem.cell ? `.${problem.cell}` : ''}`,
    rule: problem.rule,
    message: problem.column ? `${problem.column}: ${problem.message}` : problem.message,
  }));
}

/** A file name fit for lists and reports: no directories, no control characters, not too long. */
function cleanFileName(name: string | undefined): string {
  const cleaned = basename(name ?? '')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return (cleaned || 'upload').slice(0, 200);
}

export class ImportService implements AsyncDisposable {
  readonly limits: Readonly<ImportLimits>;
  readonly #kv: KvStore;
  readonly #store: RecordStoreApi;
  readonly #dataDir: string;
  readonly #country: string;
  readonly #audit: AuditLog | undefined;
  readonly #clock: () => Date;
  readonly #batchSize: number;
  readonly #log: Logger | undefined;
  /** Jobs being read now, by id: `get` shows their live counts. */
  readonly #live = new Map<string, StoredJob>();
  /** Imports run one after the other (see the class comment). */
  #writing: Promise<unknown> = Promise.resolve();
  /** Imports queued or running, by id: a second request for one joins it. */
  readonly #imports = new Map<string, Promise<ImportReport>>();
  /** Who follows each job's progress besides the caller that started it. */
  readonly #followers = new Map<string, Set<(done: number, total: number) => void>>();
  /** Every run in progress, so that `close` can wait for them. */
  readonly #runs = new Set<Promise<unknown>>();
  #stopping = false;
  /** Jobs received before this are left over by an earlier process. */
  readonly #startedAt: string;

  constructor(options: ImportServiceOptions) {
    this.#kv = options.kv;
    this.#store = options.store;
    this.#dataDir = options.dataDir;
    this.#country = options.country;
    this.#audit = options.audit;
    this.#clock = options.clock ?? (() => new Date());
    this.limits = { ...IMPORT_LIMITS, ...options.limits };
    this.#batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
    this.#log = options.log;
    this.#startedAt = this.#now();
  }

  // -------------------------------------------------------------------------------------------
  // Uploads

  /** Stores an upload given as a stream (the API's multipart part) and checks it. */
  async receiveStream(stream: Readable, options: ReceiveOptions): Promise<ImportJobSummary> {
    const id = newRecordId();
    const dir = this.#dirOf(id);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    try {
      const { bytes, sha256 } = await this.#save(stream, join(dir, UPLOAD_FILE));
      return await this.#register(id, options, bytes, sha256);
    } catch (err) {
      stream.resume();
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  }

  /** Stores a copy of a file on this machine (the CLI's `import FILE`) and checks it. */
  async receiveFile(path: string, options: ReceiveOptions): Promise<ImportJobSummary> {
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new ImportFileError(`${path} is not a file`);
      size = info.size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ImportFileError(`there is no file ${path}`);
      throw err;
    }
    if (size > this.limits.maxFileBytes) throw fileTooLarge(size, this.limits);
    return this.receiveStream(createReadStream(path), {
      ...options,
      fileName: options.fileName ?? basename(path),
    });
  }

  async #save(stream: Readable, path: string): Promise<{ bytes: number; sha256: string }> {
    const out = await open(path, 'w', 0o600);
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > this.limits.maxFileBytes) throw fileTooLarge(bytes, this.limits);
        hash.update(chunk);
        await out.write(chunk);
      }
      // busboy cuts a part at its size limit and marks it truncated.
      if ((stream as Readable & { truncated?: boolean }).truncated === true)
        throw fileTooLarge(this.limits.maxFileBytes + 1, this.limits);
      // The upload is all a resumed job has: it is on disk before the job says it exists.
      await out.sync();
    } finally {
      await out.close();
    }
    return { bytes, sha256: hash.digest('hex') };
  }

  async #register(
    id: string,
    options: ReceiveOptions,
    bytes: number,
    sha256: string,
  ): Promise<ImportJobSummary> {
    const layout = await inspectUpload(join(this.#dirOf(id), UPLOAD_FILE), this.limits);
    const at = this.#now();
    const job: StoredJob = {
      id,
      fileName: cleanFileName(options.fileName),
      format: layout.format,
      bytes,
      dryRun: options.dryRun,
      state: 'received',
      startedBy: options.by,
      createdAt: at,
      updatedAt: at,
      done: 0,
      total: Math.max(0, layout.rows - 1),
      rows: 0,
      valid: 0,
      invalid: 0,
      duplicates: 0,
      created: 0,
      errorCount: 0,
      layout,
      sha256,
    };
    await this.#kv.batch([{ type: 'put', ns: JOBS_NAMESPACE, key: id, value: job }]);
    return summaryOf(job);
  }

  // -------------------------------------------------------------------------------------------
  // Jobs

  /** A dry run of a received upload: every row checked, nothing stored. */
  async runDryRun(id: string, options: RunOptions = {}): Promise<ImportReport> {
    const job = await this.#job(id);
    if (!job.dryRun) throw new ImportFileError('this upload was received for an import, not a dry run');
    return this.#track(this.#process(job, false, options));
  }

  /**
   * Checks the header of a received upload for an import, so that a request can be refused at
   * once (400, each header problem named), then leaves the import running in the background.
   */
  async startImport(id: string): Promise<ImportJobSummary> {
    const job = await this.#job(id);
    if (job.dryRun) throw new ImportFileError('this upload was received for a dry run, not an import');
    let problems: ImportRowError[];
    try {
      problems = await this.#headerProblems(job);
    } catch (err) {
      if (err instanceof ImportLimitError || err instanceof ImportFileError)
        await this.#fail(job, err.message, []);
      throw err;
    }
    if (problems.length > 0) {
      await this.#fail(job, 'the header names columns the importer does not know', problems);
      throw new ValidationError(headerIssues(problems));
    }
    this.runImport(id).catch((err: unknown) => {
      if (!(err instanceof ImportStoppedError)) this.#log?.warn({ err, importId: id }, 'import stopped');
    });
    return summaryOf(job);
  }

  /**
   * Runs an import to its end (after any import running now) and reports on it; for an import
   * already queued or running, waits for that one (following its progress).
   */
  runImport(id: string, options: RunOptions = {}): Promise<ImportReport> {
    const follow = options.onProgress;
    if (follow) {
      const followers = this.#followers.get(id) ?? new Set();
      followers.add(follow);
      this.#followers.set(id, followers);
    }
    const unfollow = () => {
      if (follow) this.#followers.get(id)?.delete(follow);
    };
    const known = this.#imports.get(id);
    if (known) return known.finally(unfollow);
    const run = this.#writing.then(async () => {
      const job = await this.#job(id);
      if (job.state === 'done' || job.state === 'failed') return this.#report(job);
      return this.#process(job, true, {});
    });
    this.#writing = run.catch(() => undefined);
    this.#imports.set(id, run);
    const settle = () => {
      this.#imports.delete(id);
      this.#followers.delete(id);
    };
    run.then(settle, settle);
    return this.#track(run).finally(unfollow);
  }

  /**
   * Runs every import that did not finish (the node stopped or crashed during it) to its end:
   * rows stored before the stop are found by their keys and not stored again. Dry runs that
   * did not finish are closed as failed (they wrote nothing; the user runs them again).
   */
  async resumeUnfinished(options: RunOptions = {}): Promise<ImportReport[]> {
    const reports: ImportReport[] = [];
    for (const job of await this.#jobs()) {
      if (job.state !== 'received' && job.state !== 'running') continue;
      if (job.dryRun) {
        // Left over by a process that stopped: it wrote nothing, the user runs it again.
        if (!this.#live.has(job.id) && job.createdAt < this.#startedAt)
          await this.#fail(job, 'the dry run was interrupted: run it again', []);
        continue;
      }
      this.#log?.info({ importId: job.id, done: job.done, total: job.total }, 'resuming import');
      try {
        reports.push(await this.runImport(job.id, options));
      } catch (err) {
        // Shutting down: the rest waits for the next start.
        if (err instanceof ImportStoppedError) break;
        throw err;
      }
    }
    return reports;
  }

  /** A job with its first errors; undefined when there is none with this id. */
  async get(id: string): Promise<ImportReport | undefined> {
    const live = this.#live.get(id);
    if (live) return this.#report(live);
    const job = (await this.#kv.get(JOBS_NAMESPACE, id)) as StoredJob | undefined;
    return job ? this.#report(job) : undefined;
  }

  /** The most recent jobs, newest first. */
  async list(limit = JOB_LIST_LIMIT): Promise<ImportJobSummary[]> {
    const jobs: ImportJobSummary[] = [];
    for await (const [id, value] of this.#kv.iterate(JOBS_NAMESPACE, { reverse: true, limit })) {
      jobs.push(summaryOf(this.#live.get(id) ?? (value as StoredJob)));
    }
    return jobs;
  }

  /** The job's whole report as a spreadsheet, streamed to `out`. */
  async writeReport(id: string, out: Writable): Promise<void> {
    const report = await this.get(id);
    if (!report) throw new NotFoundError('import', id);
    await writeReportXlsx(report, errorLines(join(this.#dirOf(id), ERRORS_FILE)), out);
  }

  /** Stops the jobs in progress at their next row (imports resume at the next start). */
  async close(): Promise<void> {
    this.#stopping = true;
    await Promise.allSettled([...this.#runs]);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  // -------------------------------------------------------------------------------------------
  // Reading rows

  #dirOf(id: string): string {
    return join(this.#dataDir, IMPORTS_DIRECTORY, id);
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  async #job(id: string): Promise<StoredJob> {
    const job = (await this.#kv.get(JOBS_NAMESPACE, id)) as StoredJob | undefined;
    if (!job) throw new NotFoundError('import', id);
    return job;
  }

  async #jobs(): Promise<StoredJob[]> {
    const jobs: StoredJob[] = [];
    for await (const [, value] of this.#kv.iterate(JOBS_NAMESPACE)) jobs.push(value as StoredJob);
    return jobs;
  }

  #track<T>(run: Promise<T>): Promise<T> {
    this.#runs.add(run);
    const forget = () => this.#runs.delete(run);
    run.then(forget, forget);
    return run;
  }

  async #report(job: StoredJob): Promise<ImportReport> {
    const errors = await readErrorLines(join(this.#dirOf(job.id), ERRORS_FILE), REPORT_ERRORS_IN_JSON);
    return { ...summaryOf(job), errors, truncated: job.errorCount > errors.length };
  }

  async #headerProblems(job: StoredJob): Promise<ImportRowError[]> {
    for await (const row of readRows(join(this.#dirOf(job.id), UPLOAD_FILE), job.layout, this.limits)) {
      if (isBlankRow(row)) continue;
      return this.#readHeader(row).problems;
    }
    return HeaderMap.read({ number: 1, cells: [] }).problems;
  }

  /** The header row, within the column limit. */
  #readHeader(row: SheetRow): ReturnType<typeof HeaderMap.read> {
    if (row.cells.length > this.limits.maxColumns) {
      throw new ImportLimitError(
        'maxColumns',
        `the header row has ${row.cells.length} columns; a case list has at most ${this.limits.maxColumns}: keep the template's columns only`,
      );
    }
    return HeaderMap.read(row);
  }

  async #put(job: StoredJob): Promise<void> {
    await this.#kv.batch([{ type: 'put', ns: JOBS_NAMESPACE, key: job.id, value: job }]);
  }

  async #fail(job: StoredJob, failure: string, problems: readonly ImportRowError[]): Promise<void> {
    job.state = 'failed';
    job.failure = failure;
    job.updatedAt = this.#now();
    job.finishedAt = job.updatedAt;
    if (problems.length > 0) {
      const out = createWriteStream(join(this.#dirOf(job.id), ERRORS_FILE));
      for (const problem of problems) out.write(`${JSON.stringify(problem)}\n`);
      out.end();
      await finished(out);
      job.errorCount = problems.length;
    }
    await this.#put(job);
    await this.#auditJob(job, 'failed');
    await rm(join(this.#dirOf(job.id), UPLOAD_FILE), { force: true });
  }

  async #auditJob(job: StoredJob, outcome: 'ok' | 'failed'): Promise<void> {
    await this.#audit?.append({
      action: 'import',
      actor: job.startedBy,
      target: job.id,
      outcome,
      details: {
        importId: job.id,
        count: job.dryRun ? job.valid : job.created,
        dryRun: job.dryRun,
        rows: job.rows,
        invalid: job.invalid,
        duplicates: job.duplicates,
      },
    });
  }

  /**
   * Reads every row of the job's upload; `write` stores the valid ones. Rows already stored (by
   * an earlier run of this job, or by another upload) are found by their keys and skipped.
   */
  async #process(job: StoredJob, write: boolean, options: RunOptions): Promise<ImportReport> {
    const dir = this.#dirOf(job.id);
    Object.assign(job, {
      state: 'running',
      done: 0,
      rows: 0,
      valid: 0,
      invalid: 0,
      duplicates: 0,
      created: 0,
      errorCount: 0,
      updatedAt: this.#now(),
    } satisfies Partial<StoredJob>);
    this.#live.set(job.id, job);
    await this.#put(job);
    const errorsOut = createWriteStream(join(dir, ERRORS_FILE));
    const actor: Actor = { username: job.startedBy };
    const context = { country: this.#country, today: this.#now().slice(0, 10) };
    const keys = new RowKeys();
    const progress = () => {
      job.total = Math.max(job.total, job.done);
      job.updatedAt = this.#now();
      options.onProgress?.(job.done, job.total);
      for (const follow of this.#followers.get(job.id) ?? []) follow(job.done, job.total);
    };
    const report = (errors: readonly ImportRowError[]) => {
      for (const error of errors) {
        job.errorCount++;
        errorsOut.write(`${JSON.stringify(error)}\n`);
      }
    };
    let storing: Promise<void> | undefined;

    /** Skips rows stored already, then hands the rest to the store (one batch in flight). */
    const flush = async (rows: PendingRow[]) => {
      if (rows.length === 0) return;
      const found = (await this.#kv.getMany(
        ROW_KEYS_NAMESPACE,
        rows.map((row) => row.key),
      )) as (RowKeyEntry | undefined)[];
      const fresh: PendingRow[] = [];
      rows.forEach((row, i) => {
        const entry = found[i];
        if (entry === undefined) fresh.push(row);
        else if (entry.importId === job.id) job.created++;
        else job.duplicates++;
      });
      if (!write || fresh.length === 0) {
        if (storing === undefined) progress();
        return;
      }
      if (storing) await storing;
      // What the job record says once this batch is stored, written in the same batch.
      const after: StoredJob = { ...job, created: job.created + fresh.length, updatedAt: this.#now() };
      storing = this.#storeBatch(fresh, actor, job, after, report).then(progress);
      // Awaited before the next batch or at the end; until then a failure must not count as
      // unhandled (the rows in between are read across several turns of the event loop).
      storing.catch(() => undefined);
    };

    let header: HeaderMap | undefined;
    let batch: PendingRow[] = [];
    try {
      for await (const row of readRows(join(dir, UPLOAD_FILE), job.layout, this.limits)) {
        if (this.#stopping) throw new ImportStoppedError();
        if (!header) {
          if (isBlankRow(row)) continue;
          const read = this.#readHeader(row);
          header = read.header;
          job.language = header.language;
          report(read.problems);
          if (write && read.problems.length > 0) throw new ValidationError(headerIssues(read.problems));
          continue;
        }
        job.done++;
        if (
          this.#acceptRow(row, header, job, context, keys, batch, report) &&
          batch.length >= this.#batchSize
        ) {
          const full = batch;
          batch = [];
          await flush(full);
        }
      }
      if (!header) {
        const problems = HeaderMap.read({ number: 1, cells: [] }).problems;
        report(problems);
        if (write) throw new ValidationError(headerIssues(problems));
      }
      await flush(batch);
      if (storing) await storing;
    } catch (err) {
      errorsOut.end();
      await finished(errorsOut).catch(() => undefined);
      await storing?.catch(() => undefined);
      this.#live.delete(job.id);
      if (err instanceof ValidationError) {
        // Only the header refuses a whole file; its problems are in the error lines.
        await this.#finish(job, 'failed', 'the header names columns the importer does not know');
      } else if (err instanceof ImportFileError || err instanceof ImportLimitError) {
        await this.#finish(job, 'failed', err.message);
      } else if (write) {
        // A stop or a store failure: the job stays `running` and resumes from its upload.
        job.updatedAt = this.#now();
        await this.#put(job).catch(() => undefined);
      } else {
        await this.#finish(job, 'failed', 'the dry run was interrupted: run it again').catch(() => undefined);
      }
      throw err;
    }
    errorsOut.end();
    await finished(errorsOut);
    this.#live.delete(job.id);
    await this.#finish(job, 'done');
    return this.#report(job);
  }

  /** Checks one data row; a valid one joins `batch` (true), a refused one is reported. */
  #acceptRow(
    row: SheetRow,
    header: HeaderMap,
    job: StoredJob,
    context: { country: string; today: string },
    keys: RowKeys,
    batch: PendingRow[],
    report: (errors: readonly ImportRowError[]) => void,
  ): boolean {
    if (isBlankRow(row)) return false;
    job.rows++;
    const { input, issues } = rowToCase(row, header);
    const result = validateCaseInput(input, context);
    const all = result.ok ? issues : [...issues, ...result.issues];
    if (!result.ok || all.length > 0) {
      job.invalid++;
      report(rowErrors(row.number, all, locateRow(row, header)));
      return false;
    }
    job.valid++;
    batch.push({ row: row.number, key: keys.keyOf(result.value), value: result.value, source: row, header });
    return true;
  }

  /**
   * Stores one batch of fresh rows with their keys and the job's progress, in one write. Should
   * the store refuse the batch after all (a rule only it checks), each row is tried alone so
   * that the others are still stored and the refused ones reported.
   */
  async #storeBatch(
    rows: readonly PendingRow[],
    actor: Actor,
    job: StoredJob,
    after: StoredJob,
    report: (errors: readonly ImportRowError[]) => void,
  ): Promise<void> {
    const keyOps = (stored: readonly PendingRow[], cases: readonly { id: string }[]): BatchOp[] =>
      cases.map((stored_, i) => ({
        type: 'put',
        ns: ROW_KEYS_NAMESPACE,
        key: stored[i]!.key,
        value: { caseId: stored_.id, importId: job.id, row: stored[i]!.row } satisfies RowKeyEntry,
      }));
    try {
      await this.#store.createCases(
        rows.map((row) => row.value),
        actor,
        {
          alsoWrite: (cases) => [
            ...keyOps(rows, cases),
            { type: 'put', ns: JOBS_NAMESPACE, key: job.id, value: after },
          ],
        },
      );
      job.created += rows.length;
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      for (const row of rows) {
        try {
          await this.#store.createCases([row.value], actor, { alsoWrite: (cases) => keyOps([row], cases) });
          job.created++;
        } catch (rowErr) {
          if (!(rowErr instanceof ValidationError)) throw rowErr;
          job.valid--;
          job.invalid++;
          const issues = rowErr.issues.map((issue) => ({
            ...issue,
            path: issue.path.replace(/^\[0\]\.?/, ''),
          }));
          report(rowErrors(row.row, issues, locateRow(row.source, row.header)));
        }
      }
    }
  }

  async #finish(job: StoredJob, state: 'done' | 'failed', failure?: string): Promise<void> {
    job.state = state;
    job.total = state === 'done' ? job.done : Math.max(job.total, job.done);
    job.updatedAt = this.#now();
    job.finishedAt = job.updatedAt;
    if (failure !== undefined) job.failure = failure;
    await this.#put(job);
    await this.#auditJob(job, state === 'done' ? 'ok' : 'failed');
    // The rows are in the store (or refused in the report): the upload has served its purpose.
    await rm(join(this.#dirOf(job.id), UPLOAD_FILE), { force: true });
  }
}
