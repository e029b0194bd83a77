/**
 * A WCO node and its members for integration tests: real nodes on loopback that can be stopped
 * and started again on the same data directory, and contribution agreements sealed with their
 * real identity keys, installed on both sides, with the peers added and connected, as
 * `cen-node agreement draft --type wco-contribution --profile case-level` and the two exchange
 * administrators would.
 *
 * @example
 *   const [wco, ke] = await Promise.all([WcoTestNode.init('WCO', 'wco'), WcoTestNode.init('KRA', 'national', 'KE')]);
 *   await joinWco(ke, wco);
 *   await ke.node.contributions!.contribute();
 *   const officer = await ke.loginAs('officer');
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  countersign,
  draftAgreement,
  publicJwkOfNodeId,
  signAgreement,
  type SealedAgreement,
} from '../../policies/index.ts';
import { apiPaths } from '../../protocol/api.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import type { Role } from '../../protocol/roles.ts';
import { loadConfig } from '../../node/config.ts';
import { initNode, startNode, type RunningNode, type StartOptions } from '../../node/index.ts';
import { partyOf, type Party } from './agreements.ts';
import { testLoggers } from './logs.ts';
import {
  ApiClient,
  freePort,
  makeTempDir,
  newTestPassword,
  TEST_ADMIN_PASSWORD,
  type TestNode,
} from './node.ts';

/** Long intervals: each test contributes when it means to (or when the connection opens). */
export const WCO_TEST_START: StartOptions = {
  p2p: { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 },
  exchange: { syncIntervalMs: 10 * 60_000, sweepIntervalMs: 10 * 60_000 },
  contribute: { intervalMs: 10 * 60_000 },
  consoleDistDir: null,
};

export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 20_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A node that can be stopped and started again on the same data directory. */
export class WcoTestNode {
  readonly name: string;
  readonly country: string;
  readonly dataDir: string;
  readonly logFile: string;
  running: RunningNode | undefined;
  party!: Party;
  readonly #remove: () => Promise<void>;
  readonly #logs: ReturnType<typeof testLoggers>;
  readonly #passwords = new Map<string, string>();
  readonly #start: StartOptions;

  private constructor(
    name: string,
    country: string,
    dataDir: string,
    remove: () => Promise<void>,
    start: StartOptions,
  ) {
    this.name = name;
    this.country = country;
    this.dataDir = dataDir;
    this.#remove = remove;
    this.#start = start;
    this.#logs = testLoggers(`wco-${country.toLowerCase()}`);
    this.logFile = this.#logs.path;
  }

  /** A new node (`country` omitted for the WCO node), started. */
  static async init(
    name: string,
    role: 'national' | 'wco',
    country?: string,
    start: StartOptions = WCO_TEST_START,
  ): Promise<WcoTestNode> {
    const temp = await makeTempDir('cen-wco-');
    const dataDir = join(temp.path, 'node');
    await initNode({
      dataDir,
      name,
      role,
      ...(country ? { country } : {}),
      apiHost: '127.0.0.1',
      apiPort: 0,
      p2pPort: await freePort(),
      adminPassword: TEST_ADMIN_PASSWORD,
      tls: false,
    });
    const node = new WcoTestNode(name, country ?? 'WCO', dataDir, () => temp.remove(), start);
    node.party = await partyOf({ dataDir } as TestNode, node.country);
    await node.start();
    return node;
  }

  get node(): RunningNode {
    if (!this.running) throw new Error(`${this.name} is stopped`);
    return this.running;
  }

  get nodeId(): string {
    return this.party.nodeId;
  }

  async start(): Promise<void> {
    this.running = await startNode(await loadConfig(this.dataDir, {}), {
      ...this.#start,
      loggers: this.#logs.loggers,
    });
  }

  async stop(): Promise<void> {
    await this.running?.close('test');
    this.running = undefined;
  }

  /** A client signed in as a user of `role` (created once; roles without a second factor only). */
  async loginAs(role: Role): Promise<ApiClient> {
    const username = `${role.replace(/[^a-z]/g, '')}1`;
    if (!this.#passwords.has(username)) {
      const password = newTestPassword();
      await this.node.services.auth.createUser({ username: 'test:setup' }, { username, role, password });
      this.#passwords.set(username, password);
    }
    const client = new ApiClient(this.node.apiUrl);
    const res = await client.post(apiPaths.session, { username, password: this.#passwords.get(username) });
    if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status}`);
    return client;
  }

  async log(): Promise<string> {
    return readFile(this.logFile, 'utf8');
  }

  async close(): Promise<void> {
    await this.stop();
    this.#logs.close();
    await this.#remove();
  }
}

/** A year-long case-level contribution agreement of `member` with `wco`, from a minute ago. */
export function contributionAgreement(
  member: WcoTestNode,
  wco: WcoTestNode,
  options: { level?: 'case-level' | 'aggregates' } = {},
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
      { administration: 'WCO', name: wco.name, nodeId: wco.nodeId, key: publicJwkOfNodeId(wco.nodeId) },
    ],
    legalBasis: { instrument: 'WCO CEN data contribution' },
    purposes: ['customs-enforcement'],
    modes: ['sync'],
    scope: {
      [member.nodeId]: {
        recordKinds: ['seizure', 'offence'],
        itrAreas: ['drugs', 'environment', 'ipr-health-safety', 'revenue', 'security', 'money-laundering'],
        nominal: false,
      },
    },
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 365 * 86_400_000).toISOString() },
    profile: { id: 'wco-contribution', version: 1, level: options.level ?? 'case-level' },
  });
}

/** Installs `agreement` on both nodes (signed by `a`, countersigned by `b`), adds them as peers and waits until they are connected. */
export async function connectUnder(
  a: WcoTestNode,
  b: WcoTestNode,
  agreement: Agreement,
): Promise<SealedAgreement> {
  const sealed = await countersign(await signAgreement(agreement, a.party.key), b.party.key);
  for (const node of [a, b]) await node.node.services.agreements.install(sealed, 'test:setup');
  await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0]!, 'test:setup');
  await b.node.services.peers.add(a.node.peerHost.multiaddrs()[0]!, 'test:setup');
  for (const node of [a, b]) await node.node.peerHost.recheck();
  await eventually(() => a.node.peerHost.status(b.nodeId).connected, `${a.name} is connected to ${b.name}`);
  return sealed;
}

/** `member` joins `wco` under a case-level contribution agreement. */
export function joinWco(member: WcoTestNode, wco: WcoTestNode): Promise<SealedAgreement> {
  return connectUnder(member, wco, contributionAgreement(member, wco));
}
