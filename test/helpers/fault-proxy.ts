/**
 * A loopback TCP proxy that stands for the network between two nodes, and can fail the way real
 * links do: `pass` (forward), `throttle` (a slow peer: at most N bytes per second each way),
 * `blackhole` (a half-open link: connections stay open, bytes vanish, new connections are accepted
 * and never answered) and `cut` (every connection closed, new ones reset). Nodes reach each other
 * through it by holding the proxy's address in their peer books; a `FaultLink` puts one proxy in
 * each direction, so neither node can go round it by dialling the other directly.
 *
 * @example
 *   await using link = await linkThroughProxies(ke, tz); // each peer book holds the other's proxy
 *   link.set({ mode: 'cut' });                            // partition
 *   link.set({ mode: 'throttle', bytesPerSecond: 4096 }); // slow peer
 *   link.set({ mode: 'pass' });                           // healed
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { TestNode } from './node.ts';

export type FaultMode =
  { mode: 'pass' } | { mode: 'throttle'; bytesPerSecond: number } | { mode: 'blackhole' } | { mode: 'cut' };

interface Pair {
  client: Socket;
  upstream: Socket | undefined;
  /** Bytes went into the void on this pair: a peer that recovers resets it (see `set`). */
  blackholed: boolean;
}

/** One direction of a link: listens on a loopback port and forwards to `target`. */
export class FaultProxy implements AsyncDisposable {
  readonly #server: Server;
  readonly #target: { host: string; port: number };
  readonly #pairs = new Set<Pair>();
  #mode: FaultMode = { mode: 'pass' };
  /** Connections accepted since the proxy started (a reconnect shows up here). */
  accepted = 0;

  private constructor(server: Server, target: { host: string; port: number }) {
    this.#server = server;
    this.#target = target;
    server.on('connection', (socket) => this.#accept(socket));
  }

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const server = createServer({ noDelay: true });
    const proxy = new FaultProxy(server, target);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as { port: number }).port;
  }

  /** The multiaddr of this proxy standing for the node whose peer id is `nodeId`. */
  multiaddr(nodeId: string): string {
    return `/ip4/127.0.0.1/tcp/${this.port}/p2p/${nodeId}`;
  }

  get mode(): FaultMode {
    return this.#mode;
  }

  /** Connections open through the proxy now. */
  get open(): number {
    return this.#pairs.size;
  }

  set(mode: FaultMode): void {
    this.#mode = mode;
    if (mode.mode === 'cut') {
      for (const pair of [...this.#pairs]) this.#drop(pair);
    } else if (mode.mode !== 'blackhole') {
      // The far end forgot a half-open connection long ago: once the route is back, its first
      // bytes get a reset, which is what the node sees.
      for (const pair of [...this.#pairs]) if (pair.blackholed) this.#drop(pair);
    }
  }

  #accept(client: Socket): void {
    this.accepted++;
    if (this.#mode.mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, upstream: undefined, blackholed: this.#mode.mode === 'blackhole' };
    this.#pairs.add(pair);
    client.on('error', () => this.#drop(pair));
    client.on('close', () => this.#drop(pair));
    if (pair.blackholed) {
      // Accepted and never answered: what was sent is read and dropped.
      client.on('data', () => undefined);
      return;
    }
    const upstream = createConnection({ ...this.#target, noDelay: true });
    pair.upstream = upstream;
    upstream.on('error', () => this.#drop(pair));
    upstream.on('close', () => this.#drop(pair));
    this.#forward(pair, client, upstream);
    this.#forward(pair, upstream, client);
  }

  /** Forwards `from` to `to` as the mode says, keeping the order of bytes. */
  #forward(pair: Pair, from: Socket, to: Socket): void {
    let queue = Promise.resolve();
    from.on('data', (data: Buffer) => {
      queue = queue.then(async () => {
        for (let offset = 0; offset < data.length;) {
          const mode = this.#mode;
          if (mode.mode === 'blackhole') {
            pair.blackholed = true;
            return;
          }
          if (mode.mode === 'cut' || to.destroyed) return;
          if (mode.mode === 'pass') {
            to.write(data.subarray(offset));
            return;
          }
          // Throttled: a tenth of a second's worth at a time.
          const slice = Math.max(1, Math.floor(mode.bytesPerSecond / 10));
          to.write(data.subarray(offset, offset + slice));
          offset += slice;
          from.pause();
          await new Promise((resolve) => setTimeout(resolve, 100));
          from.resume();
        }
      });
    });
  }

  #drop(pair: Pair): void {
    if (!this.#pairs.delete(pair)) return;
    pair.client.resetAndDestroy();
    pair.upstream?.resetAndDestroy();
  }

  async close(): Promise<void> {
    for (const pair of [...this.#pairs]) this.#drop(pair);
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** A proxy each way between two nodes: `a` reaches `b` through `toB`, and `b` reaches `a` through `toA`. */
export interface FaultLink extends AsyncDisposable {
  toA: FaultProxy;
  toB: FaultProxy;
  /** Sets both directions. */
  set(mode: FaultMode): void;
  close(): Promise<void>;
}

const tcpTarget = (multiaddr: string) => {
  const match = /^\/ip4\/([^/]+)\/tcp\/(\d+)/.exec(multiaddr);
  if (!match) throw new Error(`not a TCP multiaddr: ${multiaddr}`);
  return { host: match[1]!, port: Number(match[2]) };
};

/** Starts the two proxies and adds each node's proxy address to the other's peer book. */
export async function linkThroughProxies(a: TestNode, b: TestNode): Promise<FaultLink> {
  const toA = await FaultProxy.start(tcpTarget(a.node.peerHost.multiaddrs()[0]!));
  const toB = await FaultProxy.start(tcpTarget(b.node.peerHost.multiaddrs()[0]!));
  await a.node.services.peers.add(toB.multiaddr(b.node.nodeId), 'test:setup');
  await b.node.services.peers.add(toA.multiaddr(a.node.nodeId), 'test:setup');
  const close = async () => {
    await Promise.all([toA.close(), toB.close()]);
  };
  return {
    toA,
    toB,
    set(mode) {
      toA.set(mode);
      toB.set(mode);
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
