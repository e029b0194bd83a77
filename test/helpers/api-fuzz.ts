/**
 * Hostile input for the HTTP API (issue 10, brief R4): every route of `ROUTE_RULES` with a role
 * allowed to call it, concrete paths with ids that exist (or made-up ones), path parameters
 * replaced by traversal and NUL tricks, JSON bodies of the wrong shape, prototype-pollution keys,
 * deep nesting and unicode tricks, and a checker of what the API answered: a 4xx with the API's
 * error shape (or a success), never a 500, never a hang.
 *
 * @example
 *   for (const route of fuzzRoutes('national')) {
 *     const client = await node.loginAs(route.role);
 *     const answer = await send(client, route.method, concreteFuzzPath(route.template, ids), '{"__proto__":{}}');
 *     const problem = judge(answer); // undefined when the answer was acceptable
 *   }
 */
import { API_PREFIX } from '../../protocol/api.ts';
import type { Role } from '../../protocol/roles.ts';
import { ROUTE_RULES, type RouteRule } from '../../node/api/index.ts';
import { can } from '../../node/auth/roles.ts';
import type { ApiClient } from './node.ts';

export const NATIONAL_ROLES: readonly Role[] = [
  'officer',
  'analyst',
  'exchange-admin',
  'national-admin',
  'auditor',
];
export const WCO_ROLES: readonly Role[] = ['wco-analyst', 'wco-admin', 'auditor'];

export interface FuzzRoute {
  method: string;
  /** As `API_ROUTES` spells it, relative to `/api/v1`: `/cases/:id`. */
  template: string;
  /** A role that may call it on this kind of node. */
  role: Role;
  /** The path parameters of the template, in order. */
  params: string[];
}

function allows(rule: RouteRule, role: Role): boolean {
  if ('access' in rule) return true;
  if ('permission' in rule) return can(role, rule.permission);
  if ('anyOf' in rule) return rule.anyOf.some((permission) => can(role, permission));
  return can(role, rule.permissionBy.otherwise);
}

/**
 * Every route some role of this kind of node may call, with the first such role. Signing out
 * (`DELETE /session`) is left out: it would end the fuzzing client's own session.
 */
export function fuzzRoutes(nodeKind: 'national' | 'wco'): FuzzRoute[] {
  const roles = nodeKind === 'national' ? NATIONAL_ROLES : WCO_ROLES;
  const routes: FuzzRoute[] = [];
  for (const [key, rule] of Object.entries(ROUTE_RULES)) {
    const [method, template] = key.split(' ') as [string, string];
    if (key === 'DELETE /session') continue;
    const role = roles.find((r) => allows(rule, r));
    if (!role) continue;
    routes.push({ method, template, role, params: [...template.matchAll(/:(\w+)/g)].map((m) => m[1]!) });
  }
  return routes;
}

/** Made-up values of each path parameter that are well formed, so a request reaches the handler. */
export const PLACEHOLDER_PARAMS: Readonly<Record<string, string>> = {
  id: '01900000-0000-7000-8000-0000000000aa',
  username: 'nobody',
  nodeId: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA',
  owner: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA',
  member: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA',
  type: 'container',
  value: 'CSQU3054383',
  hash: 'ab'.repeat(32),
  index: '0',
  messageId: '01900000-0000-7000-8000-0000000000bb',
  name: 'generic.xlsx',
};

/**
 * The template with its parameters filled: `override` first (a hostile value for one of them),
 * then ids of records that exist (`known`, keyed by the template's first segment and parameter,
 * e.g. `cases:id`), then the placeholders.
 */
export function concreteFuzzPath(
  template: string,
  known: Readonly<Record<string, string>> = {},
  override?: { param: string; raw: string },
): string {
  const resource = template.split('/')[1] ?? '';
  return (
    API_PREFIX +
    template.replace(/:(\w+)/g, (_, param: string) => {
      if (override?.param === param) return override.raw;
      return encodeURIComponent(known[`${resource}:${param}`] ?? PLACEHOLDER_PARAMS[param] ?? 'x');
    })
  );
}

/**
 * Hostile path-parameter values, already as they go on the wire (some percent-encoded, some not):
 * traversal in every spelling, NUL bytes, absolute paths, backslashes, unicode look-alikes and
 * over-long values.
 */
export const HOSTILE_PATH_VALUES: readonly string[] = [
  '..',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '..%5C..%5Cwindows%5Cwin.ini',
  '%2Fetc%2Fpasswd',
  'photo.jpg%00.png',
  '%00',
  'ab%00cd',
  '%C0%AE%C0%AE%2F',
  '%E2%80%AE%E2%80%8Bgpj.exe',
  '%EF%BC%8E%EF%BC%8E%EF%BC%8F',
  encodeURIComponent('<script>alert(1)</script>'),
  '__proto__',
  'constructor',
  'prototype',
  'x'.repeat(5000),
  '%ZZ',
  '%',
];

/** Prototype-pollution bodies, as raw JSON text (an object literal would lose `__proto__`). */
export const POLLUTION_BODIES: readonly string[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"a":{"__proto__":{"polluted":"yes"}},"b":[{"__proto__":{"polluted":"yes"}}]}',
  '{"a":{"b":{"constructor":{"prototype":{"polluted":"yes"}}}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
];

/** `body` with `{"__proto__":…}` (and the other two keys) added at the top and in every object below it. */
export function pollutedEverywhere(body: unknown): string {
  const visit = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(visit).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${visit(v)}`);
      entries.push(
        '"__proto__":{"polluted":"yes"}',
        '"constructor":{"prototype":{"polluted":"yes"}}',
        '"prototype":{"polluted":"yes"}',
      );
      return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value);
  };
  return visit(body);
}

/** JSON nested `depth` levels deep, of arrays or of objects, under `field` of an object. */
export function deeplyNested(depth: number, kind: 'array' | 'object', field = 'nested'): string {
  const inner =
    kind === 'array'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return `{${JSON.stringify(field)}:${inner}}`;
}

/** Strings that trick renderers, parsers and comparisons. */
export const UNICODE_TRICKS: readonly string[] = [
  '\u202Egpj.exe',
  'a\u0000b',
  'zero\u200Bwidth\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'e\u0301\u0301\u0301\u0301',
  'ＡＢＣ１２３',
  '\u0130stanbul',
  '🏴‍☠️'.repeat(50),
  '\r\n\tHeader-Injection: yes',
  '${7*7}{{7*7}}',
  "'; DROP TABLE cases; --",
];

/** Wrong types for a field: each differs from a string, a number, a list and an object in turn. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  'x',
  [],
  [null],
  {},
  { $gt: '' },
];

export interface FuzzAnswer {
  status: number;
  /** The parsed JSON body, or the text when the answer is not JSON, or undefined on a hang. */
  body: unknown;
  contentType: string;
  /** True when no answer came within the time limit. */
  hung: boolean;
}

/** Sends a raw body (or none) with the client's session; `timeoutMs` bounds the wait. */
export async function send(
  client: ApiClient,
  method: string,
  path: string,
  body?: string | Uint8Array,
  options: { contentType?: string; timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<FuzzAnswer> {
  try {
    const response = await fetch(`${client.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }),
        ...(client.cookie ? { cookie: client.cookie } : {}),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : new Uint8Array(body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = Buffer.from(await response.arrayBuffer());
    let parsed: unknown = bytes.toString('utf8');
    if (contentType.startsWith('application/json')) {
      try {
        parsed = JSON.parse(parsed as string);
      } catch {
        // left as text: judge() reports a JSON answer that does not parse
      }
    }
    return { status: response.status, body: parsed, contentType, hung: false };
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
      return { status: 0, body: undefined, contentType: '', hung: true };
    throw err;
  }
}

function hasErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Peer-facing routes may rightly say a partner cannot be reached; they are not the node failing. */
const PEER_CODES = new Set(['peer_unavailable', 'peer_refused']);

/**
 * What was wrong with an answer to hostile input, or undefined when it was acceptable: a success,
 * or a 4xx with `{ error: { code, message } }`. A hang, a 5xx (but a partner that cannot be
 * reached) and an error without the shape are problems; so is a body that holds `root:x:0:0`
 * (a file read through traversal).
 */
export function judge(answer: FuzzAnswer): string | undefined {
  if (answer.hung) return 'no answer (hang)';
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
  if (text.includes('root:x:0:0')) return `${answer.status} with the contents of /etc/passwd`;
  if (answer.status >= 500) {
    const code = hasErrorShape(answer.body) ? (answer.body as { error: { code: string } }).error.code : '';
    if ((answer.status === 502 || answer.status === 503) && PEER_CODES.has(code)) return undefined;
    return `${answer.status} ${code || text.slice(0, 120)}`;
  }
  if (answer.status >= 400 && !hasErrorShape(answer.body))
    return `${answer.status} without the API's error shape: ${text.slice(0, 120)}`;
  return undefined;
}
