/**
 * The peer host service. Invariants: a connection exists only with a node that holds an active
 * agreement with this one, or has agreement business with it (a proposal or revocation in
 * flight), and the latter is served nothing but the protocols registered `pending` (the gater
 * refuses the rest; `recheck()` closes those whose agreement ended); every stream has a deadline;
 * a failing stream is aborted and logged without touching the others; a connection on which
 * nothing has arrived for the silence limit is closed, so that the reconnect loop dials again.
 */
import type { Connection, Libp2p, MultiaddrConnection, Stream, StreamHandler } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';
import { PROTOCOLS, type ProtocolName } from '../../protocol/protocols.ts';
import type { PrivateKey } from '../identity.ts';
import type { Logger } from '../log.ts';
import {
  DEFAULT_RECHECK_INTERVAL_MS,
  DEFAULT_RECONNECT_INTERVAL_MS,
  DIAL_TIMEOUT_MS,
  HELLO_MAX_STREAMS,
  KEEPALIVE_INTERVAL_MS,
  MAX_RECONNECT_BACKOFF_MS,
  PEER_SILENCE_LIMIT_MS,
  RECENT_PEER_BACKOFF_MS,
  RECENT_PEER_WINDOW_MS,
} from './constants.ts';
import { NoPeerAddressError, PeerHostStoppedError, PeerNotAllowedError, PeerSilentError } from './errors.ts';
import { answerHello, sendHello, type Hello } from './hello.ts';
import { createPeerHost } from './host.ts';

/** What the peer host needs from the rest of the node. */
export interface PeerHostComponents {
  privateKey: PrivateKey;
  log: Logger;
  /** The node ids with an active agreement now (the agreement registry's `activePeers`). */
  activePeers: () => Promise<ReadonlySet<string>>;
  /**
   * Node ids without an active agreement that still have agreement business with this node (a
   * proposal, countersignature or revocation to deliver or receive): admitted by the gater, but
   * served only the protocols registered with `pending: true` (the `agreements` protocol).
   */
  pendingPeers?: () => Promise<ReadonlySet<string>>;
  /** The multiaddrs the peer book holds for a node (empty when it holds none). */
  addressesOf: (nodeId: string) => Promise<string[]>;
  /** The time `lastSeen` is stamped with (tests move it). */
  clock?: () => Date;
}

export interface PeerHostInit {
  listen: { host: string; port: number };
  /** What this node tells its peers about itself (its node id is added). */
  self: Omit<Hello, 'nodeId'>;
  /** Default DEFAULT_RECHECK_INTERVAL_MS. */
  recheckIntervalMs?: number;
  /** Default DEFAULT_RECONNECT_INTERVAL_MS; failed dials back off from it. */
  reconnectIntervalMs?: number;
  /** Partners' addresses exempt from the connection limits. */
  allow?: string[];
  /** Default KEEPALIVE_INTERVAL_MS: how often each side pings, so that a live partner is heard. */
  keepAliveIntervalMs?: number;
  /**
   * Default PEER_SILENCE_LIMIT_MS: a connection on which nothing arrived for this long is closed.
   * At least three keep-alive intervals.
   */
  silenceLimitMs?: number;
}

export interface PeerStatus {
  connected: boolean;
  /** When a connection with the peer last opened, closed or said hello. */
  lastSeen?: string;
  /** The name the peer gave in its last hello. */
  name?: string;
}

/** A protocol handler: runs inside the host's guard (deadline-bound, errors abort only this stream). */
export type PeerStreamHandler = (stream: Stream, connection: Connection, peer: string) => Promise<void>;

export interface HandleOptions {
  /** Streams of this protocol one peer may have open at once, each way. */
  maxStreams: number;
  /** Also serve peers with agreement business only (`pendingPeers`). Default: active peers only. */
  pending?: boolean;
}

/**
 * The raw transport under a libp2p connection: what arrives there, keep-alives included, is what
 * the silence watchdog listens to. libp2p keeps it as `maConn` (a `MultiaddrConnection`) without
 * declaring it on `Connection`; test/integration/p2p.test.ts fails if a libp2p upgrade moves it.
 */
export function rawConnectionOf(connection: Connection): MultiaddrConnection | undefined {
  const raw = (connection as Connection & { maConn?: unknown }).maConn;
  if (typeof raw !== 'object' || raw === null) return undefined;
  if (typeof (raw as { addEventListener?: unknown }).addEventListener !== 'function') return undefined;
  return raw as MultiaddrConnection;
}

interface Backoff {
  failures: number;
  nextAt: number;
}

export class PeerHost {
  readonly #components: PeerHostComponents;
  readonly #init: PeerHostInit;
  readonly #log: Logger;
  readonly #clock: () => Date;
  #libp2p: Libp2p | undefined;
  #allowed: ReadonlySet<string> = new Set();
  #pending: ReadonlySet<string> = new Set();
  readonly #handlers = new Map<ProtocolName, { handler: PeerStreamHandler; options: HandleOptions }>();
  readonly #connectedListeners = new Set<(nodeId: string) => void>();
  readonly #seen = new Map<string, { lastSeen: Date; hello?: Hello }>();
  readonly #backoff = new Map<string, Backoff>();
  readonly #timers: NodeJS.Timeout[] = [];
  /** When something last arrived on each open connection, by connection id (monotonic ms). */
  readonly #heard = new Map<string, number>();
  /** When each peer's last connection closed (monotonic ms): the reconnect back-off keeps it close. */
  readonly #disconnectedAt = new Map<string, number>();
  readonly #silenceLimitMs: number;
  /** How often the silence check runs: a sixth of the limit. */
  readonly #silenceCheckMs: number;
  #silentClosed = 0;
  /** When the silence check last ran (monotonic ms): a late check means this process stalled. */
  #lastSilenceCheck = performance.now();
  #reconnecting = false;

  constructor(components: PeerHostComponents, init: PeerHostInit) {
    const keepAlive = init.keepAliveIntervalMs ?? KEEPALIVE_INTERVAL_MS;
    const silence = init.silenceLimitMs ?? PEER_SILENCE_LIMIT_MS;
    if (!(keepAlive > 0) || !(silence >= 3 * keepAlive)) {
      throw new RangeError(
        `silenceLimitMs (${silence} ms) must be at least three keep-alive intervals ` +
          `(keepAliveIntervalMs ${keepAlive} ms, which must be above 0)`,
      );
    }
    this.#components = components;
    this.#init = init;
    this.#log = components.log;
    this.#clock = components.clock ?? (() => new Date());
    this.#silenceLimitMs = silence;
    this.#silenceCheckMs = silence / 6;
  }

  get libp2p(): Libp2p {
    if (!this.#libp2p) throw new PeerHostStoppedError();
    return this.#libp2p;
  }

  get nodeId(): string {
    return this.libp2p.peerId.toString();
  }

  /** The addresses this node listens on, each ending in `/p2p/<nodeId>`. */
  multiaddrs(): string[] {
    return this.libp2p.getMultiaddrs().map(String);
  }

  async start(): Promise<void> {
    if (this.#libp2p) return;
    this.#lastSilenceCheck = performance.now();
    await this.#readAgreements();
    const libp2p = await createPeerHost({
      privateKey: this.#components.privateKey,
      listen: this.#init.listen,
      gater: { isAllowed: (nodeId) => this.#admits(nodeId) },
      log: this.#log,
      ...(this.#init.allow ? { allow: this.#init.allow } : {}),
      ...(this.#init.keepAliveIntervalMs ? { keepAliveIntervalMs: this.#init.keepAliveIntervalMs } : {}),
    });
    this.#libp2p = libp2p;
    libp2p.addEventListener('connection:open', (event) => this.#opened(event.detail));
    libp2p.addEventListener('connection:close', (event) => {
      const nodeId = event.detail.remotePeer.toString();
      this.#heard.delete(event.detail.id);
      this.#disconnectedAt.set(nodeId, performance.now());
      this.#touch(nodeId);
    });
    this.#handlers.set('hello', {
      handler: async (stream, connection) => {
        const hello = await answerHello(stream, connection, this.#ownHello());
        this.#touch(hello.nodeId, hello);
      },
      options: { maxStreams: HELLO_MAX_STREAMS, pending: true },
    });
    for (const [name, { handler, options }] of this.#handlers) await this.#register(name, handler, options);
    const every = (ms: number, task: () => Promise<unknown>, what: string) => {
      const timer = setInterval(() => {
        task().catch((err: unknown) => this.#log.warn({ err }, `p2p ${what} failed`));
      }, ms);
      timer.unref();
      this.#timers.push(timer);
    };
    every(
      this.#init.recheckIntervalMs ?? DEFAULT_RECHECK_INTERVAL_MS,
      () => this.recheck(),
      'agreement re-check',
    );
    every(
      this.#init.reconnectIntervalMs ?? DEFAULT_RECONNECT_INTERVAL_MS,
      () => this.reconnect(),
      'reconnect',
    );
    every(this.#silenceCheckMs, () => Promise.resolve(this.closeSilent()), 'silence check');
    this.reconnect().catch((err: unknown) => this.#log.warn({ err }, 'p2p reconnect failed'));
    this.#log.info({ multiaddrs: this.multiaddrs() }, 'p2p host listening');
  }

  async stop(): Promise<void> {
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    const libp2p = this.#libp2p;
    this.#libp2p = undefined;
    await libp2p?.stop();
  }

  /**
   * Serves protocol `name` with `handler`, now or when the host starts. The handler runs inside
   * the host's guard: only peers with an active agreement (or agreement business, with
   * `pending`) reach it, and whatever it throws aborts that one stream and is logged.
   */
  async handle(name: ProtocolName, handler: PeerStreamHandler, options: HandleOptions): Promise<void> {
    this.#handlers.set(name, { handler, options });
    if (this.#libp2p) await this.#register(name, handler, options);
  }

  async #register(name: ProtocolName, handler: PeerStreamHandler, options: HandleOptions): Promise<void> {
    await this.libp2p.handle(PROTOCOLS[name].id, this.#guarded(handler, options.pending === true), {
      maxInboundStreams: options.maxStreams,
      maxOutboundStreams: options.maxStreams,
    });
  }

  /**
   * Opens a stream of protocol `name` to `nodeId` on its open connection, dialling it when there
   * is none. The caller owns the stream and must close or abort it.
   */
  async openStream(nodeId: string, name: ProtocolName, timeoutMs: number = DIAL_TIMEOUT_MS): Promise<Stream> {
    const open = this.libp2p
      .getConnections()
      .find((c) => c.remotePeer.toString() === nodeId && c.status === 'open');
    const connection = open ?? (await this.dial(nodeId));
    return connection.newStream(PROTOCOLS[name].id, { signal: AbortSignal.timeout(timeoutMs) });
  }

  /** Calls `listener` with the peer's node id each time a connection with a peer opens. */
  onConnected(listener: (nodeId: string) => void): () => void {
    this.#connectedListeners.add(listener);
    return () => this.#connectedListeners.delete(listener);
  }

  /** Connections this host has closed because nothing arrived on them for the silence limit. */
  get silentClosed(): number {
    return this.#silentClosed;
  }

  /** Node ids with an open connection now. */
  connectedPeers(): string[] {
    const open = (this.#libp2p?.getConnections() ?? []).filter((c) => c.status === 'open');
    return [...new Set(open.map((c) => c.remotePeer.toString()))];
  }

  #admits(nodeId: string): boolean {
    return this.#allowed.has(nodeId) || this.#pending.has(nodeId);
  }

  async #readAgreements(): Promise<void> {
    this.#allowed = await this.#components.activePeers();
    this.#pending = (await this.#components.pendingPeers?.()) ?? new Set();
  }

  /**
   * The last-resort handler: whatever a stream handler throws (a malformed frame, a deadline, a
   * libp2p internal) aborts that stream and is logged; the node keeps serving (trap 7).
   */
  #guarded(handler: PeerStreamHandler, pending: boolean): StreamHandler {
    return async (stream: Stream, connection: Connection) => {
      const peer = connection.remotePeer.toString();
      try {
        // The gater checked at connection time; an agreement may have ended since.
        if (!this.#allowed.has(peer) && !(pending && this.#pending.has(peer))) {
          throw new PeerNotAllowedError(peer);
        }
        await handler(stream, connection, peer);
      } catch (err) {
        this.#log.warn({ err, peer, protocol: stream.protocol }, 'p2p stream failed');
        stream.abort(err instanceof Error ? err : new Error(String(err)));
      }
    };
  }

  #ownHello(): Hello {
    return { nodeId: this.nodeId, ...this.#init.self };
  }

  #touch(nodeId: string, hello?: Hello): void {
    const known = this.#seen.get(nodeId);
    const last = hello ?? known?.hello;
    this.#seen.set(nodeId, { lastSeen: this.#clock(), ...(last ? { hello: last } : {}) });
  }

  /** Notes the time whenever anything arrives on `connection`, for `closeSilent`. */
  #listen(connection: Connection): void {
    this.#heard.set(connection.id, performance.now());
    const raw = rawConnectionOf(connection);
    if (!raw) {
      this.#log.warn(
        { peer: connection.remotePeer.toString() },
        'p2p cannot watch this connection for silence',
      );
      return;
    }
    raw.addEventListener('message', () => {
      if (this.#heard.has(connection.id)) this.#heard.set(connection.id, performance.now());
    });
  }

  /**
   * Closes every open connection on which nothing has arrived for the silence limit: the link is
   * presumed dead (a pulled cable sends no reset). The peer's back-off is cleared, so the reconnect
   * loop dials it again at once. Returns how many it closed.
   *
   * After this process itself stalled (the check runs over two intervals late), the bytes that
   * arrived meanwhile are not read yet: that round closes nothing and the next one judges.
   */
  closeSilent(): number {
    const now = performance.now();
    const stalled = now - this.#lastSilenceCheck > 2 * this.#silenceCheckMs;
    this.#lastSilenceCheck = now;
    if (stalled) return 0;
    let closed = 0;
    for (const connection of this.#libp2p?.getConnections() ?? []) {
      const heard = this.#heard.get(connection.id);
      if (heard === undefined || connection.status !== 'open') continue;
      const silentMs = now - heard;
      if (silentMs < this.#silenceLimitMs) continue;
      const nodeId = connection.remotePeer.toString();
      this.#heard.delete(connection.id);
      this.#backoff.delete(nodeId);
      this.#silentClosed++;
      closed++;
      this.#log.warn(
        { peer: nodeId, silentMs: Math.round(silentMs) },
        'p2p peer silent: connection closed, dialling again',
      );
      connection.abort(new PeerSilentError(nodeId, silentMs));
    }
    return closed;
  }

  #opened(connection: Connection): void {
    const nodeId = connection.remotePeer.toString();
    this.#listen(connection);
    this.#touch(nodeId);
    this.#backoff.delete(nodeId);
    this.#log.info({ peer: nodeId, direction: connection.direction }, 'p2p peer connected');
    for (const listener of this.#connectedListeners) {
      try {
        listener(nodeId);
      } catch (err) {
        this.#log.warn({ err, peer: nodeId }, 'p2p connection listener failed');
      }
    }
    // The dialler says hello first; the listener answers in its handler.
    if (connection.direction === 'outbound') {
      sendHello(connection, this.#ownHello()).then(
        (hello) => this.#touch(nodeId, hello),
        (err: unknown) => this.#log.warn({ err, peer: nodeId }, 'p2p hello failed'),
      );
    }
  }

  /** Connects to a peer with an active agreement at the addresses in the peer book. */
  async dial(nodeId: string): Promise<Connection> {
    const libp2p = this.libp2p;
    if (!this.#admits(nodeId)) throw new PeerNotAllowedError(nodeId);
    const addresses = await this.#components.addressesOf(nodeId);
    if (addresses.length === 0) throw new NoPeerAddressError(nodeId);
    return libp2p.dial(
      addresses.map((address) => multiaddr(address)),
      { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) },
    );
  }

  /** Exchanges hellos with a connected (or dialled) peer now and returns what it said. */
  async hello(nodeId: string): Promise<Hello> {
    const open = this.libp2p.getConnections().find((c) => c.remotePeer.toString() === nodeId);
    const connection = open ?? (await this.dial(nodeId));
    const hello = await sendHello(connection, this.#ownHello());
    this.#touch(nodeId, hello);
    return hello;
  }

  status(nodeId: string): PeerStatus {
    const connected =
      this.#libp2p?.getConnections().some((c) => c.remotePeer.toString() === nodeId && c.status === 'open') ??
      false;
    const seen = this.#seen.get(nodeId);
    return {
      connected,
      ...(seen ? { lastSeen: seen.lastSeen.toISOString() } : {}),
      ...(seen?.hello ? { name: seen.hello.name } : {}),
    };
  }

  /** Re-reads the agreements and closes every connection to a peer that no longer has one. */
  async recheck(): Promise<void> {
    await this.#readAgreements();
    const libp2p = this.#libp2p;
    if (!libp2p) return;
    for (const connection of libp2p.getConnections()) {
      const nodeId = connection.remotePeer.toString();
      if (this.#admits(nodeId)) continue;
      this.#log.info({ peer: nodeId }, 'p2p peer disconnected: agreement no longer active');
      await libp2p.hangUp(connection.remotePeer).catch((err: unknown) => {
        this.#log.warn({ err, peer: nodeId }, 'p2p hang-up failed');
      });
    }
  }

  /**
   * Dials every peer with an active agreement and no connection, except those still backing off:
   * each failure doubles the wait, up to MAX_RECONNECT_BACKOFF_MS, or RECENT_PEER_BACKOFF_MS for a
   * peer connected within the last hour (its link dropped; it will likely be back soon).
   */
  async reconnect(): Promise<void> {
    if (this.#reconnecting || !this.#libp2p) return;
    this.#reconnecting = true;
    try {
      const base = this.#init.reconnectIntervalMs ?? DEFAULT_RECONNECT_INTERVAL_MS;
      const dials = [...this.#allowed]
        .filter((nodeId) => !this.status(nodeId).connected)
        .filter((nodeId) => (this.#backoff.get(nodeId)?.nextAt ?? 0) <= Date.now())
        .map(async (nodeId) => {
          try {
            if ((await this.#components.addressesOf(nodeId)).length === 0) return;
            await this.dial(nodeId);
            this.#backoff.delete(nodeId);
          } catch (err) {
            const failures = (this.#backoff.get(nodeId)?.failures ?? 0) + 1;
            const disconnectedAt = this.#disconnectedAt.get(nodeId);
            const recent =
              disconnectedAt !== undefined && performance.now() - disconnectedAt < RECENT_PEER_WINDOW_MS;
            const cap = recent ? Math.max(base, RECENT_PEER_BACKOFF_MS) : MAX_RECONNECT_BACKOFF_MS;
            const wait = Math.min(base * 2 ** (failures - 1), cap);
            this.#backoff.set(nodeId, { failures, nextAt: Date.now() + wait });
            this.#log.debug({ err, peer: nodeId, failures }, 'p2p dial failed');
          }
        });
      await Promise.all(dials);
    } finally {
      this.#reconnecting = false;
    }
  }
}
