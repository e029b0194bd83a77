/**
 * `make federation`: the federation simulator. N real national nodes and one WCO node
 * (`startNode`: libp2p, LevelDB, the services, with their production sync and contribution
 * intervals) on loopback, the national nodes several per child process (bench/federation/worker.ts),
 * the WCO node in a process of its own, with a realistic agreement graph: regional clusters (up to
 * six, as the WCO's regions), bilateral sync agreements within a cluster (a ring, plus a chord two
 * along in clusters of six or more: two to four partners each) and every member contributing to
 * the WCO node (case-level contribution agreements, up to handling code H2). Every agreement is
 * drafted, signed and countersigned with the parties' real identity keys and installed through the
 * nodes' services.
 *
 * Steady state: validated cases at FED_RATE cases/s across the federation for FED_DURATION; each
 * member contributes every FED_CONTRIBUTE_EVERY and the lag of a case runs from its validation to
 * the end of the first contribution run, started after it, that leaves the member caught up. An
 * operation (CENcomm) of min(50, N − 1) members runs alongside: organised by the first member,
 * invited and accepted over the network, its participants posting FED_OP_RATE messages/s together;
 * its delivery latency runs from the post to the message stored on each other participant's node.
 * Measured: RSS per node (process RSS / nodes in it, and without the process's own share),
 * connections per node, contribution lag p50/p99, WCO ingest rate, operation delivery p50/p99, CPU
 * per process. At the end the consistency checkers (test/helpers/consistency.ts) compare every
 * member's validated cases with what the WCO node holds (each exactly once, none above H2) and every
 * bilateral partner's inbox with the owner's store; `checkOperation` compares the operation's
 * threads (every acknowledged message once, in the organiser's order, on every member; nothing on
 * a non-member).
 *
 * Scenarios (FED_SCENARIO=steady|wco-outage|partition|backlog, a comma-separated list, or all; default
 * steady). The faults
 * start at 30 % of the traffic time and last FED_OUTAGE (default a tenth of the traffic time: the
 * issue's "hour of simulated traffic" compressed in time), while the traffic goes on:
 * - wco-outage: the WCO node is closed, then started again on the same data directory and port.
 *   Measured: reconnect time (restart → every connection back), catch-up time (restart → every
 *   case created before it receipted by the WCO node), and what the nodes counted meanwhile
 *   (failed contribution runs, failed dials, failed streams).
 * - partition: the first region is cut off: its members and the WCO node forget each other's
 *   addresses (the peer book) and hang up, so nobody redials (regions share no bilateral agreement,
 *   so the WCO node is the region's only outside partner); then the peers are added back (heal).
 *   Measured as for the outage, from the heal.
 * - backlog: before the traffic the last member writes FED_BACKLOG validated cases (default
 *   100,000) as a bulk import would; measured: the time until the WCO node receipted all of them,
 *   the others' traffic going on.
 *
 * Environment: FED_NODES (10, or a list: 10,50,185 runs each and writes the series table
 * bench/results/federation-series.md), FED_RATE (cases/s, default 0.1 per member), FED_DURATION
 * (60s), FED_PER_PROCESS (nodes per child process, 15), FED_CONTRIBUTE_EVERY and FED_SYNC_EVERY
 * (the nodes' defaults, 5s), FED_SAMPLE (5s), FED_SCENARIO (steady), FED_OUTAGE (FED_DURATION / 10),
 * FED_BACKLOG (100000), FED_OP_MEMBERS (50; 0: no operation), FED_OP_RATE (messages/s, 2).
 * Writes bench/results/federation-N<N>-<scenario>.json and .md. `node bench/federation.ts --series`
 * writes the series table from the steady-state results already there.
 *
 * @example
 *   FED_NODES=10 FED_DURATION=30s node bench/federation.ts
 *   const result = await runFederation({ nodes: 6, durationMs: 20_000 }); // result.consistency
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONTRIBUTE_INTERVAL_MS } from '../node/contribute/index.ts';
import { DEFAULT_SYNC_INTERVAL_MS } from '../node/exchange/index.ts';
import { loadIdentity } from '../node/identity.ts';
import { initNode } from '../node/index.ts';
import {
  countersign,
  draftAgreement,
  publicJwkOfNodeId,
  signAgreement,
  signingKeyFromLibp2p,
  type SealedAgreement,
} from '../policies/index.ts';
import { HANDLING_CODES, type HandlingCode } from '../protocol/agreement.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';
import {
  checkExchange,
  compareHeld,
  sumCounts,
  type ConsistencyCounts,
} from '../test/helpers/consistency.ts';
import type {
  HeldCase,
  NodeCounters,
  OperationThread,
  TrafficResult,
  WorkerAnswer,
  WorkerNode,
  WorkerCommand,
  WorkerRequest,
  WorkerSample,
} from './federation/messages.ts';
import { freePorts, percentiles, sealedAgreement, type BenchParty } from './nodes.ts';
import { parseDuration } from './soak.ts';

const WORKER = fileURLToPath(new URL('./federation/worker.ts', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const REGIONS = 6;
const CONNECT_TIMEOUT_MS = 300_000;
/**
 * Validated cases per second per member by default: at N = 185, 18.5 cases/s, some 1.6 million
 * a day, many times what the WCO's members record in a year; every member pays the same.
 */
const DEFAULT_RATE_PER_NODE = 0.1;
/** How long the backlog scenario waits, after the traffic, for the backlog to be receipted. */
const BACKLOG_WAIT_MS = 30 * 60_000;
/** How long members have, after the traffic, to hold the operation's whole thread. */
const OPERATION_SETTLE_MS = 120_000;

export class FederationError extends Error {
  override name = 'FederationError';
}

export const SCENARIOS = ['steady', 'wco-outage', 'partition', 'backlog'] as const;
export type FederationScenario = (typeof SCENARIOS)[number];

export interface FederationOptions {
  /** National nodes (the WCO node comes on top). */
  nodes: number;
  /** Default steady. */
  scenario?: FederationScenario;
  /** How long the fault lasts (default durationMs / 10). */
  outageMs?: number;
  /** The backlog scenario: cases one member holds before the traffic (default 100,000). */
  backlogCases?: number;
  /** Steady state: members of the operation besides its organiser (default min(50, nodes − 1); 0: none). */
  operationMembers?: number;
  /** Messages per second posted in the operation, all participants together (default 2). */
  operationRate?: number;
  /** Cases per second across the federation (default nodes / 2). */
  rate?: number;
  durationMs: number;
  perProcess?: number;
  contributeEveryMs?: number;
  syncEveryMs?: number;
  sampleMs?: number;
  /** Default bench/results. */
  resultsDir?: string;
  log?: (line: string) => void;
}

export interface FederationNodeRow {
  node: string;
  region: string;
  process: number;
  /** The process's RSS at the end of the traffic divided by the nodes in it. */
  rssMbPerNode: number;
  /** The same without the process's own share (its RSS before any node started). */
  rssMbPerNodeMarginal: number;
  connections: number;
  partners: number;
  casesCreated: number;
  lagP50Ms: number | undefined;
  lagP99Ms: number | undefined;
}

/** The fault of a scenario and the recovery from it. */
export interface FederationFault {
  /** backlog: the member's cases were written before the traffic; "recovery" is the traffic's start. */
  kind: 'wco-outage' | 'partition' | 'backlog';
  /** The nodes stopped or cut off. */
  nodes: string[];
  /** Seconds into the traffic when it started; how long it lasted. */
  startedAtS: number;
  durationMs: number;
  /** Cases created before the recovery and not yet receipted by the WCO node, at the recovery. */
  backlogAtRecovery: number;
  /** Recovery (restart or heal) → every node connected to every partner again. */
  reconnectMs: number | undefined;
  /** Recovery → every case created before it receipted by the WCO node (during the traffic). */
  catchUpMs: number | undefined;
  /** Counted by all nodes during the fault, then from the recovery to the catch-up. */
  duringFault: NodeCounters;
  duringRecovery: NodeCounters;
}

/** The operation of the steady state: one organiser, its members, messages posted all along. */
export interface FederationOperation {
  organiser: string;
  members: number;
  /** Created → every member accepted (invitation and answer over the network). */
  setupMs: number;
  /** Messages the posting nodes acknowledged (relayed at once or queued for the organiser). */
  posted: number;
  postErrors: number;
  /** Post → stored on another participant's node, one per message and receiving node. */
  deliveries: number;
  delivery: { p50Ms: number; p99Ms: number; maxMs: number };
  /** After the traffic: until every member held the organiser's whole thread. */
  settledMs: number | undefined;
  consistency: Omit<ConsistencyCounts, 'problems'>;
}

export interface FederationResult {
  scenario: FederationScenario;
  nodes: number;
  processes: number;
  nodesPerProcess: number;
  regions: number;
  bilateralAgreements: number;
  contributionAgreements: number;
  rate: number;
  durationMs: number;
  casesCreated: number;
  /** Of those, the cases above the contribution agreements' handling limit: kept by their members. */
  casesKeptByMembers: number;
  setupSeconds: number;
  rows: FederationNodeRow[];
  lag: { p50Ms: number; p99Ms: number; receipted: number; unreceipted: number };
  wco: { ingestPerSecond: number; held: number };
  fault: FederationFault | undefined;
  operation: FederationOperation | undefined;
  processesCpu: { process: number; nodes: number; rssMb: number; cpuPercent: number }[];
  /** The machine's cores (CPU % are of one core). */
  cores: number;
  consistency: {
    wco: Omit<ConsistencyCounts, 'problems'>;
    bilateral: Omit<ConsistencyCounts, 'problems'>;
    operation: Omit<ConsistencyCounts, 'problems'> | undefined;
    problems: string[];
    ok: boolean;
  };
  files: { json: string; md: string };
}

/** A child process running some nodes, answering requests in order of arrival. */
class Worker {
  readonly index: number;
  readonly child: ChildProcess;
  readonly #waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #next = 0;

  constructor(index: number) {
    this.index = index;
    this.child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (answer: WorkerAnswer) => {
      const waiting = this.#waiting.get(answer.id);
      this.#waiting.delete(answer.id);
      if (answer.ok) waiting?.resolve(answer.value);
      else waiting?.reject(new FederationError(`worker ${index}: ${answer.error}`));
    });
    this.child.on('exit', (code) => {
      for (const w of this.#waiting.values())
        w.reject(new FederationError(`worker ${index} exited (${code})`));
      this.#waiting.clear();
    });
  }

  request<T>(request: WorkerCommand): Promise<T> {
    const id = ++this.#next;
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, command: request } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.request({ op: 'stop' }).catch(() => undefined);
    this.child.disconnect();
    await exited;
  }
}

interface SimNode {
  key: string;
  country: string | undefined;
  region: string;
  dataDir: string;
  party: BenchParty;
  worker: number;
  multiaddr: string;
}

/** Pairs within each cluster: a ring, and a chord two along when the cluster has six or more. */
export function clusterEdges(size: number): [number, number][] {
  const edges = new Set<string>();
  const add = (a: number, b: number) => {
    if (a !== b) edges.add(a < b ? `${a}-${b}` : `${b}-${a}`);
  };
  for (let i = 0; i < size; i++) {
    add(i, (i + 1) % size);
    if (size >= 6) add(i, (i + 2) % size);
  }
  return [...edges].map((e) => e.split('-').map(Number) as [number, number]);
}

function contributionAgreement(member: BenchParty, wco: BenchParty) {
  const from = new Date(Date.now() - 60_000);
  return draftAgreement({
    type: 'wco-contribution',
    parties: [
      {
        administration: member.country,
        name: `Customs ${member.country}`,
        nodeId: member.nodeId,
        key: publicJwkOfNodeId(member.nodeId),
      },
      { administration: 'WCO', name: 'WCO', nodeId: wco.nodeId, key: publicJwkOfNodeId(wco.nodeId) },
    ],
    legalBasis: { instrument: 'WCO CEN data contribution' },
    purposes: ['customs-enforcement'],
    modes: ['sync'],
    scope: {
      [member.nodeId]: {
        recordKinds: ['seizure', 'offence'],
        itrAreas: [...vocabularies.itrArea.codes],
        nominal: false,
      },
    },
    handling: { maxCode: WCO_MAX_HANDLING, onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 365 * 86_400_000).toISOString() },
    profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
  });
}

/**
 * The highest handling code the contribution agreements let through: a member keeps a case above
 * it to itself (refused on its own side), so the WCO node must hold exactly the others.
 */
const WCO_MAX_HANDLING: HandlingCode = 'H2';
const toWco = (c: { handling: string }) =>
  HANDLING_CODES.indexOf(c.handling as HandlingCode) <= HANDLING_CODES.indexOf(WCO_MAX_HANDLING);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const sumCounters = (all: Record<string, NodeCounters>[]): NodeCounters => {
  const total: NodeCounters = { contributeErrors: 0, dialFailures: 0, streamFailures: 0, warnings: 0 };
  for (const byNode of all)
    for (const c of Object.values(byNode))
      for (const k of Object.keys(total) as (keyof NodeCounters)[]) total[k] += c[k];
  return total;
};

const minusCounters = (a: NodeCounters, b: NodeCounters): NodeCounters => ({
  contributeErrors: a.contributeErrors - b.contributeErrors,
  dialFailures: a.dialFailures - b.dialFailures,
  streamFailures: a.streamFailures - b.streamFailures,
  warnings: a.warnings - b.warnings,
});

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

const strip = ({ problems: _, ...counts }: ConsistencyCounts): Omit<ConsistencyCounts, 'problems'> => counts;

/**
 * The operation's threads against each other: every message a node acknowledged is in the
 * organiser's thread once; every member holds that thread, in the same order, each message once;
 * a node that is not a participant holds nothing of the operation.
 */
export function checkOperation(
  threads: readonly OperationThread[],
  organiserKey: string,
  memberKeys: readonly string[],
): ConsistencyCounts {
  const problems: string[] = [];
  const organiser = threads.find((t) => t.key === organiserKey);
  if (!organiser) throw new FederationError(`no thread of the organiser ${organiserKey}`);
  const order = organiser.messages.map((m) => m.id);
  const inThread = new Set(order);
  let duplicated = order.length - inThread.size;
  if (duplicated > 0) problems.push(`operation: the organiser's thread holds ${duplicated} messages twice`);
  let lost = 0;
  let leaked = 0;
  let recordsChecked = order.length;
  for (const id of threads.flatMap((t) => t.posted)) {
    if (!inThread.has(id)) {
      lost++;
      problems.push(`operation: message ${id} was acknowledged and is not in the organiser's thread`);
    }
  }
  for (const key of memberKeys) {
    const member = threads.find((t) => t.key === key);
    const held = member?.messages.map((m) => m.id) ?? [];
    recordsChecked += order.length;
    const heldSet = new Set(held);
    duplicated += held.length - heldSet.size;
    const missing = order.filter((id) => !heldSet.has(id)).length;
    lost += missing;
    if (missing > 0)
      problems.push(`operation: ${key} lacks ${missing} of the thread's ${order.length} messages`);
    const extra = held.filter((id) => !inThread.has(id)).length;
    if (extra > 0) problems.push(`operation: ${key} holds ${extra} messages the organiser's thread lacks`);
    if (missing === 0 && held.some((id, i) => id !== order[i]))
      problems.push(`operation: ${key} holds the thread in another order`);
  }
  for (const t of threads) {
    if (t.key === organiserKey || memberKeys.includes(t.key) || t.role === undefined) continue;
    leaked += Math.max(1, t.messages.length);
    problems.push(`operation: ${t.key} is no member and holds the operation`);
  }
  return { recordsChecked, lost, duplicated, leaked, problems };
}

/** Runs one scenario and writes the results. */
export async function runFederation(options: FederationOptions): Promise<FederationResult> {
  const log = options.log ?? (() => undefined);
  const n = options.nodes;
  const scenario = options.scenario ?? 'steady';
  const outageMs = options.outageMs ?? options.durationMs / 10;
  const countries = vocabularies.country.codes.filter((c) => /^[A-Z]{2}$/.test(c));
  if (!Number.isInteger(n) || n < 2 || n > countries.length)
    throw new RangeError(`FED_NODES must be a whole number from 2 to ${countries.length}, not ${n}`);
  const check = (name: string, value: number | undefined, ok: (v: number) => boolean, what: string) => {
    if (value !== undefined && !ok(value)) throw new RangeError(`${name} must be ${what}, not ${value}`);
  };
  const whole = (v: number) => Number.isInteger(v) && v >= 0;
  const positive = (v: number) => Number.isFinite(v) && v > 0;
  check('FED_RATE', options.rate, (v) => Number.isFinite(v) && v >= 0, 'a number of cases/s, 0 or more');
  check('FED_DURATION', options.durationMs, positive, 'a duration above 0');
  check('FED_OUTAGE', options.outageMs, positive, 'a duration above 0');
  check('FED_PER_PROCESS', options.perProcess, (v) => whole(v) && v > 0, 'a whole number above 0');
  check('FED_BACKLOG', options.backlogCases, whole, 'a whole number of cases');
  check('FED_OP_MEMBERS', options.operationMembers, whole, 'a whole number of members');
  check('FED_OP_RATE', options.operationRate, positive, 'a number of messages/s above 0');
  check('FED_CONTRIBUTE_EVERY', options.contributeEveryMs, positive, 'a duration above 0');
  check('FED_SYNC_EVERY', options.syncEveryMs, positive, 'a duration above 0');
  const rate = options.rate ?? n * DEFAULT_RATE_PER_NODE;
  const perProcess = options.perProcess ?? 15;
  const contributeEveryMs = options.contributeEveryMs ?? DEFAULT_CONTRIBUTE_INTERVAL_MS;
  const syncIntervalMs = options.syncEveryMs ?? DEFAULT_SYNC_INTERVAL_MS;
  const sampleMs = options.sampleMs ?? 5000;
  const regions = Math.max(1, Math.min(REGIONS, Math.floor(n / 3)));
  const backlogCases = options.backlogCases ?? 100_000;
  const operationMembers = scenario === 'steady' ? Math.min(options.operationMembers ?? 50, n - 1) : 0;
  const operationRate = options.operationRate ?? 2;
  const dir = await mkdtemp(join(tmpdir(), 'cen-federation-'));
  const workers: Worker[] = [];
  const setupStarted = Date.now();
  try {
    // Initialise every node here: the parent needs every identity to seal the agreements.
    log(`federation: initialising ${n} national nodes and a WCO node in ${dir}`);
    const specs = [
      { key: 'wco', country: undefined, region: 'WCO' },
      ...countries
        .slice(0, n)
        .map((c, i) => ({ key: c.toLowerCase(), country: c, region: `R${(i % regions) + 1}` })),
    ];
    const nodes: SimNode[] = [];
    const ports = await freePorts(specs.length);
    for (const [i, spec] of specs.entries()) {
      const dataDir = join(dir, spec.key);
      await initNode({
        dataDir,
        name: spec.country ? `Customs ${spec.country}` : 'WCO',
        role: spec.country ? 'national' : 'wco',
        ...(spec.country ? { country: spec.country } : {}),
        apiHost: '127.0.0.1',
        apiPort: 0,
        p2pPort: ports[i]!,
        tls: false,
      });
      const identity = await loadIdentity(dataDir);
      nodes.push({
        ...spec,
        dataDir,
        party: {
          nodeId: identity.nodeId,
          key: signingKeyFromLibp2p(identity.privateKey),
          country: spec.country ?? 'WCO',
        },
        // The WCO node, which every member talks to, has a process of its own (as it has its own
        // machine); the national nodes share the others.
        worker: i === 0 ? 0 : 1 + Math.floor((i - 1) / perProcess),
        multiaddr: '',
      });
    }
    const processes = 1 + Math.ceil((nodes.length - 1) / perProcess);
    log(`federation: starting ${processes} processes of up to ${perProcess} nodes`);
    for (let w = 0; w < processes; w++) workers.push(new Worker(w));
    // Each process's own share, before any node starts in it.
    const baseline = await Promise.all(workers.map((w) => w.request<WorkerSample>({ op: 'sample' })));
    const started = await Promise.all(
      workers.map((worker) =>
        worker.request<{ key: string; nodeId: string; multiaddr: string }[]>({
          op: 'start',
          nodes: nodes
            .filter((x) => x.worker === worker.index)
            .map((x): WorkerNode => ({ key: x.key, dataDir: x.dataDir, country: x.country, syncIntervalMs })),
        }),
      ),
    );
    for (const s of started.flat()) nodes.find((x) => x.key === s.key)!.multiaddr = s.multiaddr;

    // The agreement graph.
    const wcoNode = nodes[0]!;
    const nationals = nodes.slice(1);
    const edges: { a: SimNode; b: SimNode; sealed: SealedAgreement }[] = [];
    for (let r = 1; r <= regions; r++) {
      const cluster = nationals.filter((x) => x.region === `R${r}`);
      for (const [i, j] of clusterEdges(cluster.length)) {
        const a = cluster[i]!;
        const b = cluster[j]!;
        edges.push({ a, b, sealed: await sealedAgreement(a.party, b.party, { modes: ['sync'] }) });
      }
    }
    const contributions = await Promise.all(
      nationals.map(async (m) => ({
        m,
        sealed: await countersign(
          await signAgreement(contributionAgreement(m.party, wcoNode.party), m.party.key),
          wcoNode.party.key,
        ),
      })),
    );
    const links = new Map<number, { key: string; sealed: SealedAgreement; peer: string }[]>();
    const linkOf = (node: SimNode, sealed: SealedAgreement, peer: SimNode) => {
      const list = links.get(node.worker) ?? [];
      list.push({ key: node.key, sealed, peer: peer.multiaddr });
      links.set(node.worker, list);
    };
    for (const { a, b, sealed } of edges) (linkOf(a, sealed, b), linkOf(b, sealed, a));
    for (const { m, sealed } of contributions) (linkOf(m, sealed, wcoNode), linkOf(wcoNode, sealed, m));
    // The operation: its organiser needs an agreement with each member (a query agreement where
    // they are not bilateral partners already); the members come from every region.
    const organiser = nationals[0]!;
    const opMembers = nationals.slice(1, 1 + operationMembers);
    const partnered = new Set(edges.flatMap(({ a, b }) => [`${a.key}-${b.key}`, `${b.key}-${a.key}`]));
    const opEdges = await Promise.all(
      opMembers
        .filter((m) => !partnered.has(`${organiser.key}-${m.key}`))
        .map(async (m) => ({
          a: organiser,
          b: m,
          sealed: await sealedAgreement(organiser.party, m.party, { modes: ['query'] }),
        })),
    );
    for (const { a, b, sealed } of opEdges) (linkOf(a, sealed, b), linkOf(b, sealed, a));
    const partners = new Map<string, number>(nodes.map((x) => [x.key, 0]));
    for (const { a, b } of [...edges, ...opEdges])
      for (const x of [a, b]) partners.set(x.key, partners.get(x.key)! + 1);
    partners.set('wco', nationals.length);
    for (const m of nationals) partners.set(m.key, partners.get(m.key)! + 1);
    log(
      `federation: ${edges.length} bilateral, ${contributions.length} contribution and ` +
        `${opEdges.length} operation agreements`,
    );
    await Promise.all(workers.map((w) => w.request({ op: 'link', links: links.get(w.index) ?? [] })));

    const sampleAll = () => Promise.all(workers.map((w) => w.request<WorkerSample>({ op: 'sample' })));
    const connectDeadline = Date.now() + CONNECT_TIMEOUT_MS;
    for (;;) {
      const samples = await sampleAll();
      const short = samples
        .flatMap((s) => s.nodes)
        .filter((x) => x.connections < partners.get(x.key)!)
        .map((x) => x.key);
      if (short.length === 0) break;
      if (Date.now() > connectDeadline)
        throw new FederationError(`not connected to every partner: ${short.join(', ')}`);
      await sleep(500);
    }
    const setupSeconds = (Date.now() - setupStarted) / 1000;
    log(
      `federation: connected in ${setupSeconds.toFixed(0)} s; ${rate} cases/s for ${options.durationMs / 1000} s`,
    );

    let operationId: string | undefined;
    let operationSetupMs = 0;
    if (opMembers.length > 0) {
      const began = Date.now();
      operationId = await workers[organiser.worker]!.request<string>({
        op: 'opCreate',
        key: organiser.key,
        name: `Federation operation (${opMembers.length} members)`,
        members: opMembers.map((m) => m.party.nodeId),
      });
      await Promise.all(
        workers.map((w) =>
          w.request({
            op: 'opAccept',
            operationId: operationId!,
            keys: opMembers.filter((m) => m.worker === w.index).map((m) => m.key),
          }),
        ),
      );
      const deadline = Date.now() + CONNECT_TIMEOUT_MS;
      for (;;) {
        const p = await workers[organiser.worker]!.request<{ accepted: number }>({
          op: 'opProgress',
          key: organiser.key,
          operationId,
        });
        if (p.accepted === opMembers.length) break;
        if (Date.now() > deadline)
          throw new FederationError(`the organiser holds ${p.accepted} of ${opMembers.length} acceptances`);
        await sleep(200);
      }
      operationSetupMs = Date.now() - began;
      log(
        `federation: operation ${operationId} organised by ${organiser.key}, ${opMembers.length} members ` +
          `accepted in ${operationSetupMs} ms; ${operationRate} messages/s`,
      );
    }
    const opParticipants = operationId ? [organiser, ...opMembers] : [];

    const backlogNode = nationals.at(-1)!;
    let backlogWritten = 0;
    if (scenario === 'backlog') {
      log(`federation: ${backlogNode.key} writes a backlog of ${backlogCases} validated cases`);
      const began = Date.now();
      backlogWritten = await workers[backlogNode.worker]!.request<number>({
        op: 'backlog',
        key: backlogNode.key,
        cases: backlogCases,
      });
      log(`  written in ${((Date.now() - began) / 1000).toFixed(0)} s`);
    }

    const wcoWorker = workers[wcoNode.worker]!;
    const countBefore = await wcoWorker.request<number>({ op: 'wcoCount' });
    const before = await sampleAll();
    const trafficStarted = Date.now();
    const trafficDone = Promise.all(
      workers.map((w) =>
        w.request<TrafficResult[]>({
          op: 'traffic',
          perNodeRate: rate / n,
          durationMs: options.durationMs,
          contributeEveryMs,
          ...(operationId
            ? {
                operation: {
                  id: operationId,
                  keys: opParticipants.map((x) => x.key),
                  perNodeRate: operationRate / opParticipants.length,
                },
              }
            : {}),
        }),
      ),
    );
    let finished = false;
    void trafficDone.finally(() => (finished = true)).catch(() => undefined);
    const unreceiptedBy = async (before: number) =>
      (await Promise.all(workers.map((w) => w.request<number>({ op: 'unreceipted', before })))).reduce(
        (a, b) => a + b,
        0,
      );
    const counters = async () =>
      sumCounters(
        await Promise.all(workers.map((w) => w.request<Record<string, NodeCounters>>({ op: 'counters' }))),
      );
    const faultDone: Promise<FederationFault | undefined> =
      scenario === 'steady'
        ? Promise.resolve(undefined)
        : scenario === 'backlog'
          ? (async () => {
              // The backlog goes out with the member's first contribution runs, traffic going on;
              // waited for past the traffic's end if need be (a run goes on until caught up).
              const atStart = await counters();
              const until = trafficStarted + options.durationMs + BACKLOG_WAIT_MS;
              let catchUpMs: number | undefined;
              while (Date.now() < until) {
                if ((await unreceiptedBy(trafficStarted)) === 0) {
                  catchUpMs = Date.now() - trafficStarted;
                  break;
                }
                await sleep(250);
              }
              log(`  backlog receipted after ${cell(catchUpMs)} ms`);
              return {
                kind: 'backlog' as const,
                nodes: [backlogNode.key],
                startedAtS: 0,
                durationMs: 0,
                backlogAtRecovery: backlogWritten,
                reconnectMs: undefined,
                catchUpMs,
                duringFault: minusCounters(atStart, atStart),
                duringRecovery: minusCounters(await counters(), atStart),
              };
            })()
          : (async () => {
              await sleep(options.durationMs * 0.3);
              const startedAtS = round((Date.now() - trafficStarted) / 1000);
              const atStart = await counters();
              const cutOff =
                scenario === 'wco-outage' ? [wcoNode] : nationals.filter((x) => x.region === 'R1');
              if (scenario === 'wco-outage') {
                log(`  ${startedAtS} s: stopping the WCO node for ${outageMs / 1000} s`);
                await wcoWorker.request({ op: 'stopNode', key: 'wco' });
              } else {
                log(`  ${startedAtS} s: cutting region R1 (${cutOff.map((x) => x.key).join(', ')}) off`);
                const cutIds = cutOff.map((x) => x.party.nodeId);
                await Promise.all([
                  ...cutOff.map((x) =>
                    workers[x.worker]!.request({ op: 'cut', key: x.key, nodeIds: [wcoNode.party.nodeId] }),
                  ),
                  wcoWorker.request({ op: 'cut', key: 'wco', nodeIds: cutIds }),
                ]);
              }
              const faultStarted = Date.now();
              await sleep(outageMs);
              const atRecovery = await counters();
              if (scenario === 'wco-outage') await wcoWorker.request({ op: 'startNode', key: 'wco' });
              else
                await Promise.all(
                  [...cutOff, wcoNode].map((x) => workers[x.worker]!.request({ op: 'heal', key: x.key })),
                );
              const recovered = Date.now();
              const durationMs = recovered - faultStarted;
              log(`  ${((recovered - trafficStarted) / 1000).toFixed(0)} s: ${scenario} over; catching up`);
              const backlog = () => unreceiptedBy(recovered);
              const backlogAtRecovery = await backlog();
              let reconnectMs: number | undefined;
              let catchUpMs: number | undefined;
              while (!finished && (reconnectMs === undefined || catchUpMs === undefined)) {
                if (reconnectMs === undefined) {
                  const short = (await sampleAll())
                    .flatMap((x) => x.nodes)
                    .some((x) => x.connections < partners.get(x.key)!);
                  if (!short) reconnectMs = Date.now() - recovered;
                }
                if (catchUpMs === undefined && (await backlog()) === 0) catchUpMs = Date.now() - recovered;
                await sleep(100);
              }
              const atCatchUp = await counters();
              return {
                kind: scenario,
                nodes: cutOff.map((x) => x.key),
                startedAtS,
                durationMs,
                backlogAtRecovery,
                reconnectMs,
                catchUpMs,
                duringFault: minusCounters(atRecovery, atStart),
                duringRecovery: minusCounters(atCatchUp, atRecovery),
              };
            })();
    while (!finished) {
      await Promise.race([sleep(sampleMs), trafficDone]);
      if (finished) break;
      const s = await sampleAll();
      const held = await wcoWorker.request<number>({ op: 'wcoCount' });
      log(
        `  ${((Date.now() - trafficStarted) / 1000).toFixed(0)} s: WCO holds ${held - countBefore} new cases; ` +
          s.map((x, i) => `p${i} ${(x.rssBytes / 1e6).toFixed(0)} MB`).join(', '),
      );
    }
    await trafficDone;
    const fault = await faultDone;
    const trafficSeconds = (Date.now() - trafficStarted) / 1000;
    const after = await sampleAll();
    const countAfter = await wcoWorker.request<number>({ op: 'wcoCount' });

    let operation: FederationOperation | undefined;
    let operationCounts: ConsistencyCounts | undefined;
    if (operationId) {
      const threads = async () =>
        (
          await Promise.all(
            workers.map((w) => w.request<OperationThread[]>({ op: 'opThreads', operationId })),
          )
        ).flat();
      const ended = Date.now();
      let settledMs: number | undefined;
      let final = await threads();
      while (settledMs === undefined && Date.now() < ended + OPERATION_SETTLE_MS) {
        const head = final.find((t) => t.key === organiser.key)!.head;
        if (final.every((t) => t.queued === 0 && (t.role !== 'member' || t.head === head)))
          settledMs = Date.now() - ended;
        else {
          await sleep(250);
          final = await threads();
        }
      }
      operationCounts = checkOperation(
        final,
        organiser.key,
        opMembers.map((m) => m.key),
      );
      const lags = final.flatMap((t) => t.lagsMs);
      const p = percentiles(lags);
      operation = {
        organiser: organiser.key,
        members: opMembers.length,
        setupMs: operationSetupMs,
        posted: final.reduce((a, t) => a + t.posted.length, 0),
        postErrors: final.reduce((a, t) => a + t.postErrors, 0),
        deliveries: lags.length,
        delivery: { p50Ms: p.p50Ms, p99Ms: p.p99Ms, maxMs: lags.reduce((a, b) => Math.max(a, b), 0) },
        settledMs,
        consistency: strip(operationCounts),
      };
    }

    log('federation: settling (final pulls and contributions)');
    const settled = (
      await Promise.all(workers.map((w) => w.request<TrafficResult[]>({ op: 'settle' })))
    ).flat();
    const wcoHeld = await wcoWorker.request<{
      count: number;
      held: Record<string, HeldCase[]>;
    }>({ op: 'wcoHeld' });
    const wcoCounts = sumCounts(
      settled.map((t) =>
        compareHeld(
          new Map(t.created.filter(toWco).map((c) => [c.id, c.version])),
          wcoHeld.held[t.nodeId] ?? [],
          toWco,
        ),
      ),
    );
    await Promise.all(workers.map((w) => w.close()));

    log('federation: checking every bilateral partner (nodes stopped)');
    const bilateral: ConsistencyCounts[] = [];
    for (const { a, b } of edges) {
      for (const [owner, receiver] of [
        [a, b],
        [b, a],
      ] as const) {
        bilateral.push(
          await checkExchange({
            ownerDir: owner.dataDir,
            ownerNodeId: owner.party.nodeId,
            receiverDir: receiver.dataDir,
          }),
        );
      }
    }
    const bilateralCounts = sumCounts(bilateral);

    const lagsOf = (key: string) => settled.find((t) => t.key === key)?.lagsMs ?? [];
    const rows: FederationNodeRow[] = nodes.map((x) => {
      const inProcess = nodes.filter((y) => y.worker === x.worker).length;
      const lags = lagsOf(x.key);
      const p = lags.length > 0 ? percentiles(lags) : undefined;
      return {
        node: x.key,
        region: x.region,
        process: x.worker,
        rssMbPerNode: round(after[x.worker]!.rssBytes / inProcess / 1024 / 1024),
        rssMbPerNodeMarginal: round(
          (after[x.worker]!.rssBytes - baseline[x.worker]!.rssBytes) / inProcess / 1024 / 1024,
        ),
        connections: after[x.worker]!.nodes.find((y) => y.key === x.key)!.connections,
        partners: partners.get(x.key)!,
        casesCreated: settled.find((t) => t.key === x.key)?.created.length ?? 0,
        lagP50Ms: p?.p50Ms,
        lagP99Ms: p?.p99Ms,
      };
    });
    const allLags = settled.flatMap((t) => t.lagsMs);
    const overall = percentiles(allLags);
    const problems = [
      ...wcoCounts.problems,
      ...bilateralCounts.problems,
      ...(operationCounts?.problems ?? []),
    ];
    const casesCreated = settled.reduce((s, t) => s + t.created.length, 0);
    const casesForWco = settled.reduce((s, t) => s + t.created.filter(toWco).length, 0);
    const files = {
      json: join(options.resultsDir ?? RESULTS_DIR, `federation-N${n}-${scenario}.json`),
      md: join(options.resultsDir ?? RESULTS_DIR, `federation-N${n}-${scenario}.md`),
    };
    const result: FederationResult = {
      scenario,
      nodes: n,
      processes,
      nodesPerProcess: perProcess,
      regions,
      bilateralAgreements: edges.length,
      contributionAgreements: contributions.length,
      rate,
      durationMs: options.durationMs,
      casesCreated,
      casesKeptByMembers: casesCreated - casesForWco,
      setupSeconds: round(setupSeconds),
      rows,
      lag: {
        p50Ms: overall.p50Ms,
        p99Ms: overall.p99Ms,
        receipted: allLags.length,
        unreceipted: settled.reduce((s, t) => s + t.unreceipted, 0),
      },
      wco: { ingestPerSecond: round((countAfter - countBefore) / trafficSeconds, 2), held: wcoHeld.count },
      fault,
      operation,
      cores: availableParallelism(),
      processesCpu: workers.map((w) => ({
        process: w.index,
        nodes: nodes.filter((x) => x.worker === w.index).length,
        rssMb: round(after[w.index]!.rssBytes / 1024 / 1024),
        cpuPercent: round(
          ((after[w.index]!.cpuMicros - before[w.index]!.cpuMicros) / 1e6 / trafficSeconds) * 100,
        ),
      })),
      consistency: {
        wco: strip(wcoCounts),
        bilateral: strip(bilateralCounts),
        operation: operation?.consistency,
        problems: problems.slice(0, 50),
        ok:
          problems.length === 0 &&
          wcoCounts.recordsChecked === casesForWco &&
          (operation === undefined || (operation.postErrors === 0 && operation.settledMs !== undefined)),
      },
      files,
    };
    await mkdir(options.resultsDir ?? RESULTS_DIR, { recursive: true });
    await writeFile(files.json, `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(files.md, federationMarkdown(result));
    return result;
  } finally {
    await Promise.all(workers.map((w) => w.close().catch(() => undefined)));
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
}

const cell = (v: number | undefined) => (v === undefined ? '-' : String(v));

const countersText = (c: NodeCounters) =>
  `${c.contributeErrors} failed contribution runs, ${c.dialFailures} failed dials, ` +
  `${c.streamFailures} failed streams, ${c.warnings} warnings`;

function operationMarkdown(o: FederationOperation): string {
  const c = o.consistency;
  return (
    `Operation: organised by ${o.organiser} with ${o.members} members (every member accepted ` +
    `${o.setupMs} ms after the invitations). ${o.posted} messages posted and acknowledged ` +
    `(${o.postErrors} refused or failed); delivery (post → stored on another participant's node, ` +
    `${o.deliveries} deliveries): p50 ${o.delivery.p50Ms} ms, p99 ${o.delivery.p99Ms} ms, max ` +
    `${o.delivery.maxMs} ms; every member held the whole thread ${cell(o.settledMs)} ms after the ` +
    `traffic. Threads: ${c.recordsChecked} message copies checked, ${c.lost} lost, ${c.duplicated} ` +
    `duplicated, ${c.leaked} leaked to a non-member.`
  );
}

function faultMarkdown(f: FederationFault): string {
  if (f.kind === 'backlog') {
    const rate = f.catchUpMs ? round(f.backlogAtRecovery / (f.catchUpMs / 1000)) : undefined;
    return (
      `${f.nodes.join(', ')} held a backlog of ${f.backlogAtRecovery} validated cases when the traffic ` +
      `started; all of them were receipted by the WCO node after ${cell(f.catchUpMs)} ms ` +
      `(${cell(rate)} cases/s from that member, the others' traffic going on). Meanwhile the nodes counted ` +
      `${countersText(f.duringRecovery)}.`
    );
  }
  const what =
    f.kind === 'wco-outage'
      ? 'The WCO node was stopped'
      : `Region R1 (${f.nodes.join(', ')}) was cut off from the WCO node`;
  const back = f.kind === 'wco-outage' ? 'restart' : 'heal';
  return (
    `${what} at ${f.startedAtS} s of traffic for ${round(f.durationMs / 1000)} s (simulated outage: ` +
    `compressed in time), traffic going on. At the ${back}, ${f.backlogAtRecovery} cases were waiting for ` +
    `the WCO node. Reconnected (every node to every partner) ${cell(f.reconnectMs)} ms after the ${back}; ` +
    `caught up (every case created before it receipted) after ${cell(f.catchUpMs)} ms. ` +
    `During the fault the nodes counted ${countersText(f.duringFault)}; from the ${back} to the catch-up ` +
    `${countersText(f.duringRecovery)}.`
  );
}

/** One line per scenario run, to compare them. */
export function scenariosMarkdown(results: readonly FederationResult[]): string {
  return [
    '| scenario | N | cases | lag p50 ms | lag p99 ms | fault s | backlog | reconnect ms | catch-up ms | failed contributions | failed dials | operation delivery p50 / p99 ms | consistent |',
    '| -------- | -: | ----: | ---------: | ---------: | ------: | ------: | -----------: | ----------: | -------------------: | -----------: | ------------------------------: | ---------- |',
    ...results.map((r) => {
      const f = r.fault;
      const failed = (k: keyof NodeCounters) => (f ? String(f.duringFault[k] + f.duringRecovery[k]) : '-');
      return (
        `| ${r.scenario} | ${r.nodes} | ${r.casesCreated} | ${r.lag.p50Ms} | ${r.lag.p99Ms} | ` +
        `${f ? round(f.durationMs / 1000) : '-'} | ${cell(f?.backlogAtRecovery)} | ${cell(f?.reconnectMs)} | ` +
        `${cell(f?.catchUpMs)} | ${failed('contributeErrors')} | ${failed('dialFailures')} | ` +
        `${r.operation ? `${r.operation.delivery.p50Ms} / ${r.operation.delivery.p99Ms}` : '-'} | ` +
        `${r.consistency.ok ? 'yes' : 'NO'} |`
      );
    }),
    '',
  ].join('\n');
}

/** How the cost grew from the smallest to the largest N of a series. */
export interface FederationGrowth {
  fromNodes: number;
  toNodes: number;
  /** toNodes / fromNodes. */
  nodesRatio: number;
  /** Memory of all the nodes together, largest N over smallest. */
  totalMemoryRatio: number;
  memoryPerNodeRatio: number;
  lagP99Ratio: number;
  /** Total memory and contribution lag grew no faster than N. */
  linearOrBetter: boolean;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The growth from the first to the last of `results` (sorted by N). */
export function federationGrowth(results: readonly FederationResult[]): FederationGrowth {
  const sorted = [...results].sort((a, b) => a.nodes - b.nodes);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const total = (r: FederationResult) => r.processesCpu.reduce((a, p) => a + p.rssMb, 0);
  const perNode = (r: FederationResult) => total(r) / (r.nodes + 1);
  const nodesRatio = round((last.nodes + 1) / (first.nodes + 1), 2);
  const totalMemoryRatio = round(total(last) / total(first), 2);
  const lagP99Ratio = round(last.lag.p99Ms / Math.max(1, first.lag.p99Ms), 2);
  return {
    fromNodes: first.nodes,
    toNodes: last.nodes,
    nodesRatio,
    totalMemoryRatio,
    memoryPerNodeRatio: round(perNode(last) / perNode(first), 2),
    lagP99Ratio,
    linearOrBetter: totalMemoryRatio <= nodesRatio && lagP99Ratio <= nodesRatio,
  };
}

/** The steady-state runs of a series side by side: how each cost grows with N. */
export function seriesMarkdown(results: readonly FederationResult[]): string {
  const sorted = [...results].sort((a, b) => a.nodes - b.nodes);
  const g = federationGrowth(sorted);
  const row = (r: FederationResult) => {
    const nationals = r.rows.filter((x) => x.node !== 'wco');
    const wco = r.rows.find((x) => x.node === 'wco');
    const wcoProcess = r.processesCpu.find((p) => p.process === wco?.process && p.nodes === 1);
    const national = r.processesCpu.filter((p) => p !== wcoProcess);
    const totalMb = r.processesCpu.reduce((a, p) => a + p.rssMb, 0);
    const cpu = r.processesCpu.reduce((a, p) => a + p.cpuPercent, 0);
    const nationalCpu = national.reduce((a, p) => a + p.cpuPercent, 0) / Math.max(1, nationals.length);
    const op = r.operation;
    return (
      `| ${r.nodes} | ${r.processes} | ${round(totalMb / 1024, 2)} | ${round(totalMb / (r.nodes + 1))} | ` +
      `${cell(wcoProcess?.rssMb)} | ${round(mean(nationals.map((x) => x.connections)))} / ${cell(wco?.connections)} | ` +
      `${r.casesCreated} | ${r.lag.p50Ms} / ${r.lag.p99Ms} | ${r.wco.ingestPerSecond} | ` +
      `${op ? `${op.members} | ${op.delivery.p50Ms} / ${op.delivery.p99Ms}` : '- | -'} | ` +
      `${round(nationalCpu, 2)} | ${cell(wcoProcess?.cpuPercent)} | ${round(cpu / r.cores)} | ` +
      `${r.setupSeconds} | ${r.consistency.ok ? 'yes' : 'NO'} |`
    );
  };
  return [
    '| N | processes | RSS GB, all nodes | MB per node | WCO node MB | connections: national mean / WCO node | cases | contribution lag p50 / p99 ms | WCO ingest cases/s | operation members | operation delivery p50 / p99 ms | CPU per national node, % of a core | WCO node CPU % | machine busy % | set-up s | consistent |',
    '| -: | -------: | ----------------: | ----------: | ----------: | ------------------------------------: | ----: | ----------------------------: | -----------------: | ----------------: | ------------------------------: | ---------------------------------: | -------------: | -------------: | -------: | ---------- |',
    ...sorted.map(row),
    '',
    `From N = ${g.fromNodes} to N = ${g.toNodes} the nodes (with the WCO node) grew ×${g.nodesRatio}; the ` +
      `memory of all nodes together ×${g.totalMemoryRatio} (per node ×${g.memoryPerNodeRatio}) and the ` +
      `contribution lag p99 ×${g.lagP99Ratio}: ${g.linearOrBetter ? 'no worse than linear' : 'WORSE than linear'}.`,
    '',
  ].join('\n');
}

/** The results as Markdown: the summary, then one row per node. */
export function federationMarkdown(r: FederationResult): string {
  const c = r.consistency;
  return [
    `# Federation, N = ${r.nodes}, ${r.scenario}`,
    '',
    `${new Date().toISOString()}: ${r.nodes} national nodes and a WCO node in ${r.processes} processes ` +
      `(up to ${r.nodesPerProcess} nodes each), ${r.regions} regions, ${r.bilateralAgreements} bilateral sync ` +
      `agreements, ${r.contributionAgreements} contribution agreements; set up in ${r.setupSeconds} s. ` +
      `Traffic: ${r.rate} validated cases/s for ${r.durationMs / 1000} s, ${r.casesCreated} cases ` +
      `(${r.casesKeptByMembers} of them above ${WCO_MAX_HANDLING}, which the contribution agreements ` +
      `keep from the WCO node).`,
    '',
    ...(r.fault ? [faultMarkdown(r.fault), ''] : []),
    ...(r.operation ? [operationMarkdown(r.operation), ''] : []),
    `Contribution lag (validation → WCO receipt): p50 ${r.lag.p50Ms} ms, p99 ${r.lag.p99Ms} ms ` +
      `(${r.lag.receipted} receipted, ${r.lag.unreceipted} not). WCO ingest ${r.wco.ingestPerSecond} cases/s; ` +
      `the WCO node holds ${r.wco.held}.`,
    '',
    `Consistency: **${c.ok ? 'OK' : 'FAILED'}**. WCO: ${c.wco.recordsChecked} checked, ${c.wco.lost} lost, ` +
      `${c.wco.duplicated} duplicated, ${c.wco.leaked} leaked. Bilateral: ${c.bilateral.recordsChecked} checked, ` +
      `${c.bilateral.lost} lost, ${c.bilateral.duplicated} duplicated, ${c.bilateral.leaked} leaked.` +
      (c.operation
        ? ` Operation: ${c.operation.recordsChecked} checked, ${c.operation.lost} lost, ` +
          `${c.operation.duplicated} duplicated, ${c.operation.leaked} leaked.`
        : ''),
    ...c.problems.map((p) => `- ${p}`),
    '',
    '| process | nodes | RSS MB | CPU % of a core |',
    '| ------: | ----: | -----: | --------------: |',
    ...r.processesCpu.map((p) => `| ${p.process} | ${p.nodes} | ${p.rssMb} | ${p.cpuPercent} |`),
    '',
    'RSS per node: the process’s RSS divided by its nodes; marginal: without what the process held before its first node started.',
    '',
    '| node | region | process | RSS MB/node | marginal MB | connections / partners | cases | lag p50 ms | lag p99 ms |',
    '| ---- | ------ | ------: | ----------: | ----------: | ---------------------: | ----: | ---------: | ---------: |',
    ...r.rows.map(
      (x) =>
        `| ${x.node} | ${x.region} | ${x.process} | ${x.rssMbPerNode} | ${x.rssMbPerNodeMarginal} | ` +
        `${x.connections} / ${x.partners} | ` +
        `${x.casesCreated} | ${cell(x.lagP50Ms)} | ${cell(x.lagP99Ms)} |`,
    ),
    '',
  ].join('\n');
}

/**
 * Writes bench/results/federation-series.{md,json} and prints the table: the steady-state runs
 * side by side, then the fault scenarios (one line per scenario and N).
 */
async function writeSeries(results: readonly FederationResult[]): Promise<void> {
  const file = join(RESULTS_DIR, 'federation-series.md');
  const steady = results.filter((r) => r.scenario === 'steady');
  const faults = results
    .filter((r) => r.scenario !== 'steady')
    .sort((a, b) => a.scenario.localeCompare(b.scenario) || a.nodes - b.nodes);
  const text = [
    `# Federation series (${new Date().toISOString()})`,
    '',
    '## Steady state',
    '',
    seriesMarkdown(steady),
    ...(faults.length > 0 ? ['## Faults', '', scenariosMarkdown(faults)] : []),
  ].join('\n');
  await writeFile(file, text);
  const growth = federationGrowth(steady);
  const runs = results.map((r) => relative(RESULTS_DIR, r.files.json));
  await writeFile(
    join(RESULTS_DIR, 'federation-series.json'),
    `${JSON.stringify({ growth, runs }, null, 2)}\n`,
  );
  console.log(text);
  console.log(`federation: the series in ${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === '--series') {
  // The series from the results already in bench/results (runs made one by one).
  const files = (await readdir(RESULTS_DIR)).filter((f) => /^federation-N\d+-[a-z-]+\.json$/.test(f));
  const results = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(join(RESULTS_DIR, f), 'utf8')) as FederationResult),
  );
  if (results.filter((r) => r.scenario === 'steady').length < 2)
    throw new FederationError('the series needs steady-state results for two N or more');
  await writeSeries(results);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const env = process.env;
  const sizes = (env.FED_NODES ?? '10').split(',').map((x) => Number(x.trim()));
  if (sizes.some((x) => !Number.isInteger(x)))
    throw new FederationError(`FED_NODES must be a number or a list (10,50,185), not ${env.FED_NODES}`);
  const wanted = (env.FED_SCENARIO ?? 'steady').split(',').map((x) => x.trim());
  const scenarios = wanted.includes('all') ? [...SCENARIOS] : SCENARIOS.filter((s) => wanted.includes(s));
  if (scenarios.length !== (wanted.includes('all') ? SCENARIOS.length : wanted.length))
    throw new FederationError(
      `FED_SCENARIO must be one or more of ${SCENARIOS.join(', ')} (comma-separated), or all`,
    );
  const results: FederationResult[] = [];
  for (const nodes of sizes)
    for (const scenario of scenarios) {
      const result = await runFederation({
        nodes,
        scenario,
        ...(env.FED_OUTAGE ? { outageMs: parseDuration(env.FED_OUTAGE) } : {}),
        ...(env.FED_BACKLOG ? { backlogCases: Number(env.FED_BACKLOG) } : {}),
        ...(env.FED_OP_MEMBERS ? { operationMembers: Number(env.FED_OP_MEMBERS) } : {}),
        ...(env.FED_OP_RATE ? { operationRate: Number(env.FED_OP_RATE) } : {}),
        ...(env.FED_RATE ? { rate: Number(env.FED_RATE) } : {}),
        durationMs: parseDuration(env.FED_DURATION ?? '60s'),
        ...(env.FED_PER_PROCESS ? { perProcess: Number(env.FED_PER_PROCESS) } : {}),
        ...(env.FED_CONTRIBUTE_EVERY ? { contributeEveryMs: parseDuration(env.FED_CONTRIBUTE_EVERY) } : {}),
        ...(env.FED_SYNC_EVERY ? { syncEveryMs: parseDuration(env.FED_SYNC_EVERY) } : {}),
        ...(env.FED_SAMPLE ? { sampleMs: parseDuration(env.FED_SAMPLE) } : {}),
        log: (line) => console.log(line),
      });
      console.log(federationMarkdown(result));
      console.log(`federation: results in ${result.files.json} and ${result.files.md}`);
      results.push(result);
    }
  console.log(scenariosMarkdown(results));
  const steady = results.filter((r) => r.scenario === 'steady');
  if (new Set(steady.map((r) => r.nodes)).size > 1) await writeSeries(results);
  process.exitCode = results.every((r) => r.consistency.ok) ? 0 : 1;
}
