/**
 * The node's configuration, read in ONE place: `<data>/config.json` written by `cen-node init`,
 * then the environment overrides (`CEN_API_PORT`, `CEN_API_HOST`, `CEN_LOG_LEVEL`), validated
 * with zod into a typed `NodeConfig` that is passed down to every service. Nothing else reads
 * the environment or the config file.
 *
 * HTTPS by default: `tls` names the certificate and key (paths relative to the data directory, or
 * absolute); `tls: false` serves plain HTTP and is accepted only when the API listens on a
 * loopback address, for development and tests. A file without `tls` (written by the first
 * release) counts as `tls: false` under the same rule.
 *
 * A node installed by the Debian package starts with its setup PENDING (`cen-node init --setup-later`):
 * its file holds `"setupPending": true` and no name, role or country, which the administrator gives
 * later in the console's setup page or with `cen-node setup`. `loadConfigState` tells the two kinds
 * of file apart; `loadConfig` reads only a configured node's (a pending one answers
 * `SetupPendingError`), so every reader of a configured file is unchanged. Finishing the setup
 * rewrites the file atomically (`writeConfigAtomically`) without `setupPending`.
 *
 * A WCO node has no country of its own: its store is opened with the pseudo-country `WCO`
 * (`WCO_STORE_COUNTRY`), which is not an ISO code, so the validator refuses any national case
 * authored on it: its global dataset arrives through member contributions.
 *
 * @example
 *   const config = await loadConfig('/var/lib/cen-node');   // throws ConfigError naming the bad key
 *   console.log(config.apiPort, config.storeCountry);
 */
import { writeFileAtomically } from './durable-files.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { vocabularies } from '../protocol/vocabulary/index.ts';
import { ConfigError } from './errors.ts';

export const NODE_ROLES = ['national', 'wco'] as const;
export type NodeRole = (typeof NODE_ROLES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The country a WCO node's store is opened with (see the module comment). */
export const WCO_STORE_COUNTRY = 'WCO';

export const DEFAULT_API_HOST = '127.0.0.1';
export const DEFAULT_API_PORT = 8080;
export const DEFAULT_P2P_PORT = 9090;
/** Released global statistics show no figure of 1 or 2 cases (DESIGN.md: "fewer than 3"). */
export const DEFAULT_MIN_CELL_COUNT = 3;

/** Files and folders inside a data directory. */
export const dataPaths = (dataDir: string) => ({
  config: join(dataDir, 'config.json'),
  identity: join(dataDir, 'identity.key'),
  controlSocket: join(dataDir, 'control.sock'),
});

/** The environment variables that override the file, and the key each one overrides. */
export const ENV_OVERRIDES = {
  CEN_API_PORT: 'apiPort',
  CEN_API_HOST: 'apiHost',
  CEN_LOG_LEVEL: 'logLevel',
} as const;

const port = z.number().int().min(0).max(65535);

/** Whether `host` is this machine only: 127.0.0.0/8, ::1 or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  return mapped !== null && mapped[1]!.startsWith('127.');
}

const tlsFiles = z.object({ cert: z.string().min(1), key: z.string().min(1) }).strict();

/** The keys a configured and a pending file share: where the node listens, TLS, logs, limits. */
const commonFields = {
  apiHost: z.string().min(1).default(DEFAULT_API_HOST),
  apiPort: port.default(DEFAULT_API_PORT),
  p2pPort: port.default(DEFAULT_P2P_PORT),
  /** The address the peer host listens on; the API's when absent. */
  p2pHost: z.string().min(1).optional(),
  logLevel: z.enum(LOG_LEVELS).default('info'),
  tls: z.union([z.literal(false), tlsFiles]).optional(),
  /** Further origins the console is served from (a DNS name in front of a wildcard bind). */
  allowedOrigins: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(20)
    .optional(),
  createdAt: z.string().optional(),
  /** Released statistics of the global CEN hide figures of 1..minCellCount-1 cases (docs/decisions/0010). */
  minCellCount: z.number().int().min(2).max(1000).default(DEFAULT_MIN_CELL_COUNT),
  /** The bearer token `/metrics` requires (32+ characters); without it, loopback scrapes only. */
  metricsToken: z.string().min(32).max(200).optional(),
};

function refuseInsecureHttp(
  c: { tls?: false | { cert: string; key: string } | undefined; apiHost: string },
  ctx: z.RefinementCtx,
): void {
  if ((c.tls === undefined || c.tls === false) && !isLoopbackHost(c.apiHost)) {
    ctx.addIssue({
      code: 'custom',
      path: ['apiHost'],
      message: `plain HTTP is allowed only on a loopback address (127.0.0.1, ::1, localhost), not on ${c.apiHost}: give the node a certificate (set "tls", or run init without --insecure-http) or bind the API to 127.0.0.1`,
    });
  }
}

/** What `config.json` holds. Version 1; a later format bumps `configVersion`. */
const configFileSchema = z
  .object({
    configVersion: z.literal(1),
    name: z.string().trim().min(1).max(200),
    role: z.enum(NODE_ROLES),
    country: z.string().optional(),
    ...commonFields,
  })
  .strict()
  .superRefine((c, ctx) => {
    refuseInsecureHttp(c, ctx);
    if (c.role === 'national' && !vocabularies.country.has(c.country)) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: `a national node needs an ISO 3166-1 alpha-2 country code, got ${JSON.stringify(c.country)}`,
      });
    }
    if (c.role === 'wco' && c.country !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'a WCO node has no country' });
    }
  });

/**
 * A node whose setup is pending: no name, role or country yet (they are the setup's). The
 * same version 1 file: `setupPending` tells it apart, and finishing the setup removes it.
 */
const pendingFileSchema = z
  .object({ configVersion: z.literal(1), setupPending: z.literal(true), ...commonFields })
  .strict()
  .superRefine(refuseInsecureHttp);

export type ConfigFile = z.input<typeof configFileSchema>;

export interface NodeConfig {
  /** Absolute path of the data directory. */
  dataDir: string;
  name: string;
  role: NodeRole;
  /** The node's own country (national nodes only). */
  country?: string;
  /** The country the record store is opened with: `country`, or `WCO_STORE_COUNTRY`. */
  storeCountry: string;
  apiHost: string;
  /** 0 asks the system for a free port (tests). */
  apiPort: number;
  p2pPort: number;
  /** The address the peer host listens on (default: apiHost). */
  p2pHost: string;
  logLevel: LogLevel;
  /** Absolute paths of the API's certificate and key, or false for plain HTTP (loopback only). */
  tls: { certPath: string; keyPath: string } | false;
  /** Origins from the config file beyond those the node derives from its address and certificate. */
  allowedOrigins: string[];
  /** The smallest count a released global statistic shows (0 aside); default 3. */
  minCellCount: number;
  /** The bearer token `/metrics` requires; absent: only loopback clients may scrape. */
  metricsToken?: string;
}

function describeIssues(error: z.ZodError, source: (key: string) => string): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.map(String).join('.');
      return `${source(key)}: ${issue.message}`;
    })
    .join('; ');
}

/** `config.json` and the environment merged, with which key each variable set. */
function withEnvironment(
  raw: unknown,
  env: NodeJS.ProcessEnv,
  dataDir: string,
): { merged: Record<string, unknown>; fromEnv: Map<string, string> } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${dataPaths(dataDir).config}: expected a JSON object`);
  }
  const merged: Record<string, unknown> = { ...raw };
  const fromEnv = new Map<string, string>();
  for (const [variable, key] of Object.entries(ENV_OVERRIDES)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    fromEnv.set(key, variable);
    merged[key] = key === 'apiPort' ? parsePortVariable(variable, value) : value;
  }
  return { merged, fromEnv };
}

function invalid(error: z.ZodError, fromEnv: Map<string, string>, dataDir: string): ConfigError {
  const file = dataPaths(dataDir).config;
  return new ConfigError(
    `invalid configuration: ${describeIssues(error, (key) =>
      fromEnv.has(key) ? `environment ${fromEnv.get(key)} (${key})` : `${file}: ${key || '(root)'}`,
    )}`,
  );
}

/** The node's setup is not finished: only the restricted first-boot node and `cen-node setup` run. */
export class SetupPendingError extends ConfigError {
  override name = 'SetupPendingError';
  constructor(dataDir: string) {
    super(
      `the setup of the node in ${dataDir} is not finished: start it (cen-node start) and complete the setup page of the console as "admin", or run cen-node setup --data ${dataDir} --name NAME --role national|wco [--country CC]`,
    );
  }
}

/** A setup asked of a node that is configured already (HTTP 409 `setup_complete`). */
export class SetupCompleteError extends Error {
  override name = 'SetupCompleteError';
  readonly status = 409;
  readonly expose = true;
  readonly apiCode = 'setup_complete';
  constructor() {
    super(
      'this node is configured already: its name, role and addresses are changed in config.json by the operator, not by the setup',
    );
  }
}

/** Whether a parsed `config.json` is a pending node's (see the module comment). */
export const isPendingConfigFile = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).setupPending === true;

/**
 * Validates a parsed `config.json` plus environment overrides. Pure, so tests can feed it
 * anything; the error names the offending key and where it came from. A pending node's file
 * answers `SetupPendingError`.
 */
export function parseConfig(raw: unknown, env: NodeJS.ProcessEnv, dataDir: string): NodeConfig {
  const { merged, fromEnv } = withEnvironment(raw, env, dataDir);
  if (isPendingConfigFile(merged)) throw new SetupPendingError(resolve(dataDir));
  const parsed = configFileSchema.safeParse(merged);
  if (!parsed.success) throw invalid(parsed.error, fromEnv, dataDir);
  const c = parsed.data;
  return {
    name: c.name,
    role: c.role,
    ...(c.country === undefined ? {} : { country: c.country }),
    storeCountry: c.role === 'wco' ? WCO_STORE_COUNTRY : c.country!,
    ...listening(c, dataDir),
  };
}

/** What a configured and a pending node share: where they listen, TLS, logs and limits. */
export type ListeningConfig = Omit<NodeConfig, 'name' | 'role' | 'country' | 'storeCountry'>;

/** A node whose setup is pending: it knows where it listens and its certificate, nothing more. */
export interface PendingNodeConfig extends ListeningConfig {
  setupPending: true;
}

function listening(
  c: z.output<typeof pendingFileSchema> | z.output<typeof configFileSchema>,
  dataDir: string,
): ListeningConfig {
  return {
    dataDir: resolve(dataDir),
    apiHost: c.apiHost,
    apiPort: c.apiPort,
    p2pPort: c.p2pPort,
    p2pHost: c.p2pHost ?? c.apiHost,
    logLevel: c.logLevel,
    tls: c.tls ? { certPath: inDataDir(dataDir, c.tls.cert), keyPath: inDataDir(dataDir, c.tls.key) } : false,
    allowedOrigins: c.allowedOrigins ?? [],
    minCellCount: c.minCellCount,
    ...(c.metricsToken === undefined ? {} : { metricsToken: c.metricsToken }),
  };
}

/** A configured node's config, or a pending node's. */
export type ConfigState =
  { setupPending: false; config: NodeConfig } | { setupPending: true; config: PendingNodeConfig };

/** Like `parseConfig`, but a pending node's file is read too. */
export function parseConfigState(raw: unknown, env: NodeJS.ProcessEnv, dataDir: string): ConfigState {
  const { merged, fromEnv } = withEnvironment(raw, env, dataDir);
  if (!isPendingConfigFile(merged)) return { setupPending: false, config: parseConfig(raw, env, dataDir) };
  const parsed = pendingFileSchema.safeParse(merged);
  if (!parsed.success) throw invalid(parsed.error, fromEnv, dataDir);
  return { setupPending: true, config: { setupPending: true, ...listening(parsed.data, dataDir) } };
}

/**
 * The problems of a would-be configured file, each with the key it is about (the setup page
 * shows them beside its fields). Empty when `parseConfig` would accept it.
 */
export function configFileIssues(raw: Record<string, unknown>): { key: string; message: string }[] {
  const parsed = configFileSchema.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    key: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

const inDataDir = (dataDir: string, path: string) => (isAbsolute(path) ? path : resolve(dataDir, path));

function parsePortVariable(variable: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n)) {
    throw new ConfigError(
      `invalid configuration: environment ${variable}: not a port number: ${JSON.stringify(value)}`,
    );
  }
  return n;
}

/** The parsed JSON of `<dataDir>/config.json`, with a clear error when it is missing or broken. */
export async function readConfigFile(dataDir: string): Promise<unknown> {
  const file = dataPaths(dataDir).config;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigError(
        `${file} does not exist: is ${dataDir} a node's data directory? Create one with \`cen-node init\`.`,
      );
    }
    throw err;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Reads and validates the configuration of a configured node in `dataDir` (`SetupPendingError` otherwise). */
export async function loadConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<NodeConfig> {
  return parseConfig(await readConfigFile(dataDir), env, dataDir);
}

/** Reads the configuration of the node in `dataDir`, configured or pending. */
export async function loadConfigState(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConfigState> {
  return parseConfigState(await readConfigFile(dataDir), env, dataDir);
}

/**
 * Replaces `config.json` so that a crash leaves the old file or the new one, never half of
 * either: a temporary file in the same directory, fsynced, renamed over it, and the directory
 * fsynced so the rename itself survives a power cut. Mode 0600.
 */
export async function writeConfigAtomically(
  dataDir: string,
  content: Record<string, unknown>,
): Promise<void> {
  await writeFileAtomically(dataPaths(dataDir).config, `${JSON.stringify(content, null, 2)}\n`, 0o600);
}

/** Validates and writes a new `config.json` (mode 0600); returns the config as the node will read it. */
export async function writeConfigFile(
  dataDir: string,
  file: Omit<ConfigFile, 'configVersion'>,
): Promise<NodeConfig> {
  const content = { configVersion: 1 as const, ...file };
  const config = parseConfig(content, {}, dataDir);
  await writeFile(dataPaths(dataDir).config, `${JSON.stringify(content, null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  return config;
}

export type PendingConfigFile = Omit<z.input<typeof pendingFileSchema>, 'configVersion' | 'setupPending'>;

/** Writes a new pending node's `config.json` (mode 0600; see the module comment). */
export async function writePendingConfigFile(
  dataDir: string,
  file: PendingConfigFile,
): Promise<PendingNodeConfig> {
  const content = { configVersion: 1 as const, setupPending: true as const, ...file };
  const state = parseConfigState(content, {}, dataDir);
  if (!state.setupPending) throw new Error('unreachable: a pending file parses as pending');
  await writeFile(dataPaths(dataDir).config, `${JSON.stringify(content, null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  return state.config;
}

/** The URL of the API as a client reaches it (a wildcard bind is reached on loopback). */
export function apiUrlOf(host: string, port: number, tls = false): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `${tls ? 'https' : 'http'}://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
