/**
 * The running node's end of the control socket: `<data>/control.sock`, mode 0600 inside the
 * 0700 data directory, so only the node's own user can connect. Each connection carries one
 * request (see protocol.ts) and is served by the same command functions the CLI runs offline.
 */
import { assertSameFolders } from './folders.ts';
import { chmod, unlink } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { ConfigError, ValidationError } from '../errors.ts';
import { events, type Logger } from '../log.ts';
import { isCommandName, runCommandWith, type CommandContext, type NodeServices } from './commands.ts';
import {
  CONTROL_PROTOCOL_VERSION,
  encodeLine,
  MAX_REQUEST_BYTES,
  toWireError,
  type ControlMessage,
  type ControlRequest,
} from './protocol.ts';

/** Linux's sun_path holds 108 bytes including the terminating NUL. */
export const MAX_SOCKET_PATH_BYTES = 107;

/** How long shutdown waits for commands in flight before closing the store under them. */
const DRAIN_TIMEOUT_MS = 5_000;

export const socketPathFits = (socketPath: string): boolean =>
  Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH_BYTES;

export function checkSocketPath(socketPath: string): void {
  if (!socketPathFits(socketPath)) {
    throw new ConfigError(
      `the control socket path ${socketPath} is longer than ${MAX_SOCKET_PATH_BYTES} bytes, which Unix sockets cannot use: choose a shorter data directory path`,
    );
  }
}

/** Runs one request's command; what it returns is the result line, what it throws the error line. */
export type ControlHandler = (command: string, args: unknown, context: CommandContext) => Promise<unknown>;

export class ControlServer implements AsyncDisposable {
  readonly socketPath: string;
  readonly #server: Server;
  readonly #run: ControlHandler;
  readonly #log: Logger;
  readonly #connections = new Set<Socket>();
  readonly #inFlight = new Set<Promise<void>>();
  #closing: Promise<void> | undefined;

  private constructor(socketPath: string, run: ControlHandler, log: Logger) {
    this.socketPath = socketPath;
    this.#run = run;
    this.#log = log;
    this.#server = createServer((socket) => this.#accept(socket));
  }

  /** Listens on `socketPath`; the caller has made sure no live node owns it (a stale file is replaced). */
  static listen(socketPath: string, services: NodeServices, log: Logger): Promise<ControlServer> {
    return ControlServer.listenWith(
      socketPath,
      (command, args, context) => {
        if (!isCommandName(command)) {
          throw new ValidationError([
            { path: 'command', rule: 'vocabulary', message: `unknown command ${command}` },
          ]);
        }
        return runCommandWith(services, command, args, context);
      },
      log,
    );
  }

  /**
   * Listens with a handler of its own instead of the node's commands: a node whose setup is
   * pending answers `cen-node setup` and refuses the rest (node/setup.ts).
   */
  static async listenWith(socketPath: string, run: ControlHandler, log: Logger): Promise<ControlServer> {
    checkSocketPath(socketPath);
    await unlink(socketPath).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    const control = new ControlServer(socketPath, run, log);
    await new Promise<void>((resolve, reject) => {
      control.#server.once('error', reject);
      control.#server.listen(socketPath, () => {
        control.#server.off('error', reject);
        resolve();
      });
    });
    await chmod(socketPath, 0o600);
    return control;
  }

  #accept(socket: Socket): void {
    this.#connections.add(socket);
    socket.on('close', () => this.#connections.delete(socket));
    socket.on('error', () => socket.destroy()); // a client that went away; nothing to report
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline === -1) {
        if (buffered.length > MAX_REQUEST_BYTES) {
          socket.off('data', onData);
          this.#reply(
            socket,
            { type: 'error', error: { name: 'ValidationError', message: 'request too long' } },
            true,
          );
        }
        return;
      }
      socket.off('data', onData);
      const work = this.#serve(socket, buffered.slice(0, newline));
      this.#inFlight.add(work);
      void work.finally(() => this.#inFlight.delete(work));
    };
    socket.on('data', onData);
  }

  async #serve(socket: Socket, line: string): Promise<void> {
    const started = performance.now();
    let command = '(unparsed)';
    try {
      const request = parseRequest(line);
      command = request.command;
      await assertSameFolders(request.folders);
      const result = await this.#run(request.command, request.args, {
        progress: (done, total) => this.#reply(socket, { type: 'progress', done, total }),
      });
      this.#reply(socket, { type: 'result', result }, true);
      events.controlCommand(this.#log, { command, ok: true, ms: Math.round(performance.now() - started) });
    } catch (err) {
      if (!(err instanceof ValidationError)) events.controlError(this.#log, { command, err });
      this.#reply(socket, { type: 'error', error: toWireError(err) }, true);
      events.controlCommand(this.#log, { command, ok: false, ms: Math.round(performance.now() - started) });
    }
  }

  #reply(socket: Socket, message: ControlMessage, last = false): void {
    if (socket.destroyed) return;
    if (last) socket.end(encodeLine(message));
    else socket.write(encodeLine(message));
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      const drained = Promise.allSettled([...this.#inFlight]);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
      });
      await Promise.race([drained, timeout]);
      clearTimeout(timer);
      for (const socket of this.#connections) socket.destroy();
      await stopped;
      await unlink(this.socketPath).catch(() => undefined);
    })();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

function parseRequest(line: string): ControlRequest {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    throw new ValidationError([{ path: '', rule: 'type', message: 'the request is not JSON' }]);
  }
  const r = request as Partial<ControlRequest> | null;
  if (typeof r !== 'object' || r === null || typeof r.command !== 'string') {
    throw new ValidationError([
      { path: 'command', rule: 'required', message: 'the request names no command' },
    ]);
  }
  if (r.v !== CONTROL_PROTOCOL_VERSION) {
    throw new ValidationError([
      {
        path: 'v',
        rule: 'version',
        message: `this node speaks control protocol ${CONTROL_PROTOCOL_VERSION}, not ${String(r.v)}: use the cen-node of the same release`,
      },
    ]);
  }
  return { v: r.v, command: r.command, args: r.args, ...(r.folders ? { folders: r.folders } : {}) };
}
