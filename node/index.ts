/**
 * The composition root: the only place that wires the node's services together. `initNode`
 * creates a data directory (config, identity, TLS certificate, store, first administrator),
 * `openServices` opens a node's services without serving anything (the CLI's offline path), and
 * `startNode` runs the node: store, audit log, accounts, agreements and peers, HTTPS API with the
 * console, and the control socket, all released by `close()`.
 *
 * @example
 *   const config = await loadConfig('/var/lib/cen-node');
 *   await using node = await startNode(config);
 *   console.log(node.nodeId, node.apiUrl);
 */
import { createHmac, X509Certificate } from 'node:crypto';
import { access, chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signingKeyFromLibp2p } from '../policies/index.ts';
import type { NodeId } from '../protocol/ids.ts';
import { FIRST_ADMINISTRATOR_ROLE, type Role } from '../protocol/roles.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';
import {
  AgreementProposals,
  AgreementRegistry,
  agreementsProtocol,
  pendingPeersOf,
} from './agreements/index.ts';
import { AuditLog } from './audit/index.ts';
import { EvidenceLog } from './evidence/index.ts';
import { createAuth, type Auth, type SessionPolicy, type ThrottlePolicy } from './auth/index.ts';
import { generatePassword } from './auth/passwords.ts';
import { checkNewUser, USERS_NAMESPACE } from './auth/users.ts';
import { createApiApp, listenApi, type ApiServer } from './api/index.ts';
import { configuredNodeSetup, interfaceAddresses } from './api/routes/setup.ts';
import {
  apiUrlOf,
  dataPaths,
  isLoopbackHost,
  parseConfigState,
  WCO_STORE_COUNTRY,
  writeConfigFile,
  writePendingConfigFile,
  type NodeConfig,
  type PendingNodeConfig,
  type NodeRole,
} from './config.ts';
import {
  checkSocketPath,
  ControlServer,
  probeControlSocket,
  type NodeServices,
  type OfflineServices,
} from './control/index.ts';
import { ConfigError, StoreClosedError, StoreCorruptedError, ValidationError } from './errors.ts';
import { createIdentity, loadIdentity, type NodeIdentity } from './identity.ts';
import { createLoggers, events, type Loggers } from './log.ts';
import { ExchangeService, type ExchangeOptions } from './exchange/index.ts';
import { peerHost, type PeerHost } from './p2p/index.ts';
import { allowListOf, PeerBook } from './peers/index.ts';
import { queryService, type QueryService } from './query/index.ts';
import {
  OPERATION_PHOTOS_DIRECTORY,
  OperationPhotos,
  OperationsService,
  type OperationsOptions,
} from './operations/index.ts';
import { ContributionService, type ContributionOptions } from './contribute/index.ts';
import {
  GLOBAL_INDEX_FILE,
  GlobalPurge,
  GlobalService,
  GlobalStore,
  type GlobalPurgeOptions,
} from './global/index.ts';
import {
  GLOBAL_PHOTOS_DIRECTORY,
  GlobalPhotos,
  GlobalProtocolServer,
  globalStatisticsOf,
  LocalGlobalSource,
  RemoteGlobalSource,
  type GlobalSource,
} from './global/index.ts';
import { PhotoLibrary, PHOTOS_DIRECTORY } from './photos/index.ts';
import { PhotoFiles } from './photos/files.ts';
import {
  PUBLICATION_FILES_DIRECTORY,
  PublicationService,
  type PublicationOptions,
} from './publications/index.ts';
import { ForumService, ForumStore, LocalForum, RemoteForum, type Forum } from './forum/index.ts';
import {
  createWatchlists,
  type WatchlistInit,
  type Watchlists,
  type WatchlistSharingInit,
} from './watchlists/index.ts';
import { ImportService } from './import/index.ts';
import { assertCurrentDataFormat, writeCurrentDataFormat } from './migrations/index.ts';
import { checkStore } from './store/check.ts';
import { checkGlobalStore } from './global/check.ts';
import { LevelKv, openStore, reindex, type DerivedCaseIndex } from './store/index.ts';
import type { BackupSource } from './backup/backup.ts';
import { NodeMetrics, nodeMetricsSources } from './metrics/index.ts';
import { rebuildStatsIndex, STATS_FILE, StatsIndex, StatsService } from './stats/index.ts';
import type { RecordStore } from './store/records.ts';
import {
  CERT_FILE,
  createSelfSignedCertificate,
  KEY_FILE,
  loadTlsMaterial,
  TLS_DIR,
  writeTlsMaterial,
  type TlsMaterial,
} from './tls.ts';

/** The first administrator's username. */
export const ADMIN_USERNAME = 'admin';

/**
 * Upkeep runs this often: expired sessions and stale throttle keys are removed (lookups ignore
 * them anyway, this frees space) and accounts idle for the whole period are blocked.
 */
const UPKEEP_INTERVAL_MS = 15 * 60_000;
/** The store is read through this long after the start (once the node has settled), then daily. */
const SCRUB_DELAY_MS = 60_000;
const SCRUB_INTERVAL_MS = 24 * 3_600_000;
/** How often the WCO node removes photo files no global case keeps any more (withdrawals, corrections). */
const GLOBAL_PHOTO_SWEEP_INTERVAL_MS = 5 * 60_000;

/** The console's build, served by the node when it exists. */
export const DEFAULT_CONSOLE_DIST_DIR = fileURLToPath(new URL('../web-console/dist', import.meta.url));

export class NodeAlreadyRunningError extends Error {
  override name = 'NodeAlreadyRunningError';
  constructor(dataDir: string) {
    super(`a node is already running on ${dataDir}`);
  }
}

/** Another process holds the LevelDB lock (a node that is starting or stopping, or another tool). */
export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
  constructor(dataDir: string) {
    super(
      `the store in ${dataDir} is in use by another process; if a node is starting or stopping, try again in a moment`,
    );
  }
}

/** classic-level reports the lock as the `cause` of a LEVEL_DATABASE_NOT_OPEN error. */
function isLockError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === 'LEVEL_LOCKED') return true;
  }
  return false;
}

async function openNodeStore(
  config: Pick<NodeConfig, 'dataDir' | 'storeCountry'>,
  derived: readonly DerivedCaseIndex[] = [],
): Promise<RecordStore> {
  try {
    return await openStore(config.dataDir, { country: config.storeCountry, derived });
  } catch (err) {
    if (isLockError(err)) throw new StoreLockedError(config.dataDir);
    throw err;
  }
}

interface CoreServices {
  identity: NodeIdentity;
  store: RecordStore;
  audit: AuditLog;
  /** The node's one evidence log of exchanges with partners. */
  evidence: EvidenceLog;
  auth: Auth;
  agreements: AgreementRegistry;
  peers: PeerBook;
  proposals: AgreementProposals;
  /** The statistics database, which the store keeps up to date and closes. */
  statsIndex: StatsIndex;
}

/** Test and tooling hooks into the accounts; a node in production uses none of them. */
export interface AccountOptions {
  /** The time the accounts, sessions and audit log see (tests move it forward). */
  clock?: () => Date;
  throttle?: Partial<ThrottlePolicy>;
  sessionPolicy?: SessionPolicy;
}

async function openCore(config: NodeConfig, options: AccountOptions = {}): Promise<CoreServices> {
  // Data of another format is migrated first (`cen-node migrate`, or `start`) or, if newer, refused.
  await assertCurrentDataFormat(config.dataDir);
  const identity = await loadIdentity(config.dataDir);
  const statsIndex = await StatsIndex.open(join(config.dataDir, STATS_FILE));
  let store: RecordStore;
  try {
    store = await openNodeStore(config, [statsIndex]);
  } catch (err) {
    await statsIndex.close();
    throw err;
  }
  try {
    const clock = options.clock ?? (() => new Date());
    // One AuditLog per KvStore: it alone numbers and chains the entries.
    const audit = new AuditLog(store.kv, { clock });
    // Likewise one EvidenceLog, in the same KvStore: a transfer and its evidence share a batch.
    const evidence = new EvidenceLog(store.kv, { nodeId: identity.nodeId, clock });
    // Accounts live in the records' KvStore: one database, one backup, one lock.
    const auth = createAuth(store.kv, {
      audit,
      nodeRole: config.role,
      issuer: totpIssuerOf(config.name),
      clock,
      ...(options.throttle ? { throttle: options.throttle } : {}),
      ...(options.sessionPolicy ? { policy: options.sessionPolicy } : {}),
    });
    // One registry and one peer book per store: each serialises its own writes.
    const agreements = new AgreementRegistry({ kv: store.kv, audit, nodeId: identity.nodeId, clock });
    const peers = new PeerBook({
      kv: store.kv,
      audit,
      nodeId: identity.nodeId,
      activePeers: () => agreements.activePeers(),
      clock,
    });
    // Proposals exist offline too: the CLI stores them, the running node delivers them.
    const proposals = new AgreementProposals({
      kv: store.kv,
      audit,
      agreements,
      nodeId: identity.nodeId,
      signingKey: signingKeyFromLibp2p(identity.privateKey),
      clock,
    });
    return { identity, store, audit, evidence, auth, agreements, peers, proposals, statsIndex };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** Bulk upload of cases: one per store, since its imports take turns in the store's writer queue. */
function importServiceOf(
  config: NodeConfig,
  core: CoreServices,
  loggers: Loggers,
  clock?: () => Date,
): ImportService {
  return new ImportService({
    kv: core.store.kv,
    store: core.store,
    dataDir: config.dataDir,
    country: core.store.country,
    audit: core.audit,
    log: loggers.root.child({ subsystem: 'import' }),
    ...(clock ? { clock } : {}),
  });
}

function servicesOf(
  config: NodeConfig,
  core: CoreServices,
  loggers: Loggers,
  apiUrl: string,
  running: boolean,
  imports: ImportService,
  global?: GlobalStore,
): NodeServices {
  const { store } = core;
  return {
    imports,
    ...(global ? { global } : {}),
    config,
    identity: core.identity,
    store,
    audit: core.audit,
    evidence: core.evidence,
    auth: core.auth,
    agreements: core.agreements,
    peers: core.peers,
    proposals: core.proposals,
    loggers,
    apiUrl,
    running,
    ...(store.kv instanceof LevelKv ? { backup: backupSourceOf(config, core, store.kv) } : {}),
    maintenance: {
      reindex: async () => {
        const fullText = await reindex(store);
        return { ...fullText, statistics: await rebuildStatsIndex(store, core.statsIndex) };
      },
      check: async () => {
        const report = await checkStore(store);
        if (config.role !== 'wco') return report;
        // The WCO node's global store too: its entries, member rows and derived search index.
        const global = await checkGlobalStore({
          kv: store.kv,
          indexPath: join(config.dataDir, GLOBAL_INDEX_FILE),
        });
        return { ok: report.ok && global.ok, problems: [...report.problems, ...global.problems] };
      },
    },
  };
}

/** What a backup reads (node/backup): one LevelDB snapshot, taken with the record writes paused. */
function backupSourceOf(config: NodeConfig, core: CoreServices, kv: LevelKv): BackupSource {
  return {
    dataDir: config.dataDir,
    nodeId: core.identity.nodeId,
    nodeName: config.name,
    role: config.role,
    pauseWrites: (fn) => core.store.withWritesPaused(fn),
    snapshotEntries: () => kv.snapshotEntries(),
  };
}

/** Opens a stopped node's services in this process (the CLI's offline path). */
export async function openServices(
  config: NodeConfig,
  options: { loggers?: Loggers } = {},
): Promise<OfflineServices> {
  const loggers = options.loggers ?? createLoggers({ level: config.logLevel });
  const core = await openCore(config);
  const imports = importServiceOf(config, core, loggers);
  // The WCO node's global CEN, for the `global` commands.
  const globalStore =
    config.role === 'wco'
      ? await GlobalStore.open({
          kv: core.store.kv,
          indexPath: join(config.dataDir, GLOBAL_INDEX_FILE),
          log: loggers.root.child({ subsystem: 'global' }),
        })
      : undefined;
  const services = servicesOf(
    config,
    core,
    loggers,
    apiUrlOf(config.apiHost, config.apiPort, config.tls !== false),
    false,
    imports,
    globalStore,
  );
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await globalStore?.close();
      await imports.close();
      await core.evidence.close();
      await core.audit.close();
      await core.auth.throttle.close();
      await core.store.close();
    })());
  return { services, close, [Symbol.asyncDispose]: close };
}

export interface RunningNode extends AsyncDisposable {
  config: NodeConfig;
  nodeId: NodeId;
  apiUrl: string;
  services: NodeServices;
  /** The libp2p host, connected to the peers with an active agreement. */
  peerHost: PeerHost;
  /** Hit/no-hit look-ups at partners (`/cen/query/1.0.0`), both sides. */
  queries: QueryService;
  /** Records moving to and from partners (`/cen/exchange/1.0.0`), the inbox, recalls. */
  exchange: ExchangeService;
  /** A national node: its contributions to the WCO node (`/cen/contribute/1.0.0`). */
  contributions?: ContributionService;
  /** The WCO node: the global CEN members contribute to. */
  global?: GlobalService;
  /** The WCO node: the photo files members deliver for their contributed cases. */
  globalPhotos?: GlobalPhotos;
  /** The global CEN as this node's API reads it: its own store (WCO node) or the WCO node (member). */
  globalSource?: GlobalSource;
  /** The WCO node: purges a member's contributions when its contribution agreement ends. */
  globalPurge?: GlobalPurge;
  /** Watch-list rules, their matches and notifications, and sharing them (`/cen/watchlists/1.0.0`). */
  watchlists: Watchlists;
  /** CENcomm operations (`/cen/operations/1.0.0`): those this node organises and those it is a member of. */
  operations: OperationsService;
  /** Publications (`/cen/publications/1.0.0`): written and served by the WCO node, pulled by members. */
  publications: PublicationService;
  /** The forum: held on the WCO node (`/cen/forum/1.0.0`), reached through it from members' nodes. */
  forum: Forum;
  /** Stops accepting requests and commands, then closes the store. Idempotent. */
  close(reason?: string): Promise<void>;
}

export interface StartOptions extends AccountOptions {
  loggers?: Loggers;
  /** The console's build directory (default `web-console/dist`); null serves the API only. */
  consoleDistDir?: string | null;
  /** When the first scrub of the store starts (default a minute after the start; tests shorten it). */
  scrubDelayMs?: number;
  /** The peer host's intervals and silence limit (tests shorten them). */
  p2p?: {
    recheckIntervalMs?: number;
    reconnectIntervalMs?: number;
    keepAliveIntervalMs?: number;
    silenceLimitMs?: number;
  };
  /** The exchange's schedule and chunk size (short intervals for tests). */
  exchange?: ExchangeOptions;
  /** The contributions' schedule and batch size (a national node; short intervals for tests). */
  contribute?: ContributionOptions;
  /** The WCO node's purge of ended members: its timer and batch size (tests shorten them). */
  globalPurge?: GlobalPurgeOptions;
  /** The watch lists' intervals, and who is notified of matches of partners' rules. */
  watchlists?: WatchlistInit & WatchlistSharingInit;
  /** The operations' retry interval (tests shorten it). */
  operations?: OperationsOptions;
  /** How often a member's node asks the WCO node for new publications (tests shorten it). */
  publications?: PublicationOptions;
}

/** The version peers see in this node's hello. */
const SOFTWARE_VERSION = (
  JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The names a certificate holds (DNS names and addresses), for the origins the node accepts. */
function certificateNames(material: TlsMaterial): string[] {
  const names = new X509Certificate(material.cert).subjectAltName ?? '';
  return names
    .split(', ')
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry)?.[1])
    .filter((name): name is string => name !== undefined && !name.startsWith('*'));
}

/**
 * Every origin a browser may load the console from: the address the API answers on, the
 * loopback names when it listens there (or everywhere), the certificate's names, and any the
 * configuration adds. State-changing requests from other origins are refused (CSRF).
 */
export function allowedOriginsOf(
  config: NodeConfig,
  apiUrl: string,
  extraNames: readonly string[],
): string[] {
  const url = new URL(apiUrl);
  const wildcard = config.apiHost === '0.0.0.0' || config.apiHost === '::';
  const hosts = new Set([url.hostname.replace(/^\[|\]$/g, '')]);
  if (wildcard || isLoopbackHost(config.apiHost))
    for (const name of ['127.0.0.1', 'localhost', '::1']) hosts.add(name);
  for (const name of extraNames) hosts.add(name);
  const origins = [...hosts].map(
    (host) =>
      `${url.protocol}//${isIP(host) === 6 ? `[${host}]` : host}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`,
  );
  return [...new Set([...origins, ...config.allowedOrigins])];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function startNode(config: NodeConfig, options: StartOptions = {}): Promise<RunningNode> {
  const loggers = options.loggers ?? createLoggers({ level: config.logLevel });
  const socketPath = dataPaths(config.dataDir).controlSocket;
  checkSocketPath(socketPath);
  if ((await probeControlSocket(socketPath)) === 'running') throw new NodeAlreadyRunningError(config.dataDir);

  // Everything opened so far, closed in reverse order if a later step fails.
  const opened: (() => Promise<void>)[] = [];
  const closeOpened = async () => {
    for (const close of opened.reverse()) await close().catch(() => undefined);
  };
  try {
    const core = await openCore(config, options);
    opened.push(() => core.store.close());
    opened.push(() => core.auth.throttle.close());
    opened.push(() => core.audit.close());
    opened.push(() => core.evidence.close());
    const imports = importServiceOf(config, core, loggers, options.clock);
    opened.push(() => imports.close());

    const host = peerHost(
      {
        privateKey: core.identity.privateKey,
        log: loggers.root.child({ subsystem: 'p2p' }),
        activePeers: () => core.agreements.activePeers(),
        // Peers the administrator added, and partners owed a message: agreement business only.
        pendingPeers: () => pendingPeersOf(core.peers, core.proposals),
        addressesOf: (nodeId) => core.peers.addressesOf(nodeId),
        ...(options.clock ? { clock: options.clock } : {}),
      },
      {
        listen: { host: config.p2pHost, port: config.p2pPort },
        self: { name: config.name, country: config.country ?? '', softwareVersion: SOFTWARE_VERSION },
        // Partners known at start are exempt from the inbound rate limit; added ones at the next start.
        allow: allowListOf((await core.peers.list()).flatMap((peer) => peer.multiaddrs)),
        ...options.p2p,
      },
    );
    await host.start();
    core.peers.attachStatus(host);
    // A revoked agreement closes its connections now, not at the next periodic re-check.
    const unsubscribe = core.agreements.onChange(() => {
      host.recheck().catch((err: unknown) => loggers.root.warn({ err }, 'peer re-check failed'));
    });
    // A peer added (or removed) changes whom the gater admits for agreement business.
    const unsubscribePeers = core.peers.onChange(() => {
      host.recheck().catch((err: unknown) => loggers.root.warn({ err }, 'peer re-check failed'));
    });
    opened.push(async () => {
      unsubscribe();
      unsubscribePeers();
      core.peers.attachStatus(undefined);
      await host.stop();
    });
    // Proposals, countersignatures, declines and revocations reach partners by themselves.
    const agreementsService = agreementsProtocol(
      {
        peerHost: host,
        proposals: core.proposals,
        agreements: core.agreements,
        peers: core.peers,
        audit: core.audit,
        evidence: core.evidence,
        log: loggers.root.child({ subsystem: 'agreements' }),
      },
      options.p2p?.reconnectIntervalMs ? { retryIntervalMs: options.p2p.reconnectIntervalMs } : {},
    );
    await agreementsService.start();
    opened.push(() => agreementsService.stop());
    // Partners' look-ups are answered from now on; the API asks through the same service.
    const queries = queryService({
      nodeId: core.identity.nodeId,
      peerHost: host,
      agreements: core.agreements,
      store: core.store,
      evidence: core.evidence,
      log: loggers.root.child({ subsystem: 'query' }),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    await queries.start();
    opened.push(() => queries.stop());
    const exchange = new ExchangeService(
      {
        kv: core.store.kv,
        store: core.store,
        agreements: core.agreements,
        evidence: core.evidence,
        peerHost: host,
        self: core.identity.nodeId,
        key: signingKeyFromLibp2p(core.identity.privateKey),
        log: loggers.root.child({ subsystem: 'exchange' }),
        ...(options.clock ? { clock: options.clock } : {}),
      },
      options.exchange ?? {},
    );
    // Watch lists: every own case (from the change log) and every received one (from the
    // exchange, subscribed before it starts pulling) is evaluated; shared rules reach partners.
    const watchlists = createWatchlists(
      {
        kv: core.store.kv,
        store: core.store,
        users: core.auth.users,
        agreements: core.agreements,
        self: core.identity.nodeId,
        log: loggers.root.child({ subsystem: 'watchlists' }),
        inbox: exchange.inbox,
        evidence: core.evidence,
        ...(options.clock ? { clock: options.clock } : {}),
      },
      { peerHost: host, key: signingKeyFromLibp2p(core.identity.privateKey) },
      options.watchlists ?? {},
    );
    const unsubscribeReceived = exchange.onReceived((entries) => {
      watchlists.service
        .evaluateReceived(entries)
        .catch((err: unknown) => loggers.root.warn({ err }, 'watch lists: received cases not evaluated'));
    });
    await watchlists.start();
    opened.push(async () => {
      unsubscribeReceived();
      await watchlists.stop();
    });
    await exchange.start();
    opened.push(() => exchange.stop());
    // Operations: relayed by the organiser's node to its members, stored and forwarded.
    const operations = new OperationsService(
      {
        kv: core.store.kv,
        peerHost: host,
        peers: core.peers,
        self: core.identity.nodeId,
        selfName: config.name,
        key: signingKeyFromLibp2p(core.identity.privateKey),
        log: loggers.root.child({ subsystem: 'operations' }),
        ...(options.clock ? { clock: options.clock } : {}),
        photos: await OperationPhotos.open({
          dir: join(config.dataDir, OPERATION_PHOTOS_DIRECTORY),
          kv: core.store.kv,
        }),
      },
      options.operations ?? {},
    );
    await operations.start();
    opened.push(() => operations.stop());
    // Photo files live beside the store; their metadata and index are in it.
    const photos = await PhotoLibrary.open({
      store: core.store,
      dir: join(config.dataDir, PHOTOS_DIRECTORY),
      ...(options.clock ? { clock: options.clock } : {}),
    });

    // The WCO node keeps the global CEN; a national node contributes to it (when it has agreed to).
    // Both serve it to their users through one source: the store here, the WCO node there.
    let globalSource: GlobalSource | undefined;
    let globalPhotos: GlobalPhotos | undefined;
    let contributions: ContributionService | undefined;
    let global: GlobalService | undefined;
    let globalPurge: GlobalPurge | undefined;
    if (config.role === 'wco') {
      const globalLog = loggers.root.child({ subsystem: 'global' });
      const globalStore = await GlobalStore.open({
        kv: core.store.kv,
        indexPath: join(config.dataDir, GLOBAL_INDEX_FILE),
        log: globalLog,
      });
      opened.push(() => globalStore.close());
      const purge = new GlobalPurge(
        {
          kv: core.store.kv,
          global: globalStore,
          agreements: core.agreements,
          evidence: core.evidence,
          self: core.identity.nodeId,
          log: globalLog,
          ...(options.clock ? { clock: options.clock } : {}),
          afterPurge: () => globalPhotos?.sweep() ?? Promise.resolve(),
        },
        options.globalPurge ?? {},
      );
      const service = new GlobalService({
        global: globalStore,
        agreements: core.agreements,
        evidence: core.evidence,
        peerHost: host,
        self: core.identity.nodeId,
        key: signingKeyFromLibp2p(core.identity.privateKey),
        log: globalLog,
        ...(options.clock ? { clock: options.clock } : {}),
        purging: (member) => purge.purging(member),
      });
      await service.start();
      opened.push(() => service.stop());
      global = service;
      globalPurge = purge;
      // Photo files members deliver, and the global protocol members' nodes ask on their users' behalf.
      const delivered = await GlobalPhotos.open({
        dir: join(config.dataDir, GLOBAL_PHOTOS_DIRECTORY),
        kv: core.store.kv,
        global: globalStore,
        log: globalLog,
        ...(options.clock ? { clock: options.clock } : {}),
      });
      const sweep = setInterval(() => {
        delivered.sweep().catch((err: unknown) => globalLog.warn({ err }, 'global: photo sweep failed'));
      }, GLOBAL_PHOTO_SWEEP_INTERVAL_MS);
      sweep.unref();
      opened.push(() => Promise.resolve(clearInterval(sweep)));
      globalPhotos = delivered;
      // Finishes a purge a crash interrupted, and purges members whose agreement ended meanwhile.
      purge.start();
      opened.push(() => purge.stop());
      globalSource = new LocalGlobalSource({
        global: globalStore,
        photos: delivered,
        statistics: globalStatisticsOf(globalStore, {
          minCell: config.minCellCount,
          ...(options.clock ? { clock: options.clock } : {}),
        }),
      });
      const server = new GlobalProtocolServer({
        source: globalSource,
        photos: delivered,
        agreements: core.agreements,
        evidence: core.evidence,
        peerHost: host,
        self: core.identity.nodeId,
        log: globalLog,
        ...(options.clock ? { clock: options.clock } : {}),
      });
      await server.start();
      opened.push(() => server.stop());
    } else {
      const service = new ContributionService(
        {
          kv: core.store.kv,
          store: core.store,
          agreements: core.agreements,
          evidence: core.evidence,
          peerHost: host,
          self: core.identity.nodeId,
          key: signingKeyFromLibp2p(core.identity.privateKey),
          log: loggers.root.child({ subsystem: 'contribute' }),
          ...(options.clock ? { clock: options.clock } : {}),
          photos: photos.files,
        },
        options.contribute ?? {},
      );
      service.start();
      opened.push(() => service.stop());
      contributions = service;
      globalSource = new RemoteGlobalSource({
        peerHost: host,
        agreements: core.agreements,
        self: core.identity.nodeId,
        userRefKey: createHmac('sha256', core.identity.privateKey.raw).update('cen-global-user-ref').digest(),
        log: loggers.root.child({ subsystem: 'global' }),
        ...(options.clock ? { clock: options.clock } : {}),
      });
    }
    // Publications: the WCO node writes and serves them, a member's node pulls and verifies them.
    const publications = new PublicationService(
      {
        kv: core.store.kv,
        files: await PhotoFiles.open(join(config.dataDir, PUBLICATION_FILES_DIRECTORY)),
        audit: core.audit,
        agreements: core.agreements,
        peerHost: host,
        self: core.identity.nodeId,
        selfName: config.name,
        role: config.role,
        key: signingKeyFromLibp2p(core.identity.privateKey),
        log: loggers.root.child({ subsystem: 'publications' }),
        ...(options.clock ? { clock: options.clock } : {}),
      },
      options.publications ?? {},
    );
    await publications.start();
    opened.push(() => publications.stop());
    // The forum is held on the WCO node; a member's node asks it on its officers' behalf.
    let forum: Forum;
    if (config.role === 'wco') {
      const forumStore = new ForumStore({
        kv: core.store.kv,
        audit: core.audit,
        ...(options.clock ? { clock: options.clock } : {}),
      });
      const forumService = new ForumService({
        store: forumStore,
        agreements: core.agreements,
        peerHost: host,
        self: core.identity.nodeId,
        log: loggers.root.child({ subsystem: 'forum' }),
        ...(options.clock ? { clock: options.clock } : {}),
      });
      await forumService.start();
      opened.push(() => forumService.stop());
      forum = new LocalForum(forumStore, { nodeId: core.identity.nodeId, name: config.name });
    } else {
      forum = new RemoteForum({
        agreements: core.agreements,
        peerHost: host,
        self: core.identity.nodeId,
        log: loggers.root.child({ subsystem: 'forum' }),
        ...(options.clock ? { clock: options.clock } : {}),
      });
    }
    // The peers list shows each partner's connection and how far its records were pulled.
    core.peers.attachStatus({
      status: (nodeId) => {
        const sync = exchange.syncState(nodeId);
        return { ...host.status(nodeId), ...(sync ? { sync } : {}) };
      },
    });

    // Prometheus metrics (`/metrics`), read from the services at each scrape.
    const metrics = new NodeMetrics({
      ...nodeMetricsSources({
        kv: core.store.kv,
        store: core.store,
        peers: core.peers,
        proposals: core.proposals,
        dataDir: config.dataDir,
        contributes: config.role !== 'wco',
      }),
      silentConnectionsClosed: () => host.silentClosed,
    });
    const tls = config.tls ? await loadTlsMaterial(config.tls.certPath, config.tls.keyPath) : undefined;
    const consoleDistDir =
      options.consoleDistDir === null ? undefined : (options.consoleDistDir ?? DEFAULT_CONSOLE_DIST_DIR);
    const api: ApiServer = await listenApi(
      {
        host: config.apiHost,
        port: config.apiPort,
        ...(tls ? { tls: { cert: tls.cert, key: tls.key } } : {}),
      },
      (url) =>
        createApiApp({
          store: core.store,
          auth: core.auth,
          audit: core.audit,
          evidence: core.evidence,
          agreements: core.agreements,
          peers: core.peers,
          proposals: core.proposals,
          queries,
          exchange,
          imports,
          ...(contributions ? { contributions } : {}),
          ...(global ? { global: global.store } : {}),
          ...(globalSource ? { globalSource } : {}),
          minCellCount: config.minCellCount,
          photos,
          watchlists: watchlists.service,
          operations,
          publications,
          forum,
          stats: new StatsService({
            index: core.statsIndex,
            store: core.store,
            ...(options.clock ? { clock: options.clock } : {}),
          }),
          signingKey: signingKeyFromLibp2p(core.identity.privateKey),
          loggers,
          storeHealth: async () => {
            if (core.store.kv instanceof LevelKv && core.store.kv.damage !== undefined) return 'damaged';
            await core.store.kv.get(USERS_NAMESPACE, ADMIN_USERNAME);
            return 'ok';
          },
          tls: tls !== undefined,
          allowedOrigins: allowedOriginsOf(config, url, tls ? certificateNames(tls) : []),
          metrics,
          ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }),
          ...(consoleDistDir === undefined ? {} : { consoleDistDir }),
          // GET /setup says where the node listens; POST /setup answers 409 (node/setup.ts).
          setup: configuredNodeSetup({
            current: {
              apiHost: config.apiHost,
              apiPort: Number(new URL(url).port),
              p2pHost: config.p2pHost,
              p2pPort: config.p2pPort,
              url,
            },
            tls: tls !== undefined,
          }),
        }),
    );
    opened.push(() => api.close());

    const services = servicesOf(config, core, loggers, api.url, true, imports, global?.store);
    const control = await ControlServer.listen(socketPath, services, loggers.control);
    opened.push(() => control.close());
    // Imports that a crash or a shutdown interrupted continue from their stored uploads.
    imports
      .resumeUnfinished()
      .catch((err: unknown) => loggers.root.warn({ err }, 'interrupted imports not resumed'));

    const upkeep = async () => {
      await core.auth.sessions.purgeExpired();
      await core.auth.throttle.purgeStale(core.auth.now());
      const blocked = await core.auth.blockInactiveAccounts();
      if (blocked > 0) events.accountsBlocked(loggers.auth, { count: blocked });
    };
    const runUpkeep = () => {
      upkeep().catch((err: unknown) => loggers.auth.warn({ err }, 'account upkeep failed'));
    };
    runUpkeep();
    const timer = setInterval(runUpkeep, UPKEEP_INTERVAL_MS);
    timer.unref();
    opened.push(() => Promise.resolve(clearInterval(timer)));

    // The whole store read through after the start and once a day (LevelKv.scrub).
    if (core.store.kv instanceof LevelKv) {
      const kv = core.store.kv;
      const scrub = () => {
        const began = Date.now();
        kv.scrub().then(
          (entries) => events.storeScrubbed(loggers.node, { entries, ms: Date.now() - began }),
          (err: unknown) => {
            if (err instanceof StoreCorruptedError)
              events.storeDamaged(loggers.node, { damage: err.message });
            else if (!(err instanceof StoreClosedError)) loggers.node.warn({ err }, 'store scrub failed');
          },
        );
      };
      const scrubTimer = setTimeout(scrub, options.scrubDelayMs ?? SCRUB_DELAY_MS);
      scrubTimer.unref();
      const scrubs = setInterval(scrub, SCRUB_INTERVAL_MS);
      scrubs.unref();
      opened.push(() => Promise.resolve((clearTimeout(scrubTimer), clearInterval(scrubs))));
    }

    events.nodeStarted(loggers.node, {
      nodeId: core.identity.nodeId,
      apiUrl: api.url,
      role: config.role,
      ...(config.country ? { country: config.country } : {}),
    });

    let closing: Promise<void> | undefined;
    const close = (reason = 'close') =>
      (closing ??= (async () => {
        events.nodeStopping(loggers.node, { reason });
        await closeOpened();
        events.nodeStopped(loggers.node);
      })());
    return {
      config,
      nodeId: core.identity.nodeId,
      apiUrl: api.url,
      services,
      peerHost: host,
      queries,
      exchange,
      watchlists,
      operations,
      publications,
      forum,
      ...(contributions ? { contributions } : {}),
      ...(global ? { global } : {}),
      ...(globalPurge ? { globalPurge } : {}),
      ...(globalPhotos ? { globalPhotos } : {}),
      ...(globalSource ? { globalSource } : {}),
      close,
      [Symbol.asyncDispose]: () => close(),
    };
  } catch (err) {
    await closeOpened();
    throw err;
  }
}

/** How `init` gives the API its certificate. */
export type InitTls =
  /** A new self-signed certificate for localhost, this host's name, 127.0.0.1, ::1 and `names`. */
  | { selfSigned: true; names?: readonly string[] }
  /** The administration's own certificate (with its chain) and key, copied into the data directory. */
  | { certFile: string; keyFile: string }
  /** Plain HTTP: only with a loopback API address (development, tests). */
  | false;

export interface InitOptions {
  dataDir: string;
  name: string;
  role?: NodeRole;
  country?: string;
  apiHost?: string;
  apiPort?: number;
  p2pPort?: number;
  /** The first administrator's password; generated when omitted. */
  adminPassword?: string;
  /** Default: a self-signed certificate. */
  tls?: InitTls;
  /** Origins the console is served from beyond the node's own address (a proxy in tests). */
  allowedOrigins?: string[];
}

/**
 * The issuer an authenticator app shows beside the account: "CEN Customs Kenya", or the name
 * alone when it starts with CEN already (a pending node is called "CEN node").
 */
export function totpIssuerOf(name: string): string {
  return (/^CEN\b/.test(name) ? name : `CEN ${name}`).slice(0, 100);
}

/**
 * `init --setup-later` (the package's first boot): no name, role or country, which the setup
 * gives later; without `adminPassword` the first administrator gets a one-time password.
 */
export type PendingInitOptions = Omit<InitOptions, 'name' | 'role' | 'country'> & { setupLater: true };

export interface PendingInitResult extends Omit<InitResult, 'config'> {
  config: PendingNodeConfig;
}

export interface InitResult {
  config: NodeConfig;
  nodeId: NodeId;
  adminUsername: string;
  adminRole: Role;
  /** Set only when the password was generated: show it once, it is stored nowhere in clear. */
  generatedPassword?: string;
  /** The API certificate's SHA-256 fingerprint, for officers to compare with their browser's. */
  tlsFingerprint?: string;
  tlsSelfSigned?: boolean;
}

async function assertEmptyOrAbsent(dataDir: string): Promise<'absent' | 'empty'> {
  try {
    const entries = await readdir(dataDir);
    if (entries.length > 0) {
      throw new ConfigError(
        `${dataDir} is not empty (it holds ${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}): init only creates a new node in an empty or new directory`,
      );
    }
    return 'empty';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'absent';
    if (code === 'ENOTDIR') throw new ConfigError(`${dataDir} is a file, not a directory`);
    throw err;
  }
}

const DNS_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The names a self-signed certificate is made for. */
function selfSignedNames(apiHost: string, extra: readonly string[]) {
  const dnsNames = new Set(['localhost']);
  const ipAddresses = new Set(['127.0.0.1', '::1']);
  const host = hostname().toLowerCase();
  if (DNS_NAME.test(host)) dnsNames.add(host);
  for (const name of [apiHost, ...extra]) {
    const bare = name.replace(/^\[|\]$/g, '');
    if (bare === '0.0.0.0' || bare === '::') continue;
    if (isIP(bare) !== 0) ipAddresses.add(bare);
    else if (DNS_NAME.test(bare.toLowerCase())) dnsNames.add(bare.toLowerCase());
    else
      throw new ConfigError(`${JSON.stringify(name)} is neither a DNS name nor an IP address (--tls-name)`);
  }
  return { dnsNames: [...dnsNames], ipAddresses: [...ipAddresses] };
}

/** Creates a new node in `dataDir`: config, identity, TLS material, store and the first administrator. */
export async function initNode(options: InitOptions): Promise<InitResult>;
export async function initNode(options: PendingInitOptions): Promise<PendingInitResult>;
export async function initNode(
  options: InitOptions | PendingInitOptions,
): Promise<InitResult | PendingInitResult> {
  const pending = 'setupLater' in options;
  // A pending node's administrator is the national one until a WCO setup says otherwise.
  const role = pending ? 'national' : (options.role ?? 'national');
  const tlsChoice: InitTls = options.tls ?? { selfSigned: true };
  const listening = {
    ...(options.apiHost === undefined ? {} : { apiHost: options.apiHost }),
    ...(options.apiPort === undefined ? {} : { apiPort: options.apiPort }),
    ...(options.p2pPort === undefined ? {} : { p2pPort: options.p2pPort }),
    tls:
      tlsChoice === false
        ? (false as const)
        : { cert: `${TLS_DIR}/${CERT_FILE}`, key: `${TLS_DIR}/${KEY_FILE}` },
    ...(options.allowedOrigins === undefined || options.allowedOrigins.length === 0
      ? {}
      : { allowedOrigins: options.allowedOrigins }),
    createdAt: new Date().toISOString(),
  };
  // A pending node's file has no administration yet: the setup checks and writes it.
  const file = pending
    ? undefined
    : {
        name: options.name,
        role,
        ...(options.country === undefined ? {} : { country: options.country.toUpperCase() }),
        ...listening,
      };
  // Check everything before touching the disk, so a refused init leaves nothing behind.
  if (file === undefined) {
    // nothing of the administration to check
  } else if (role === 'national' && file.country === undefined) {
    throw new ConfigError('a national node needs its country: --country CC (ISO 3166-1 alpha-2, e.g. KE)');
  } else if (role === 'national' && !vocabularies.country.has(file.country)) {
    throw new ConfigError(`${JSON.stringify(file.country)} is not an ISO 3166-1 alpha-2 country code`);
  } else if (role === 'wco' && file.country !== undefined) {
    throw new ConfigError('a WCO node has no country of its own: leave out --country');
  }
  const checked = parseConfigState(
    { configVersion: 1, ...(file ?? { setupPending: true, ...listening }) },
    {},
    options.dataDir,
  ).config;
  const adminRole = FIRST_ADMINISTRATOR_ROLE[role];
  // A pending node's administrator gets a one-time password (changed at the first sign-in).
  const password = options.adminPassword ?? (pending ? undefined : generatePassword());
  const issues = checkNewUser(
    { username: ADMIN_USERNAME, role: adminRole, ...(password === undefined ? {} : { password }) },
    role,
  ).map((issue) => ({
    ...issue,
    path: issue.path === 'password' ? 'admin password' : issue.path,
  }));
  if (issues.length > 0) throw new ValidationError(issues);
  const provided =
    tlsChoice !== false && 'certFile' in tlsChoice
      ? await loadTlsMaterial(tlsChoice.certFile, tlsChoice.keyFile)
      : undefined;
  const names =
    tlsChoice !== false && 'selfSigned' in tlsChoice
      ? selfSignedNames(checked.apiHost, [
          ...(tlsChoice.names ?? []),
          // A browser on the LAN reaches a first-boot node by one of the machine's addresses.
          ...(pending ? interfaceAddresses().map((entry) => entry.address) : []),
        ])
      : undefined;
  const before = await assertEmptyOrAbsent(options.dataDir);

  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  await chmod(options.dataDir, 0o700); // an existing empty directory keeps its mode otherwise
  try {
    const config = file
      ? await writeConfigFile(options.dataDir, file)
      : await writePendingConfigFile(options.dataDir, listening);
    const name = file?.name ?? 'CEN node';
    let tlsFingerprint: string | undefined;
    if (provided) {
      await writeTlsMaterial(config.dataDir, { certPem: provided.cert, keyPem: provided.key });
      tlsFingerprint = provided.fingerprintSha256;
    } else if (names) {
      const made = await createSelfSignedCertificate({ commonName: name.slice(0, 64), ...names });
      await writeTlsMaterial(config.dataDir, made);
      tlsFingerprint = made.fingerprintSha256;
    }
    await writeCurrentDataFormat(config.dataDir);
    const identity = await createIdentity(config.dataDir);
    // The store's country matters only to records, which a pending node has none of.
    const store = await openNodeStore({
      dataDir: config.dataDir,
      storeCountry: 'storeCountry' in config ? config.storeCountry : WCO_STORE_COUNTRY,
    });
    let shown: string | undefined;
    try {
      const auth = createAuth(store.kv, { nodeRole: role, issuer: totpIssuerOf(name) });
      const created = await auth.createUser(
        { username: 'system:init' },
        { username: ADMIN_USERNAME, role: adminRole, ...(password === undefined ? {} : { password }) },
      );
      shown = options.adminPassword === undefined ? (created.oneTimePassword ?? password) : undefined;
      await auth.audit.close();
    } finally {
      await store.close();
    }
    return {
      config: config as NodeConfig, // or PendingNodeConfig: the overloads say which
      nodeId: identity.nodeId,
      adminUsername: ADMIN_USERNAME,
      adminRole,
      ...(shown === undefined ? {} : { generatedPassword: shown }),
      ...(tlsFingerprint === undefined ? {} : { tlsFingerprint, tlsSelfSigned: names !== undefined }),
    };
  } catch (err) {
    // Half a node is worse than none: put the directory back as it was.
    if (before === 'absent') await rm(options.dataDir, { recursive: true, force: true });
    else {
      for (const entry of await readdir(options.dataDir)) {
        await rm(`${options.dataDir}/${entry}`, { recursive: true, force: true });
      }
    }
    throw err;
  }
}

/** The fingerprint of the node's API certificate, or undefined when it serves plain HTTP. */
export async function tlsFingerprintOf(config: NodeConfig): Promise<string | undefined> {
  if (!config.tls || !(await exists(config.tls.certPath))) return undefined;
  return new X509Certificate(await readFile(config.tls.certPath)).fingerprint256;
}

/** True until the first administrator has signed in once (for the reminder `start` prints). */
export async function adminNeverSignedIn(services: NodeServices): Promise<boolean> {
  const admin = await services.auth.users.get(ADMIN_USERNAME);
  return admin !== undefined && admin.lastLoginAt === undefined;
}

/** True while the first administrator has no second factor (they enrol one at first sign-in). */
export async function adminNeedsTotp(services: NodeServices): Promise<boolean> {
  const admin = await services.auth.users.get(ADMIN_USERNAME);
  return admin !== undefined && admin.totp === undefined;
}

export type { NodeConfig } from './config.ts';
export type { NodeServices } from './control/index.ts';
