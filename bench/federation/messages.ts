/**
 * The requests the federation simulator (bench/federation.ts) sends its worker processes
 * (bench/federation/worker.ts), and what they answer.
 *
 * @example
 *   const request: WorkerRequest = { id: 1, command: { op: 'sample' } };
 */
import type { SealedAgreement } from '../../policies/index.ts';

/** A node a worker runs: its data directory was initialised by the parent. */
export interface WorkerNode {
  key: string;
  dataDir: string;
  /** Undefined for the WCO node. */
  country: string | undefined;
  syncIntervalMs: number;
}

/** A request without its id. */
export type WorkerCommand =
  | { op: 'start'; nodes: WorkerNode[] }
  | { op: 'link'; links: { key: string; sealed: SealedAgreement; peer: string }[] }
  | {
      op: 'traffic';
      perNodeRate: number;
      durationMs: number;
      contributeEveryMs: number;
      /** The operation's participants in this process post messages at `perNodeRate` each. */
      operation?: OperationTraffic;
    }
  | { op: 'backlog'; key: string; cases: number }
  | { op: 'opCreate'; key: string; name: string; members: string[] }
  | { op: 'opAccept'; operationId: string; keys: string[] }
  | { op: 'opProgress'; key: string; operationId: string }
  | { op: 'opThreads'; operationId: string }
  | { op: 'settle' }
  | { op: 'sample' }
  | { op: 'wcoCount' }
  | { op: 'wcoHeld' }
  | { op: 'stop' }
  | { op: 'stopNode'; key: string }
  | { op: 'startNode'; key: string }
  | { op: 'cut'; key: string; nodeIds: string[] }
  | { op: 'heal'; key: string }
  | { op: 'unreceipted'; before: number }
  | { op: 'counters' };

/** A command in its envelope: the envelope's id never mixes with the command's own fields. */
export interface WorkerRequest {
  id: number;
  command: WorkerCommand;
}

export type WorkerAnswer = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: string });

/** A case a member's store acknowledged, with its handling code (absent: H0). */
export interface CreatedCase {
  id: string;
  version: number;
  handling: string;
}

/** A case the WCO node holds. */
export type HeldCase = CreatedCase;

export interface TrafficResult {
  key: string;
  nodeId: string;
  /** The validated cases it created (acknowledged by its store). */
  created: CreatedCase[];
  /** Time from validation to the WCO node's receipt, one per receipted case. */
  lagsMs: number[];
  unreceipted: number;
  contributeErrors: number;
}

export interface OperationTraffic {
  id: string;
  /** Every participant (organiser and members) by key. */
  keys: string[];
  perNodeRate: number;
}

/** One node's view of the operation after the traffic (`opThreads`). */
export interface OperationThread {
  key: string;
  /** Undefined when the node holds nothing of the operation. */
  role: 'organiser' | 'member' | undefined;
  head: number;
  /** The thread's messages in order: sequence number and message id. */
  messages: { seq: number; id: string }[];
  /** Its own messages still waiting for the organiser. */
  queued: number;
  /** The messages it posted that its node acknowledged (relayed or queued). */
  posted: string[];
  postErrors: number;
  /** Post → stored here, for each message another node posted. */
  lagsMs: number[];
}

export interface WorkerSample {
  rssBytes: number;
  /** User + system CPU of the process so far. */
  cpuMicros: number;
  nodes: { key: string; connections: number }[];
}

/** What a node went through, counted since it first started (its logs are counted, not written). */
export interface NodeCounters {
  /** Contribution runs that failed (the WCO node unreachable). */
  contributeErrors: number;
  /** Dials of the reconnect loop that failed (refused, timed out, no address). */
  dialFailures: number;
  /** Streams aborted on either side (refused by the gater's re-check, broken, timed out). */
  streamFailures: number;
  /** Every warning the node logged. */
  warnings: number;
}
