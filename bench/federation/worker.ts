/**
 * One child process of the federation simulator (bench/federation.ts): several real nodes
 * (`startNode`: libp2p, LevelDB, the services) in this process, driven by requests from the parent
 * over the IPC channel. Each request `{ id, op, ... }` is answered `{ id, ok, value | error }`.
 *
 * Ops: `start` (the nodes' data directories, initialised by the parent), `link` (install sealed
 * agreements and add the peers), `traffic` (validated cases at a rate for a duration, contributing
 * every `contributeEveryMs` and measuring the contribution lag), `settle` (final pulls and
 * contributions), `sample` (RSS, CPU, connections), `wcoHeld` (what the WCO node holds per
 * member), `stop`; for the fault scenarios `stopNode` / `startNode` (close a node, start it again
 * on the same data directory and port), `cut` / `heal` (forget some peers and hang up on them, so
 * that neither side redials; then add them back), `backlog` (cases created by a time and not yet
 * receipted by the WCO node) and `counters` (failed contribution runs, failed dials and streams
 * and warnings the nodes logged).
 *
 * @example
 *   fork('bench/federation/worker.ts'); // then send { id: 1, op: 'start', nodes: [...] }
 */
import { pino } from 'pino';
import { loadConfig } from '../../node/config.ts';
import { startNode, type RunningNode } from '../../node/index.ts';
import { createLoggers, type Loggers } from '../../node/log.ts';
import { SyntheticGenerator } from '../../node/seed/index.ts';
import type { SealedAgreement } from '../../policies/index.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import type { NodeCounters, WorkerNode, WorkerRequest, TrafficResult, WorkerSample } from './messages.ts';

const ACTOR = { username: 'system:federation' };
const TICK_MS = 100;

interface Member {
  spec: WorkerNode;
  node: RunningNode;
  /** Closed by `stopNode` and not started again yet. */
  down: boolean;
  /** Peers forgotten by `cut`: node id → addresses, to add back on `heal`. */
  cut: Map<string, string[]>;
  counters: NodeCounters;
  generator: SyntheticGenerator | undefined;
  /** Created (validated) and not yet known to be receipted by the WCO node: id → time. */
  pending: Map<string, number>;
  lags: number[];
  created: { id: string; version: number }[];
}

const members: Member[] = [];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Loggers that write nothing but count what the fault scenarios report: failed dials (the
 * reconnect loop logs them at debug), failed streams (refused or broken) and every warning.
 */
function countingLoggers(counters: NodeCounters): Loggers {
  const logger = pino({
    level: 'debug',
    hooks: {
      logMethod(args: unknown[], _method: unknown, level: number) {
        const message = args.find((a): a is string => typeof a === 'string');
        if (message === 'p2p dial failed') counters.dialFailures++;
        else if (message === 'p2p stream failed') counters.streamFailures++;
        if (level >= 40) counters.warnings++;
      },
    },
  });
  return createLoggers({ logger });
}

async function launch(spec: WorkerNode, counters: NodeCounters): Promise<RunningNode> {
  return startNode(await loadConfig(spec.dataDir, {}), {
    loggers: countingLoggers(counters),
    consoleDistDir: null,
    p2p: { reconnectIntervalMs: 1000 },
    exchange: { syncIntervalMs: spec.syncIntervalMs },
    // The simulator drives contributions itself (to time them); connecting still contributes.
    contribute: { intervalMs: 60 * 60_000 },
  });
}

async function start(specs: WorkerNode[]): Promise<{ key: string; nodeId: string; multiaddr: string }[]> {
  for (const spec of specs) {
    const counters: NodeCounters = { contributeErrors: 0, dialFailures: 0, streamFailures: 0, warnings: 0 };
    const node = await launch(spec, counters);
    members.push({
      spec,
      node,
      down: false,
      cut: new Map(),
      counters,
      generator: spec.country
        ? new SyntheticGenerator({
            seed: 7,
            country: spec.country,
            today: new Date().toISOString().slice(0, 10),
          })
        : undefined,
      pending: new Map(),
      lags: [],
      created: [],
    });
  }
  return members.map((m) => ({
    key: m.spec.key,
    nodeId: m.node.nodeId,
    multiaddr: m.node.peerHost.multiaddrs()[0]!,
  }));
}

const memberOf = (key: string): Member => {
  const m = members.find((x) => x.spec.key === key);
  if (!m) throw new Error(`no node ${key} in this process`);
  return m;
};

async function link(links: { key: string; sealed: SealedAgreement; peer: string }[]): Promise<void> {
  for (const { key, sealed, peer } of links) {
    const { node } = memberOf(key);
    await node.services.agreements.install(sealed, ACTOR.username);
    await node.services.peers.add(peer, ACTOR.username);
  }
  await Promise.all(members.map((m) => m.node.peerHost.recheck()));
}

/** One contribution run of a member; cases created before a run that ends caught up are receipted. */
async function contributeOnce(m: Member): Promise<void> {
  if (!m.node.contributions) return;
  try {
    const runs = await m.node.contributions.contribute();
    const done = Date.now();
    if (runs.length > 0 && runs.every((r) => r.cursor >= r.head)) {
      for (const [id, at] of m.pending) {
        if (at <= done) {
          m.lags.push(done - at);
          m.pending.delete(id);
        }
      }
    }
  } catch {
    m.counters.contributeErrors++;
  }
}

async function traffic(perNodeRate: number, durationMs: number, contributeEveryMs: number): Promise<void> {
  const nationals = members.filter((m) => m.generator);
  const deadline = Date.now() + durationMs;
  const owed = new Map<Member, number>();
  let serial = 0;
  const contributing = nationals.map(async (m, i) => {
    await sleep((contributeEveryMs * i) / Math.max(1, nationals.length));
    while (Date.now() < deadline) {
      await contributeOnce(m);
      await sleep(contributeEveryMs);
    }
  });
  let last = Date.now();
  while (Date.now() < deadline) {
    await sleep(TICK_MS);
    const now = Date.now();
    const dt = (now - last) / 1000;
    last = now;
    await Promise.all(
      nationals.map(async (m) => {
        let due = (owed.get(m) ?? 0) + perNodeRate * dt;
        while (due >= 1) {
          due--;
          const c = await createValidated(m, `FED-${m.spec.key}-${++serial}`);
          m.pending.set(c.id, Date.now());
          m.created.push({ id: c.id, version: c.version });
        }
        owed.set(m, due);
      }),
    );
  }
  await Promise.all(contributing);
}

/**
 * A validated case from the generator; its drafts may lack what validation needs, so a few are
 * tried (a default detection method first, as an officer would fill in).
 */
async function createValidated(m: Member, ref: string): Promise<Case> {
  for (let attempt = 0; ; attempt++) {
    const generated = m.generator!.nextCase().input;
    const input: CaseInput = {
      ...generated,
      detection: generated.detection?.method ? generated.detection : { method: 'intelligence' },
      status: 'validated',
      ref,
      persons: [],
      businesses: [],
    };
    try {
      return await m.node.services.store.createCase(input, ACTOR);
    } catch (err) {
      if (attempt >= 20 || (err as Error).name !== 'ValidationError') throw err;
    }
  }
}

function trafficResult(): TrafficResult[] {
  return members
    .filter((m) => m.generator)
    .map((m) => ({
      key: m.spec.key,
      nodeId: m.node.nodeId,
      created: m.created,
      lagsMs: m.lags,
      unreceipted: m.pending.size,
      contributeErrors: m.counters.contributeErrors,
    }));
}

/** After the traffic: every member pulls from its partners and contributes until caught up. */
async function settle(): Promise<TrafficResult[]> {
  await Promise.all(members.map((m) => m.node.exchange.pullAll()));
  for (let i = 0; i < 5 && members.some((m) => m.generator && m.pending.size > 0); i++) {
    await Promise.all(members.filter((m) => m.generator).map((m) => contributeOnce(m)));
  }
  await Promise.all(members.map((m) => m.node.exchange.pullAll()));
  return trafficResult();
}

function sample(): WorkerSample {
  const cpu = process.cpuUsage();
  return {
    rssBytes: process.memoryUsage().rss,
    cpuMicros: cpu.user + cpu.system,
    nodes: members.map((m) => ({
      key: m.spec.key,
      connections: m.down ? 0 : m.node.peerHost.connectedPeers().length,
    })),
  };
}

/** Closes a node (its process goes on running the others). */
async function stopNode(key: string): Promise<void> {
  const m = memberOf(key);
  if (m.down) return;
  m.down = true;
  await m.node.close('federation simulator: outage');
}

/** Starts a stopped node again on its data directory (same identity, same port, same peers). */
async function startAgain(key: string): Promise<void> {
  const m = memberOf(key);
  if (!m.down) return;
  m.node = await launch(m.spec, m.counters);
  m.down = false;
}

/** Forgets these peers (so neither side redials) and hangs up on them: one side of a partition. */
async function cut(key: string, nodeIds: string[]): Promise<void> {
  const m = memberOf(key);
  for (const nodeId of nodeIds) {
    const addresses = await m.node.services.peers.addressesOf(nodeId);
    if (addresses.length === 0) continue;
    m.cut.set(nodeId, addresses);
    await m.node.services.peers.remove(nodeId, ACTOR.username);
  }
  const libp2p = m.node.peerHost.libp2p;
  await Promise.all(
    libp2p
      .getConnections()
      .filter((c) => nodeIds.includes(c.remotePeer.toString()))
      .map((c) => c.close().catch(() => c.abort(new Error('partition')))),
  );
}

/** Adds the forgotten peers back and redials them. */
async function heal(key: string): Promise<void> {
  const m = memberOf(key);
  for (const addresses of m.cut.values())
    for (const address of addresses) await m.node.services.peers.add(address, ACTOR.username);
  m.cut.clear();
  await m.node.peerHost.reconnect();
}

/** Cases created at or before `before` (ms) that the WCO node has not receipted yet. */
function backlog(before: number): number {
  let count = 0;
  for (const m of members) for (const at of m.pending.values()) if (at <= before) count++;
  return count;
}

function counters(): Record<string, NodeCounters> {
  return Object.fromEntries(members.map((m) => [m.spec.key, { ...m.counters }]));
}

async function wcoHeld(): Promise<{
  count: number;
  held: Record<string, { id: string; version: number }[]>;
}> {
  const wco = members.find((m) => m.node.global);
  if (!wco) throw new Error('the WCO node is not in this process');
  const held: Record<string, { id: string; version: number }[]> = {};
  for await (const entry of wco.node.global!.store.all()) {
    const owner = entry.provenance.owner.nodeId;
    (held[owner] ??= []).push({ id: entry.id, version: entry.version });
  }
  return { count: await wco.node.global!.store.count(), held };
}

let lastWcoCount = 0;

async function wcoCount(): Promise<number> {
  const wco = members.find((m) => m.spec.country === undefined);
  // While the WCO node is down, what it held when it stopped.
  if (wco && !wco.down) lastWcoCount = await wco.node.global!.store.count();
  return lastWcoCount;
}

async function stop(): Promise<void> {
  for (const m of members.splice(0)) if (!m.down) await m.node.close('federation simulator done');
}

async function answer(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'start':
      return start(request.nodes);
    case 'link':
      return link(request.links);
    case 'traffic':
      await traffic(request.perNodeRate, request.durationMs, request.contributeEveryMs);
      return trafficResult();
    case 'settle':
      return settle();
    case 'sample':
      return sample();
    case 'wcoCount':
      return wcoCount();
    case 'wcoHeld':
      return wcoHeld();
    case 'stop':
      await stop();
      return undefined;
    case 'stopNode':
      return stopNode(request.key);
    case 'startNode':
      return startAgain(request.key);
    case 'cut':
      return cut(request.key, request.nodeIds);
    case 'heal':
      return heal(request.key);
    case 'backlog':
      return backlog(request.before);
    case 'counters':
      return counters();
  }
}

process.on('message', (message: WorkerRequest) => {
  answer(message).then(
    (value) => process.send!({ id: message.id, ok: true, value }),
    (err: unknown) =>
      process.send!({ id: message.id, ok: false, error: err instanceof Error ? err.stack : String(err) }),
  );
});
process.on('disconnect', () => {
  void stop().finally(() => process.exit(0));
});
