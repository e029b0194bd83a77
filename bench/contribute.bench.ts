/**
 * The WCO ingest benchmark: how fast one WCO node takes in the contributions of `members`
 * members (185 by default, the WCO's membership) with `casesPerMember` validated cases each
 * (1,000 by default), beside a raw limit measured in the same run.
 *
 * (a) raw: the same anonymised records, byte for byte what the members send, written as plain
 *     synced LevelDB batches of 500 (the contribute batch size) — nothing else; only the writes
 *     are timed;
 * (b) ingest: a real WCO node (`startNode`, role wco) with every member's contribution agreement
 *     installed, and a sender process of its own (this file, run with `sender`) in which each
 *     member is itself: its own identity and libp2p host dialling the WCO node over loopback, and
 *     node/contribute's `ContributionService` building, deciding, anonymising and signing its
 *     batches from its change log and settling the WCO node's receipts. Four members send at a
 *     time. The WCO node does everything it does for real members: the gater, the manifest's
 *     signature, `decide()` and the anonymisation check on every case, the global store's batch
 *     with the evidence entry, the search index, the signed receipt. The time runs from the first
 *     member starting to the last receipt settled.
 *
 * Initialising, key generation, agreements, generating cases and encoding the raw records are not
 * timed. Every member's cases are the same 1,000 synthetic seizures with ids and reporting
 * country of its own (the WCO node de-duplicates by member and id, never by content).
 *
 * Environment: `BENCH_CONTRIB_MEMBERS`, `BENCH_CONTRIB_CASES` (default 185 × 1,000; when
 * `BENCH_CASES` is below 10,000, a smoke run of the suite, 4 × 250).
 *
 * @example
 *   const result = await runContributeBench({ members: 185, casesPerMember: 1000, dir });
 *   result.ingest.casesPerSecond; result.ratio;
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { Level } from 'level';
import { v7 as uuidv7 } from 'uuid';
import { loadConfig } from '../node/config.ts';
import { ContributionService } from '../node/contribute/index.ts';
import { EvidenceLog } from '../node/evidence/index.ts';
import { loadIdentity } from '../node/identity.ts';
import { initNode, openServices, startNode } from '../node/index.ts';
import { silentLoggers } from '../node/log.ts';
import { PeerHost } from '../node/p2p/index.ts';
import { SyntheticGenerator } from '../node/seed/generator.ts';
import { MemoryKv } from '../node/store/memory-kv.ts';
import type { Change } from '../node/store/types.ts';
import {
  anonymiseCase,
  countersign,
  draftAgreement,
  openAgreement,
  publicJwkOfNodeId,
  signAgreement,
  signingKeyFromLibp2p,
  type AgreementState,
  type SealedAgreement,
} from '../policies/index.ts';
import { HANDLING_CODES, type Agreement } from '../protocol/agreement.ts';
import { canonicalJson } from '../protocol/canonical-json.ts';
import type { CaseId } from '../protocol/ids.ts';
import type { Case } from '../protocol/records.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';
import { freePort } from './nodes.ts';

const SELF = fileURLToPath(import.meta.url);
/** The contribute batch size (DEFAULT_BATCH_ENTRIES), used for the raw batches too. */
const RAW_BATCH = 500;
/** Members sending at once: enough to keep the WCO node busy while a member builds its next batch. */
const SENDING_AT_ONCE = 4;
const PROFILE = { id: 'wco-contribution', version: 1, level: 'case-level' } as const;

export const DEFAULT_CONTRIB_MEMBERS = 185;
export const DEFAULT_CONTRIB_CASES = 1000;
/** The sizes when the suite runs as a smoke test (BENCH_CASES below 10,000). */
export const SMOKE_CONTRIB_MEMBERS = 4;
export const SMOKE_CONTRIB_CASES = 250;

export interface ContributeBenchOptions {
  members: number;
  casesPerMember: number;
  dir: string;
  log?: (line: string) => void;
}

export interface ContributeBenchResult {
  members: number;
  casesPerMember: number;
  cases: number;
  /** The anonymised records' size (canonical JSON). */
  megabytes: number;
  /** How the cases reached the WCO node. */
  path: 'each member its own libp2p host in a sender process, over loopback';
  raw: { recordsPerSecond: number; seconds: number };
  ingest: {
    casesPerSecond: number;
    seconds: number;
    stored: number;
    batches: number;
    /**
     * The WCO node's process's CPU time while ingesting, and cases per CPU second: steadier than
     * the wall time on a shared machine (the sender's CPU is not in it).
     */
    wcoCpuSeconds: number;
    casesPerWcoCpuSecond: number;
  };
  /** ingest / raw. */
  ratio: number;
}

/** BENCH_CONTRIB_MEMBERS and BENCH_CONTRIB_CASES, checked. */
export function contributeBenchSize(env: NodeJS.ProcessEnv = process.env): {
  members: number;
  casesPerMember: number;
} {
  const read = (name: string, fallback: number, min: number) => {
    const value = env[name] ?? String(fallback);
    const n = Number(value.replaceAll('_', ''));
    if (!Number.isSafeInteger(n) || n < min) {
      throw new RangeError(`${name} must be a whole number of at least ${min}, not ${JSON.stringify(value)}`);
    }
    return n;
  };
  // A smoke run of the whole suite (BENCH_CASES below 10,000) sends a few members unless told.
  const smoke = env.BENCH_CASES !== undefined && Number(env.BENCH_CASES.replaceAll('_', '')) < 10_000;
  const members = read('BENCH_CONTRIB_MEMBERS', smoke ? SMOKE_CONTRIB_MEMBERS : DEFAULT_CONTRIB_MEMBERS, 1);
  const countries = vocabularies.country.codes.length;
  if (members > countries) {
    throw new RangeError(`BENCH_CONTRIB_MEMBERS must be at most ${countries} (one country each)`);
  }
  return {
    members,
    casesPerMember: read('BENCH_CONTRIB_CASES', smoke ? SMOKE_CONTRIB_CASES : DEFAULT_CONTRIB_CASES, 1),
  };
}

/** What the sender process needs to be every member. */
interface SenderSetup {
  wco: { nodeId: string; multiaddr: string };
  members: { key: string; country: string; name: string; sealed: SealedAgreement }[];
  casesPerMember: number;
}

/** The same synthetic seizures for every member: validated, with no links to persons or businesses. */
function baseCases(count: number): Case[] {
  const generator = new SyntheticGenerator({ country: 'KE', seed: 185, today: '2026-11-01' });
  const at = '2026-11-01T00:00:00.000Z';
  return Array.from({ length: count }, () => {
    const { input } = generator.nextCase();
    return {
      ...input,
      id: '' as CaseId,
      status: 'validated',
      reportingCountry: 'KE',
      offenceTypes: input.offenceTypes ?? [],
      offenders: input.offenders ?? [],
      persons: [],
      businesses: [],
      photos: [],
      tags: input.tags ?? [],
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** One member's cases: the base cases with ids and a reporting country of its own. */
const casesOf = (base: readonly Case[], country: string): Case[] =>
  base.map((c) => ({ ...c, id: uuidv7() as CaseId, reportingCountry: country }));

/** A member's change log and cases, as much of a RecordStore as contributing reads. */
class MemberCases {
  readonly #cases: Case[];
  readonly #byId: Map<string, Case>;
  constructor(cases: Case[]) {
    this.#cases = cases;
    this.#byId = new Map(cases.map((c) => [c.id, c]));
  }
  changesSince(seq: number, limit: number): Promise<Change[]> {
    return Promise.resolve(
      this.#cases.slice(seq, seq + limit).map((c, i) => ({
        seq: seq + i + 1,
        type: 'case' as const,
        id: c.id,
        version: c.version,
        op: 'create' as const,
        at: c.createdAt,
      })),
    );
  }
  lastSeq(): number {
    return this.#cases.length;
  }
  getCases(ids: readonly CaseId[]): Promise<(Case | undefined)[]> {
    return Promise.resolve(ids.map((id) => this.#byId.get(id)));
  }
  getCase(id: CaseId): Promise<Case | undefined> {
    return Promise.resolve(this.#byId.get(id));
  }
}

/** A contribution agreement as `cen-node agreement draft --type wco-contribution` writes it, for a day. */
function contributionAgreement(
  member: { nodeId: string; country: string; name: string },
  wco: { nodeId: string },
): Agreement {
  const from = new Date(Date.now() - 60_000);
  return draftAgreement({
    type: 'wco-contribution',
    parties: [
      {
        administration: member.country,
        name: member.name,
        nodeId: member.nodeId,
        key: publicJwkOfNodeId(member.nodeId),
      },
      {
        administration: 'WCO',
        name: 'World Customs Organization',
        nodeId: wco.nodeId,
        key: publicJwkOfNodeId(wco.nodeId),
      },
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
    handling: { maxCode: HANDLING_CODES.at(-1)!, onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 86_400_000).toISOString() },
    profile: PROFILE,
  });
}

/** Writes the members' anonymised records as plain synced LevelDB batches; returns the seconds writing took. */
async function rawWrites(
  dir: string,
  base: readonly Case[],
  members: readonly { nodeId: string; country: string }[],
): Promise<{ seconds: number; records: number; bytes: number }> {
  const projected = base.map((c) => {
    const result = anonymiseCase(c, PROFILE);
    if (!result.ok) throw new Error(`a benchmark case does not anonymise: ${result.detail}`);
    return result.record;
  });
  const db = new Level<string, Uint8Array>(join(dir, 'raw-leveldb'), { valueEncoding: 'view' });
  await db.open();
  const encoder = new TextEncoder();
  let seconds = 0;
  let records = 0;
  let bytes = 0;
  try {
    for (const member of members) {
      for (let i = 0; i < projected.length; i += RAW_BATCH) {
        const batch = db.batch();
        for (const record of projected.slice(i, i + RAW_BATCH)) {
          const id = uuidv7();
          const value = encoder.encode(canonicalJson({ ...record, id, reportingCountry: member.country }));
          batch.put(`${member.nodeId}\x00${id}`, value);
          bytes += value.length;
          records++;
        }
        const started = performance.now();
        await batch.write({ sync: true });
        seconds += (performance.now() - started) / 1000;
      }
    }
  } finally {
    await db.close();
  }
  return { seconds, records, bytes };
}

/** The sender process, spoken to in JSON lines: setup → {"ready"}, {"go"} → {"done"}. */
class Sender {
  readonly #child = spawn(process.execPath, [SELF, 'sender'], { stdio: ['pipe', 'pipe', 'inherit'] });
  readonly #lines: Record<string, unknown>[] = [];
  #wake: (() => void) | undefined;

  constructor() {
    createInterface({ input: this.#child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      this.#lines.push(JSON.parse(line) as Record<string, unknown>);
      this.#wake?.();
    });
  }

  send(message: object): void {
    this.#child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  async next<T>(key: string, timeoutMs = 3_600_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.#lines.findIndex((l) => key in l || 'error' in l);
      if (at >= 0) {
        const line = this.#lines.splice(at, 1)[0]!;
        if ('error' in line) throw new Error(`the sender process failed: ${String(line.error)}`);
        return line as T;
      }
      if (this.#child.exitCode !== null)
        throw new Error(`the sender process exited (${this.#child.exitCode})`);
      if (Date.now() > deadline) throw new Error(`the sender process did not say ${key} in time`);
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.#child.kill('SIGTERM');
    await exited;
  }
}

export async function runContributeBench(options: ContributeBenchOptions): Promise<ContributeBenchResult> {
  const log = options.log ?? (() => undefined);
  const { members: count, casesPerMember } = options;
  const int = (n: number) => n.toLocaleString('en-US');
  const wcoDir = join(options.dir, 'WCO');
  await initNode({
    dataDir: wcoDir,
    name: 'World Customs Organization',
    role: 'wco',
    apiHost: '127.0.0.1',
    apiPort: 0,
    p2pPort: await freePort(),
    tls: false,
  });
  const identity = await loadIdentity(wcoDir);
  const wcoKey = signingKeyFromLibp2p(identity.privateKey);
  const wco = { nodeId: identity.nodeId as string };

  log(`contribute benchmark: ${int(count)} member identities and contribution agreements`);
  const countries = [...vocabularies.country.codes].sort().slice(0, count);
  const members: (SenderSetup['members'][number] & { nodeId: string })[] = [];
  for (const country of countries) {
    const key = await generateKeyPair('Ed25519');
    const nodeId = peerIdFromPrivateKey(key).toString();
    const name = `Customs ${country}`;
    const doc = contributionAgreement({ nodeId, country, name }, wco);
    const sealed = await countersign(await signAgreement(doc, signingKeyFromLibp2p(key)), wcoKey);
    members.push({
      key: Buffer.from(privateKeyToProtobuf(key)).toString('base64'),
      country,
      name,
      sealed,
      nodeId,
    });
  }
  {
    await using offline = await openServices(await loadConfig(wcoDir, {}), { loggers: silentLoggers() });
    for (const member of members) await offline.services.agreements.install(member.sealed, 'system:bench');
  }

  const base = baseCases(casesPerMember);
  log(`contribute benchmark: raw LevelDB batches, ${int(count * casesPerMember)} records`);
  const raw = await rawWrites(options.dir, base, members);

  const node = await startNode(await loadConfig(wcoDir, {}), {
    loggers: silentLoggers(),
    consoleDistDir: null,
    exchange: { syncIntervalMs: 3_600_000, sweepIntervalMs: 3_600_000, pullOnConnect: false },
  });
  const sender = new Sender();
  try {
    sender.send({
      wco: { nodeId: wco.nodeId, multiaddr: node.peerHost.multiaddrs()[0]! },
      members: members.map(({ nodeId: _nodeId, ...m }) => m),
      casesPerMember,
    } satisfies SenderSetup);
    await sender.next('ready');
    log(`contribute benchmark: ${int(count)} members contributing to the WCO node`);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    sender.send({ go: true });
    const done = await sender.next<{ done: true; stored: number; batches: number; denied: number }>('done');
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const held = await node.global!.store.count();
    if (held !== count * casesPerMember || done.stored !== held) {
      throw new Error(
        `the WCO node holds ${int(held)} cases (${int(done.stored)} receipted as stored, ${int(done.denied)} refused) of ${int(count * casesPerMember)}`,
      );
    }
    const rawRate = raw.records / raw.seconds;
    const ingestRate = held / seconds;
    return {
      members: count,
      casesPerMember,
      cases: held,
      megabytes: raw.bytes / 1e6,
      path: 'each member its own libp2p host in a sender process, over loopback',
      raw: { recordsPerSecond: rawRate, seconds: raw.seconds },
      ingest: {
        casesPerSecond: ingestRate,
        seconds,
        stored: done.stored,
        batches: done.batches,
        wcoCpuSeconds: cpuSeconds,
        casesPerWcoCpuSecond: held / cpuSeconds,
      },
      ratio: ingestRate / rawRate,
    };
  } finally {
    await sender.stop();
    await node.close('benchmark done');
  }
}

// --- the sender process

/** One member contributes all its cases to the WCO node, as its own node would. */
async function contributeAs(
  member: SenderSetup['members'][number],
  wco: SenderSetup['wco'],
  base: readonly Case[],
): Promise<{ stored: number; denied: number; batches: number }> {
  const privateKey = privateKeyFromProtobuf(Buffer.from(member.key, 'base64'));
  const self = peerIdFromPrivateKey(privateKey).toString();
  const log = silentLoggers().root;
  const opened = await openAgreement(member.sealed, { now: new Date() });
  if (!opened.ok) throw new Error(`${member.country}'s agreement does not open: ${opened.detail}`);
  const states: AgreementState[] = [
    { agreement: opened.agreement, signedBy: opened.signedBy, revocations: [] },
  ];
  const host = new PeerHost(
    {
      privateKey,
      log,
      activePeers: () => Promise.resolve(new Set([wco.nodeId])),
      addressesOf: (nodeId) => Promise.resolve(nodeId === wco.nodeId ? [wco.multiaddr] : []),
    },
    {
      listen: { host: '127.0.0.1', port: 0 },
      self: { name: member.name, country: member.country, softwareVersion: 'bench' },
      recheckIntervalMs: 3_600_000,
      reconnectIntervalMs: 3_600_000,
    },
  );
  await host.start();
  const kv = new MemoryKv();
  try {
    const contributions = new ContributionService(
      {
        kv,
        store: new MemberCases(casesOf(base, member.country)),
        agreements: { states: () => Promise.resolve(states) },
        evidence: new EvidenceLog(kv, { nodeId: self }),
        peerHost: host,
        self,
        key: signingKeyFromLibp2p(privateKey),
        log,
      },
      { onConnect: false },
    );
    const [run] = await contributions.contribute(wco.nodeId);
    await contributions.stop();
    if (!run) throw new Error(`${member.country} had nothing to contribute to`);
    return { stored: run.counts.stored, denied: run.counts.denied + run.refusedHere, batches: run.batches };
  } finally {
    await host.stop();
    await kv.close();
  }
}

async function sender(): Promise<void> {
  const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const setup = JSON.parse((await lines.next()).value ?? '{}') as SenderSetup;
  const base = baseCases(setup.casesPerMember);
  say({ ready: true });
  await lines.next();
  const totals = { stored: 0, denied: 0, batches: 0 };
  const queue = [...setup.members];
  await Promise.all(
    Array.from({ length: SENDING_AT_ONCE }, async () => {
      for (let member = queue.shift(); member; member = queue.shift()) {
        const run = await contributeAs(member, setup.wco, base);
        totals.stored += run.stored;
        totals.denied += run.denied;
        totals.batches += run.batches;
      }
    }),
  );
  say({ done: true, ...totals });
}

if (process.argv[1] === SELF && process.argv[2] === 'sender') {
  process.on('SIGTERM', () => process.exit(0));
  await sender().catch((err: unknown) => {
    process.stdout.write(`${JSON.stringify({ error: err instanceof Error ? err.stack : String(err) })}\n`);
    process.exitCode = 1;
  });
}
