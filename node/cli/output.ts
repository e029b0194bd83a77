/** How the CLI talks to people: errors on stderr in one readable form, progress bars on stderr. */
import { SingleBar, Presets } from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import { ValidationError } from '../errors.ts';

/** Ends the command with this exit code; what had to be said has been printed already. */
export class CliExit extends Error {
  override name = 'CliExit';
  readonly exitCode: number;
  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.exitCode = exitCode;
  }
}

export function describeError(err: unknown): string {
  if (err instanceof ValidationError) {
    return [
      err.message,
      ...err.issues.map((i) => `  - ${i.path || '(record)'}: ${i.message} [${i.rule}]`),
    ].join('\n');
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

export function printError(err: unknown): void {
  console.error(`cen-node: ${describeError(err)}`);
}

/** A progress bar on stderr (drawn only on a terminal); `update` is safe to call often. */
export function progressBar(label: string) {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function parseIntegerOption(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}
