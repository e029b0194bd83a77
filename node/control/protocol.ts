/**
 * The control socket's wire format: newline-delimited JSON over a Unix socket in the data
 * directory. The client sends one request line; the node answers with any number of progress
 * lines and then exactly one result or error line, and closes the connection.
 *
 *   → {"v":1,"command":"seed","args":{"cases":1000}}
 *   ← {"type":"progress","done":500,"total":1000}
 *   ← {"type":"result","result":{"cases":1000,"persons":310,"businesses":120}}
 */
import type { FolderIdentity } from './folders.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { ValidationError } from '../errors.ts';

export const CONTROL_PROTOCOL_VERSION = 1;

/** A request is a command name and small arguments; a longer line is refused, not buffered. */
export const MAX_REQUEST_BYTES = 64 * 1024;

export interface ControlRequest {
  v: number;
  command: string;
  args: unknown;
  /** The folders `args` names, as the command line sees them (folders.ts). */
  folders?: FolderIdentity[];
}

export interface WireError {
  name: string;
  message: string;
  issues?: ValidationIssue[];
}

export type ControlMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: unknown }
  | { type: 'error'; error: WireError };

export function toWireError(err: unknown): WireError {
  if (err instanceof ValidationError) return { name: err.name, message: err.message, issues: err.issues };
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

/** An error the node reported over the socket, rebuilt in the client with the same name. */
export class RemoteCommandError extends Error {
  override name: string;
  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
  }
}

export function fromWireError(wire: WireError): Error {
  if (wire.name === 'ValidationError' && wire.issues) return new ValidationError(wire.issues);
  return new RemoteCommandError(wire);
}

export const encodeLine = (message: ControlMessage | ControlRequest): string =>
  `${JSON.stringify(message)}\n`;
