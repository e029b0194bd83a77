/**
 * The operations benchmark (CENcomm, `/cen/operations/1.0.0`): how fast a report posted on one
 * member of an operation reaches every other member through the organiser's node, and how many
 * messages per second the operation sustains, beside a raw limit measured in the same run.
 *
 * The organiser is a real node (`startNode`) holding an agreement with each member and each in
 * its peer book. The members (50 by default) are as cheap as is still real: member processes of
 * this file (run with `members`), each hosting ten members, each member its own identity, libp2p
 * host (gated: it admits the organiser only), LevelDB store and `OperationsService`, exactly what
 * a member node runs for operations — without the API, accounts or exchange of a whole node.
 *
 * (a) raw: the same bytes as a delivery of the report (one Deliver frame), carried the way a
 *     report travels: one stream round trip between the poster's host and the organiser's, then
 *     one round trip to every other member at once; per member, the time until its answer;
 * (b) delivery latency: a report (commodity, quantity, route) posted on one member (the poster
 *     changes each round), submitted to the organiser, checked, numbered and relayed; per member,
 *     the time from the post until that member has stored it (its `onEntries`, after the LevelDB
 *     batch). The rounds run one at a time, interleaved with (a);
 * (c) sustained: a burst of `messages` reports spread over every member (each posts its share one
 *     after another, all members at once); the time until every member holds all of them.
 *
 * Times are taken in different processes on the same machine, on the wall clock at sub-millisecond
 * resolution (`performance.timeOrigin + performance.now()`).
 *
 * Environment: `BENCH_OPS_MEMBERS` (default 50) and `BENCH_OPS_MESSAGES` (default 500); when
 * `BENCH_CASES` is below 10,000 (the suite's smoke run), 3 members and 20 messages.
 *
 * @example
 *   const result = await runOperationsBench({ members: 50, messages: 500, rounds: 30, dir });
 *   result.delivery.p95Ms; result.sustained.messagesPerSecond;
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import type { Stream } from '@libp2p/interface';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { lpStream } from '@libp2p/utils';
import { v7 as uuidv7 } from 'uuid';
import { loadConfig } from '../node/config.ts';
import { loadIdentity } from '../node/identity.ts';
import { initNode, openServices, startNode, type RunningNode } from '../node/index.ts';
import { silentLoggers } from '../node/log.ts';
import { OperationsService } from '../node/operations/index.ts';
import type { MessageStatement } from '../node/operations/statements.ts';
import { PeerHost } from '../node/p2p/index.ts';
import { LevelKv } from '../node/store/level-kv.ts';
import { signingKeyFromLibp2p, signStatement } from '../policies/index.ts';
import type { OperationDetail } from '../protocol/api.ts';
import { cen } from '../protocol/gen/operations.js';
import { OPERATION_JWS_TYPES, PROTOCOLS } from '../protocol/protocols.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';
import { freePort, percentiles, sealedAgreement, type LatencyPercentiles } from './nodes.ts';

const SELF = fileURLToPath(import.meta.url);
const Frame = cen.operations.v1.OperationsFrame;
/** A protocol only this benchmark speaks: one frame in, a small answer out, nothing stored. */
const RAW_PROTOCOL = '/cen-bench/raw-operations/1.0.0';
/** Members per member process: few processes (2 cores), none too big to be a node's share. */
const MEMBERS_PER_PROCESS = 10;
const ORGANISER_COUNTRY = 'KE';
/** The user who organises, accepts and posts on every node (operation:manage). */
const VIEWER = { username: 'analyst1', role: 'analyst' } as const;
const REPORT = { commodity: 'cocaine', quantity: { value: 12.5, unit: 'kg' }, route: ['CO', 'PA', 'TZ'] };
const TEXT = 'Container MSKU1234565 held at the port, 12.5 kg of cocaine in the reefer unit';
const TEMPLATE = {
  fields: [
    { key: 'commodity', type: 'commodity', required: true },
    { key: 'quantity', type: 'quantity', required: true },
    { key: 'route', type: 'route', required: false },
  ],
};
const WARM_UP_ROUNDS = 3;

export const DEFAULT_OPS_MEMBERS = 50;
export const DEFAULT_OPS_MESSAGES = 500;
export const DEFAULT_OPS_ROUNDS = 30;
/** The sizes when the suite runs as a smoke test (BENCH_CASES below 10,000). */
export const SMOKE_OPS_MEMBERS = 3;
export const SMOKE_OPS_MESSAGES = 20;
export const SMOKE_OPS_ROUNDS = 5;

export interface OperationsBenchOptions {
  members: number;
  /** Reports in the burst of (c). */
  messages: number;
  /** Reports timed one at a time for (a) and (b). */
  rounds: number;
  dir: string;
  log?: (line: string) => void;
}

export interface OperationsBenchResult {
  members: number;
  messages: number;
  rounds: number;
  memberProcesses: number;
  /** The Deliver frame of one report, as (a) sends it. */
  frameBytes: number;
  /** (a) per member: poster → organiser round trip, then organiser → every other member at once. */
  raw: LatencyPercentiles & { samples: number };
  /** (b) per member: from the post until the member stored the report. */
  delivery: LatencyPercentiles & { samples: number };
  /** delivery p95 / raw p95. */
  p95Ratio: number;
  /** (c) the burst. */
  sustained: { messagesPerSecond: number; deliveriesPerSecond: number; seconds: number };
  memory: {
    /**
     * The organiser node's share of this process: its peak RSS less the RSS before it started
     * (`make bench` runs the other benchmarks in the same process first).
     */
    organiserMegabytes: number;
    /** Every member process's peak RSS, added up. */
    membersMegabytes: number;
    perMemberMegabytes: number;
  };
}

const now = (): number => performance.timeOrigin + performance.now();
const int = (n: number): string => n.toLocaleString('en-US');

/** BENCH_OPS_MEMBERS and BENCH_OPS_MESSAGES, checked; the rounds follow the smoke or full size. */
export function operationsBenchSize(env: NodeJS.ProcessEnv = process.env): {
  members: number;
  messages: number;
  rounds: number;
} {
  const read = (name: string, fallback: number, min: number) => {
    const value = env[name] ?? String(fallback);
    const n = Number(value.replaceAll('_', ''));
    if (!Number.isSafeInteger(n) || n < min) {
      throw new RangeError(`${name} must be a whole number of at least ${min}, not ${JSON.stringify(value)}`);
    }
    return n;
  };
  const smoke = env.BENCH_CASES !== undefined && Number(env.BENCH_CASES.replaceAll('_', '')) < 10_000;
  const members = read('BENCH_OPS_MEMBERS', smoke ? SMOKE_OPS_MEMBERS : DEFAULT_OPS_MEMBERS, 2);
  const countries = vocabularies.country.codes.length - 1;
  if (members > countries) {
    throw new RangeError(`BENCH_OPS_MEMBERS must be at most ${countries} (one country each)`);
  }
  return {
    members,
    messages: read('BENCH_OPS_MESSAGES', smoke ? SMOKE_OPS_MESSAGES : DEFAULT_OPS_MESSAGES, 1),
    rounds: smoke ? SMOKE_OPS_ROUNDS : DEFAULT_OPS_ROUNDS,
  };
}

/** One member as its member process starts it. */
interface MemberSetup {
  index: number;
  key: string;
  port: number;
  country: string;
  name: string;
}

/** What a member process needs: its members and where the organiser is. */
interface HostSetup {
  organiser: { nodeId: string; multiaddr: string };
  members: MemberSetup[];
  dir: string;
}

/** What member processes say, one JSON object a line. */
type HostLine =
  | { ready: true }
  | { accepted: number }
  | { posted: { text: string; at: number; state: string } }
  | { stored: { member: number; text: string; at: number } }
  | { held: { member: number; at: number } }
  | { stopped: { peakRssMegabytes: number } }
  | { error: string };

/** A member process, spoken to in JSON lines. */
class MemberProcess {
  readonly #child: ChildProcess;
  readonly #listeners = new Set<(line: HostLine) => void>();
  readonly members: number[];
  #failure: Error | undefined;

  constructor(members: number[], onLine: (line: HostLine) => void) {
    this.members = members;
    this.#child = spawn(process.execPath, [SELF, 'members'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.#listeners.add(onLine);
    createInterface({ input: this.#child.stdout! }).on('line', (text) => {
      if (!text.startsWith('{')) return;
      const line = JSON.parse(text) as HostLine;
      if ('error' in line) this.#failure = new Error(`a member process failed: ${line.error}`);
      for (const listener of this.#listeners) listener(line);
    });
    this.#child.once('exit', (code) => {
      this.#failure ??= new Error(`a member process exited (${code})`);
    });
  }

  send(message: object): void {
    this.#child.stdin!.write(`${JSON.stringify(message)}\n`);
  }

  /** Resolves with the first line `pick` accepts; rejects if the process fails or time runs out. */
  async next<T>(pick: (line: HostLine) => T | undefined, timeoutMs = 120_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearInterval(check);
        this.#listeners.delete(listener);
      };
      const listener = (line: HostLine) => {
        const picked = pick(line);
        if (picked !== undefined) {
          done();
          resolve(picked);
        }
      };
      const deadline = Date.now() + timeoutMs;
      const check = setInterval(() => {
        if (this.#failure || Date.now() > deadline) {
          done();
          reject(this.#failure ?? new Error('a member process did not answer in time'));
        }
      }, 100);
      this.#listeners.add(listener);
    });
  }

  get failure(): Error | undefined {
    return this.#failure;
  }

  async stop(): Promise<number> {
    if (this.#child.exitCode !== null) return 0;
    const stopped = this.next((l) => ('stopped' in l ? l.stopped.peakRssMegabytes : undefined), 30_000);
    this.send({ stop: true });
    const rss = await stopped.catch(() => 0);
    if (this.#child.exitCode === null) {
      const exited = new Promise((resolve) => this.#child.once('exit', resolve));
      this.#child.kill('SIGTERM');
      await exited;
    }
    return rss;
  }
}

/** Waits until `check` holds, or fails with what it was waiting for. */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`operations benchmark: timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One raw round trip of `frame` to `nodeId` over the organiser's open connection. */
async function rawRoundTrip(organiser: RunningNode, nodeId: string, frame: Uint8Array): Promise<void> {
  const connection =
    organiser.peerHost.libp2p
      .getConnections()
      .find((c) => c.remotePeer.toString() === nodeId && c.status === 'open') ??
    (await organiser.peerHost.dial(nodeId));
  const stream = await connection.newStream(RAW_PROTOCOL, { signal: AbortSignal.timeout(10_000) });
  const lp = lpStream(stream, { maxDataLength: PROTOCOLS.operations.maxFrameBytes });
  await lp.write(frame, { signal: AbortSignal.timeout(10_000) });
  await lp.read({ signal: AbortSignal.timeout(10_000) });
  await stream.close();
}

export async function runOperationsBench(options: OperationsBenchOptions): Promise<OperationsBenchResult> {
  const log = options.log ?? (() => undefined);
  const { members: count, messages, rounds } = options;
  if (count < 2) throw new RangeError('the operations benchmark needs at least 2 members');

  // The organiser: a real node, with an agreement and a peer-book entry for every member.
  const organiserDir = join(options.dir, ORGANISER_COUNTRY);
  await initNode({
    dataDir: organiserDir,
    name: `Customs ${ORGANISER_COUNTRY}`,
    country: ORGANISER_COUNTRY,
    apiHost: '127.0.0.1',
    apiPort: 0,
    p2pPort: await freePort(),
    tls: false,
  });
  log(`operations benchmark: ${int(count)} member identities and agreements with the organiser`);
  const countries = [...vocabularies.country.codes]
    .filter((c) => c !== ORGANISER_COUNTRY)
    .sort()
    .slice(0, count);
  const members: (MemberSetup & { nodeId: string; multiaddr: string })[] = [];
  {
    await using offline = await openServices(await loadConfig(organiserDir, {}), {
      loggers: silentLoggers(),
    });
    const identity = await loadIdentity(organiserDir);
    const organiserParty = {
      nodeId: identity.nodeId as string,
      key: signingKeyFromLibp2p(identity.privateKey),
      country: ORGANISER_COUNTRY,
    };
    for (const [index, country] of countries.entries()) {
      const key = await generateKeyPair('Ed25519');
      const nodeId = peerIdFromPrivateKey(key).toString();
      const port = await freePort();
      const sealed = await sealedAgreement(
        organiserParty,
        { nodeId, key: signingKeyFromLibp2p(key), country },
        { modes: ['query'] },
      );
      await offline.services.agreements.install(sealed, 'system:bench');
      const multiaddr = `/ip4/127.0.0.1/tcp/${port}/p2p/${nodeId}`;
      await offline.services.peers.add(multiaddr, 'system:bench');
      members.push({
        index,
        key: Buffer.from(privateKeyToProtobuf(key)).toString('base64'),
        port,
        country,
        name: `Customs ${country}`,
        nodeId,
        multiaddr,
      });
    }
  }
  const rssBefore = process.memoryUsage().rss;
  const organiser = await startNode(await loadConfig(organiserDir, {}), {
    loggers: silentLoggers(),
    consoleDistDir: null,
    p2p: { reconnectIntervalMs: 500 },
    exchange: { syncIntervalMs: 3_600_000, sweepIntervalMs: 3_600_000, pullOnConnect: false },
  });
  let organiserPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    organiserPeak = Math.max(organiserPeak, process.memoryUsage().rss);
  }, 250);

  // What the members store, as their processes report it.
  const stored = new Map<string, Map<number, number>>();
  const held = new Map<number, number>();
  const onLine = (line: HostLine) => {
    if ('stored' in line) {
      const byMember = stored.get(line.stored.text) ?? new Map<number, number>();
      byMember.set(line.stored.member, line.stored.at);
      stored.set(line.stored.text, byMember);
    } else if ('held' in line) held.set(line.held.member, line.held.at);
  };
  const processes: MemberProcess[] = [];
  const processOf = (member: number) => processes[Math.floor(member / MEMBERS_PER_PROCESS)]!;
  const failed = () => processes.find((p) => p.failure)?.failure;
  const throwIfFailed = () => {
    const failure = failed();
    if (failure) throw failure;
  };
  let membersPeak = 0;
  try {
    log(
      `operations benchmark: starting ${int(count)} members in ${Math.ceil(count / MEMBERS_PER_PROCESS)} processes`,
    );
    const setupOf = ({ nodeId: _n, multiaddr: _m, ...member }: (typeof members)[number]) => member;
    for (let first = 0; first < count; first += MEMBERS_PER_PROCESS) {
      const mine = members.slice(first, first + MEMBERS_PER_PROCESS);
      const host = new MemberProcess(
        mine.map((m) => m.index),
        onLine,
      );
      processes.push(host);
      host.send({
        organiser: { nodeId: organiser.nodeId, multiaddr: organiser.peerHost.multiaddrs()[0]! },
        members: mine.map(setupOf),
        dir: join(options.dir, `members-${first}`),
      } satisfies HostSetup);
    }
    await Promise.all(processes.map((p) => p.next((l) => ('ready' in l ? true : undefined))));
    await until(
      () => members.every((m) => organiser.peerHost.status(m.nodeId).connected),
      'the organiser is connected to every member',
    );

    const created = await organiser.operations.create(
      {
        name: 'Operation Benchmark',
        members: members.map((m) => m.nodeId),
        template: TEMPLATE,
      },
      VIEWER,
    );
    const operationId = created.definition.id;
    for (const p of processes) p.send({ accept: operationId });
    const detail = (): Promise<OperationDetail> => organiser.operations.get(operationId, VIEWER);
    await until(async () => {
      const d = await detail();
      return d.progress!.every((m) => m.status === 'accepted' && m.delivered === d.head);
    }, 'every member accepted and holds the thread');
    log(`operations benchmark: ${int(count)} members accepted the invitation`);

    // The raw frame: a Deliver of one report, as big as the organiser's.
    const poster = members[0]!;
    const message: MessageStatement = {
      from: poster.nodeId,
      operationId,
      id: uuidv7(),
      author: VIEWER.username,
      text: TEXT,
      report: REPORT,
      templateVersion: 1,
      at: new Date().toISOString(),
    };
    const statement = await signStatement(
      OPERATION_JWS_TYPES.message,
      message,
      signingKeyFromLibp2p(privateKeyFromProtobuf(Buffer.from(poster.key, 'base64'))),
    );
    // What the organiser sends along while nobody has marked anything read: its own figure.
    const receipts = { [organiser.nodeId]: 0 };
    const frame = Frame.encode({
      deliver: {
        operationId,
        entries: [{ seq: 1_000, kind: 'message', statement, relayedAt: message.at }],
        receipts: JSON.stringify(receipts),
      },
    }).finish();

    const raw: number[] = [];
    const delivery: number[] = [];
    log(`operations benchmark: ${rounds} reports, one at a time, each beside a raw round`);
    for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
      const from = members[(round + WARM_UP_ROUNDS) % count]!;
      const others = members.filter((m) => m !== from);
      // (a) the report's path, raw: poster ↔ organiser, then organiser ↔ every other member.
      const rawStart = now();
      await rawRoundTrip(organiser, from.nodeId, frame);
      const rawTimes = await Promise.all(
        others.map(async (m) => {
          await rawRoundTrip(organiser, m.nodeId, frame);
          return now() - rawStart;
        }),
      );
      // (b) the report itself.
      const text = `latency ${round} ${TEXT}`;
      const host = processOf(from.index);
      const posted = host.next((l) => ('posted' in l && l.posted.text === text ? l.posted : undefined));
      host.send({ post: { member: from.index, text } });
      const { at, state } = await posted;
      if (state !== 'relayed') throw new Error(`a report was ${state}, not relayed at once`);
      await until(
        () => others.every((m) => stored.get(text)?.has(m.index)) || failed() !== undefined,
        `every member stored report ${round}`,
      );
      throwIfFailed();
      if (round < 0) continue;
      raw.push(...rawTimes);
      for (const m of others) delivery.push(stored.get(text)!.get(m.index)! - at);
    }

    // (c) the burst, spread over every member.
    log(`operations benchmark: a burst of ${int(messages)} reports from ${int(count)} members`);
    const headBefore = (await detail()).head;
    const posts = new Map<MemberProcess, { member: number; text: string }[]>();
    for (let i = 0; i < messages; i++) {
      const member = i % count;
      const list = posts.get(processOf(member)) ?? [];
      list.push({ member, text: `burst ${i} ${TEXT}` });
      posts.set(processOf(member), list);
    }
    const burstStart = now();
    for (const p of processes) p.send({ burst: { total: messages, posts: posts.get(p) ?? [] } });
    await until(
      () => held.size === count || failed() !== undefined,
      'every member holds every report of the burst',
      600_000,
    );
    throwIfFailed();
    const seconds = (Math.max(...held.values()) - burstStart) / 1000;
    // The organiser's cursors move on the members' answers, a moment after they stored.
    await until(async () => {
      const d = await detail();
      return d.progress!.every((m) => m.delivered === d.head);
    }, 'the organiser records every delivery');
    const numbered = (await detail()).head - headBefore;
    if (numbered !== messages) {
      throw new Error(`the organiser numbered ${int(numbered)} reports of the ${int(messages)} posted`);
    }

    const rawFigures = percentiles(raw);
    const deliveryFigures = percentiles(delivery);
    for (const p of processes) membersPeak += await p.stop();
    organiserPeak = Math.max(organiserPeak, process.memoryUsage().rss);
    return {
      members: count,
      messages,
      rounds,
      memberProcesses: processes.length,
      frameBytes: frame.length,
      raw: { ...rawFigures, samples: raw.length },
      delivery: { ...deliveryFigures, samples: delivery.length },
      p95Ratio: deliveryFigures.p95Ms / Math.max(rawFigures.p95Ms, 1e-6),
      sustained: {
        messagesPerSecond: messages / seconds,
        deliveriesPerSecond: (messages * count) / seconds,
        seconds,
      },
      memory: {
        organiserMegabytes: (organiserPeak - rssBefore) / 1e6,
        membersMegabytes: membersPeak,
        perMemberMegabytes: membersPeak / count,
      },
    };
  } finally {
    clearInterval(sampler);
    await Promise.all(processes.map((p) => p.stop().catch(() => 0)));
    await organiser.close('benchmark done');
  }
}

// --- the member process

/** One member: its host, store and operations service, as a member node runs them. */
interface Member {
  index: number;
  nodeId: string;
  host: PeerHost;
  kv: LevelKv;
  operations: OperationsService;
}

async function startMember(
  setup: MemberSetup,
  organiser: HostSetup['organiser'],
  dir: string,
): Promise<Member> {
  const privateKey = privateKeyFromProtobuf(Buffer.from(setup.key, 'base64'));
  const nodeId = peerIdFromPrivateKey(privateKey).toString();
  const log = silentLoggers().root;
  const host = new PeerHost(
    {
      privateKey,
      log,
      activePeers: () => Promise.resolve(new Set([organiser.nodeId])),
      addressesOf: (peer) => Promise.resolve(peer === organiser.nodeId ? [organiser.multiaddr] : []),
    },
    {
      listen: { host: '127.0.0.1', port: setup.port },
      self: { name: setup.name, country: setup.country, softwareVersion: 'bench' },
      reconnectIntervalMs: 500,
    },
  );
  const kv = await LevelKv.open(join(dir, setup.country));
  const operations = new OperationsService({
    kv,
    peerHost: host,
    // Only an organiser reads its peer book (to check the members it invites).
    peers: { get: () => Promise.resolve(undefined) },
    self: nodeId,
    selfName: setup.name,
    key: signingKeyFromLibp2p(privateKey),
    log,
  });
  await operations.start();
  await host.start();
  const answer = cen.operations.v1.OperationsFrame.encode({ ack: { seq: 1_000 } }).finish();
  await host.libp2p.handle(RAW_PROTOCOL, async (stream: Stream) => {
    const lp = lpStream(stream, { maxDataLength: PROTOCOLS.operations.maxFrameBytes });
    await lp.read({ signal: AbortSignal.timeout(10_000) });
    await lp.write(answer, { signal: AbortSignal.timeout(10_000) });
    await stream.close();
  });
  return { index: setup.index, nodeId, host, kv, operations };
}

async function memberProcess(): Promise<void> {
  const say = (line: HostLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const setup = JSON.parse((await lines.next()).value ?? '{}') as HostSetup;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 250);
  const members = await Promise.all(setup.members.map((m) => startMember(m, setup.organiser, setup.dir)));
  let operationId = '';
  let burstTotal = Infinity;
  /** Reports of the burst each member stored, and when it stored the last one so far. */
  const burst = new Map(members.map((m) => [m.index, { count: 0, at: 0 }]));
  for (const member of members) {
    member.operations.onEntries((_operationId, entries) => {
      const at = now();
      const mine = burst.get(member.index)!;
      for (const entry of entries) {
        if (entry.kind !== 'message' || entry.text === undefined) continue;
        if (entry.text.startsWith('latency '))
          say({ stored: { member: member.index, text: entry.text, at } });
        else if (entry.text.startsWith('burst ')) {
          mine.count++;
          mine.at = at;
          if (mine.count === burstTotal) say({ held: { member: member.index, at } });
        }
      }
    });
  }
  say({ ready: true });
  const byIndex = new Map(members.map((m) => [m.index, m]));
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    const command = JSON.parse(next.value) as {
      accept?: string;
      post?: { member: number; text: string };
      burst?: { total: number; posts: { member: number; text: string }[] };
      stop?: true;
    };
    if (command.accept) {
      const id = command.accept;
      await Promise.all(
        members.map(async (m) => {
          await until(
            async () => (await m.operations.list(VIEWER)).some((o) => o.definition.id === id),
            'the invitation arrived',
          );
          await m.operations.answer(id, 'accept', {}, VIEWER);
        }),
      );
      operationId = id;
      say({ accepted: members.length });
    } else if (command.post) {
      const member = byIndex.get(command.post.member)!;
      const at = now();
      const posted = await member.operations.post(
        operationId,
        { text: command.post.text, report: REPORT },
        VIEWER,
      );
      say({ posted: { text: command.post.text, at, state: posted.state } });
    } else if (command.burst) {
      burstTotal = command.burst.total;
      // Others may have posted theirs already: a member with none of its own could hold them all.
      for (const [index, mine] of burst)
        if (mine.count >= burstTotal) say({ held: { member: index, at: mine.at } });
      const { posts } = command.burst;
      // Each member posts its share one after another; all members at once.
      void Promise.all(
        members.map(async (m) => {
          for (const post of posts.filter((p) => p.member === m.index)) {
            await m.operations.post(operationId, { text: post.text, report: REPORT }, VIEWER);
          }
        }),
      ).catch((err: unknown) =>
        say({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
      );
    } else if (command.stop) {
      break;
    }
  }
  for (const m of members) await m.operations.stop();
  for (const m of members) await m.host.stop();
  for (const m of members) await m.kv.close();
  clearInterval(sampler);
  say({ stopped: { peakRssMegabytes: peak / 1e6 } });
}

if (process.argv[1] === SELF && process.argv[2] === 'members') {
  process.on('SIGTERM', () => process.exit(0));
  await memberProcess().catch((err: unknown) => {
    process.stdout.write(
      `${JSON.stringify({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) })}\n`,
    );
    process.exitCode = 1;
  });
}
