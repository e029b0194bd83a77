/**
 * A node run in a child process for the crash tests, so that it can be killed with SIGKILL: the
 * child script prints JSON status lines on stdout; this keeps the latest one, hands every line to
 * an optional listener, waits for a status, sends commands on stdin, and kills.
 *
 * @example
 *   const child = new ChildNode<Report>(CHILD, [dataDir]);
 *   await child.until((r) => r.acknowledged >= 50, '50 acknowledged');
 *   await child.kill('SIGKILL');
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export class ChildNode<Status> {
  readonly process: ChildProcess;
  last: Status | undefined;
  readonly exited: Promise<void>;

  /**
   * `onLine` sees every JSON line and says whether it is a status (kept as `last`); `prefix` runs
   * the child through another program (`ip netns exec <ns>`).
   */
  constructor(
    script: string,
    args: readonly string[],
    onLine: (parsed: Record<string, unknown>) => boolean = () => true,
    prefix: readonly string[] = [],
  ) {
    const command = [...prefix, process.execPath, script, ...args];
    this.process = spawn(command[0]!, command.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (onLine(parsed)) this.last = parsed as Status;
    });
    this.exited = new Promise((resolve) => this.process.on('exit', () => resolve()));
  }

  /** Waits until the latest status passes `check`. */
  async until(check: (status: Status) => boolean, what: string, ms = 60_000): Promise<Status> {
    const deadline = Date.now() + ms;
    while (!(this.last && check(this.last))) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting until ${what} (last: ${JSON.stringify(this.last)})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.last;
  }

  /** One command line on the child's stdin. */
  send(command: string): void {
    this.process.stdin!.write(`${command}\n`);
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    this.process.kill(signal);
    await this.exited;
  }
}
