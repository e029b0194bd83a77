/**
 * Shared test helpers: a real node in a temp data directory on a free loopback port, and a
 * small HTTP client that keeps the session cookie. Integration tests use these instead of
 * mocks.
 *
 * @example
 *   await using node = await startTestNode({ country: 'KE' });
 *   const api = await node.login();
 *   const { status, body } = await api.post('/api/v1/cases', caseInput);
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type NodeRole } from '../../node/config.ts';
import { ADMIN_USERNAME, initNode, startNode, type RunningNode } from '../../node/index.ts';
import { silentLoggers, type Loggers } from '../../node/log.ts';

export const TEST_ADMIN_PASSWORD = 'test-admin-password-1234';

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

/** A fetch wrapper that sends and keeps the session cookie, and parses JSON answers. */
export class ApiClient {
  readonly baseUrl: string;
  cookie: string | undefined;

  constructor(baseUrl: string, cookie?: string) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
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
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return {
      status: response.status,
      headers: response.headers,
      body: (isJson && text ? JSON.parse(text) : text) as T,
    };
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
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export interface TestNode extends AsyncDisposable {
  node: RunningNode;
  dataDir: string;
  apiUrl: string;
  adminPassword: string;
  /** A client signed in as `username` (the administrator by default). */
  login(username?: string, password?: string): Promise<ApiClient>;
  /** Stops the node and removes its data directory. */
  close(): Promise<void>;
}

export interface TestNodeOptions {
  name?: string;
  country?: string;
  role?: NodeRole;
  loggers?: Loggers;
}

/** Inits a node in a temp directory and starts it on a free loopback port. */
export async function startTestNode(options: TestNodeOptions = {}): Promise<TestNode> {
  const temp = await makeTempDir('cen-node-');
  const dataDir = join(temp.path, 'node');
  const role = options.role ?? 'national';
  try {
    await initNode({
      dataDir,
      name: options.name ?? 'Test Customs',
      role,
      ...(role === 'national' ? { country: options.country ?? 'KE' } : {}),
      apiHost: '127.0.0.1',
      apiPort: 0,
      adminPassword: TEST_ADMIN_PASSWORD,
    });
    const node = await startNode(await loadConfig(dataDir, {}), {
      loggers: options.loggers ?? silentLoggers(),
    });
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await node.close('test done');
        await temp.remove();
      })());
    return {
      node,
      dataDir,
      apiUrl: node.apiUrl,
      adminPassword: TEST_ADMIN_PASSWORD,
      async login(username = ADMIN_USERNAME, password = TEST_ADMIN_PASSWORD) {
        const client = new ApiClient(node.apiUrl);
        const response = await client.post('/api/v1/session', { username, password });
        if (response.status !== 201)
          throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
        return client;
      },
      close,
      [Symbol.asyncDispose]: close,
    };
  } catch (err) {
    await temp.remove();
    throw err;
  }
}
