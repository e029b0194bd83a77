/**
 * Runs the real `cen-node` command (bin/cen-node.js on the pinned Node) as a child process,
 * the way operators and scripts do.
 *
 * @example
 *   const { code, stdout } = await cenNode(['id', '--data', dir]);
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { logFilePath } from './logs.ts';

export const CEN_NODE_BIN = fileURLToPath(new URL('../../bin/cen-node.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnCenNode(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [CEN_NODE_BIN, ...args], {
    env: { ...process.env, CEN_LOG_LEVEL: '', CEN_API_PORT: '', CEN_API_HOST: '', ...env },
    stdio: 'pipe',
  });
}

export async function cenNode(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const child = spawnCenNode(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s])),
  );
  return { code, signal, stdout, stderr };
}

export interface StartedNode {
  child: ChildProcessWithoutNullStreams;
  apiUrl: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stderr contains `text` (rejects if the node exits first). */
  waitForStderr(text: string): Promise<void>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `cen-node start` and resolves once it has logged `node.started` (rejects if it exits
 * first). Its log lines (stdout) also go to a log file of the run, which is scanned for secrets.
 */
export async function startCenNode(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<StartedNode> {
  const child = spawnCenNode(['start', '--data', dataDir], { CEN_LOG_LEVEL: 'debug', ...env });
  child.stdout.pipe(createWriteStream(logFilePath('cli-start')));
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const apiUrl = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      // Only whole lines: a chunk can end in the middle of one.
      for (const line of stdout.split('\n').slice(0, -1)) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { event?: string; apiUrl?: string };
        if (entry.event === 'node.started' && entry.apiUrl) resolve(entry.apiUrl);
      }
    });
    void exited.then(({ code }) =>
      reject(new Error(`cen-node start exited (${code}) before starting:\n${stderr}`)),
    );
  });
  return {
    child,
    apiUrl,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForStderr: (text) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!stderr.includes(text)) return;
          child.stderr.off('data', check);
          resolve();
        };
        child.stderr.on('data', check);
        void exited.then(() => reject(new Error(`cen-node exited without printing ${JSON.stringify(text)}`)));
        check();
      }),
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
