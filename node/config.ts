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
 * A WCO node has no country of its own: its store is opened with the pseudo-country `WCO`
 * (`WCO_STORE_COUNTRY`), which is not an ISO code, so the validator refuses any national case
 * authored on it: its global dataset arrives through member contributions.
 *
 * @example
 *   const config = await loadConfig('/var/lib/cen-node');   // throws ConfigError naming the bad key
 *   console.log(config.apiPort, config.storeCountry);
 */
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

/** What `config.json` holds. Version 1; a later format bumps `configVersion`. */
const configFileSchema = z
  .object({
    configVersion: z.literal(1),
    name: z.string().trim().min(1).max(200),
    role: z.enum(NODE_ROLES),
    country: z.string().optional(),
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
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.tls === undefined || c.tls === false) && !isLoopbackHost(c.apiHost)) {
      ctx.addIssue({
        code: 'custom',
        path: ['apiHost'],
        message: `plain HTTP is allowed only on a loopback address (127.0.0.1, ::1, localhost), not on ${c.apiHost}: give the node a certificate (set "tls", or run init without --insecure-http) or bind the API to 127.0.0.1`,
      });
    }
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

/**
 * Validates a parsed `config.json` plus environment overrides. Pure, so tests can feed it
 * anything; the error names the offending key and where it came from.
 */
export function parseConfig(raw: unknown, env: NodeJS.ProcessEnv, dataDir: string): NodeConfig {
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
  const parsed = configFileSchema.safeParse(merged);
  if (!parsed.success) {
    const file = dataPaths(dataDir).config;
    throw new ConfigError(
      `invalid configuration: ${describeIssues(parsed.error, (key) =>
        fromEnv.has(key) ? `environment ${fromEnv.get(key)} (${key})` : `${file}: ${key || '(root)'}`,
      )}`,
    );
  }
  const c = parsed.data;
  return {
    dataDir: resolve(dataDir),
    name: c.name,
    role: c.role,
    ...(c.country === undefined ? {} : { country: c.country }),
    storeCountry: c.role === 'wco' ? WCO_STORE_COUNTRY : c.country!,
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

/** Reads and validates the configuration of the node in `dataDir`. */
export async function loadConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<NodeConfig> {
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  return parseConfig(raw, env, dataDir);
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

/** The URL of the API as a client reaches it (a wildcard bind is reached on loopback). */
export function apiUrlOf(host: string, port: number, tls = false): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `${tls ? 'https' : 'http'}://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
