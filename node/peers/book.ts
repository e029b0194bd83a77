/**
 * The peers this node knows by address, in the node's KvStore (namespace `peers`, key: node id).
 * A peer is only an address book entry: what may flow to or from it is decided by the agreements
 * (and, with the peer host, the connection gater), never by being in this book.
 */
import type { PeerSummary, PeerSyncState } from '../../protocol/api.ts';
import { parseNodeId, type NodeId } from '../../protocol/ids.ts';
import type { AuditLog } from '../audit/index.ts';
import type { KvStore } from '../store/kv.ts';
import { InvalidMultiaddrError, UnknownPeerError } from './errors.ts';
import { parsePeerMultiaddr } from './multiaddr.ts';

export const PEERS_NAMESPACE = 'peers';
/** Addresses kept per peer: a node has a few (IPv4, IPv6, a DNS name), not dozens. */
export const MAX_ADDRESSES_PER_PEER = 8;

interface StoredPeer {
  nodeId: string;
  multiaddrs: string[];
  addedAt: string;
  addedBy: string;
}

export interface PeerBookOptions {
  kv: KvStore;
  audit: AuditLog;
  /** This node, which is never its own peer. */
  nodeId: NodeId;
  /** The node ids with an active agreement now (the agreement registry's `activePeers`). */
  activePeers: () => Promise<ReadonlySet<string>>;
  clock?: () => Date;
}

/** The running peer host's view of a peer (see node/p2p). */
export interface PeerStatusSource {
  status(nodeId: string): { connected: boolean; lastSeen?: string; name?: string; sync?: PeerSyncState };
}

export interface AddPeerResult {
  /** False when the peer and this address were known already. */
  added: boolean;
  peer: PeerSummary;
}

export class PeerBook {
  readonly #kv: KvStore;
  readonly #audit: AuditLog;
  readonly #nodeId: NodeId;
  readonly #activePeers: () => Promise<ReadonlySet<string>>;
  readonly #clock: () => Date;
  #queue: Promise<unknown> = Promise.resolve();
  #statusSource: PeerStatusSource | undefined;
  /** Told after a peer is added or removed (the peer host re-reads whom it admits). */
  readonly #listeners = new Set<() => void>();

  constructor(options: PeerBookOptions) {
    this.#kv = options.kv;
    this.#audit = options.audit;
    this.#nodeId = options.nodeId;
    this.#activePeers = options.activePeers;
    this.#clock = options.clock ?? (() => new Date());
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Calls `listener` after each peer added, address added or peer removed; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const listener of this.#listeners) {
      // A listener's failure must not fail a change that is already stored.
      try {
        listener();
      } catch {
        /* the listener logs its own failures */
      }
    }
  }

  /** Connection states come from the running peer host; without one they are `unknown`. */
  attachStatus(source: PeerStatusSource | undefined): void {
    this.#statusSource = source;
  }

  /** The addresses held for a node (empty when it is not in the book). */
  async addressesOf(nodeId: string): Promise<string[]> {
    const known = (await this.#kv.get(PEERS_NAMESPACE, nodeId)) as StoredPeer | undefined;
    return known ? [...known.multiaddrs] : [];
  }

  /** Adds a peer by a multiaddr ending in `/p2p/<nodeId>`, or another address of a known one. */
  add(address: unknown, actor: string): Promise<AddPeerResult> {
    return this.#serialised(async () => {
      const { multiaddr, nodeId } = parsePeerMultiaddr(address);
      if (nodeId === this.#nodeId) throw new InvalidMultiaddrError('that is this node’s own id');
      const known = (await this.#kv.get(PEERS_NAMESPACE, nodeId)) as StoredPeer | undefined;
      if (known?.multiaddrs.includes(multiaddr)) return { added: false, peer: await this.#summary(known) };
      if (known && known.multiaddrs.length >= MAX_ADDRESSES_PER_PEER) {
        throw new InvalidMultiaddrError(
          `${nodeId} has ${MAX_ADDRESSES_PER_PEER} addresses already: remove the peer and add the ones in use`,
        );
      }
      const peer: StoredPeer = known
        ? { ...known, multiaddrs: [...known.multiaddrs, multiaddr] }
        : { nodeId, multiaddrs: [multiaddr], addedAt: this.#clock().toISOString(), addedBy: actor };
      await this.#audit.commit([
        { type: 'put', ns: PEERS_NAMESPACE, key: nodeId, value: peer },
        ...this.#audit.entryOps({
          action: 'peer-added',
          actor,
          target: nodeId,
          outcome: 'ok',
          details: { addresses: peer.multiaddrs.length },
        }),
      ]);
      this.#changed();
      return { added: true, peer: await this.#summary(peer) };
    });
  }

  async list(): Promise<PeerSummary[]> {
    const active = await this.#activePeers();
    const peers: PeerSummary[] = [];
    for await (const [, value] of this.#kv.iterate(PEERS_NAMESPACE)) {
      peers.push(this.#summaryWith(value as StoredPeer, active));
    }
    return peers;
  }

  async get(nodeId: string): Promise<PeerSummary | undefined> {
    const known = (await this.#kv.get(PEERS_NAMESPACE, parseNodeId(nodeId))) as StoredPeer | undefined;
    return known ? this.#summary(known) : undefined;
  }

  /** Forgets a peer and its addresses (its agreements stay: they are revoked, not removed). */
  remove(nodeId: string, actor: string): Promise<PeerSummary> {
    return this.#serialised(async () => {
      const id = parseNodeId(nodeId);
      const known = (await this.#kv.get(PEERS_NAMESPACE, id)) as StoredPeer | undefined;
      if (!known) throw new UnknownPeerError(id);
      await this.#audit.commit([
        { type: 'del', ns: PEERS_NAMESPACE, key: id },
        ...this.#audit.entryOps({ action: 'peer-removed', actor, target: id, outcome: 'ok' }),
      ]);
      this.#changed();
      return this.#summary(known);
    });
  }

  async #summary(peer: StoredPeer): Promise<PeerSummary> {
    return this.#summaryWith(peer, await this.#activePeers());
  }

  #summaryWith(peer: StoredPeer, active: ReadonlySet<string>): PeerSummary {
    const live = this.#statusSource?.status(peer.nodeId);
    return {
      nodeId: peer.nodeId,
      multiaddrs: [...peer.multiaddrs],
      status: live === undefined ? 'unknown' : live.connected ? 'connected' : 'disconnected',
      ...(live?.lastSeen === undefined ? {} : { lastSeen: live.lastSeen }),
      ...(live?.name === undefined ? {} : { name: live.name }),
      ...(live?.sync === undefined ? {} : { sync: { ...live.sync } }),
      activeAgreement: active.has(peer.nodeId),
      addedAt: peer.addedAt,
      addedBy: peer.addedBy,
    };
  }
}
