/**
 * One child process of the federation simulator (bench/federation.ts): several real nodes
 * (`startNode`: libp2p, LevelDB, the services) in this process, driven by requests from the parent
 * over the IPC channel. Each request `{ id, command: { op, ... } }` is answered `{ id, ok, value | error }`.
 *
 * Ops: `start` (the nodes' data directories, initialised by the parent), `link` (install sealed
 * agreements and add the peers), `traffic` (validated cases at a rate for a duration, contributing
 * every `contributeEveryMs` and measuring the contribution lag; the operation's participants
 * posting), `settle` (final pulls and contributions), `sample` (RSS, CPU, connections), `wcoHeld`
 * (what the WCO node holds per member), `stop`; for the fault scenarios `stopNode` / `startNode`
 * (close a node, start it again on the same data directory and port), `cut` / `heal` (forget some
 * peers and hang up on them, so that neither side redials; then add them back), `unreceipted`
 * (cases created by a time and not yet receipted by the WCO node), `counters` (failed contribution
 * runs, failed dials and streams and warnings the nodes logged) and `backlog` (a member's bulk of
 * validated cases written before the traffic); for the operation `opCreate`, `opAccept` (each
 * invited node waits for the invitation and accepts it), `opProgress` (the organiser's count of
 * acceptances) and `opThreads` (what every node holds of the operation).
 *
 * @example
 *   fork('bench/federation/worker.ts'); // then send { id: 1, command: { op: 'start', nodes: [...] } }
 */
import { pino } from 'pino';
import { loadConfig } from '../../node/config.ts';
import { startNode, type RunningNode } from '../../node/index.ts';
import { createLoggers, type Loggers } from '../../node/log.ts';
import { SyntheticGenerator } from '../../node/seed/index.ts';
import type { SealedAgreement } from '../../policies/index.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import { validateCaseInput } from '../../protocol/validation.ts';
import type {
  CreatedCase,
  HeldCase,
  NodeCounters,
  OperationThread,
  OperationTraffic,
  TrafficResult,
  WorkerNode,
  WorkerCommand,
  WorkerRequest,
  WorkerSample,
} from './messages.ts';

const ACTOR = { username: 'system:federation' };
/** Who creates, accepts and posts in the operation on every node. */
const ANALYST = { username: 'analyst1', role: 'analyst' };
const BACKLOG_BATCH = 1000;
const TICK_MS = 100;
/** After the traffic, how long members go on contributing until their last cases are receipted. */
const DRAIN_MS = 60_000;

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
  created: CreatedCase[];
  /** The operation this node takes part in: what it posted and how long others' messages took. */
  operation: { id: string; posted: string[]; postErrors: number; lagsMs: number[] } | undefined;
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
      operation: undefined,
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

/**
 * One contribution run of a member. A run that ends caught up has sent every case acknowledged
 * before it started (a case written during the run may or may not be in it): those are receipted.
 */
async function contributeOnce(m: Member): Promise<void> {
  if (!m.node.contributions) return;
  try {
    const started = Date.now();
    const runs = await m.node.contributions.contribute();
    const done = Date.now();
    // A member has one contribution target: a run that failed (the WCO node away) leaves none.
    if (runs.length === 0) m.counters.contributeErrors++;
    if (runs.length > 0 && runs.every((r) => r.cursor >= r.head)) {
      for (const [id, at] of m.pending) {
        if (at < started) {
          m.lags.push(done - at);
          m.pending.delete(id);
        }
      }
    }
  } catch {
    m.counters.contributeErrors++;
  }
}

async function traffic(
  perNodeRate: number,
  durationMs: number,
  contributeEveryMs: number,
  operation: OperationTraffic | undefined,
): Promise<void> {
  const nationals = members.filter((m) => m.generator);
  const deadline = Date.now() + durationMs;
  const posting = operation
    ? members
        .filter((m) => operation.keys.includes(m.spec.key))
        .map(async (m, i) => {
          const every = 1000 / operation.perNodeRate;
          await sleep(every * Math.random() + i);
          for (let n = 1; Date.now() < deadline; n++) {
            await postOnce(m, operation.id, `${m.spec.key} message ${n}`);
            await sleep(every);
          }
        })
    : [];
  const owed = new Map<Member, number>();
  let serial = 0;
  // Until the traffic ends, then until the member's last cases are receipted (for at most
  // DRAIN_MS): a case's lag ends at its receipt, not at the settle step that follows the traffic.
  const contributing = nationals.map(async (m, i) => {
    await sleep((contributeEveryMs * i) / Math.max(1, nationals.length));
    const drainUntil = deadline + DRAIN_MS;
    while (Date.now() < deadline || (m.pending.size > 0 && Date.now() < drainUntil)) {
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
          m.created.push(createdOf(c));
        }
        owed.set(m, due);
      }),
    );
  }
  await Promise.all([...contributing, ...posting]);
}

const createdOf = (c: Case): CreatedCase => ({
  id: c.id,
  version: c.version,
  handling: c.handling?.code ?? 'H0',
});

/**
 * A validated case from the generator; its drafts may lack what validation needs (a default
 * detection method is filled in, as an officer would), so the store may still refuse some.
 */
function validatedInput(m: Member, ref: string): CaseInput {
  const generated = m.generator!.nextCase().input;
  return {
    ...generated,
    detection: generated.detection?.method ? generated.detection : { method: 'intelligence' },
    status: 'validated',
    ref,
    persons: [],
    businesses: [],
  };
}

/** A validated case written by the member's store; a few generated cases are tried if refused. */
async function createValidated(m: Member, ref: string): Promise<Case> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await m.node.services.store.createCase(validatedInput(m, ref), ACTOR);
    } catch (err) {
      if (attempt >= 20 || (err as Error).name !== 'ValidationError') throw err;
    }
  }
}

/**
 * A member's backlog: `cases` validated cases written in batches before the traffic starts (as
 * a bulk import would), each then waiting for its contribution like any other.
 */
async function writeBacklog(key: string, cases: number): Promise<number> {
  const m = memberOf(key);
  const ctx = { country: m.spec.country!, today: new Date().toISOString().slice(0, 10) };
  let written = 0;
  while (written < cases) {
    const inputs: CaseInput[] = [];
    while (inputs.length < Math.min(BACKLOG_BATCH, cases - written)) {
      const input = validatedInput(m, `FED-${key}-backlog-${written + inputs.length + 1}`);
      if (validateCaseInput(input, ctx).ok) inputs.push(input);
    }
    const created = await m.node.services.store.createCases(inputs, ACTOR);
    const at = Date.now();
    for (const c of created) {
      m.pending.set(c.id, at);
      m.created.push(createdOf(c));
    }
    written += created.length;
  }
  return written;
}

/** Registers the node for the operation: the delay of every message another node posted. */
function watchOperation(m: Member, id: string): void {
  const watch = { id, posted: [] as string[], postErrors: 0, lagsMs: [] as number[] };
  m.operation = watch;
  m.node.operations.onEntries((operationId, entries) => {
    if (operationId !== id) return;
    const now = Date.now();
    for (const e of entries)
      if (e.kind === 'message' && e.from !== m.node.nodeId) watch.lagsMs.push(now - Date.parse(e.at));
  });
}

async function postOnce(m: Member, id: string, text: string): Promise<void> {
  try {
    const posted = await m.node.operations.post(id, { text }, ANALYST);
    m.operation!.posted.push(posted.id);
  } catch {
    m.operation!.postErrors++;
  }
}

async function opCreate(key: string, name: string, memberIds: string[]): Promise<string> {
  const m = memberOf(key);
  const created = await m.node.operations.create(
    { name, members: memberIds, template: { fields: [] } },
    ANALYST,
  );
  watchOperation(m, created.definition.id);
  return created.definition.id;
}

/** Each of these nodes waits for the invitation and accepts it. */
async function opAccept(id: string, keys: string[]): Promise<void> {
  await Promise.all(
    members
      .filter((m) => keys.includes(m.spec.key))
      .map(async (m) => {
        const deadline = Date.now() + 120_000;
        for (;;) {
          const list = await m.node.operations.list(ANALYST);
          if (list.some((o) => o.definition.id === id && o.status === 'invited')) break;
          if (Date.now() > deadline) throw new Error(`${m.spec.key} never got the invitation to ${id}`);
          await sleep(200);
        }
        watchOperation(m, id);
        await m.node.operations.answer(id, 'accept', { participants: [ANALYST.username] }, ANALYST);
      }),
  );
}

/** The organiser's count of members that accepted. */
async function opProgress(key: string, id: string): Promise<{ accepted: number }> {
  const detail = await memberOf(key).node.operations.get(id, ANALYST);
  return { accepted: (detail.progress ?? []).filter((p) => p.status === 'accepted').length };
}

/** What every node here holds of the operation. */
async function opThreads(id: string): Promise<OperationThread[]> {
  return Promise.all(
    members.map(async (m): Promise<OperationThread> => {
      const summary = (await m.node.operations.list(ANALYST)).find((o) => o.definition.id === id);
      const messages: { seq: number; id: string }[] = [];
      let queued = 0;
      if (summary) {
        for (let after = 0; ;) {
          const page = await m.node.operations.messages(id, ANALYST, { after, limit: 500 });
          for (const e of page.items) if (e.kind === 'message') messages.push({ seq: e.seq, id: e.id! });
          queued = page.outgoing.filter((o) => o.state === 'queued').length;
          if (page.nextAfter === undefined) break;
          after = page.nextAfter;
        }
      }
      return {
        key: m.spec.key,
        role: summary?.role,
        head: summary?.head ?? 0,
        messages,
        queued,
        posted: m.operation?.posted ?? [],
        postErrors: m.operation?.postErrors ?? 0,
        lagsMs: m.operation?.lagsMs ?? [],
      };
    }),
  );
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
  // Every member contributes at least once more, whatever it believes is receipted.
  for (let i = 0; i === 0 || (i < 5 && members.some((m) => m.generator && m.pending.size > 0)); i++) {
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
function unreceipted(before: number): number {
  let count = 0;
  for (const m of members) for (const at of m.pending.values()) if (at <= before) count++;
  return count;
}

function counters(): Record<string, NodeCounters> {
  return Object.fromEntries(members.map((m) => [m.spec.key, { ...m.counters }]));
}

async function wcoHeld(): Promise<{
  count: number;
  held: Record<string, HeldCase[]>;
}> {
  const wco = members.find((m) => m.node.global);
  if (!wco) throw new Error('the WCO node is not in this process');
  const held: Record<string, HeldCase[]> = {};
  for await (const entry of wco.node.global!.store.all()) {
    const owner = entry.provenance.owner.nodeId;
    const handling = (entry.record.handling as { code?: string } | undefined)?.code ?? 'H0';
    (held[owner] ??= []).push({ id: entry.id, version: entry.version, handling });
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

async function answer(request: WorkerCommand): Promise<unknown> {
  switch (request.op) {
    case 'start':
      return start(request.nodes);
    case 'link':
      return link(request.links);
    case 'traffic':
      await traffic(request.perNodeRate, request.durationMs, request.contributeEveryMs, request.operation);
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
    case 'unreceipted':
      return unreceipted(request.before);
    case 'backlog':
      return writeBacklog(request.key, request.cases);
    case 'opCreate':
      return opCreate(request.key, request.name, request.members);
    case 'opAccept':
      return opAccept(request.operationId, request.keys);
    case 'opProgress':
      return opProgress(request.key, request.operationId);
    case 'opThreads':
      return opThreads(request.operationId);
    case 'counters':
      return counters();
  }
}

process.on('message', (message: WorkerRequest) => {
  answer(message.command).then(
    (value) => process.send!({ id: message.id, ok: true, value }),
    (err: unknown) =>
      process.send!({ id: message.id, ok: false, error: err instanceof Error ? err.stack : String(err) }),
  );
});
process.on('disconnect', () => {
  void stop().finally(() => process.exit(0));
});
