/**
 * Log files of the test run: every node a test starts logs (at debug level, so the scan sees as
 * much as possible) to its own file under `test/artifacts/logs/run-<time>-<pid>/`, and
 * `scanLogFiles` looks for the registered secrets in them (see `test/setup.ts`).
 *
 * @example
 *   const { loggers, close } = testLoggers('api');
 *   await startNode(config, { loggers });
 *   const leaks = await scanLogFiles(runLogDir(), registeredSecrets());
 */
import { mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createLoggers, type Loggers } from '../../node/log.ts';
import type { SecretKind } from './secrets.ts';

export const LOG_ROOT = fileURLToPath(new URL('../artifacts/logs/', import.meta.url));

let runDir: string | undefined;
let fileCount = 0;

/** This run's log directory, created on first use. */
export function runLogDir(): string {
  if (!runDir) {
    runDir = join(LOG_ROOT, `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
    mkdirSync(runDir, { recursive: true });
  }
  return runDir;
}

/** A fresh file name in this run's log directory, e.g. `003-cli-start.log`. */
export function logFilePath(name: string): string {
  fileCount++;
  return join(runLogDir(), `${String(fileCount).padStart(3, '0')}-${name.replace(/[^\w.-]+/g, '-')}.log`);
}

/** Loggers writing JSON lines to a new file of this run; `close` flushes it. */
export function testLoggers(name: string): { loggers: Loggers; path: string; close(): void } {
  const path = logFilePath(name);
  const destination = pino.destination({ dest: path, sync: true });
  return {
    loggers: createLoggers({ level: 'debug', destination }),
    path,
    close: () => destination.end(),
  };
}

export interface Leak {
  file: string;
  kind: SecretKind;
  line: number;
}

/** Every log file of `dir` that contains a registered secret, with the secret's kind (never the secret). */
export async function scanLogFiles(dir: string, secrets: ReadonlyMap<string, SecretKind>): Promise<Leak[]> {
  const leaks: Leak[] = [];
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.log')).sort();
  } catch {
    return leaks;
  }
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const [secret, kind] of secrets) {
      const at = text.indexOf(secret);
      if (at === -1) continue;
      leaks.push({ file, kind, line: text.slice(0, at).split('\n').length });
    }
  }
  return leaks;
}
