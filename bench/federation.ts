/**
 * `make federation`: the federation simulator (issue 11), first slice. N real national nodes and
 * one WCO node (`startNode`: libp2p, LevelDB, the services) on loopback, several per child process
 * (bench/federation/worker.ts), with a realistic agreement graph: regional clusters (up to six,
 * as the WCO's regions), bilateral sync agreements within a cluster (a ring, plus a chord two
 * along in clusters of six or more: two to four partners each) and every member contributing to
 * the WCO node (case-level contribution agreements). Every agreement is drafted, signed and
 * countersigned with the parties' real identity keys and installed through the nodes' services.
 *
 * Steady state: validated cases at FED_RATE cases/s across the federation for FED_DURATION; each
 * member contributes every FED_CONTRIBUTE_EVERY and the lag of a case runs from its validation to
 * the end of the first contribution run that leaves the member caught up with the WCO node's
 * receipts. Measured: RSS per node (process RSS / nodes in it), connections per node, contribution
 * lag p50/p99, WCO ingest rate, CPU per process. At the end the consistency checkers
 * (test/helpers/consistency.ts) compare every member's validated cases with what the WCO node
 * holds (each exactly once) and every bilateral partner's inbox with the owner's store.
 *
 * Scenarios (FED_SCENARIO=steady|wco-outage|partition|all, default steady); each fault starts at 30 %
 * of the traffic time and lasts FED_OUTAGE (default a tenth of the traffic time: the "hour
 * of simulated traffic" compressed in time), while the traffic goes on:
 * - wco-outage: the WCO node is closed (the other nodes in its process go on), then started again
 *   on the same data directory and port. Measured: reconnect time (restart → every connection
 *   back), catch-up time (restart → every case created before it receipted by the WCO node), and
 *   what the nodes counted meanwhile (failed contribution runs, failed dials, failed streams).
 * - partition: the first region is cut off: its members and the WCO node forget each other's
 *   addresses (the peer book) and hang up, so nobody redials (regions share no bilateral agreement,
 *   so the WCO node is the region's only outside partner); then the peers are added back (heal).
 *   Measured as for the outage, from the heal.
 *
 * Environment: FED_NODES (10), FED_RATE (cases/s, default N/2), FED_DURATION (60s), FED_PER_PROCESS
 * (nodes per child process, 15), FED_CONTRIBUTE_EVERY (2s), FED_SYNC_EVERY (2s), FED_SAMPLE (5s),
 * FED_SCENARIO (steady), FED_OUTAGE (FED_DURATION / 10).
 * Writes bench/results/federation-N<N>-<scenario>.json and .md.
 *
 * @example
 *   FED_NODES=10 FED_DURATION=30s node bench/federation.ts
 *   const result = await runFederation({ nodes: 6, durationMs: 20_000 }); // result.consistency
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { vocabularies } from '../protocol/vocabulary/index.ts';
import {
  checkExchange,
  compareHeld,
  sumCounts,
  type ConsistencyCounts,
} from '../test/helpers/consistency.ts';
import type {
  NodeCounters,
  TrafficResult,
  WorkerAnswer,
  WorkerNode,
  WorkerCommand,
  WorkerSample,
} from './federation/messages.ts';
import { freePort, percentiles, sealedAgreement, type BenchParty } from './nodes.ts';
import { parseDuration } from './soak.ts';

const WORKER = fileURLToPath(new URL('./federation/worker.ts', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const REGIONS = 6;
const CONNECT_TIMEOUT_MS = 120_000;

export class FederationError extends Error {
  override name = 'FederationError';
}

export const SCENARIOS = ['steady', 'wco-outage', 'partition'] as const;
export type FederationScenario = (typeof SCENARIOS)[number];

export interface FederationOptions {
  /** National nodes (the WCO node comes on top). */
  nodes: number;
  /** Default steady. */
  scenario?: FederationScenario;
  /** How long the fault lasts (default durationMs / 10). */
  outageMs?: number;
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
  connections: number;
  partners: number;
  casesCreated: number;
  lagP50Ms: number | undefined;
  lagP99Ms: number | undefined;
}

/** The fault of a scenario and the recovery from it. */
export interface FederationFault {
  kind: 'wco-outage' | 'partition';
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
  setupSeconds: number;
  rows: FederationNodeRow[];
  lag: { p50Ms: number; p99Ms: number; receipted: number; unreceipted: number };
  wco: { ingestPerSecond: number; held: number };
  fault: FederationFault | undefined;
  processesCpu: { process: number; nodes: number; rssMb: number; cpuPercent: number }[];
  consistency: {
    wco: Omit<ConsistencyCounts, 'problems'>;
    bilateral: Omit<ConsistencyCounts, 'problems'>;
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
      this.child.send({ ...request, id });
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
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 365 * 86_400_000).toISOString() },
    profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
  });
}

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

/** Runs the steady-state scenario and writes the results. */
export async function runFederation(options: FederationOptions): Promise<FederationResult> {
  const log = options.log ?? (() => undefined);
  const n = options.nodes;
  const scenario = options.scenario ?? 'steady';
  const outageMs = options.outageMs ?? options.durationMs / 10;
  const countries = vocabularies.country.codes.filter((c) => /^[A-Z]{2}$/.test(c));
  if (n < 2 || n > countries.length) throw new RangeError(`FED_NODES must be 2 to ${countries.length}`);
  const rate = options.rate ?? n / 2;
  const perProcess = options.perProcess ?? 15;
  const contributeEveryMs = options.contributeEveryMs ?? 2000;
  const syncIntervalMs = options.syncEveryMs ?? 2000;
  const sampleMs = options.sampleMs ?? 5000;
  const regions = Math.max(1, Math.min(REGIONS, Math.floor(n / 3)));
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
    for (const [i, spec] of specs.entries()) {
      const dataDir = join(dir, spec.key);
      await initNode({
        dataDir,
        name: spec.country ? `Customs ${spec.country}` : 'WCO',
        role: spec.country ? 'national' : 'wco',
        ...(spec.country ? { country: spec.country } : {}),
        apiHost: '127.0.0.1',
        apiPort: 0,
        p2pPort: await freePort(),
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
        worker: Math.floor(i / perProcess),
        multiaddr: '',
      });
    }
    const processes = Math.ceil(nodes.length / perProcess);
    log(`federation: starting ${processes} processes of up to ${perProcess} nodes`);
    for (let w = 0; w < processes; w++) workers.push(new Worker(w));
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
    const partners = new Map<string, number>(nodes.map((x) => [x.key, 0]));
    for (const { a, b } of edges) for (const x of [a, b]) partners.set(x.key, partners.get(x.key)! + 1);
    partners.set('wco', nationals.length);
    for (const m of nationals) partners.set(m.key, partners.get(m.key)! + 1);
    log(`federation: ${edges.length} bilateral and ${contributions.length} contribution agreements`);
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
        }),
      ),
    );
    let finished = false;
    void trafficDone.finally(() => (finished = true)).catch(() => undefined);
    const counters = async () =>
      sumCounters(
        await Promise.all(workers.map((w) => w.request<Record<string, NodeCounters>>({ op: 'counters' }))),
      );
    const faultDone: Promise<FederationFault | undefined> =
      scenario === 'steady'
        ? Promise.resolve(undefined)
        : (async () => {
            await sleep(options.durationMs * 0.3);
            const startedAtS = round((Date.now() - trafficStarted) / 1000);
            const atStart = await counters();
            const cutOff = scenario === 'wco-outage' ? [wcoNode] : nationals.filter((x) => x.region === 'R1');
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
            const backlog = async () =>
              (
                await Promise.all(workers.map((w) => w.request<number>({ op: 'backlog', before: recovered })))
              ).reduce((a, b) => a + b, 0);
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

    log('federation: settling (final pulls and contributions)');
    const settled = (
      await Promise.all(workers.map((w) => w.request<TrafficResult[]>({ op: 'settle' })))
    ).flat();
    const wcoHeld = await wcoWorker.request<{
      count: number;
      held: Record<string, { id: string; version: number }[]>;
    }>({ op: 'wcoHeld' });
    const wcoCounts = sumCounts(
      settled.map((t) =>
        compareHeld(new Map(t.created.map((c) => [c.id, c.version])), wcoHeld.held[t.nodeId] ?? []),
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
        connections: after[x.worker]!.nodes.find((y) => y.key === x.key)!.connections,
        partners: partners.get(x.key)!,
        casesCreated: settled.find((t) => t.key === x.key)?.created.length ?? 0,
        lagP50Ms: p?.p50Ms,
        lagP99Ms: p?.p99Ms,
      };
    });
    const allLags = settled.flatMap((t) => t.lagsMs);
    const overall = percentiles(allLags);
    const strip = ({ problems: _, ...counts }: ConsistencyCounts) => counts;
    const problems = [...wcoCounts.problems, ...bilateralCounts.problems];
    const casesCreated = settled.reduce((s, t) => s + t.created.length, 0);
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
        problems: problems.slice(0, 50),
        ok: problems.length === 0 && wcoCounts.recordsChecked === casesCreated,
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

function faultMarkdown(f: FederationFault): string {
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
    '| scenario | N | cases | lag p50 ms | lag p99 ms | fault s | backlog | reconnect ms | catch-up ms | failed contributions | failed dials | consistent |',
    '| -------- | -: | ----: | ---------: | ---------: | ------: | ------: | -----------: | ----------: | -------------------: | -----------: | ---------- |',
    ...results.map((r) => {
      const f = r.fault;
      const failed = (k: keyof NodeCounters) => (f ? String(f.duringFault[k] + f.duringRecovery[k]) : '-');
      return (
        `| ${r.scenario} | ${r.nodes} | ${r.casesCreated} | ${r.lag.p50Ms} | ${r.lag.p99Ms} | ` +
        `${f ? round(f.durationMs / 1000) : '-'} | ${cell(f?.backlogAtRecovery)} | ${cell(f?.reconnectMs)} | ` +
        `${cell(f?.catchUpMs)} | ${failed('contributeErrors')} | ${failed('dialFailures')} | ` +
        `${r.consistency.ok ? 'yes' : 'NO'} |`
      );
    }),
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
      `Traffic: ${r.rate} validated cases/s for ${r.durationMs / 1000} s, ${r.casesCreated} cases.`,
    '',
    ...(r.fault ? [faultMarkdown(r.fault), ''] : []),
    `Contribution lag (validation → WCO receipt): p50 ${r.lag.p50Ms} ms, p99 ${r.lag.p99Ms} ms ` +
      `(${r.lag.receipted} receipted, ${r.lag.unreceipted} not). WCO ingest ${r.wco.ingestPerSecond} cases/s; ` +
      `the WCO node holds ${r.wco.held}.`,
    '',
    `Consistency: **${c.ok ? 'OK' : 'FAILED'}**. WCO: ${c.wco.recordsChecked} checked, ${c.wco.lost} lost, ` +
      `${c.wco.duplicated} duplicated, ${c.wco.leaked} leaked. Bilateral: ${c.bilateral.recordsChecked} checked, ` +
      `${c.bilateral.lost} lost, ${c.bilateral.duplicated} duplicated, ${c.bilateral.leaked} leaked.`,
    ...c.problems.map((p) => `- ${p}`),
    '',
    '| process | nodes | RSS MB | CPU % of a core |',
    '| ------: | ----: | -----: | --------------: |',
    ...r.processesCpu.map((p) => `| ${p.process} | ${p.nodes} | ${p.rssMb} | ${p.cpuPercent} |`),
    '',
    '| node | region | process | RSS MB/node | connections / partners | cases | lag p50 ms | lag p99 ms |',
    '| ---- | ------ | ------: | ----------: | ---------------------: | ----: | ---------: | ---------: |',
    ...r.rows.map(
      (x) =>
        `| ${x.node} | ${x.region} | ${x.process} | ${x.rssMbPerNode} | ${x.connections} / ${x.partners} | ` +
        `${x.casesCreated} | ${cell(x.lagP50Ms)} | ${cell(x.lagP99Ms)} |`,
    ),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const env = process.env;
  const wanted = env.FED_SCENARIO ?? 'steady';
  const scenarios = wanted === 'all' ? [...SCENARIOS] : SCENARIOS.filter((s) => s === wanted);
  if (scenarios.length === 0)
    throw new FederationError(`FED_SCENARIO must be one of ${SCENARIOS.join(', ')} or all`);
  const results: FederationResult[] = [];
  for (const scenario of scenarios) {
    const result = await runFederation({
      nodes: Number(env.FED_NODES ?? 10),
      scenario,
      ...(env.FED_OUTAGE ? { outageMs: parseDuration(env.FED_OUTAGE) } : {}),
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
  process.exitCode = results.every((r) => r.consistency.ok) ? 0 : 1;
}
