/**
 * First boot: the node a package install leaves behind (`cen-node init --setup-later`) has an
 * identity, a certificate, a store and its first administrator, but no name, role or country.
 * `startPendingNode` serves it RESTRICTED until the administrator finishes the setup: `/healthz`
 * (which says the setup is pending), the console's files, the session routes (sign-in, the
 * one-time password's change, TOTP enrolment, sign-out) and `/api/v1/setup`; on the control
 * socket only `cen-node setup`. No peer host, no records.
 *
 * `applySetup` is the setup itself, the same for the console, the control socket and the offline
 * CLI: it validates as `init` does (`parseConfig`), rewrites config.json atomically, audits
 * `node-setup` and, for a WCO node, makes the first administrator the WCO administrator.
 * Once a running pending node has answered a successful setup it closes everything and resolves
 * `configured`, and its caller (`cen-node start`) starts the full node in the same process.
 *
 * @example
 *   const pending = await startPendingNode(state.config, { loggers });
 *   const config = await pending.configured; // after POST /api/v1/setup or `cen-node setup`
 *   const node = await startNode(await loadConfig(config.dataDir));
 */
import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:net';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { Router } from '@koa/router';
import Koa from 'koa';
import {
  API_PREFIX,
  HEALTH_PATH,
  type HealthResponse,
  type ListeningAddresses,
  type SetupResponse,
} from '../protocol/api.ts';
import { FIRST_ADMINISTRATOR_ROLE } from '../protocol/roles.ts';
import { accessControl } from './api/access.ts';
import { serveConsole } from './api/console.ts';
import { errorHandler } from './api/errors.ts';
import { listenApi } from './api/index.ts';
import { jsonBody, requestLog } from './api/middleware.ts';
import {
  interfaceAddresses,
  setupRequestSchema,
  setupRouter,
  type SetupActor,
  type SetupController,
  type SetupRequestInput,
} from './api/routes/setup.ts';
import { sessionRouter } from './api/routes/session.ts';
import { csrfGuard, securityHeaders } from './api/security.ts';
import type { ApiState } from './api/state.ts';
import { parseOrThrow } from './api/validate.ts';
import { AuditLog } from './audit/index.ts';
import { createAuth, type Auth } from './auth/index.ts';
import {
  apiUrlOf,
  configFileIssues,
  dataPaths,
  isLoopbackHost,
  isPendingConfigFile,
  parseConfig,
  parseConfigState,
  readConfigFile,
  SetupCompleteError,
  writeConfigAtomically,
  type ListeningConfig,
  type NodeConfig,
  type PendingNodeConfig,
} from './config.ts';
import { checkSocketPath, ControlServer, probeControlSocket } from './control/index.ts';
import { ConfigError, ValidationError } from './errors.ts';
import { ADMIN_USERNAME, allowedOriginsOf, DEFAULT_CONSOLE_DIST_DIR } from './index.ts';
import { createLoggers, type Loggers } from './log.ts';
import { LevelKv, STORE_DIRECTORY } from './store/index.ts';
import { loadTlsMaterial } from './tls.ts';

/** The control command that finishes the setup (`cen-node setup` through a running node). */
export const SETUP_COMMAND = 'setup';

/** Where a node listens, as the setup page shows it. */
export function listeningAddressesOf(config: ListeningConfig): ListeningAddresses {
  return {
    apiHost: config.apiHost,
    apiPort: config.apiPort,
    p2pHost: config.p2pHost,
    p2pPort: config.p2pPort,
    url: apiUrlOf(config.apiHost, config.apiPort, config.tls !== false),
  };
}

const WILDCARDS = new Set(['0.0.0.0', '::']);

/**
 * A listening address the node can bind: loopback, a wildcard or one of the machine's own
 * addresses. Anything else would let the setup succeed and the node then fail to start.
 */
function bindableIssue(
  key: string,
  host: string,
): { path: string; rule: string; message: string } | undefined {
  const bare = host.replace(/^\[|\]$/g, '');
  if (WILDCARDS.has(bare) || isLoopbackHost(bare)) return undefined;
  if (isIP(bare) !== 0 && interfaceAddresses().some((entry) => entry.address === bare)) return undefined;
  return {
    path: key,
    rule: 'address',
    message: `${host} is not an address of this machine: choose one of its interface addresses, 0.0.0.0 (every address) or 127.0.0.1`,
  };
}

/** Whether a port is free to listen on (an answer now; it may be taken a moment later). */
async function portFree(host: string, port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, host.replace(/^\[|\]$/g, ''), () => server.close(() => resolve(true)));
  });
}

export interface SetupTarget {
  dataDir: string;
  auth: Auth;
  audit: AuditLog;
  /** Addresses the node holds itself right now (a running pending node): free for the new config. */
  held?: ListeningAddresses;
}

/**
 * Finishes the setup of the pending node in `target.dataDir` (see the module comment). Refuses a
 * configured node (`SetupCompleteError`) and bad values (`ValidationError`, paths are the keys of
 * `SetupRequest`), writing nothing then.
 */
export async function applySetup(
  target: SetupTarget,
  actor: SetupActor,
  input: unknown,
): Promise<{ config: NodeConfig; response: SetupResponse; previous: ListeningAddresses }> {
  const request: SetupRequestInput = parseOrThrow(setupRequestSchema, input);
  const raw = await readConfigFile(target.dataDir);
  if (!isPendingConfigFile(raw)) throw new SetupCompleteError();
  const { setupPending: _pending, ...kept } = raw as Record<string, unknown>;
  const country = request.country?.toUpperCase();
  const file: Record<string, unknown> = {
    ...kept,
    name: request.name,
    role: request.role,
    apiHost: request.apiHost,
    apiPort: request.apiPort,
    p2pPort: request.p2pPort,
  };
  delete file.country;
  delete file.p2pHost;
  if (country !== undefined) file.country = country;
  if (request.p2pHost !== undefined && request.p2pHost !== request.apiHost) file.p2pHost = request.p2pHost;

  // The rules name the refusals the setup page words in the administrator's language.
  const issues = configFileIssues(file).map(({ key, message }) => {
    if (key === 'country' && request.role === 'national' && country === undefined) {
      return {
        path: key,
        rule: 'required',
        message: 'a national node needs its country (ISO 3166-1 alpha-2, e.g. KE)',
      };
    }
    const plainHttp =
      key === 'apiHost' && (file.tls === undefined || file.tls === false) && !isLoopbackHost(request.apiHost);
    return { path: key, rule: key === 'country' ? 'country' : plainHttp ? 'plain-http' : 'config', message };
  });
  for (const [key, host] of [
    ['apiHost', request.apiHost],
    ['p2pHost', request.p2pHost ?? request.apiHost],
  ] as const) {
    const issue = bindableIssue(key, host);
    if (issue && !issues.some((i) => i.path === key)) issues.push(issue);
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const held = target.held;
  const before = parseConfigState(raw, {}, target.dataDir).config;
  const previous = held ?? listeningAddressesOf(before);
  const samePorts = request.p2pPort === request.apiPort;
  if (samePorts) {
    issues.push({
      path: 'p2pPort',
      rule: 'port-same',
      message: 'the peer port must differ from the API port',
    });
  }
  const ports = [
    { key: 'apiPort', host: request.apiHost, port: request.apiPort, heldPort: held?.apiPort },
    // Two ports the same: that one refusal says it; "in use" would only repeat it.
    ...(samePorts
      ? []
      : [
          {
            key: 'p2pPort',
            host: request.p2pHost ?? request.apiHost,
            port: request.p2pPort,
            heldPort: undefined,
          },
        ]),
  ];
  for (const { key, host, port, heldPort } of ports) {
    if (port === heldPort) continue; // the restricted node itself holds it, and frees it first
    if (!(await portFree(host, port))) {
      issues.push({
        path: key,
        rule: 'port-in-use',
        message: `port ${port} is in use on ${host}: choose another`,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const config = parseConfig(file, {}, target.dataDir);
  await writeConfigAtomically(target.dataDir, file);
  const ip = actor.ip ? { ip: actor.ip.slice(0, 64) } : {};
  await target.audit.append({
    action: 'node-setup',
    actor: actor.username,
    outcome: 'ok',
    details: {
      role: config.role,
      ...(config.country ? { country: config.country } : {}),
      apiHost: config.apiHost,
      apiPort: config.apiPort,
      p2pHost: config.p2pHost,
      p2pPort: config.p2pPort,
    },
    ...ip,
  });
  let roleChanged = false;
  if (config.role === 'wco') {
    const to = FIRST_ADMINISTRATOR_ROLE.wco;
    await target.auth.users.update(ADMIN_USERNAME, (admin) => {
      if (!admin || admin.role === to) return undefined;
      roleChanged = true;
      return {
        user: { ...admin, role: to },
        audit: [
          {
            action: 'role-changed',
            actor: actor.username,
            target: ADMIN_USERNAME,
            outcome: 'ok',
            details: { from: admin.role, to, reason: 'node-setup' },
            ...ip,
          },
        ],
      };
    });
  }
  const url = listeningAddressesOf(config).url;
  const moved = url !== previous.url;
  return {
    config,
    previous,
    response: {
      url,
      moved,
      signInAgain: moved || roleChanged,
      name: config.name,
      role: config.role,
      ...(config.country ? { country: config.country } : {}),
    },
  };
}

/** A first-boot node serving only sign-in and the setup (see the module comment). */
export interface PendingNode extends AsyncDisposable {
  config: PendingNodeConfig;
  apiUrl: string;
  /**
   * Resolves with the new configuration once a setup succeeded and the restricted services are
   * closed; never settles when the node is closed before that.
   */
  configured: Promise<NodeConfig>;
  close(reason?: string): Promise<void>;
}

export interface PendingStartOptions {
  loggers?: Loggers;
  /** The console's build directory (default `web-console/dist`); null serves the API only. */
  consoleDistDir?: string | null;
  clock?: () => Date;
}

/** The names a certificate holds, for the origins the console may be loaded from. */
function certificateNames(certPem: string): string[] {
  return (new X509Certificate(certPem).subjectAltName ?? '')
    .split(', ')
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry)?.[1])
    .filter((name): name is string => name !== undefined && !name.startsWith('*'));
}

export async function startPendingNode(
  config: PendingNodeConfig,
  options: PendingStartOptions = {},
): Promise<PendingNode> {
  const loggers = options.loggers ?? createLoggers({ level: config.logLevel });
  const socketPath = dataPaths(config.dataDir).controlSocket;
  checkSocketPath(socketPath);
  if ((await probeControlSocket(socketPath)) === 'running') {
    throw new ConfigError(`a node is already running on ${config.dataDir}`);
  }
  const opened: (() => Promise<void>)[] = [];
  const closeOpened = async () => {
    for (const close of opened.reverse()) await close().catch(() => undefined);
    opened.length = 0;
  };
  try {
    const kv = await LevelKv.open(join(config.dataDir, STORE_DIRECTORY));
    opened.push(() => kv.close());
    const clock = options.clock ?? (() => new Date());
    const audit = new AuditLog(kv, { clock });
    opened.push(() => audit.close());
    // The first administrator was made as the national one; a WCO setup changes that.
    const auth = createAuth(kv, { audit, nodeRole: 'national', issuer: 'CEN node', clock });
    opened.push(() => auth.throttle.close());

    let done!: (config: NodeConfig) => void;
    const configured = new Promise<NodeConfig>((resolve) => (done = resolve));
    let applied: NodeConfig | undefined;
    let finishing: Promise<void> | undefined;
    const finish = () => {
      if (!applied) return;
      const next = applied;
      finishing ??= (async () => {
        loggers.node.info(
          { event: 'node.setup-complete', role: next.role },
          'setup complete: starting the node',
        );
        await closeOpened();
        done(next);
      })();
    };

    const tls = config.tls ? await loadTlsMaterial(config.tls.certPath, config.tls.keyPath) : undefined;
    // With port 0 (tests) the port is known once the API listens.
    const current = () => listeningAddressesOf({ ...config, apiPort: bound.port ?? config.apiPort });
    const bound: { port?: number } = {};
    const controller: SetupController = {
      status: () =>
        Promise.resolve({
          pending: applied === undefined,
          current: current(),
          interfaces: interfaceAddresses(),
          tls: tls !== undefined,
        }),
      complete: async (actor, input) => {
        if (applied) throw new SetupCompleteError();
        const held = current();
        const result = await applySetup({ dataDir: config.dataDir, auth, audit, held }, actor, input);
        applied = result.config;
        return result.response;
      },
      afterResponse: finish,
    };

    const consoleDistDir =
      options.consoleDistDir === null ? undefined : (options.consoleDistDir ?? DEFAULT_CONSOLE_DIST_DIR);
    const api = await listenApi(
      {
        host: config.apiHost,
        port: config.apiPort,
        ...(tls ? { tls: { cert: tls.cert, key: tls.key } } : {}),
      },
      (url) =>
        createSetupApp({
          auth,
          audit,
          loggers,
          setup: controller,
          tls: tls !== undefined,
          allowedOrigins: allowedOriginsOf(
            { ...config, name: '', role: 'national', storeCountry: '' },
            url,
            tls ? certificateNames(tls.cert) : [],
          ),
          ...(consoleDistDir === undefined ? {} : { consoleDistDir }),
        }),
    );
    bound.port = api.port;
    opened.push(() => api.close());

    const control = await ControlServer.listenWith(
      socketPath,
      async (command, args) => {
        if (command !== SETUP_COMMAND) {
          throw new ConfigError(
            `the node's setup is pending: only \`cen-node setup\` works until it is done (or the setup page of the console at ${api.url}/)`,
          );
        }
        const { by, ...input } = (args ?? {}) as { by?: unknown } & Record<string, unknown>;
        const response = await controller.complete(
          { username: typeof by === 'string' && by.length > 0 ? by.slice(0, 200) : 'system:cli' },
          input,
        );
        // After the answer has gone back through the socket.
        setImmediate(finish);
        return response;
      },
      loggers.control,
    );
    opened.push(() => control.close());

    loggers.node.info(
      { event: 'node.setup-pending', apiUrl: api.url },
      `setup pending: open ${api.url}/ and sign in as "${ADMIN_USERNAME}" with the one-time password init showed`,
    );

    let closing: Promise<void> | undefined;
    const close = (reason = 'close') =>
      (closing ??= (async () => {
        loggers.node.info({ event: 'node.stopping', reason }, 'node stopping');
        await finishing;
        await closeOpened();
      })());
    return { config, apiUrl: api.url, configured, close, [Symbol.asyncDispose]: () => close() };
  } catch (err) {
    await closeOpened();
    throw err;
  }
}

interface SetupAppDeps {
  auth: Auth;
  audit: AuditLog;
  loggers: Loggers;
  setup: SetupController;
  tls: boolean;
  allowedOrigins: readonly string[];
  consoleDistDir?: string;
}

/** The restricted API: the configured node's middleware chain with only the session and setup routes. */
function createSetupApp(deps: SetupAppDeps): Koa<ApiState> {
  const api = new Router<ApiState>({ prefix: API_PREFIX });
  for (const router of [
    sessionRouter({ auth: deps.auth, log: deps.loggers.auth, tls: deps.tls }),
    setupRouter({ setup: deps.setup }),
  ]) {
    api.use(router.routes(), router.allowedMethods({ throw: true }));
  }
  const app = new Koa<ApiState>();
  app.proxy = false;
  app
    .use(requestLog(deps.loggers.http))
    .use(securityHeaders({ tls: deps.tls }))
    .use(errorHandler(deps.loggers.http))
    .use(csrfGuard({ allowedOrigins: deps.allowedOrigins }));
  if (deps.consoleDistDir !== undefined) app.use(serveConsole({ distDir: deps.consoleDistDir }));
  app
    .use(accessControl({ router: api, auth: deps.auth, audit: deps.audit, log: deps.loggers.http }))
    .use(jsonBody())
    .use(pendingHealthRouter(deps.auth).routes())
    .use(api.routes())
    .use(api.allowedMethods({ throw: true }))
    .use(function refuseWhileSetupPending(ctx) {
      ctx.throw(
        404,
        ctx.path.startsWith(API_PREFIX)
          ? `the node's setup is pending: ${ctx.method} ${ctx.path} answers once the setup is done`
          : `no such endpoint: ${ctx.method} ${ctx.path}`,
      );
    });
  return app;
}

/** `/healthz` of a pending node: up, and says the setup is pending (for the installer and monitoring). */
function pendingHealthRouter(auth: Auth): Router<ApiState> {
  const router = new Router<ApiState>();
  router.get(HEALTH_PATH, async function pendingHealth(ctx) {
    const ok = await auth.users.get(ADMIN_USERNAME).then(
      () => true,
      () => false,
    );
    ctx.status = ok ? 200 : 503;
    ctx.body = {
      status: ok ? 'ok' : 'unavailable',
      store: ok ? 'ok' : 'unavailable',
      setup: 'pending',
    } satisfies HealthResponse;
  });
  return router;
}
