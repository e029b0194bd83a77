/**
 * The CLI's end of the control socket. `probeControlSocket` tells whether a node is running on
 * a data directory (removing a stale socket file left by a node that died), and
 * `callControl` sends one command and streams its progress back.
 */
import type { FolderIdentity } from './folders.ts';
import { unlink } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { CONTROL_PROTOCOL_VERSION, encodeLine, fromWireError, type ControlMessage } from './protocol.ts';

/** No node listens on this socket (no file, or a stale one), so the store is free to open. */
export class NodeNotRunningError extends Error {
  override name = 'NodeNotRunningError';
  constructor(socketPath: string) {
    super(`no node is running on ${socketPath}`);
  }
}

export class ControlProtocolError extends Error {
  override name = 'ControlProtocolError';
}

function open(socketPath: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** ENOENT: no socket. ECONNREFUSED: a file nobody listens on, i.e. a node that died. */
async function connectOrNotRunning(socketPath: string): Promise<Socket> {
  try {
    return await open(socketPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') {
      await unlink(socketPath).catch(() => undefined);
      throw new NodeNotRunningError(socketPath);
    }
    if (code === 'ENOENT') throw new NodeNotRunningError(socketPath);
    throw err;
  }
}

export async function probeControlSocket(socketPath: string): Promise<'running' | 'not-running'> {
  try {
    const socket = await connectOrNotRunning(socketPath);
    socket.destroy();
    return 'running';
  } catch (err) {
    if (err instanceof NodeNotRunningError) return 'not-running';
    throw err;
  }
}

/**
 * Runs `command` inside the running node. Rejects with `NodeNotRunningError` when there is
 * none (nothing was sent), or with the node's error rebuilt under the same name.
 */
export async function callControl(
  socketPath: string,
  command: string,
  args: unknown,
  onProgress?: (done: number, total: number) => void,
  /** The folders `args` names as this process sees them: the node refuses what it sees otherwise. */
  folders?: FolderIdentity[],
): Promise<unknown> {
  const socket = await connectOrNotRunning(socketPath);
  return new Promise<unknown>((resolve, reject) => {
    let buffered = '';
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      fn();
    };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        let message: ControlMessage;
        try {
          message = JSON.parse(line) as ControlMessage;
        } catch {
          settle(() => reject(new ControlProtocolError('the node sent a line that is not JSON')));
          return;
        }
        if (message.type === 'progress') onProgress?.(message.done, message.total);
        else if (message.type === 'result') settle(() => resolve(message.result));
        else if (message.type === 'error') settle(() => reject(fromWireError(message.error)));
      }
    });
    socket.on('error', (err) => settle(() => reject(err)));
    socket.on('close', () =>
      settle(() =>
        reject(new ControlProtocolError('the node closed the control connection without an answer')),
      ),
    );
    socket.write(encodeLine({ v: CONTROL_PROTOCOL_VERSION, command, args, ...(folders ? { folders } : {}) }));
  });
}
