/**
 * Load: a large bulk import while officers search, a large partner sync, and a short soak of the
 * demo federation (`make soak` runs the long one). Each scenario checks every record against what
 * the node acknowledged and records one row of the reliability report, with the latency, memory
 * and soak figures in its outcome.
 *
 * Short run (`make test`): 3,000 imported rows and a 2,000-case sync. Full run
 * (`RELIABILITY=full`, `make reliability`): 200,000 rows, 100,000 cases and 35 s of soak (`make
 * soak` is the long one).
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { percentiles } from '../../bench/nodes.ts';
import { initSyncPair } from '../../bench/replication.bench.ts';
import { runSoak } from '../../bench/soak.ts';
import { loadConfig } from '../../node/config.ts';
import { EXCHANGE_NS, type InboxEntry, type Share } from '../../node/exchange/index.ts';
import { openServices } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';
import { seedStore } from '../../node/seed/index.ts';
import { openStore } from '../../node/store/index.ts';
import type { RecordStoreApi } from '../../node/store/types.ts';
import { apiPaths, type ImportReport, type ImportStartResponse } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { syntheticInputs, writeCasesWorkbook } from '../helpers/import-fixtures.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { isFullRun, reportRow, trials } from '../helpers/reliability.ts';

const REPLICATION_NODE = fileURLToPath(new URL('../../bench/replication-node.ts', import.meta.url));
const SEARCHERS = 3;

async function* allCases(store: RecordStoreApi): AsyncIterable<Case> {
  let cursor: string | undefined;
  do {
    const page = await store.searchCases({ limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Whether the node answers: `/healthz`, and a signed-in search. */
async function serving(node: TestNode, client: ApiClient): Promise<boolean> {
  const health = await fetch(`${node.apiUrl}/healthz`);
  const search = await client.get(`${apiPaths.cases}?q=cocaine&limit=5`);
  return health.ok && search.status === 200;
}

/** The node of bench/replication-node.ts in a child process, speaking JSON lines. */
class NodeProcess {
  readonly child: ChildProcess;
  readonly #lines: Record<string, unknown>[] = [];
  constructor(dataDir: string) {
    this.child = spawn(process.execPath, [REPLICATION_NODE, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      if (line.startsWith('{')) this.#lines.push(JSON.parse(line) as Record<string, unknown>);
    });
  }
  async next<T>(key: string, timeoutMs = 600_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.#lines.findIndex((l) => key in l);
      if (at >= 0) return this.#lines.splice(at, 1)[0] as T;
      if (this.child.exitCode !== null) throw new Error(`the node process exited (${this.child.exitCode})`);
      if (Date.now() > deadline) throw new Error(`the node process did not say ${key} in time`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  send(command: object): void {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
  }
  /** Resident memory now and at its peak, from /proc. */
  async memory(): Promise<{ rssMb: number; peakMb: number }> {
    const status = await readFile(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

describe('load', function () {
  this.timeout(isFullRun() ? 0 : 240_000);

  it('imports a large workbook exactly once while officers search continuously', async function () {
    const rows = trials({ short: 3_000, full: 200_000 });
    const dir = await makeTempDir('cen-load-import-');
    await using node = await startTestNode({ country: 'KE' });
    try {
      const inputs = syntheticInputs(rows, 31, 'KE').map((input, i) => ({
        ...input,
        ref: `LOAD-${String(i).padStart(6, '0')}`,
      }));
      const file = join(dir.path, 'cases.xlsx');
      await writeCasesWorkbook(file, inputs, 'en');
      inputs.length = 0; // the workbook holds them now; keep the test's memory small for 200k rows
      const officer = await node.loginAs('officer');
      const searchers = await Promise.all(Array.from({ length: SEARCHERS }, () => node.loginAs('officer')));

      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await readFile(file))]), 'cases.xlsx');
      const started = await fetch(`${node.apiUrl}${apiPaths.imports}`, {
        method: 'POST',
        headers: { cookie: officer.cookie! },
        body: form,
      });
      expect(started.status).to.equal(202);
      const job = (await started.json()) as ImportStartResponse;

      // Officers search with filters and full text until the import is done.
      let importing = true;
      const times: number[] = [];
      const failures: string[] = [];
      const queries = [
        '?q=cocaine&limit=20',
        '?itrArea=drugs&limit=20',
        '?q=container&itrArea=drugs&limit=20',
        '?conveyanceMode=air-passenger&limit=50',
        `?from=2020-01-01&to=${new Date().toISOString().slice(0, 10)}&limit=20`,
        '?status=validated&detectionMethod=routine-control&limit=20',
      ];
      const search = async (client: ApiClient, n: number) => {
        for (let i = n; importing; i += SEARCHERS) {
          const start = performance.now();
          try {
            const res = await client.get(`${apiPaths.cases}${queries[i % queries.length]!}`);
            if (res.status !== 200) failures.push(`${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          } catch (err) {
            failures.push(String(err));
          }
          times.push(performance.now() - start);
        }
      };
      const searching = searchers.map((client, n) => search(client, n));
      let report: ImportReport;
      try {
        for (;;) {
          const { body } = await officer.get<ImportReport>(apiPaths.import(job.id));
          if (body.state === 'done' || body.state === 'failed') {
            report = body;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      } finally {
        importing = false;
        await Promise.all(searching);
      }
      expect(report.state, report.failure).to.equal('done');

      // Every row stored once: the refs of the file, each on exactly one case, and no id twice.
      const refs = new Map<string, number>();
      const ids = new Set<string>();
      let idRepeats = 0;
      for await (const c of allCases(node.node.services.store)) {
        if (ids.has(c.id)) idRepeats++;
        ids.add(c.id);
        if (c.ref?.startsWith('LOAD-')) refs.set(c.ref, (refs.get(c.ref) ?? 0) + 1);
      }
      const lost = rows - refs.size;
      const duplicated = [...refs.values()].reduce((n, count) => n + count - 1, 0) + idRepeats;
      const servingAfter = await serving(node, officer);
      const latency = percentiles(times);
      reportRow({
        part: 'load',
        scenario: `bulk import of ${rows.toLocaleString('en-US')} XLSX rows through the API while ${SEARCHERS} officers search continuously (filters and full text)`,
        tries: 1,
        outcome:
          `import ${report.created} created / ${report.invalid} refused; ${times.length} searches, ` +
          `${failures.length} failed, p50 ${latency.p50Ms.toFixed(0)} ms, p95 ${latency.p95Ms.toFixed(0)} ms`,
        recordsChecked: rows,
        lost,
        duplicated,
        leaked: 0,
        servingAfter,
      });
      expect(failures, failures.slice(0, 3).join('\n')).to.deep.equal([]);
      expect(times.length).to.be.greaterThan(0);
      expect(report.created).to.equal(rows);
      expect({ lost, duplicated }).to.deep.equal({ lost: 0, duplicated: 0 });
      expect(servingAfter).to.equal(true);
    } finally {
      await dir.remove();
    }
  });

  it('delivers a large partner sync once, every record the owner holds as acknowledged', async function () {
    const cases = trials({ short: 2_000, full: 100_000 });
    const dir = await makeTempDir('cen-load-sync-');
    const processes: NodeProcess[] = [];
    try {
      const { dirs, ports, owner, receiver, sealed } = await initSyncPair(dir.path);
      for (const [key, other, port] of [
        ['owner', receiver, ports.receiver],
        ['receiver', owner, ports.owner],
      ] as const) {
        await using offline = await openServices(await loadConfig(dirs[key], {}), {
          loggers: silentLoggers(),
        });
        await offline.services.agreements.install(sealed, 'test:load');
        await offline.services.peers.add(`/ip4/127.0.0.1/tcp/${port}/p2p/${other.nodeId}`, 'test:load');
        if (key === 'owner') await seedStore(offline.services.store, { cases, seed: 17 });
      }

      const [ownerProcess, receiverProcess] = [new NodeProcess(dirs.owner), new NodeProcess(dirs.receiver)];
      processes.push(ownerProcess, receiverProcess);
      await Promise.all(processes.map((p) => p.next('ready')));
      const before = await Promise.all(processes.map((p) => p.memory()));
      receiverProcess.send({ cmd: 'wait-connected', peer: owner.nodeId });
      expect((await receiverProcess.next<{ connected: boolean }>('connected')).connected).to.equal(true);
      receiverProcess.send({ cmd: 'pull', peer: owner.nodeId });
      const pulled = await receiverProcess.next<{ stored: number; seconds: number }>('stored');
      const after = await Promise.all(processes.map((p) => p.memory()));
      // A second pull finds nothing new: what was acknowledged is not sent again.
      receiverProcess.send({ cmd: 'pull', peer: owner.nodeId });
      const again = await receiverProcess.next<{ stored: number }>('stored');
      await Promise.all(processes.map((p) => p.stop()));

      // The owner's side: its cases and the versions it holds as acknowledged by the receiver.
      const ownerCases = new Map<string, number>();
      const acknowledged = new Map<string, number>();
      {
        const store = await openStore(dirs.owner, { country: 'KE' });
        try {
          for await (const c of allCases(store)) ownerCases.set(c.id, c.version);
          for await (const [, value] of store.kv.iterate(EXCHANGE_NS.shares)) {
            const share = value as Share;
            if (share.peer === receiver.nodeId && share.type === 'case')
              acknowledged.set(share.id, share.version);
          }
        } finally {
          await store.close();
        }
      }
      // The receiver's side: its inbox, by id and version.
      const received = new Map<string, number>();
      let receivedTwice = 0;
      let notAllowed = 0;
      {
        const store = await openStore(dirs.receiver, { country: 'TZ' });
        try {
          for await (const [, value] of store.kv.iterate(EXCHANGE_NS.inbox)) {
            const entry = value as InboxEntry;
            if (received.has(entry.id)) receivedTwice++;
            received.set(entry.id, entry.version);
            // The agreement carries no nominal data and no narrative: anything else leaked.
            if (entry.type !== 'case' || 'persons' in entry.record || 'narrative' in entry.record)
              notAllowed++;
          }
        } finally {
          await store.close();
        }
      }
      const lost =
        [...ownerCases].filter(([id, version]) => acknowledged.get(id) !== version).length +
        [...acknowledged].filter(([id, version]) => received.get(id) !== version).length;
      const duplicated = receivedTwice + Math.max(0, pulled.stored - received.size) + again.stored;
      const leaked = notAllowed + [...received.keys()].filter((id) => !ownerCases.has(id)).length;
      // Serving afterwards: both nodes start again and a fresh pull answers.
      const restarted = [new NodeProcess(dirs.owner), new NodeProcess(dirs.receiver)] as const;
      processes.push(...restarted);
      await Promise.all(restarted.map((p) => p.next('ready')));
      restarted[1].send({ cmd: 'wait-connected', peer: owner.nodeId });
      const servingAfter = (await restarted[1].next<{ connected: boolean }>('connected')).connected;
      restarted[1].send({ cmd: 'pull', peer: owner.nodeId });
      const fresh = await restarted[1].next<{ stored: number }>('stored');

      const mb = (n: number) => `${n.toFixed(0)} MB`;
      reportRow({
        part: 'load',
        scenario: `partner sync of ${cases.toLocaleString('en-US')} cases (owner and receiver in their own processes)`,
        tries: 1,
        outcome:
          `${pulled.stored} stored in ${pulled.seconds.toFixed(1)} s (${(pulled.stored / pulled.seconds).toFixed(0)}/s); ` +
          `owner RSS ${mb(before[0]!.rssMb)} → ${mb(after[0]!.rssMb)} (peak ${mb(after[0]!.peakMb)}), ` +
          `receiver ${mb(before[1]!.rssMb)} → ${mb(after[1]!.rssMb)} (peak ${mb(after[1]!.peakMb)})`,
        recordsChecked: ownerCases.size,
        lost,
        duplicated,
        leaked,
        servingAfter: servingAfter && fresh.stored === 0,
      });
      expect(ownerCases.size).to.equal(cases);
      expect(received.size).to.equal(cases);
      expect({ lost, duplicated, leaked }).to.deep.equal({ lost: 0, duplicated: 0, leaked: 0 });
      expect(servingAfter).to.equal(true);
      expect(fresh.stored).to.equal(0);
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
      await dir.remove();
    }
  });

  it('keeps memory, file descriptors and errors flat in a short soak of the federation', async function () {
    // Starting the federation alone takes minutes on a loaded machine: the soak runs in
    // `make reliability` (and at length in `make soak`), not in `make test`.
    if (!isFullRun()) this.skip();
    const durationMs = 35_000;
    const result = await runSoak({ durationMs, sampleMs: 2_500 });
    const perNode = result.nodes
      .map(
        (n) =>
          `${n.node} RSS ${(n.rss.q2 / 1048576).toFixed(0)}→${(n.rss.q4 / 1048576).toFixed(0)} MB fds ${n.fds.q2}→${n.fds.q4}`,
      )
      .join('; ');
    reportRow({
      part: 'load',
      scenario: `soak of the demo federation (3 national nodes and the WCO node as processes) for ${durationMs / 1000} s of continuous traffic`,
      tries: 1,
      outcome: `${result.pass ? 'flat' : 'NOT flat'}: ${result.traffic.requests} requests, ${result.traffic.failures} failed; ${perNode}`,
      recordsChecked: result.records.checked,
      lost: result.records.lost,
      duplicated: result.records.duplicated,
      // The soak's traffic stays on each node's own officers; leaks are other parts' rows.
      leaked: 0,
      // The final check lists every national node's cases after the traffic.
      servingAfter: result.traffic.failures === 0,
    });
    expect(result.violations).to.deep.equal([]);
    expect(result.records.checked).to.be.greaterThan(0);
    expect({ lost: result.records.lost, duplicated: result.records.duplicated }).to.deep.equal({
      lost: 0,
      duplicated: 0,
    });
  });
});
