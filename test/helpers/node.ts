/**
 * Shared test helpers: a real node in a temp data directory on a free loopback port (plain HTTP,
 * or HTTPS when asked), with a clock the test can move forward, logging to a file of the run
 * (scanned for secrets at the end), and a small HTTP client that keeps the session cookie and
 * registers every secret it sees. Integration tests use these instead of mocks.
 *
 * @example
 *   await using node = await startTestNode({ country: 'KE' });
 *   const officer = await node.loginAs('officer');
 *   const { status, body } = await officer.post('/api/v1/cases', caseInput);
 *   node.clock.advance(31 * 60_000); // the session is now idle for too long
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, type SessionResponse, type TotpEnrolmentResponse } from '../../protocol/api.ts';
import { requiresSecondFactor, totpCode, totpStep, type ThrottlePolicy } from '../../node/auth/index.ts';
import { loadConfig, type NodeRole } from '../../node/config.ts';
import { ADMIN_USERNAME, initNode, startNode, type InitTls, type RunningNode } from '../../node/index.ts';
import type { Loggers } from '../../node/log.ts';
import type { ExchangeOptions } from '../../node/exchange/index.ts';
import type { Role } from '../../protocol/roles.ts';
import { testLoggers } from './logs.ts';
import { registerSecret, registerSecrets } from './secrets.ts';

/** Meets the password policy: long, mixed, not common, without the username. */
export const TEST_ADMIN_PASSWORD = 'Kiwi-Lantern-Harbour-8314';
/** A new password that meets the policy, for a user a test creates. */
export const newTestPassword = () => `Qm7-${randomBytes(12).toString('base64url')}`;
registerSecret('password', TEST_ADMIN_PASSWORD);

export async function makeTempDir(prefix = 'cen-test-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A port that was free a moment ago (for configs that need a fixed port up front). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Fields of requests and answers that hold secrets, and what kind. */
const SECRET_FIELDS = {
  password: 'password',
  current: 'password',
  next: 'password',
  oneTimePassword: 'one-time password',
  oneTimeCode: 'one-time password',
  secret: 'TOTP secret',
  recoveryCode: 'recovery code',
} as const;

function registerSecretsIn(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, kind] of Object.entries(SECRET_FIELDS))
    registerSecret(kind, (value as Record<string, unknown>)[key]);
  const codes = (value as { recoveryCodes?: unknown }).recoveryCodes;
  if (Array.isArray(codes)) registerSecrets('recovery code', codes);
}

/** A fetch wrapper that sends and keeps the session cookie, parses JSON answers and registers secrets. */
export class ApiClient {
  readonly baseUrl: string;
  cookie: string | undefined;
  readonly #fetch: typeof fetch;

  /** `fetchImpl`: another transport, e.g. one that trusts a node's own certificate (helpers/https.ts). */
  constructor(baseUrl: string, cookie?: string, fetchImpl: typeof fetch = fetch) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
    this.#fetch = fetchImpl;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    if (typeof body === 'object') registerSecretsIn(body);
    const response = await this.#fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? undefined : pair;
      registerSecret('session token', pair.slice(pair.indexOf('=') + 1));
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
    const parsed = (isJson && text ? JSON.parse(text) : text) as T;
    registerSecretsIn(parsed);
    return { status: response.status, headers: response.headers, body: parsed };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/** The node's time: the real clock plus an offset the test moves forward. */
export class TestClock {
  #offsetMs = 0;
  readonly now = (): Date => new Date(Date.now() + this.#offsetMs);
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}

export interface TestNode extends AsyncDisposable {
  node: RunningNode;
  dataDir: string;
  apiUrl: string;
  adminPassword: string;
  clock: TestClock;
  /** The log file of this node (scanned for secrets at the end of the run). */
  logFile: string;
  /** TOTP secrets of the accounts the helper enrolled, by username. */
  totpSecrets: Map<string, string>;
  /**
   * A client signed in as `username` with its password (the administrator by default). For an
   * account with a second factor the helper sends a fresh code, moving the clock on a step when
   * the current one was used already; an administrator without one is enrolled on the spot.
   */
  login(username?: string, password?: string): Promise<ApiClient>;
  /** A client signed in with a user of `role` (created once, with a known password). */
  loginAs(role: Role): Promise<ApiClient>;
  /** Creates an account with a password, as the appliance's operator would. */
  createUser(username: string, role: Role, password?: string): Promise<string>;
  /** A TOTP code for `username` that has not been used yet. */
  freshTotp(username: string): string;
  /** Stops the node and removes its data directory. */
  close(): Promise<void>;
}

export interface TestNodeOptions {
  name?: string;
  country?: string;
  role?: NodeRole;
  /** Default: plain HTTP on loopback. */
  tls?: InitTls;
  /** Default: a log file of this run (see logs.ts). */
  loggers?: Loggers;
  throttle?: Partial<ThrottlePolicy>;
  /** The console's build to serve; default none (API only). */
  consoleDistDir?: string;
  /** Origins the console may be served from beyond the node's own (a proxy in front of it). */
  allowedOrigins?: string[];
  /** The peer host's intervals (short ones for the p2p tests). */
  p2p?: { recheckIntervalMs?: number; reconnectIntervalMs?: number };
  /** The exchange's schedule, chunk size and deadlines (short ones for the fault tests). */
  exchange?: ExchangeOptions;
}

/** The username `loginAs(role)` uses: the role's name plus `1`, e.g. `officer1`. */
export const usernameForRole = (role: Role) => `${role.replace(/[^a-z]/g, '')}1`;

/** Inits a node in a temp directory and starts it on a free loopback port. */
export async function startTestNode(options: TestNodeOptions = {}): Promise<TestNode> {
  const temp = await makeTempDir('cen-node-');
  const dataDir = join(temp.path, 'node');
  const role = options.role ?? 'national';
  const logs = options.loggers ? undefined : testLoggers(`node-${options.country ?? role}`);
  const clock = new TestClock();
  try {
    await initNode({
      dataDir,
      name: options.name ?? 'Test Customs',
      role,
      ...(role === 'national' ? { country: options.country ?? 'KE' } : {}),
      apiHost: '127.0.0.1',
      apiPort: 0,
      // Each node its own peer port: a fixed default would collide between parallel nodes.
      p2pPort: await freePort(),
      adminPassword: TEST_ADMIN_PASSWORD,
      tls: options.tls ?? false,
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    });
    const node = await startNode(await loadConfig(dataDir, {}), {
      loggers: options.loggers ?? logs!.loggers,
      clock: clock.now,
      consoleDistDir: options.consoleDistDir ?? null,
      ...(options.throttle ? { throttle: options.throttle } : {}),
      ...(options.p2p ? { p2p: options.p2p } : {}),
      ...(options.exchange ? { exchange: options.exchange } : {}),
    });
    const totpSecrets = new Map<string, string>();
    const lastStep = new Map<string, number>();
    const passwords = new Map<string, string>([[ADMIN_USERNAME, TEST_ADMIN_PASSWORD]]);
    const auth = node.services.auth;

    const freshTotp = (username: string): string => {
      const secret = totpSecrets.get(username);
      if (!secret) throw new Error(`${username} has no second factor enrolled by the helper`);
      const used = lastStep.get(username) ?? -1;
      const step = totpStep(clock.now());
      if (step <= used) clock.advance((used - step + 1) * 30_000);
      lastStep.set(username, totpStep(clock.now()));
      return totpCode(secret, clock.now());
    };

    async function enrol(client: ApiClient, username: string): Promise<void> {
      const started = await client.post<TotpEnrolmentResponse>(apiPaths.sessionTotp, {});
      if (started.status !== 200) throw new Error(`TOTP enrolment of ${username} failed: ${started.status}`);
      totpSecrets.set(username, started.body.secret);
      const confirmed = await client.post(apiPaths.sessionTotpConfirm, { code: freshTotp(username) });
      if (confirmed.status !== 200)
        throw new Error(`TOTP confirmation of ${username} failed: ${confirmed.status}`);
    }

    async function login(
      username = ADMIN_USERNAME,
      password = passwords.get(username) ?? TEST_ADMIN_PASSWORD,
    ) {
      const client = new ApiClient(node.apiUrl);
      const totp = totpSecrets.has(username) ? { totp: freshTotp(username) } : {};
      const response = await client.post<SessionResponse>(apiPaths.session, { username, password, ...totp });
      if (response.status !== 200) {
        throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      if (response.body.totpEnrolmentRequired) await enrol(client, username);
      return client;
    }

    async function createUser(username: string, userRole: Role, password = newTestPassword()) {
      registerSecret('password', password);
      await auth.createUser({ username: 'test:setup' }, { username, role: userRole, password });
      passwords.set(username, password);
      return password;
    }

    async function loginAs(userRole: Role): Promise<ApiClient> {
      const username = usernameForRole(userRole);
      if (!passwords.has(username)) await createUser(username, userRole);
      const client = await login(username);
      if (requiresSecondFactor(userRole) && !totpSecrets.has(username)) throw new Error('not enrolled');
      return client;
    }

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await node.close('test done');
        logs?.close();
        await temp.remove();
      })());
    return {
      node,
      dataDir,
      apiUrl: node.apiUrl,
      adminPassword: TEST_ADMIN_PASSWORD,
      clock,
      logFile: logs?.path ?? '',
      totpSecrets,
      login,
      loginAs,
      createUser,
      freshTotp,
      close,
      [Symbol.asyncDispose]: close,
    };
  } catch (err) {
    logs?.close();
    await temp.remove();
    throw err;
  }
}
