/**
 * The composition root: the only place that wires the node's services together. `initNode`
 * creates a data directory, `openServices` opens a node's services without serving anything
 * (the CLI's offline path), and `startNode` runs the node: store, accounts, HTTP API and the
 * control socket, all released by `close()`.
 *
 * @example
 *   const config = await loadConfig('/var/lib/cen-node');
 *   await using node = await startNode(config);
 *   console.log(node.nodeId, node.apiUrl);
 */
import { chmod, mkdir, readdir, rm } from 'node:fs/promises';
import type { NodeId } from '../protocol/ids.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';
import { createAuth, type Auth } from './auth/index.ts';
import { checkNewUser, USERS_NAMESPACE } from './auth/users.ts';
import { generatePassword } from './auth/passwords.ts';
import { createApiApp, listenApi, type ApiServer } from './api/index.ts';
import {
  apiUrlOf,
  dataPaths,
  parseConfig,
  writeConfigFile,
  type NodeConfig,
  type NodeRole,
} from './config.ts';
import {
  checkSocketPath,
  ControlServer,
  probeControlSocket,
  type NodeServices,
  type OfflineServices,
} from './control/index.ts';
import { ConfigError, ValidationError } from './errors.ts';
import { createIdentity, loadIdentity, type NodeIdentity } from './identity.ts';
import { createLoggers, events, type Loggers } from './log.ts';
import { checkStore } from './store/check.ts';
import { openStore, reindex } from './store/index.ts';
import type { RecordStore } from './store/records.ts';

/** The first administrator's username. */
export const ADMIN_USERNAME = 'admin';

/** Expired sessions are swept this often; lookups refuse them anyway, this only frees space. */
const SESSION_PURGE_INTERVAL_MS = 15 * 60_000;

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

async function openNodeStore(config: NodeConfig): Promise<RecordStore> {
  try {
    return await openStore(config.dataDir, { country: config.storeCountry });
  } catch (err) {
    if (isLockError(err)) throw new StoreLockedError(config.dataDir);
    throw err;
  }
}

interface CoreServices {
  identity: NodeIdentity;
  store: RecordStore;
  auth: Auth;
}

async function openCore(config: NodeConfig): Promise<CoreServices> {
  const identity = await loadIdentity(config.dataDir);
  const store = await openNodeStore(config);
  // Accounts live in the records' KvStore: one database, one backup, one lock.
  const auth = createAuth(store.kv);
  return { identity, store, auth };
}

function servicesOf(
  config: NodeConfig,
  core: CoreServices,
  loggers: Loggers,
  apiUrl: string,
  running: boolean,
): NodeServices {
  const { store } = core;
  return {
    config,
    identity: core.identity,
    store,
    auth: core.auth,
    loggers,
    apiUrl,
    running,
    maintenance: {
      reindex: () => reindex(store),
      check: () => checkStore(store),
    },
  };
}

/** Opens a stopped node's services in this process (the CLI's offline path). */
export async function openServices(
  config: NodeConfig,
  options: { loggers?: Loggers } = {},
): Promise<OfflineServices> {
  const loggers = options.loggers ?? createLoggers({ level: config.logLevel });
  const core = await openCore(config);
  const services = servicesOf(config, core, loggers, apiUrlOf(config.apiHost, config.apiPort), false);
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= core.store.close());
  return { services, close, [Symbol.asyncDispose]: close };
}

export interface RunningNode extends AsyncDisposable {
  config: NodeConfig;
  nodeId: NodeId;
  apiUrl: string;
  services: NodeServices;
  /** Stops accepting requests and commands, then closes the store. Idempotent. */
  close(reason?: string): Promise<void>;
}

export interface StartOptions {
  loggers?: Loggers;
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
    const core = await openCore(config);
    opened.push(() => core.store.close());

    const app = createApiApp({
      store: core.store,
      auth: core.auth,
      loggers,
      storeHealthy: async () => {
        await core.store.kv.get(USERS_NAMESPACE, ADMIN_USERNAME);
        return true;
      },
    });
    const api: ApiServer = await listenApi(app, config.apiHost, config.apiPort);
    opened.push(() => api.close());

    const services = servicesOf(config, core, loggers, api.url, true);
    const control = await ControlServer.listen(socketPath, services, loggers.control);
    opened.push(() => control.close());

    const purge = setInterval(() => {
      core.auth.sessions
        .purgeExpired()
        .catch((err: unknown) => loggers.auth.warn({ err }, 'session purge failed'));
    }, SESSION_PURGE_INTERVAL_MS);
    purge.unref();
    opened.push(() => Promise.resolve(clearInterval(purge)));

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
      close,
      [Symbol.asyncDispose]: () => close(),
    };
  } catch (err) {
    await closeOpened();
    throw err;
  }
}

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
}

export interface InitResult {
  config: NodeConfig;
  nodeId: NodeId;
  adminUsername: string;
  /** Set only when the password was generated: show it once, it is stored nowhere in clear. */
  generatedPassword?: string;
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

/** Creates a new node in `dataDir`: config, identity, store and the first administrator. */
export async function initNode(options: InitOptions): Promise<InitResult> {
  const role = options.role ?? 'national';
  const file = {
    name: options.name,
    role,
    ...(options.country === undefined ? {} : { country: options.country.toUpperCase() }),
    ...(options.apiHost === undefined ? {} : { apiHost: options.apiHost }),
    ...(options.apiPort === undefined ? {} : { apiPort: options.apiPort }),
    ...(options.p2pPort === undefined ? {} : { p2pPort: options.p2pPort }),
    createdAt: new Date().toISOString(),
  };
  // Check everything before touching the disk, so a refused init leaves nothing behind.
  if (role === 'national' && file.country === undefined) {
    throw new ConfigError('a national node needs its country: --country CC (ISO 3166-1 alpha-2, e.g. KE)');
  }
  if (role === 'national' && !vocabularies.country.has(file.country)) {
    throw new ConfigError(`${JSON.stringify(file.country)} is not an ISO 3166-1 alpha-2 country code`);
  }
  if (role === 'wco' && file.country !== undefined) {
    throw new ConfigError('a WCO node has no country of its own: leave out --country');
  }
  parseConfig({ configVersion: 1, ...file }, {}, options.dataDir);
  const password = options.adminPassword ?? generatePassword();
  const issues = checkNewUser({ username: ADMIN_USERNAME, role: 'admin', password }).map((issue) => ({
    ...issue,
    path: issue.path === 'password' ? 'admin password' : issue.path,
  }));
  if (issues.length > 0) throw new ValidationError(issues);
  const before = await assertEmptyOrAbsent(options.dataDir);

  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  await chmod(options.dataDir, 0o700); // an existing empty directory keeps its mode otherwise
  try {
    const config = await writeConfigFile(options.dataDir, file);
    const identity = await createIdentity(config.dataDir);
    const store = await openNodeStore(config);
    try {
      await createAuth(store.kv).users.create(
        { username: ADMIN_USERNAME, role: 'admin', password },
        'system:init',
      );
    } finally {
      await store.close();
    }
    return {
      config,
      nodeId: identity.nodeId,
      adminUsername: ADMIN_USERNAME,
      ...(options.adminPassword === undefined ? { generatedPassword: password } : {}),
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

/** True until the first administrator has signed in once (for the reminder `start` prints). */
export async function adminNeverSignedIn(services: NodeServices): Promise<boolean> {
  const admin = await services.auth.users.get(ADMIN_USERNAME);
  return admin !== undefined && admin.lastLoginAt === undefined;
}

export type { NodeConfig } from './config.ts';
export type { NodeServices } from './control/index.ts';
