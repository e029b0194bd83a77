/**
 * Real nodes for the network benchmarks: each in its own data directory on loopback, with
 * agreements both parties sign, connected the way exchange administrators connect them.
 *
 * @example
 *   const [ke, tz] = await Promise.all(['KE', 'TZ'].map((c) => startBenchNode(dir, c)));
 *   await agree(ke, tz, { modes: ['sync'] });   // install on both, add each other, connect
 */
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '../node/config.ts';
import { loadIdentity } from '../node/identity.ts';
import { initNode, startNode, type RunningNode, type StartOptions } from '../node/index.ts';
import { silentLoggers } from '../node/log.ts';
import {
  countersign,
  draftAgreement,
  publicJwkOfNodeId,
  signAgreement,
  signingKeyFromLibp2p,
  type SealedAgreement,
} from '../policies/index.ts';
import { HANDLING_CODES, type Agreement } from '../protocol/agreement.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';

export interface LatencyPercentiles {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function percentiles(times: readonly number[]): LatencyPercentiles {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), p99Ms: percentile(sorted, 99) };
}

/** A port that was free a moment ago: each node needs its own peer port up front. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * `count` distinct ports, each free a moment ago, below the kernel's ephemeral range: many nodes
 * reserve their peer ports up front and bind them later (the WCO node binds its own again after
 * an outage), and a port from the ephemeral range may meanwhile be handed to an outgoing
 * connection, or to a second `freePort` call.
 */
export async function freePorts(
  count: number,
  from = 20_000 + Math.floor(Math.random() * 5_000),
): Promise<number[]> {
  const [ephemeralLow] = (
    await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').catch(() => '32768')
  )
    .trim()
    .split(/\s+/)
    .map(Number);
  const ports: number[] = [];
  for (let port = from; ports.length < count; port++) {
    if (port >= (ephemeralLow ?? 32768)) throw new RangeError(`no ${count} free ports from ${from}`);
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      ports.push(port);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
  return ports;
}

export async function startBenchNode(
  dir: string,
  country: string,
  options: Pick<StartOptions, 'exchange'> = {},
): Promise<RunningNode> {
  const dataDir = join(dir, country);
  await initNode({
    dataDir,
    name: `Customs ${country}`,
    country,
    apiHost: '127.0.0.1',
    apiPort: 0,
    p2pPort: await freePort(),
    tls: false,
  });
  return startNode(await loadConfig(dataDir, {}), {
    loggers: silentLoggers(),
    consoleDistDir: null,
    p2p: { reconnectIntervalMs: 500 },
    ...options,
  });
}

/** Case fields a realistic non-nominal exchange carries. */
export const EXCHANGED_FIELDS = [
  'kind',
  'form',
  'status',
  'reportingCountry',
  'seizureDate',
  'direction',
  'offenceTypes',
  'location',
  'detection',
  'conveyance',
  'concealment',
  'route',
  'items',
] as const satisfies Agreement['scope'][string]['fields'];

/** A protocol only the replication benchmark speaks: raw frames into LevelDB, nothing else. */
export const RAW_REPLICATION_PROTOCOL = '/cen-bench/raw-replication/1.0.0';

/** A party to a benchmark agreement: its node id, signing key and country. */
export interface BenchParty {
  nodeId: string;
  key: KeyObject;
  country: string;
}

/** An agreement both parties sign covering every ITR area and handling code, for a day. */
export async function sealedAgreement(
  a: BenchParty,
  b: BenchParty,
  options: { modes: Agreement['modes']; nominal?: boolean },
): Promise<SealedAgreement> {
  const scope = {
    recordKinds: ['seizure', 'offence'] as ('seizure' | 'offence')[],
    itrAreas: [...vocabularies.itrArea.codes],
    fields: [...EXCHANGED_FIELDS],
    nominal: options.nominal ?? false,
  };
  const party = (p: BenchParty): Agreement['parties'][number] => ({
    administration: p.country,
    name: `Customs ${p.country}`,
    nodeId: p.nodeId,
    key: publicJwkOfNodeId(p.nodeId),
  });
  const from = new Date(Date.now() - 60_000);
  const doc = draftAgreement({
    version: 1,
    type: 'bilateral',
    parties: [party(a), party(b)],
    legalBasis: { instrument: 'Benchmark agreement' },
    purposes: ['customs-enforcement'],
    modes: options.modes,
    scope: { [a.nodeId]: scope, [b.nodeId]: scope },
    handling: { maxCode: HANDLING_CODES.at(-1)!, onwardTransfer: 'prohibited', retentionDays: 30 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 86_400_000).toISOString() },
  });
  return countersign(await signAgreement(doc, a.key), b.key);
}

/** The benchmark party of a running node. */
async function partyOf(node: RunningNode): Promise<BenchParty> {
  const identity = await loadIdentity(node.config.dataDir);
  return {
    nodeId: node.nodeId,
    key: signingKeyFromLibp2p(identity.privateKey),
    country: node.config.country!,
  };
}

/**
 * A sealed agreement (`sealedAgreement`) installed on both running nodes, each in the other's peer
 * book, connected.
 */
export async function agree(
  a: RunningNode,
  b: RunningNode,
  options: { modes: Agreement['modes']; nominal?: boolean },
): Promise<void> {
  const sealed = await sealedAgreement(await partyOf(a), await partyOf(b), options);
  for (const node of [a, b]) await node.services.agreements.install(sealed, 'system:bench');
  await a.services.peers.add(b.peerHost.multiaddrs()[0]!, 'system:bench');
  await b.services.peers.add(a.peerHost.multiaddrs()[0]!, 'system:bench');
  await Promise.all([a, b].map((node) => node.peerHost.recheck()));
  const deadline = Date.now() + 30_000;
  while (!a.peerHost.status(b.nodeId).connected) {
    if (Date.now() > deadline) throw new Error(`${a.config.name} did not connect to ${b.config.name}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
