/**
 * The data directory's format marker: `<data>/data-format.json`, written atomically (temporary
 * file, fsync, rename, fsync of the directory). A directory without it was written by release
 * 0.1.0, which had no marker: format 1. The file is an ordinary top-level file, so a backup
 * carries it and a restore puts it back (node/backup).
 */
import { writeFileAtomically } from '../durable-files.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFormatMarkerError } from './errors.ts';

export const DATA_FORMAT_FILE = 'data-format.json';
/** What a directory without a marker holds: the data of release 0.1.0. */
export const FIRST_DATA_FORMAT = 1;

/** One migration that ran on this data, as the marker keeps it. */
export interface MigrationRecord {
  from: number;
  to: number;
  title: string;
  at: string;
}

export interface DataFormatMarker {
  dataFormat: number;
  /** The migrations that brought the data to this format, oldest first. */
  history: MigrationRecord[];
}

/** The marker of `dir`, or the implied one of format 1 when it has none. */
export async function readDataFormatMarker(dir: string): Promise<DataFormatMarker & { implied: boolean }> {
  const path = join(dir, DATA_FORMAT_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { dataFormat: FIRST_DATA_FORMAT, history: [], implied: true };
    }
    throw err;
  }
  let value: Partial<DataFormatMarker>;
  try {
    value = JSON.parse(text) as Partial<DataFormatMarker>;
  } catch {
    throw new DataFormatMarkerError(
      `${path} is not JSON: restore it from a backup, or remove it only if this data is of format 1`,
    );
  }
  if (!Number.isSafeInteger(value.dataFormat) || (value.dataFormat ?? 0) < FIRST_DATA_FORMAT) {
    throw new DataFormatMarkerError(`${path} holds no valid "dataFormat"`);
  }
  return {
    dataFormat: value.dataFormat!,
    history: Array.isArray(value.history) ? value.history : [],
    implied: false,
  };
}

export async function readDataFormat(dir: string): Promise<number> {
  return (await readDataFormatMarker(dir)).dataFormat;
}

/** Writes the marker so that a crash leaves either the old file or the new one, never half of one. */
export async function writeDataFormatMarker(dir: string, marker: DataFormatMarker): Promise<void> {
  await writeFileAtomically(join(dir, DATA_FORMAT_FILE), `${JSON.stringify(marker, null, 2)}\n`, 0o600);
}
