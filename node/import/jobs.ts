/**
 * What the importer keeps: one job record per upload (KV namespace `import-jobs`, keyed by the
 * job's UUIDv7, so keys sort by time), the upload and its error lines in the data directory
 * (`imports/<id>/upload`, `imports/<id>/errors.jsonl`), and one row key per stored row
 * (`import-keys`), written in the same batch as the case it stands for.
 *
 * A row key is the SHA-256 of the row's validated case in canonical JSON, plus `.2`, `.3`… for
 * the second and third identical row of the same file: the same file uploaded again (in any
 * header language, with any spacing) gives the same keys and adds nothing, while two identical
 * seizures listed on two rows of one file are two cases.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import type { ImportJobSummary, ImportRowError } from '../../protocol/api.ts';
import type { CaseInput } from '../../protocol/records.ts';
import type { UploadLayout } from './sources.ts';

export const JOBS_NAMESPACE = 'import-jobs';
export const ROW_KEYS_NAMESPACE = 'import-keys';
/** Under the data directory. */
export const IMPORTS_DIRECTORY = 'imports';
export const UPLOAD_FILE = 'upload';
export const ERRORS_FILE = 'errors.jsonl';

/** The job as stored: its summary, and how to read its file again. */
export interface StoredJob extends ImportJobSummary {
  layout: UploadLayout;
  sha256: string;
}

/** What a row key points to. */
export interface RowKeyEntry {
  caseId: string;
  importId: string;
  row: number;
}

/** The summary of a stored job, without what only the node needs. */
export function summaryOf(job: StoredJob): ImportJobSummary {
  const { layout: _layout, sha256: _sha256, ...summary } = job;
  return { ...summary };
}

/** Counts and keys of the rows seen so far, for the `.2`, `.3` of identical rows. */
export class RowKeys {
  readonly #seen = new Map<string, number>();

  keyOf(value: CaseInput): string {
    const hash = createHash('sha256').update(canonicalJson(value)).digest('base64url');
    const count = (this.#seen.get(hash) ?? 0) + 1;
    this.#seen.set(hash, count);
    return count === 1 ? hash : `${hash}.${count}`;
  }
}

/** The first `limit` error lines of a job (a line cut short by a crash is skipped). */
export async function readErrorLines(path: string, limit: number): Promise<ImportRowError[]> {
  const errors: ImportRowError[] = [];
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (errors.length >= limit) break;
      try {
        errors.push(JSON.parse(line) as ImportRowError);
      } catch {
        // the last line of a job that stopped mid-write
      }
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  } finally {
    lines.close();
    stream.destroy();
  }
  return errors;
}

/** Every error line of a job, streamed. */
export async function* errorLines(path: string): AsyncGenerator<ImportRowError> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      try {
        yield JSON.parse(line) as ImportRowError;
      } catch {
        // as above
      }
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  } finally {
    lines.close();
    stream.destroy();
  }
}
