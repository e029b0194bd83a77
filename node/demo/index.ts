/**
 * The local demo federation behind `cen-node demo` and `make demo`: three national nodes (Kenya,
 * Tanzania, Belgium) with synthetic cases and a WCO node, each a real `cen-node start` child
 * process on fixed loopback ports, so that a newcomer sees the whole system with one command.
 *
 * It drives the nodes only through the public `cen-node` command (init, seed, id, start), like
 * an operator would. Nodes are initialised and seeded once; later runs reuse the directory.
 * Each node's first administrator is `admin` (national or WCO administrator, who enrols a TOTP
 * second factor at first sign-in), with a password written at init to
 * `<dir>/<node>/admin-password.txt`; each node also has a user who works with the data (`officer`
 * on a national node, `analyst` on the WCO node), password in `<dir>/<node>/user-password.txt`.
 * The demo serves plain HTTP on loopback.
 *
 * Before the nodes start, the demo makes the federation's signed bilateral agreements with the
 * offline `cen-node agreement draft|sign|countersign|install` commands and adds each partner's
 * address with `cen-node peer add` (see DEMO_AGREEMENTS), once: the sealed files stay in
 * `<dir>/agreements/`. Each national node also signs a WCO contribution agreement (`agreement draft
 * --type wco-contribution --profile case-level`) that the WCO node countersigns (see
 * DEMO_CONTRIBUTIONS). Once up, it waits until Kenya is connected to both partners, the first
 * records are exchanged and every national node has contributed its validated cases to the WCO
 * node, and prints the agreements, connections and contributions (counts on the WCO node).
 * Meanwhile it runs an operation across the national nodes (./operation.ts: Kenya organises,
 * Tanzania and Belgium accept, a report posted on Tanzania reaches both), signed in as each
 * national node's `analyst` (password in `<dir>/<node>/analyst-password.txt`), and prints it.
 *
 * @example
 *   const controller = new AbortController();
 *   process.once('SIGINT', () => controller.abort());
 *   await runDemo({ dir: '.data/demo', cases: 3000, basePort: 8181 }, { signal: controller.signal });
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { access, chmod, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAgreement } from '../../policies/index.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import { formatDemoOperation, runDemoOperation, type DemoOperationNode } from './operation.ts';

export interface DemoNodeSpec {
  /** Directory name under the demo directory, and the name shown in the table. */
  key: string;
  name: string;
  country?: string;
  role: 'national' | 'wco';
  /** Seed of the synthetic data; national nodes only. */
  seed?: number;
}

export const DEMO_NODES: readonly DemoNodeSpec[] = [
  { key: 'ke', name: 'Kenya Revenue Authority', country: 'KE', role: 'national', seed: 1 },
  { key: 'tz', name: 'Tanzania Revenue Authority', country: 'TZ', role: 'national', seed: 2 },
  { key: 'be', name: 'Belgian Customs', country: 'BE', role: 'national', seed: 3 },
  { key: 'wco', name: 'World Customs Organization', role: 'wco' },
];

export const DEMO_DEFAULTS = { cases: 3000, basePort: 8181 } as const;
/** The p2p port of each node is its API port plus this. */
export const P2P_PORT_OFFSET = 1000;
export const ADMIN_USERNAME = 'admin';
export const PASSWORD_FILE = 'admin-password.txt';
export const USER_PASSWORD_FILE = 'user-password.txt';
/** The account that works with the data on each kind of node (the administrator cannot read cases). */
export const DEMO_USERS = {
  national: { username: 'officer', role: 'officer' },
  wco: { username: 'analyst', role: 'wco-analyst' },
} as const;
/** On each national node, the user who organises operations and answers invitations. */
export const DEMO_ANALYST = { username: 'analyst', role: 'analyst' } as const;
export const ANALYST_PASSWORD_FILE = 'analyst-password.txt';
export const LOG_FILE = 'node.log';
/** Written once a node's synthetic cases are stored, so that a second run does not add more. */
const SEEDED_MARKER = 'demo-seeded';
/** Written in the demo directory once every agreement is installed and every peer added. */
const AGREEMENTS_MARKER = 'demo-agreements';
export const AGREEMENTS_DIR = 'agreements';

/** One bilateral agreement of the demo: `drafter` drafts and signs, `partner` countersigns. */
export interface DemoAgreementSpec {
  drafter: string;
  partner: string;
  legalBasis: string;
  modes: readonly ('sync' | 'on-demand' | 'query')[];
  /** ITR areas in scope; all of them when absent. */
  areas?: readonly string[];
  nominal: boolean;
}

export const DEMO_AGREEMENTS: readonly DemoAgreementSpec[] = [
  {
    drafter: 'ke',
    partner: 'tz',
    legalBasis: 'EAC Customs Management Act 2004, mutual administrative assistance',
    modes: ['sync', 'on-demand', 'query'],
    areas: ['drugs', 'revenue'],
    nominal: true,
  },
  {
    drafter: 'be',
    partner: 'ke',
    legalBasis: 'Bilateral customs mutual assistance agreement BE–KE',
    modes: ['sync', 'on-demand'],
    nominal: false,
  },
];
const AGREEMENT_DAYS = 365;

/** The national nodes that contribute to the WCO node, each under its own agreement. */
export const DEMO_CONTRIBUTIONS: readonly { member: string; legalBasis: string }[] = [
  { member: 'ke', legalBasis: 'WCO Customs Enforcement Network: data contribution by Kenya' },
  { member: 'tz', legalBasis: 'WCO Customs Enforcement Network: data contribution by Tanzania' },
  { member: 'be', legalBasis: 'WCO Customs Enforcement Network: data contribution by Belgium' },
];
/** Written in the demo directory once every contribution agreement is installed. */
const CONTRIBUTIONS_MARKER = 'demo-contributions';

/** How long the nodes with an agreement may take to connect after they all answer /healthz. */
const CONNECT_TIMEOUT_MS = 60_000;

/** How long a node may take to answer /healthz after start (argon2, store open, FTS catch-up). */
const HEALTH_TIMEOUT_MS = 60_000;
/** How long a node may take to shut down after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 15_000;

const CEN_NODE_BIN = fileURLToPath(new URL('../../bin/cen-node.js', import.meta.url));

export class DemoError extends Error {
  override name = 'DemoError';
}

export interface DemoOptions {
  dir: string;
  cases?: number;
  basePort?: number;
  /** Where progress and the table go (default: stdout/stderr of this process). */
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export interface RunningDemoNode {
  spec: DemoNodeSpec;
  dataDir: string;
  apiUrl: string;
  consoleUrl: string;
  password: string;
  /** The data user's name and password (see DEMO_USERS). */
  user: string;
  userPassword: string;
  pid: number;
}

/** The child's environment: the config file, not this shell, decides ports and hosts. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['CEN_API_PORT', 'CEN_API_HOST']) delete env[name];
  return env;
}

async function cenNode(args: readonly string[], err: (line: string) => void): Promise<string> {
  const child = spawn(process.execPath, [CEN_NODE_BIN, ...args], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  // Progress bars and messages of long steps (seeding) are worth showing as they come.
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    err(stderr.trim());
    throw new DemoError(`cen-node ${args[0] ?? ''} failed (exit ${code}) for ${args.join(' ')}`);
  }
  return stdout;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** Creates the node once: password file, `cen-node init`, then its synthetic cases. */
async function prepareNode(
  spec: DemoNodeSpec,
  dataDir: string,
  apiPort: number,
  cases: number,
  log: (line: string) => void,
): Promise<void> {
  if (!(await exists(join(dataDir, 'config.json')))) {
    if ((await exists(dataDir)) && (await readdir(dataDir)).length > 0) {
      throw new DemoError(
        `${dataDir} holds files but no node (an interrupted first run?): remove it and run the demo again`,
      );
    }
    // init wants an empty directory: the password file moves in once the node exists.
    const pending = `${dataDir}.${PASSWORD_FILE}`;
    await writeFile(pending, randomBytes(18).toString('base64url') + '\n', { mode: 0o600 });
    log(`initialising ${spec.key} (${spec.name}) in ${dataDir}`);
    await cenNode(
      [
        'init',
        '--data',
        dataDir,
        '--name',
        spec.name,
        ...(spec.country === undefined ? [] : ['--country', spec.country]),
        '--role',
        spec.role,
        '--api-port',
        String(apiPort),
        '--p2p-port',
        String(apiPort + P2P_PORT_OFFSET),
        '--admin-password-file',
        pending,
        '--insecure-http',
      ],
      log,
    );
    await rename(pending, join(dataDir, PASSWORD_FILE));
    await chmod(join(dataDir, PASSWORD_FILE), 0o600);
  }
  const users = [
    { user: DEMO_USERS[spec.role], file: USER_PASSWORD_FILE },
    ...(spec.role === 'national' ? [{ user: DEMO_ANALYST, file: ANALYST_PASSWORD_FILE }] : []),
  ];
  for (const { user, file } of users) {
    const userPasswordFile = join(dataDir, file);
    if (await exists(userPasswordFile)) continue;
    const pending = `${userPasswordFile}.pending`;
    await writeFile(pending, randomBytes(18).toString('base64url') + '\n', { mode: 0o600 });
    await cenNode(
      [
        'user',
        'add',
        '--data',
        dataDir,
        '--username',
        user.username,
        '--role',
        user.role,
        '--password-file',
        pending,
      ],
      log,
    );
    await rename(pending, userPasswordFile);
  }
  if (spec.role === 'national' && cases > 0 && !(await exists(join(dataDir, SEEDED_MARKER)))) {
    log(`seeding ${spec.key} with ${cases} synthetic cases (seed ${spec.seed ?? 1})`);
    await cenNode(
      ['seed', '--data', dataDir, '--cases', String(cases), '--seed', String(spec.seed ?? 1)],
      log,
    );
    await writeFile(join(dataDir, SEEDED_MARKER), `${cases} cases, seed ${spec.seed ?? 1}\n`);
  }
}

/** What `cen-node id` prints (the part the demo reads). */
interface DemoNodeId {
  nodeId: string;
  multiaddrs: string[];
  apiUrl: string;
}

async function nodeIdOf(dataDir: string, err: (line: string) => void): Promise<DemoNodeId> {
  return JSON.parse(await cenNode(['id', '--data', dataDir], err)) as DemoNodeId;
}

const agreementName = (a: DemoAgreementSpec): string =>
  `${a.drafter.toUpperCase()}–${a.partner.toUpperCase()}`;
const sealedFile = (dir: string, a: DemoAgreementSpec): string =>
  join(dir, AGREEMENTS_DIR, `${a.drafter}-${a.partner}.sealed.json`);

/**
 * Drafts, signs, countersigns and installs every demo agreement and adds each partner's address,
 * once, with the nodes stopped (the offline path needs no second factor). The file steps touch
 * only the identity key and run in parallel; the steps that open a node's store run one at a
 * time per node, since the store allows one process at a time.
 */
async function prepareAgreements(
  dir: string,
  ids: ReadonlyMap<string, DemoNodeId>,
  onNode: NodeCommands,
  log: (line: string) => void,
): Promise<void> {
  if (await exists(join(dir, AGREEMENTS_MARKER))) return;
  const folder = join(dir, AGREEMENTS_DIR);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const dataOf = (key: string) => join(dir, key);
  const specOf = (key: string): DemoNodeSpec => DEMO_NODES.find((n) => n.key === key)!;
  const idOf = (key: string): DemoNodeId => ids.get(key)!;

  await Promise.all(
    DEMO_AGREEMENTS.map(async (a) => {
      log(`signing the ${agreementName(a)} agreement`);
      const partner = specOf(a.partner);
      const base = join(folder, `${a.drafter}-${a.partner}`);
      await cenNode(
        [
          'agreement',
          'draft',
          '--data',
          dataOf(a.drafter),
          '--with',
          idOf(a.partner).nodeId,
          '--country',
          partner.country!,
          '--name',
          partner.name,
          '--legal-basis',
          a.legalBasis,
          '--modes',
          a.modes.join(','),
          ...(a.areas ? ['--areas', a.areas.join(',')] : []),
          a.nominal ? '--nominal' : '--no-nominal',
          '--days',
          String(AGREEMENT_DAYS),
          '--out',
          `${base}.draft.json`,
        ],
        log,
      );
      await cenNode(
        [
          'agreement',
          'sign',
          `${base}.draft.json`,
          '--data',
          dataOf(a.drafter),
          '--out',
          `${base}.signed.json`,
        ],
        log,
      );
      await cenNode(
        [
          'agreement',
          'countersign',
          `${base}.signed.json`,
          '--data',
          dataOf(a.partner),
          '--out',
          sealedFile(dir, a),
        ],
        log,
      );
    }),
  );

  const steps = new Map<string, string[][]>();
  const add = (key: string, args: string[]) => steps.set(key, [...(steps.get(key) ?? []), args]);
  for (const a of DEMO_AGREEMENTS) {
    for (const [self, other] of [
      [a.drafter, a.partner],
      [a.partner, a.drafter],
    ] as const) {
      add(self, ['agreement', 'install', sealedFile(dir, a), '--data', dataOf(self)]);
      add(self, ['peer', 'add', idOf(other).multiaddrs[0]!, '--data', dataOf(self)]);
    }
  }
  await Promise.all(
    [...steps].map(async ([key, chain]) => {
      for (const args of chain) await onNode(key, args);
    }),
  );
  await writeFile(
    join(dir, AGREEMENTS_MARKER),
    `${DEMO_AGREEMENTS.map(agreementName).join(', ')} installed, partners added as peers\n`,
  );
}

/**
 * Runs a `cen-node` command that opens a node's store: one at a time per node (the store admits
 * one process), side by side across nodes.
 */
type NodeCommands = (key: string, args: string[]) => Promise<string>;

function nodeCommands(log: (line: string) => void): NodeCommands {
  const tails = new Map<string, Promise<unknown>>();
  return (key, args) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(() => cenNode(args, log));
    tails.set(
      key,
      run.catch(() => undefined),
    );
    return run;
  };
}

const contributionFile = (dir: string, member: string): string =>
  join(dir, AGREEMENTS_DIR, `${member}-wco.sealed.json`);

/**
 * Each national node drafts and signs its contribution agreement with the WCO node, which
 * countersigns; both install it and add the other as a peer. Once, with the nodes stopped.
 */
async function prepareContributions(
  dir: string,
  ids: ReadonlyMap<string, DemoNodeId>,
  onNode: NodeCommands,
  log: (line: string) => void,
): Promise<void> {
  if (await exists(join(dir, CONTRIBUTIONS_MARKER))) return;
  const folder = join(dir, AGREEMENTS_DIR);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const wco = DEMO_NODES.find((n) => n.role === 'wco')!.key;
  const wcoId = ids.get(wco)!;
  await Promise.all(
    DEMO_CONTRIBUTIONS.map(async (c) => {
      log(`signing the ${c.member.toUpperCase()}–WCO contribution agreement`);
      const base = join(folder, `${c.member}-wco`);
      await cenNode(
        [
          'agreement',
          'draft',
          '--data',
          join(dir, c.member),
          '--with',
          wcoId.nodeId,
          '--type',
          'wco-contribution',
          '--profile',
          'case-level',
          '--legal-basis',
          c.legalBasis,
          '--days',
          String(AGREEMENT_DAYS),
          '--out',
          `${base}.draft.json`,
        ],
        log,
      );
      await cenNode(
        [
          'agreement',
          'sign',
          `${base}.draft.json`,
          '--data',
          join(dir, c.member),
          '--out',
          `${base}.signed.json`,
        ],
        log,
      );
      await cenNode(
        [
          'agreement',
          'countersign',
          `${base}.signed.json`,
          '--data',
          join(dir, wco),
          '--out',
          contributionFile(dir, c.member),
        ],
        log,
      );
    }),
  );
  await Promise.all(
    DEMO_CONTRIBUTIONS.flatMap((c) => [
      onNode(c.member, [
        'agreement',
        'install',
        contributionFile(dir, c.member),
        '--data',
        join(dir, c.member),
      ]),
      onNode(c.member, ['peer', 'add', wcoId.multiaddrs[0]!, '--data', join(dir, c.member)]),
      onNode(wco, ['agreement', 'install', contributionFile(dir, c.member), '--data', join(dir, wco)]),
      onNode(wco, ['peer', 'add', ids.get(c.member)!.multiaddrs[0]!, '--data', join(dir, wco)]),
    ]),
  );
  await writeFile(
    join(dir, CONTRIBUTIONS_MARKER),
    `${DEMO_CONTRIBUTIONS.map((c) => c.member.toUpperCase()).join(', ')} contribute to the WCO node\n`,
  );
}

/** What the WCO node's `GET /api/v1/global/members` says of one member. */
interface GlobalMemberItem {
  nodeId: string;
  country: string;
  cases: number;
  upToDate: boolean;
}

/** The part of the WCO node's `GET /api/v1/global/stats` the demo prints. */
interface ReleasedStats {
  periods: string[];
  minCell: number;
  total: { cases: number | null; series: { cases: number | null }[] };
  buckets: { key: string | null; cases: number | null; series: { cases: number | null }[] }[];
}

/**
 * Signs in to the WCO node as its analyst and asks for the members' contributions until every
 * national node has contributed and caught up with its own records; then reads the global
 * statistics by ITR area and year as members would see them (released: small cells hidden).
 */
async function waitContributed(
  wco: { apiUrl: string; user: string; userPassword: string },
  members: readonly string[],
  signal: AbortSignal,
): Promise<{ members: GlobalMemberItem[]; stats: ReleasedStats }> {
  const deadline = Date.now() + CONNECT_TIMEOUT_MS;
  const session = await fetch(`${wco.apiUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: wco.user, password: wco.userPassword }),
  });
  if (!session.ok) throw new DemoError(`signing in to the WCO node failed (${session.status})`);
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  let last: GlobalMemberItem[] = [];
  while (Date.now() < deadline) {
    if (signal.aborted) throw new DemoError('stopped before the contributions arrived');
    const res = await fetch(`${wco.apiUrl}/api/v1/global/members`, { headers: { cookie } });
    if (res.ok) {
      last = ((await res.json()) as { items: GlobalMemberItem[] }).items;
      const done = members.every((id) => last.some((m) => m.nodeId === id && m.upToDate && m.cases > 0));
      if (done) break;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  if (!members.every((id) => last.some((m) => m.nodeId === id && m.upToDate))) {
    throw new DemoError(
      `the contributions to the WCO node did not arrive within ${CONNECT_TIMEOUT_MS / 1000} s`,
    );
  }
  const stats = await fetch(`${wco.apiUrl}/api/v1/global/stats?dimension=itrArea&period=year`, {
    headers: { cookie },
  });
  if (!stats.ok) throw new DemoError(`the WCO node's global statistics failed (${stats.status})`);
  const released = (await stats.json()) as ReleasedStats;
  await fetch(`${wco.apiUrl}/api/v1/session`, { method: 'DELETE', headers: { cookie } }).catch(
    () => undefined,
  );
  return { members: last, stats: released };
}

interface PeerListItem {
  nodeId: string;
  status: 'unknown' | 'connected' | 'disconnected';
  activeAgreement: boolean;
  sync?: { lastCompleteAt?: string; lag?: number; received: number; lastError?: string };
}

interface AgreementListItem {
  id: string;
  peer: { nodeId: string };
  status: string;
}

/** Asks the running node (through its control socket) for its peers until `want` are connected. */
async function waitConnected(
  dataDir: string,
  want: readonly string[],
  signal: AbortSignal,
  err: (line: string) => void,
): Promise<void> {
  const deadline = Date.now() + CONNECT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (signal.aborted) throw new DemoError('stopped before the partners were connected');
    const peers = JSON.parse(
      await cenNode(['peer', 'list', '--json', '--data', dataDir], err),
    ) as PeerListItem[];
    const connected = new Set(peers.filter((p) => p.status === 'connected').map((p) => p.nodeId));
    if (want.every((nodeId) => connected.has(nodeId))) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new DemoError(
    `the partners of ${dataDir} did not connect within ${CONNECT_TIMEOUT_MS / 1000} s: see ${join(dataDir, LOG_FILE)}`,
  );
}

/**
 * Waits until every national node has pulled everything its partners share with it (each peer
 * with an active agreement reports a complete sync), so the table shows records that flowed.
 */
async function waitSynced(
  dataDirs: readonly string[],
  /** Peers that are not exchange partners (the WCO node: contributions are not pulled). */
  skip: ReadonlySet<string>,
  signal: AbortSignal,
  err: (line: string) => void,
) {
  const deadline = Date.now() + CONNECT_TIMEOUT_MS;
  const pending = new Set(dataDirs);
  while (pending.size > 0) {
    if (signal.aborted) throw new DemoError('stopped before the first records were exchanged');
    if (Date.now() > deadline) {
      throw new DemoError(
        `the first exchange of records did not complete within ${CONNECT_TIMEOUT_MS / 1000} s`,
      );
    }
    for (const dataDir of [...pending]) {
      const peers = JSON.parse(
        await cenNode(['peer', 'list', '--json', '--data', dataDir], err),
      ) as PeerListItem[];
      const partners = peers.filter((p) => p.activeAgreement && !skip.has(p.nodeId));
      if (partners.every((p) => p.sync?.lastCompleteAt !== undefined)) pending.delete(dataDir);
    }
    if (pending.size > 0) await new Promise((done) => setTimeout(done, 500));
  }
}

function alignRows(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The agreements as each side's running node reports them (`agreement list`), with the scope
 * read from the sealed file after its signatures verify; then each national node's connections.
 */
async function formatFederation(
  dir: string,
  ids: ReadonlyMap<string, DemoNodeId>,
  { members: contributions, stats }: { members: readonly GlobalMemberItem[]; stats: ReleasedStats },
  err: (line: string) => void,
): Promise<string> {
  const national = DEMO_NODES.filter((n) => n.role === 'national');
  const lists = new Map<string, { agreements: AgreementListItem[]; peers: PeerListItem[] }>();
  for (const spec of national) {
    const dataDir = join(dir, spec.key);
    lists.set(spec.key, {
      agreements: JSON.parse(
        await cenNode(['agreement', 'list', '--json', '--data', dataDir], err),
      ) as AgreementListItem[],
      peers: JSON.parse(await cenNode(['peer', 'list', '--json', '--data', dataDir], err)) as PeerListItem[],
    });
  }
  const agreementRows = [['agreement', 'parties', 'modes', 'areas', 'nominal', 'status']];
  for (const a of DEMO_AGREEMENTS) {
    const opened = await openAgreement(JSON.parse(await readFile(sealedFile(dir, a), 'utf8')), {
      now: new Date(),
    });
    if (!opened.ok) throw new DemoError(`${sealedFile(dir, a)} does not verify: ${opened.detail}`);
    const { agreement } = opened;
    const scope = agreement.scope[ids.get(a.drafter)!.nodeId];
    const areas = scope?.itrAreas ?? [];
    const statusOn = (self: string, other: string) =>
      `${self}: ${lists.get(self)?.agreements.find((l) => l.id === agreement.id && l.peer.nodeId === ids.get(other)!.nodeId)?.status ?? 'not installed'}`;
    agreementRows.push([
      agreementName(a),
      agreement.parties.map((p) => `${p.administration} ${p.name}`).join(' / '),
      agreement.modes.join(','),
      areas.length === vocabularies.itrArea.codes.length ? 'all' : areas.join(','),
      scope?.nominal ? 'yes' : 'no',
      `${statusOn(a.drafter, a.partner)}, ${statusOn(a.partner, a.drafter)}`,
    ]);
  }
  const keyOf = new Map([...ids].map(([key, id]) => [id.nodeId, key]));
  const wcoIds = new Set(DEMO_NODES.filter((n) => n.role === 'wco').map((n) => ids.get(n.key)!.nodeId));
  const peerRows = [['node', 'peer', 'connection', 'records received from it', 'behind']];
  for (const spec of national) {
    for (const peer of lists.get(spec.key)!.peers) {
      if (wcoIds.has(peer.nodeId)) continue;
      peerRows.push([
        spec.key,
        keyOf.get(peer.nodeId) ?? peer.nodeId,
        peer.status,
        peer.sync ? String(peer.sync.received) : '-',
        peer.sync?.lag === undefined ? '-' : `${peer.sync.lag} changes`,
      ]);
    }
  }
  return [
    'Agreements (signed by both parties, installed on both nodes):',
    alignRows(agreementRows),
    '',
    'Peer connections and records pulled (a node connects only to partners with an active agreement,',
    'and receives only the cases, fields and items that agreement allows):',
    alignRows(peerRows),
    '',
    'Records keep flowing: a case created or edited on Kenya reaches Tanzania and Belgium within seconds,',
    'as far as each agreement allows. Officers see them under Inbox, send a case on demand and recall it.',
    '',
    'Contributions to the WCO node (contribution agreements, profile case-level: the anonymised projection',
    'of every validated case, without persons, businesses, narrative or free text):',
    alignRows([
      ['member', 'cases held by the WCO node', 'contributions'],
      ...DEMO_CONTRIBUTIONS.map((c) => {
        const member = contributions.find((m) => m.nodeId === ids.get(c.member)!.nodeId);
        return [c.member, String(member?.cases ?? 0), member?.upToDate ? 'up to date' : 'catching up'];
      }),
    ]),
    '',
    'The WCO analyst searches them at /api/v1/global/cases; each case screen says when it was contributed.',
    '',
    `Global statistics, cases by ITR area and year of seizure, as released to members (x: hidden, under`,
    `${stats.minCell} cases or enough to work out such a cell; officers see them under Global statistics):`,
    alignRows([
      ['ITR area', ...stats.periods, 'all years'],
      ...[...stats.buckets, { key: 'all areas', ...stats.total }].map((row) => [
        row.key ?? 'not recorded',
        ...row.series.map((cell) => shown(cell.cases)),
        shown(row.cases),
      ]),
    ]),
  ].join('\n');
}

/** A released figure: the number, or `x` when disclosure control hides it. */
const shown = (cases: number | null): string => (cases === null ? 'x' : String(cases));

async function waitHealthy(apiUrl: string, child: ChildProcess, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (signal.aborted) throw new DemoError('stopped before every node was up');
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new DemoError(
        `the node at ${apiUrl} exited (${child.exitCode ?? child.signalCode}) while starting`,
      );
    }
    try {
      const res = await fetch(`${apiUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new DemoError(`the node at ${apiUrl} did not answer /healthz within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM, then SIGKILL if the node has not exited in time; resolves once it is gone. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function formatTable(nodes: readonly RunningDemoNode[]): string {
  const rows = [
    ['node', 'administration', 'country', 'console', 'user', 'login'],
    ...nodes.map((n) => [
      n.spec.key,
      n.spec.name,
      n.spec.country ?? '(wco)',
      n.consoleUrl,
      `${n.user} / ${n.userPassword}`,
      `${ADMIN_USERNAME} / ${n.password}`,
    ]),
  ];
  return alignRows(rows);
}

/**
 * Prepares and starts the federation, prints the table, and keeps the nodes running until
 * `signal` aborts or a node dies; then stops every node and resolves. Rejects (after stopping
 * what it started) if a node cannot be prepared or started, or dies unexpectedly.
 */
export async function runDemo(
  options: DemoOptions,
  { signal }: { signal: AbortSignal },
): Promise<RunningDemoNode[]> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => console.error(line));
  const dir = resolve(options.dir);
  const cases = options.cases ?? DEMO_DEFAULTS.cases;
  const basePort = options.basePort ?? DEMO_DEFAULTS.basePort;
  await mkdir(dir, { recursive: true, mode: 0o700 });

  await Promise.all(
    DEMO_NODES.map((spec, i) => prepareNode(spec, join(dir, spec.key), basePort + i, cases, err)),
  );
  if (signal.aborted) return [];
  // Ports and addresses come from each node's own config (an earlier run may have used others).
  const ids = new Map(
    await Promise.all(
      DEMO_NODES.map(async (spec) => [spec.key, await nodeIdOf(join(dir, spec.key), err)] as const),
    ),
  );
  // Both kinds of agreement at once: the commands that open a node's store queue per node.
  const onNode = nodeCommands(err);
  await Promise.all([prepareAgreements(dir, ids, onNode, err), prepareContributions(dir, ids, onNode, err)]);
  if (signal.aborted) return [];

  const children: ChildProcess[] = [];
  try {
    const apiUrls = DEMO_NODES.map((spec) => ids.get(spec.key)!.apiUrl.replace(/\/$/, ''));
    for (const spec of DEMO_NODES) {
      const dataDir = join(dir, spec.key);
      const logFd = openSync(join(dataDir, LOG_FILE), 'a', 0o600);
      try {
        children.push(
          spawn(process.execPath, [CEN_NODE_BIN, 'start', '--data', dataDir], {
            env: childEnv(),
            stdio: ['ignore', logFd, logFd],
          }),
        );
      } finally {
        closeSync(logFd); // the child holds its own copy
      }
    }
    err('starting the nodes…');
    await Promise.all(children.map((child, i) => waitHealthy(apiUrls[i]!, child, signal)));

    const running: RunningDemoNode[] = await Promise.all(
      DEMO_NODES.map(async (spec, i) => ({
        spec,
        dataDir: join(dir, spec.key),
        apiUrl: apiUrls[i]!,
        consoleUrl: `${apiUrls[i]!}/`,
        password: (await readFile(join(dir, spec.key, PASSWORD_FILE), 'utf8')).trim(),
        user: DEMO_USERS[spec.role].username,
        userPassword: (await readFile(join(dir, spec.key, USER_PASSWORD_FILE), 'utf8')).trim(),
        pid: children[i]!.pid!,
      })),
    );
    out(`\nCEN demo federation in ${dir}\n`);
    out(formatTable(running));
    // Kenya is the one node with two partners: once both are connected, the federation is up.
    const partnersOfKe = DEMO_AGREEMENTS.flatMap((a) =>
      a.drafter === 'ke' ? [a.partner] : a.partner === 'ke' ? [a.drafter] : [],
    ).map((key) => ids.get(key)!.nodeId);
    err('waiting for the partners to connect…');
    await waitConnected(join(dir, 'ke'), partnersOfKe, signal, err);
    // The operation needs only Kenya's partners connected: it runs while records and
    // contributions flow, and is awaited before its section is printed.
    const operationNode = async (key: string): Promise<DemoOperationNode> => {
      const node = running.find((n) => n.spec.key === key)!;
      const analystPassword = await readFile(join(node.dataDir, ANALYST_PASSWORD_FILE), 'utf8');
      return {
        key,
        apiUrl: node.apiUrl,
        nodeId: ids.get(key)!.nodeId,
        analyst: { username: DEMO_ANALYST.username, password: analystPassword.trim() },
        officer: { username: node.user, password: node.userPassword },
      };
    };
    const operation = (async () =>
      runDemoOperation(
        {
          organiser: await operationNode('ke'),
          members: await Promise.all(['tz', 'be'].map(operationNode)),
          poster: 'tz',
        },
        signal,
      ))();
    operation.catch(() => undefined); // its failure surfaces where it is awaited
    err('waiting for the first records to be exchanged…');
    const wcoNodes = DEMO_NODES.filter((n) => n.role === 'wco').map((n) => ids.get(n.key)!.nodeId);
    await waitSynced(
      DEMO_NODES.filter((n) => n.role === 'national').map((n) => join(dir, n.key)),
      new Set(wcoNodes),
      signal,
      err,
    );
    err('waiting for the national nodes to contribute to the WCO node…');
    const wcoNode = running.find((n) => n.spec.role === 'wco')!;
    const contributions = await waitContributed(
      wcoNode,
      DEMO_CONTRIBUTIONS.map((c) => ids.get(c.member)!.nodeId),
      signal,
    );
    out(`\n${await formatFederation(dir, ids, contributions, err)}`);
    err('waiting for the demo operation’s report to reach every node…');
    out(`\n${formatDemoOperation(await operation, join(dir, '<node>', ANALYST_PASSWORD_FILE))}`);
    out(
      `\n"${ADMIN_USERNAME}" enrols a second factor (a TOTP authenticator app) at the first sign-in; the users work with the data.`,
    );
    out(`Logs: ${join(dir, '<node>', LOG_FILE)}. Press Ctrl-C to stop all four nodes.`);

    // Run until asked to stop, or until a node dies on its own.
    const died = await new Promise<RunningDemoNode | undefined>((done) => {
      const onAbort = () => done(undefined);
      signal.addEventListener('abort', onAbort, { once: true });
      children.forEach((child, i) =>
        child.once('exit', () => {
          signal.removeEventListener('abort', onAbort);
          done(running[i]);
        }),
      );
    });
    if (died) {
      throw new DemoError(`node ${died.spec.key} stopped on its own: see ${join(died.dataDir, LOG_FILE)}`);
    }
    return running;
  } finally {
    err('stopping the nodes…');
    await Promise.all(children.map(stopChild));
    err('all demo nodes stopped.');
  }
}
