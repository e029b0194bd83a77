/**
 * `make soak`: a small federation under continuous traffic for SOAK_DURATION (default 24h), with
 * the memory, open file descriptors and errors of every node sampled at regular intervals, and a
 * verdict on whether they stayed flat. Writes `test/artifacts/soak.md` and exits non-zero on a
 * violation.
 *
 * The federation is the demo's (node/demo): three national nodes (KE, TZ, BE) and a WCO node, each
 * a `cen-node start` child process, with signed bilateral agreements (sync, on-demand, query),
 * contribution agreements with the WCO node and a CENcomm operation. Child processes give honest
 * figures: RSS and descriptors from `/proc/<pid>`; heap, 5xx answers and partner connections
 * closed as silent from each node's `/metrics`; error and fatal lines from each node's log.
 *
 * Traffic, in rounds until the time is up: on every national node an officer signs in again now
 * and then, creates a case, edits it, searches (full text and filters) and searches the
 * global CEN; a TZ officer posts a report to the operation. Partners' syncs and contributions to
 * the WCO node run on their own timers as the cases are created.
 *
 * The verdict (the rule, stated once): the first quarter of the samples is warm-up. For each
 * node, the median of the last quarter must stay within SOAK_TOLERANCE (default 20 %) of the median
 * of the second quarter, for RSS, heap and open descriptors (descriptors with a slack of 5 and
 * memory with a slack of 16 MB, so that a short smoke run's noise is not a violation); the errors
 * that appeared during the last quarter must not outnumber those of the second; and every
 * request of the traffic must have been answered as expected.
 *
 * Environment: SOAK_DURATION (`24h`, `30m`, `60s`, or milliseconds), SOAK_SAMPLE (the sampling
 * interval; default 60s, or a twelfth of the duration when that is shorter), SOAK_TOLERANCE
 * (0.2), SOAK_REPORT (default test/artifacts/soak.md).
 *
 * @example
 *   SOAK_DURATION=60s node bench/soak.ts
 *   const result = await runSoak({ durationMs: 40_000 }); // result.pass, result.reportFile
 */
import { readdir, readFile, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ANALYST_PASSWORD_FILE,
  DEMO_NODES,
  LOG_FILE,
  runDemo,
  USER_PASSWORD_FILE,
} from '../node/demo/index.ts';
import { DEMO_OPERATION } from '../node/demo/operation.ts';
import { SyntheticGenerator } from '../node/seed/index.ts';
import { apiPaths, type OperationListResponse } from '../protocol/api.ts';
import type { Case, CaseInput } from '../protocol/records.ts';

const DEFAULT_REPORT = fileURLToPath(new URL('../test/artifacts/soak.md', import.meta.url));
/** How long the demo federation may take to be up (init, seed, agreements, first syncs, operation). */
const START_TIMEOUT_MS = 600_000;
/** A pause between rounds of traffic: steady load, not a saturation test. */
const ROUND_PAUSE_MS = 500;
/** Officers sign out and in again every this many rounds. */
const SIGN_IN_EVERY = 10;
const MEMORY_SLACK_BYTES = 16 * 1024 * 1024;
const FD_SLACK = 5;
const SEARCH_WORDS = ['cocaine', 'container', 'cigarettes', 'ivory', 'heroin', 'passenger'];

export class SoakError extends Error {
  override name = 'SoakError';
}

export interface SoakOptions {
  durationMs: number;
  /** Default: 60 s, or a twelfth of the duration when that is shorter. */
  sampleMs?: number;
  /** Default 0.2. */
  tolerance?: number;
  /** Default test/artifacts/soak.md. */
  reportFile?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface SoakSample {
  atMs: number;
  node: string;
  rssBytes: number;
  heapBytes: number | undefined;
  fds: number;
  /** Error and fatal lines in the node's log, plus 5xx answers and connections closed as silent, so far. */
  errors: number;
}

export interface SoakNodeVerdict {
  node: string;
  rss: { q2: number; q4: number };
  heap: { q2: number; q4: number } | undefined;
  fds: { q2: number; q4: number };
  errors: { q2: number; q4: number; total: number };
  violations: string[];
}

export interface SoakResult {
  durationMs: number;
  sampleMs: number;
  samples: SoakSample[];
  traffic: {
    rounds: number;
    requests: number;
    failures: number;
    firstFailures: string[];
    byKind: Record<string, number>;
  };
  /**
   * The cases the traffic created, checked on their nodes at the end: `lost` were acknowledged
   * (201) and are missing or lack their acknowledged edit; `duplicated` appear more than once.
   */
  records: { checked: number; lost: number; duplicated: number };
  nodes: SoakNodeVerdict[];
  violations: string[];
  pass: boolean;
  reportFile: string;
}

/** `24h`, `30m`, `60s`, `1500ms` or a number of milliseconds. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!match)
    throw new RangeError(`a duration is a number with ms, s, m, h or d, not ${JSON.stringify(text)}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? 'ms'] ?? 1;
  return Math.round(Number(match[1]) * unit);
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The second and fourth quarters of a series (the first is warm-up). */
function quarters<T>(series: readonly T[]): { q2: T[]; q4: T[] } {
  const n = series.length;
  return {
    q2: series.slice(Math.floor(n / 4), Math.floor(n / 2)),
    q4: series.slice(Math.floor((3 * n) / 4)),
  };
}

/** Judges one node's samples by the rule in this file's comment. */
export function judgeNode(node: string, samples: readonly SoakSample[], tolerance: number): SoakNodeVerdict {
  const violations: string[] = [];
  const { q2, q4 } = quarters(samples);
  const flat = (what: string, pick: (s: SoakSample) => number, slack: number) => {
    const before = median(q2.map(pick));
    const after = median(q4.map(pick));
    if (after > before * (1 + tolerance) + slack) {
      violations.push(
        `${node}: ${what} grew from a median of ${before.toFixed(0)} to ${after.toFixed(0)} (more than ${tolerance * 100} %)`,
      );
    }
    return { q2: before, q4: after };
  };
  const rss = flat('RSS', (s) => s.rssBytes, MEMORY_SLACK_BYTES);
  const heap = samples.every((s) => s.heapBytes !== undefined)
    ? flat('heap', (s) => s.heapBytes!, MEMORY_SLACK_BYTES)
    : undefined;
  const fds = flat('open file descriptors', (s) => s.fds, FD_SLACK);
  // Errors that appeared within a quarter: the counter's rise from the sample before it.
  const rise = (part: readonly SoakSample[]) => {
    if (part.length === 0) return 0;
    const at = samples.indexOf(part[0]!);
    const start = at > 0 ? samples[at - 1]!.errors : part[0]!.errors;
    return part.at(-1)!.errors - start;
  };
  const errors = { q2: rise(q2), q4: rise(q4), total: samples.at(-1)?.errors ?? 0 };
  if (errors.q4 > errors.q2) {
    violations.push(`${node}: ${errors.q4} errors in the last quarter, ${errors.q2} in the second`);
  }
  return { node, rss, heap, fds, errors, violations };
}

interface SoakNode {
  key: string;
  country: string | undefined;
  dataDir: string;
  apiUrl: string;
  pid: number;
  /** Bytes of the log read so far, and the error lines found in them. */
  logOffset: number;
  logErrors: number;
}

/** The pid of the `cen-node start --data <dataDir>` child of this process. */
async function childPid(dataDir: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0').filter(Boolean);
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && cmdline.includes('start') && cmdline.at(-1) === dataDir)
        return Number(entry);
    } catch {
      // The process ended while the list was read.
    }
  }
  throw new SoakError(`no node process runs with --data ${dataDir}`);
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (kb === undefined) throw new SoakError(`process ${pid} has no RSS (has it exited?)`);
  return Number(kb) * 1024;
}

const fdsOf = async (pid: number): Promise<number> => (await readdir(`/proc/${pid}/fd`)).length;

/**
 * The heap in use, and the 5xx answers and partner connections closed as dead (silent) so far,
 * from the node's `/metrics` (loopback may scrape). On loopback no link ever dies: each such close
 * is an error.
 */
async function scrape(apiUrl: string): Promise<{ heapBytes: number | undefined; errors: number }> {
  const res = await fetch(`${apiUrl}/metrics`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) return { heapBytes: undefined, errors: 0 };
  const text = await res.text();
  const heap = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
  let errors = 0;
  for (const m of text.matchAll(/^cen_http_requests_total\{[^}]*status="5xx"[^}]*\} (\S+)$/gm)) {
    errors += Number(m[1]);
  }
  const silentCloses = /^cen_peer_silent_connections_closed_total (\S+)$/m.exec(text)?.[1];
  if (silentCloses !== undefined) errors += Number(silentCloses);
  return { heapBytes: heap === undefined ? undefined : Number(heap), errors };
}

/** Error (50) and fatal (60) lines the node's log gained since the last look. */
async function countLogErrors(node: SoakNode): Promise<number> {
  const file = await open(join(node.dataDir, LOG_FILE), 'r');
  try {
    const { size } = await file.stat();
    if (size <= node.logOffset) return node.logErrors;
    const bytes = Buffer.alloc(size - node.logOffset);
    await file.read(bytes, 0, bytes.length, node.logOffset);
    // Only whole lines: a line being written is read next time.
    const text = bytes.toString('utf8');
    const end = text.lastIndexOf('\n') + 1;
    node.logOffset += Buffer.byteLength(text.slice(0, end));
    node.logErrors += (text.slice(0, end).match(/"level":(50|60)\b/g) ?? []).length;
    return node.logErrors;
  } finally {
    await file.close();
  }
}

async function sample(node: SoakNode, atMs: number): Promise<SoakSample> {
  const [rssBytes, fds, metrics, logErrors] = await Promise.all([
    rssOf(node.pid),
    fdsOf(node.pid),
    scrape(node.apiUrl),
    countLogErrors(node),
  ]);
  return {
    atMs,
    node: node.key,
    rssBytes,
    heapBytes: metrics.heapBytes,
    fds,
    errors: logErrors + metrics.errors,
  };
}

/** A signed-in user of one node (session cookie), counting the requests that went wrong. */
class Officer {
  readonly apiUrl: string;
  readonly #user: { username: string; password: string };
  readonly #traffic: SoakResult['traffic'];
  #cookie = '';

  constructor(apiUrl: string, user: { username: string; password: string }, traffic: SoakResult['traffic']) {
    this.apiUrl = apiUrl;
    this.#user = user;
    this.#traffic = traffic;
  }

  /** Sends a request; answers other than `expected` (and network failures) count as failures. */
  async call<T>(
    kind: string,
    method: string,
    path: string,
    expected: number,
    body?: unknown,
  ): Promise<T | undefined> {
    this.#traffic.requests++;
    this.#traffic.byKind[kind] = (this.#traffic.byKind[kind] ?? 0) + 1;
    try {
      const res = await fetch(`${this.apiUrl}${path}`, {
        method,
        headers: {
          cookie: this.#cookie,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(60_000),
      });
      const cookie = res.headers.get('set-cookie');
      if (cookie) this.#cookie = cookie.split(';')[0]!;
      const text = await res.text();
      if (res.status !== expected) throw new SoakError(`answered ${res.status}: ${text.slice(0, 200)}`);
      return (text === '' ? undefined : JSON.parse(text)) as T;
    } catch (err) {
      this.#traffic.failures++;
      if (this.#traffic.firstFailures.length < 10) {
        this.#traffic.firstFailures.push(
          `${method} ${this.apiUrl}${path}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      return undefined;
    }
  }

  async signIn(): Promise<void> {
    if (this.#cookie) await this.call('sign-out', 'DELETE', apiPaths.session, 204);
    this.#cookie = '';
    await this.call('sign-in', 'POST', apiPaths.session, 200, this.#user);
  }
}

/**
 * Every case the traffic created (answered 201) is on its node at the version its last
 * acknowledged write gave it, and each of their references is on exactly one case.
 */
async function checkRecords(
  nationals: readonly { node: SoakNode; officer: Officer }[],
  acknowledged: readonly { node: string; id: string; ref: string; version: number }[],
): Promise<SoakResult['records']> {
  let lost = 0;
  let duplicated = 0;
  for (const { node, officer } of nationals) {
    const refs = new Map<string, number>();
    const versions = new Map<string, number>();
    let cursor: string | undefined;
    do {
      const page = await officer.call<{ items: Case[]; nextCursor?: string }>(
        'final check',
        'GET',
        `${apiPaths.cases}?limit=500${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
        200,
      );
      if (!page) throw new SoakError(`the cases of ${node.key} could not be listed for the final check`);
      for (const c of page.items) {
        versions.set(c.id, c.version);
        if (c.ref?.startsWith('SOAK-')) refs.set(c.ref, (refs.get(c.ref) ?? 0) + 1);
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    for (const a of acknowledged.filter((x) => x.node === node.key)) {
      if ((versions.get(a.id) ?? -1) < a.version) lost++;
    }
    for (const count of refs.values()) duplicated += count - 1;
  }
  return { checked: acknowledged.length, lost, duplicated };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Runs the federation and the traffic for `durationMs`, samples, judges and writes the report. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const sampleMs = options.sampleMs ?? Math.max(1000, Math.min(60_000, Math.floor(options.durationMs / 12)));
  const tolerance = options.tolerance ?? 0.2;
  const reportFile = options.reportFile ?? DEFAULT_REPORT;
  const dir = await mkdtemp(join(tmpdir(), 'cen-soak-'));
  const stop = new AbortController();
  const traffic: SoakResult['traffic'] = {
    rounds: 0,
    requests: 0,
    failures: 0,
    firstFailures: [],
    byKind: {},
  };
  let ready!: () => void;
  const up = new Promise<void>((resolve) => (ready = resolve));
  const basePort = 20_000 + Math.floor(Math.random() * 20_000);
  const demo = runDemo(
    {
      dir,
      cases: 50,
      basePort,
      out: (line) => {
        if (line.includes('Press Ctrl-C')) ready();
      },
      err: (line) => log(`  federation: ${line}`),
    },
    { signal: stop.signal },
  );
  demo.catch(() => undefined); // awaited below
  try {
    log(`soak: starting the demo federation in ${dir}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new SoakError(`the federation was not up within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([
        up,
        demo.then(() => Promise.reject(new SoakError('the federation stopped while starting'))),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }

    const nodes: SoakNode[] = [];
    for (const [i, spec] of DEMO_NODES.entries()) {
      const dataDir = join(dir, spec.key);
      const config = JSON.parse(await readFile(join(dataDir, 'config.json'), 'utf8')) as { apiPort?: number };
      nodes.push({
        key: spec.key,
        country: spec.country,
        dataDir,
        apiUrl: `http://127.0.0.1:${config.apiPort ?? basePort + i}`,
        pid: await childPid(dataDir),
        logOffset: 0,
        logErrors: 0,
      });
    }
    const nationals = await Promise.all(
      nodes
        .filter((n) => n.country !== undefined)
        .map(async (n) => ({
          node: n,
          officer: new Officer(
            n.apiUrl,
            {
              username: 'officer',
              password: (await readFile(join(n.dataDir, USER_PASSWORD_FILE), 'utf8')).trim(),
            },
            traffic,
          ),
          analyst: new Officer(
            n.apiUrl,
            {
              username: 'analyst',
              password: (await readFile(join(n.dataDir, ANALYST_PASSWORD_FILE), 'utf8')).trim(),
            },
            traffic,
          ),
          generator: new SyntheticGenerator({
            seed: 99,
            country: n.country!,
            today: new Date().toISOString().slice(0, 10),
          }),
        })),
    );
    await Promise.all(nationals.map((n) => Promise.all([n.officer.signIn(), n.analyst.signIn()])));
    const tz = nationals.find((n) => n.node.key === 'tz')!;
    const operations = await tz.analyst.call<OperationListResponse>(
      'operations',
      'GET',
      apiPaths.operations,
      200,
    );
    const operationId = operations?.items.find((o) => o.definition.name === DEMO_OPERATION.name)?.definition
      .id;
    if (operationId === undefined) throw new SoakError('the demo operation is not on the TZ node');

    log(
      `soak: traffic for ${(options.durationMs / 1000).toFixed(0)} s, a sample every ${(sampleMs / 1000).toFixed(0)} s`,
    );
    const started = Date.now();
    const deadline = started + options.durationMs;
    const samples: SoakSample[] = [];
    const acknowledged: { node: string; id: string; ref: string; version: number }[] = [];
    const sampler = (async () => {
      while (Date.now() < deadline) {
        const atMs = Date.now() - started;
        samples.push(...(await Promise.all(nodes.map((n) => sample(n, atMs)))));
        const last = samples.slice(-nodes.length);
        log(
          `  ${(atMs / 1000).toFixed(0)} s: ` +
            last
              .map((s) => `${s.node} ${(s.rssBytes / 1e6).toFixed(0)} MB ${s.fds} fds ${s.errors} err`)
              .join(', ') +
            `; ${traffic.requests} requests, ${traffic.failures} failed`,
        );
        await sleep(Math.min(sampleMs, Math.max(0, deadline - Date.now())));
      }
      samples.push(...(await Promise.all(nodes.map((n) => sample(n, Date.now() - started)))));
    })();

    while (Date.now() < deadline) {
      traffic.rounds++;
      await Promise.all(
        nationals.map(async ({ node, officer, generator }) => {
          if (traffic.rounds % SIGN_IN_EVERY === 0) await officer.signIn();
          const input: CaseInput = {
            ...generator.nextCase().input,
            ref: `SOAK-${node.key}-${traffic.rounds}`,
            persons: [],
            businesses: [],
          };
          const created = await officer.call<Case>('case created', 'POST', apiPaths.cases, 201, input);
          if (created) {
            const edited = await officer.call<Case>('case edited', 'PUT', apiPaths.case(created.id), 200, {
              version: created.version,
              case: { ...input, narrative: `${input.narrative ?? ''} Edited during the soak.`.trim() },
            });
            acknowledged.push({
              node: node.key,
              id: created.id,
              ref: input.ref!,
              version: edited?.version ?? created.version,
            });
          }
          const word = SEARCH_WORDS[traffic.rounds % SEARCH_WORDS.length]!;
          await officer.call('search', 'GET', `${apiPaths.cases}?q=${word}&limit=20`, 200);
          await officer.call(
            'search',
            'GET',
            `${apiPaths.cases}?itrArea=drugs&status=validated&limit=20`,
            200,
          );
          await officer.call('global search', 'GET', `${apiPaths.globalCases}?itrArea=drugs&limit=20`, 200);
        }),
      );
      await tz.officer.call('operation message', 'POST', apiPaths.operationMessages(operationId), 201, {
        text: `Soak round ${traffic.rounds}`,
        report: DEMO_OPERATION.report,
      });
      await sleep(ROUND_PAUSE_MS);
    }
    await sampler;
    const records = await checkRecords(nationals, acknowledged);

    const verdicts = nodes.map((n) =>
      judgeNode(
        n.key,
        samples.filter((s) => s.node === n.key),
        tolerance,
      ),
    );
    const violations = verdicts.flatMap((v) => v.violations);
    if (records.lost > 0 || records.duplicated > 0) {
      violations.push(`${records.lost} created cases lost, ${records.duplicated} duplicated`);
    }
    if (traffic.failures > 0) violations.push(`${traffic.failures} of ${traffic.requests} requests failed`);
    if (samples.length < nodes.length * 4)
      violations.push('fewer than four samples per node: the run was too short');
    const result: SoakResult = {
      durationMs: options.durationMs,
      sampleMs,
      samples,
      traffic,
      records,
      nodes: verdicts,
      violations,
      pass: violations.length === 0,
      reportFile,
    };
    await mkdir(dirname(reportFile), { recursive: true });
    await writeFile(reportFile, soakMarkdown(result, tolerance));
    return result;
  } finally {
    stop.abort();
    await demo.catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)}`;

/** The report: the rule, the verdict, each node's quarters, and the samples. */
export function soakMarkdown(result: SoakResult, tolerance: number): string {
  const nodes = result.nodes.map((n) => n.node);
  const times = [...new Set(result.samples.map((s) => s.atMs))];
  const at = (t: number, node: string) => result.samples.find((s) => s.atMs === t && s.node === node);
  return [
    '# Soak run',
    '',
    `${new Date().toISOString()}: ${(result.durationMs / 1000).toFixed(0)} s of traffic on the demo federation ` +
      `(KE, TZ, BE and a WCO node, each a child process), a sample every ${(result.sampleMs / 1000).toFixed(0)} s. ` +
      `**${result.pass ? 'PASS' : 'FAIL'}**.`,
    '',
    `Rule: the first quarter of the samples is warm-up; the median of the last quarter must stay within ${tolerance * 100} % ` +
      `of the second quarter's for RSS and heap (+16 MB) and open descriptors (+5); errors (log lines at error or fatal ` +
      `level, 5xx answers, and partner connections closed as silent) that appeared in the last quarter must not outnumber those of the second; no request of the ` +
      `traffic may fail.`,
    '',
    `Traffic: ${result.traffic.rounds} rounds, ${result.traffic.requests} requests, ${result.traffic.failures} failed (` +
      Object.entries(result.traffic.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') +
      ').',
    '',
    `Records: ${result.records.checked} cases created and edited by the traffic, checked on their nodes at the end: ` +
      `${result.records.lost} lost, ${result.records.duplicated} duplicated.`,
    ...(result.traffic.firstFailures.length > 0
      ? ['', ...result.traffic.firstFailures.map((f) => `- ${f}`)]
      : []),
    ...(result.violations.length > 0
      ? ['', '**Violations:**', '', ...result.violations.map((v) => `- ${v}`)]
      : []),
    '',
    '| node | RSS MB q2 → q4 | heap MB q2 → q4 | fds q2 → q4 | errors q2 / q4 / total |',
    '| ---- | -------------- | --------------- | ----------- | ---------------------- |',
    ...result.nodes.map(
      (n) =>
        `| ${n.node} | ${mb(n.rss.q2)} → ${mb(n.rss.q4)} | ${n.heap ? `${mb(n.heap.q2)} → ${mb(n.heap.q4)}` : 'n/a'} | ` +
        `${n.fds.q2} → ${n.fds.q4} | ${n.errors.q2} / ${n.errors.q4} / ${n.errors.total} |`,
    ),
    '',
    'Samples (RSS MB / heap MB / fds / errors so far):',
    '',
    `| time | ${nodes.join(' | ')} |`,
    `| ---: | ${nodes.map(() => '---').join(' | ')} |`,
    ...times.map(
      (t) =>
        `| ${(t / 1000).toFixed(0)} s | ` +
        nodes
          .map((node) => {
            const s = at(t, node);
            return s
              ? `${mb(s.rssBytes)} / ${s.heapBytes === undefined ? '-' : mb(s.heapBytes)} / ${s.fds} / ${s.errors}`
              : '';
          })
          .join(' | ') +
        ' |',
    ),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runSoak({
    durationMs: parseDuration(process.env.SOAK_DURATION ?? '24h'),
    ...(process.env.SOAK_SAMPLE ? { sampleMs: parseDuration(process.env.SOAK_SAMPLE) } : {}),
    ...(process.env.SOAK_TOLERANCE ? { tolerance: Number(process.env.SOAK_TOLERANCE) } : {}),
    ...(process.env.SOAK_REPORT ? { reportFile: process.env.SOAK_REPORT } : {}),
    log: (line) => console.log(line),
  });
  console.log(`soak: ${result.pass ? 'PASS' : 'FAIL'}; report in ${result.reportFile}`);
  for (const violation of result.violations) console.error(`  ${violation}`);
  process.exitCode = result.pass ? 0 : 1;
}
