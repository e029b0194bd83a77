/**
 * A small WCO federation for the publications and forum tests: a WCO node and national nodes,
 * each national node with a `wco-contribution` agreement sealed by both parties' real keys (as
 * `cen-node agreement draft --type wco-contribution` and a countersignature make it), peered and
 * connected; nodes can be stopped and started again on their data directory. Plus a multipart
 * upload of a draft publication, as the console's composer sends it.
 *
 * @example
 *   const wco = await FederationNode.init('World Customs Organization', 'wco');
 *   const ke = await FederationNode.init('Kenya Revenue Authority', 'national', 'KE');
 *   await joinWco(ke, wco);
 *   const officer = await ke.loginAs('officer', 'Amina Otieno');
 */
import { join } from 'node:path';
import { countersign, draftAgreement, publicJwkOfNodeId, signAgreement } from '../../policies/index.ts';
import { apiPaths, type CreatePublicationRequest } from '../../protocol/api.ts';
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
  type ApiResponse,
  type TestNode,
} from './node.ts';

/** Long intervals: each test pulls when it means to, or when a connection opens. */
export const FEDERATION_START: StartOptions = {
  p2p: { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 },
  exchange: { syncIntervalMs: 10 * 60_000, sweepIntervalMs: 10 * 60_000 },
  contribute: { intervalMs: 10 * 60_000 },
  publications: { intervalMs: 10 * 60_000 },
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
export class FederationNode {
  readonly name: string;
  readonly dataDir: string;
  readonly country: string | undefined;
  running: RunningNode | undefined;
  party!: Party;
  readonly #start: StartOptions;
  readonly #remove: () => Promise<void>;
  readonly #logs: ReturnType<typeof testLoggers>;
  readonly #passwords = new Map<string, string>();

  private constructor(
    name: string,
    dataDir: string,
    country: string | undefined,
    start: StartOptions,
    remove: () => Promise<void>,
  ) {
    this.name = name;
    this.dataDir = dataDir;
    this.country = country;
    this.#start = start;
    this.#remove = remove;
    this.#logs = testLoggers(`publications-${country ?? 'wco'}`);
  }

  static async init(
    name: string,
    role: 'national' | 'wco',
    country?: string,
    start: StartOptions = FEDERATION_START,
  ): Promise<FederationNode> {
    const temp = await makeTempDir('cen-publications-');
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
    const node = new FederationNode(name, dataDir, country, start, () => temp.remove());
    node.party = await partyOf({ dataDir } as TestNode, country ?? 'WCO');
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

  /** A client signed in as a user of `role` (created once, with `displayName` if given). */
  async loginAs(
    role: Role,
    displayName?: string,
    username = `${role.replace(/[^a-z]/g, '')}1`,
  ): Promise<ApiClient> {
    if (!this.#passwords.has(username)) {
      const password = newTestPassword();
      await this.node.services.auth.createUser(
        { username: 'test:setup' },
        { username, role, password, ...(displayName ? { displayName } : {}) },
      );
      this.#passwords.set(username, password);
    }
    const client = new ApiClient(this.node.apiUrl);
    const res = await client.post(apiPaths.session, { username, password: this.#passwords.get(username) });
    if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status}`);
    return client;
  }

  /** A user with a known password, for tests that sign in through the console. */
  async addUser(username: string, role: Role, password: string, displayName?: string): Promise<void> {
    await this.node.services.auth.createUser(
      { username: 'test:setup' },
      { username, role, password, ...(displayName ? { displayName } : {}) },
    );
  }

  async close(): Promise<void> {
    await this.stop();
    this.#logs.close();
    await this.#remove();
  }
}

/** Seals and installs a contribution agreement between `member` and `wco`, peers and connects them. */
export async function joinWco(member: FederationNode, wco: FederationNode): Promise<void> {
  const from = new Date(Date.now() - 60_000);
  const doc = draftAgreement({
    type: 'wco-contribution',
    parties: [
      {
        administration: member.country!,
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
    profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
  });
  const sealed = await countersign(await signAgreement(doc, member.party.key), wco.party.key);
  for (const node of [member, wco]) await node.node.services.agreements.install(sealed, 'test:setup');
  await member.node.services.peers.add(wco.node.peerHost.multiaddrs()[0]!, 'test:setup');
  await wco.node.services.peers.add(member.node.peerHost.multiaddrs()[0]!, 'test:setup');
  for (const node of [member, wco]) await node.node.peerHost.recheck();
  await eventually(
    () => member.node.peerHost.status(wco.nodeId).connected,
    `${member.name} is connected to the WCO node`,
  );
}

/** A one-page PDF small enough to read in a test, and recognisable by its text. */
export function tinyPdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** Sends a draft as the composer does: multipart, the JSON in `publication`, files in `attachment`. */
export async function draftPublication<T = unknown>(
  client: ApiClient,
  draft: CreatePublicationRequest,
  files: { name: string; bytes: Uint8Array; type?: string }[] = [],
): Promise<ApiResponse<T>> {
  const form = new FormData();
  form.append('publication', JSON.stringify(draft));
  for (const file of files)
    form.append(
      'attachment',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  const response = await fetch(`${client.baseUrl}${apiPaths.publications}`, {
    method: 'POST',
    headers: client.cookie ? { cookie: client.cookie } : {},
    body: form,
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson && text ? JSON.parse(text) : text) as T,
  };
}

/** An attachment's bytes as the API serves them. */
export async function download(
  client: ApiClient,
  path: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}
