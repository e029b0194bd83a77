import { createServer } from 'node:net';
import { expect } from 'chai';
import {
  checkOperation,
  clusterEdges,
  federationGrowth,
  runFederation,
  seriesMarkdown,
  type FederationResult,
} from '../../bench/federation.ts';
import type { OperationThread } from '../../bench/federation/messages.ts';
import { freePorts } from '../../bench/nodes.ts';

const thread = (key: string, ids: string[], extra: Partial<OperationThread> = {}): OperationThread => ({
  key,
  role: 'member',
  head: ids.length,
  messages: ids.map((id, i) => ({ seq: i + 1, id })),
  queued: 0,
  posted: [],
  postErrors: 0,
  lagsMs: [],
  ...extra,
});

describe('federation simulator: checks and figures', () => {
  describe('checkOperation', () => {
    const organiser = thread('ke', ['m1', 'm2', 'm3'], { role: 'organiser', posted: ['m1'] });

    it('passes when every member holds the organiser’s thread in order and nobody else holds it', () => {
      const counts = checkOperation(
        [
          organiser,
          thread('tz', ['m1', 'm2', 'm3'], { posted: ['m2', 'm3'] }),
          thread('be', ['m1', 'm2', 'm3']),
          thread('fr', [], { role: undefined }),
        ],
        'ke',
        ['tz', 'be'],
      );
      expect(counts).to.deep.equal({ recordsChecked: 9, lost: 0, duplicated: 0, leaked: 0, problems: [] });
    });

    it('counts an acknowledged message missing from the organiser’s thread as lost', () => {
      const counts = checkOperation([organiser, thread('tz', ['m1', 'm2', 'm3'], { posted: ['m9'] })], 'ke', [
        'tz',
      ]);
      expect(counts.lost).to.equal(1);
      expect(counts.problems.join()).to.include('m9');
    });

    it('counts a member’s missing and doubled messages, and a thread in another order', () => {
      const counts = checkOperation(
        [
          organiser,
          thread('tz', ['m1', 'm3']),
          thread('be', ['m1', 'm1', 'm2', 'm3']),
          thread('bj', ['m2', 'm1', 'm3']),
        ],
        'ke',
        ['tz', 'be', 'bj'],
      );
      expect(counts.lost).to.equal(1);
      expect(counts.duplicated).to.equal(1);
      expect(counts.problems.some((p) => p.includes('bj holds the thread in another order'))).to.equal(true);
    });

    it('counts a node that is no member and holds the operation as a leak', () => {
      const counts = checkOperation(
        [organiser, thread('tz', ['m1', 'm2', 'm3']), thread('fr', ['m1'])],
        'ke',
        ['tz'],
      );
      expect(counts.leaked).to.equal(1);
      expect(counts.problems.join()).to.include('fr is no member');
    });
  });

  it('clusterEdges gives a ring, with chords two along from six nodes (two to four partners each)', () => {
    expect(clusterEdges(3)).to.have.length(3);
    const six = clusterEdges(6);
    expect(six).to.have.length(12);
    for (let i = 0; i < 6; i++) expect(six.filter((e) => e.includes(i))).to.have.length(4);
  });

  describe('federationGrowth', () => {
    const run = (nodes: number, mbPerNode: number, lagP99Ms: number) =>
      ({
        nodes,
        processes: 1,
        scenario: 'steady',
        casesCreated: nodes,
        setupSeconds: 1,
        lag: { p50Ms: 1, p99Ms: lagP99Ms, receipted: nodes, unreceipted: 0 },
        wco: { ingestPerSecond: 1, held: nodes },
        rows: [],
        operation: undefined,
        processesCpu: [{ process: 0, nodes: nodes + 1, rssMb: mbPerNode * (nodes + 1), cpuPercent: 10 }],
        cores: 2,
        consistency: { ok: true },
      }) as unknown as FederationResult;

    it('calls memory and lag that grow with N no worse than linear', () => {
      const g = federationGrowth([run(185, 50, 4000), run(10, 50, 2000)]);
      expect(g).to.include({ fromNodes: 10, toNodes: 185, totalMemoryRatio: 16.91, memoryPerNodeRatio: 1 });
      expect(g.linearOrBetter).to.equal(true);
      expect(seriesMarkdown([run(10, 50, 2000), run(185, 50, 4000)])).to.include('no worse than linear');
    });

    it('calls memory per node that grows with N worse than linear', () => {
      const g = federationGrowth([run(10, 50, 2000), run(185, 120, 2000)]);
      expect(g.memoryPerNodeRatio).to.equal(2.4);
      expect(g.linearOrBetter).to.equal(false);
    });

    it('calls a contribution lag that grows faster than N worse than linear', () => {
      expect(federationGrowth([run(10, 50, 100), run(50, 50, 10_000)]).linearOrBetter).to.equal(false);
    });
  });

  it('freePorts gives distinct ports below the ephemeral range, skipping ports in use', async () => {
    const [taken] = await freePorts(1, 21_000 + Math.floor(Math.random() * 5_000));
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(taken, '127.0.0.1', resolve));
    try {
      const ports = await freePorts(20, taken);
      expect(new Set(ports).size).to.equal(20);
      expect(ports).not.to.include(taken);
      expect(Math.max(...ports)).to.be.below(32_768);
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });

  it('refuses bad settings before it starts anything, naming the variable', async () => {
    const refused = async (options: Parameters<typeof runFederation>[0]) =>
      (await runFederation(options).then(
        () => undefined,
        (err: unknown) => err,
      )) as Error | undefined;
    for (const [options, named] of [
      [{ nodes: 1, durationMs: 1000 }, 'FED_NODES'],
      [{ nodes: 2.5, durationMs: 1000 }, 'FED_NODES'],
      [{ nodes: 6, durationMs: Number.NaN }, 'FED_DURATION'],
      [{ nodes: 6, durationMs: 1000, rate: Number.NaN }, 'FED_RATE'],
      [{ nodes: 6, durationMs: 1000, backlogCases: -1 }, 'FED_BACKLOG'],
      [{ nodes: 6, durationMs: 1000, operationMembers: 1.5 }, 'FED_OP_MEMBERS'],
      [{ nodes: 6, durationMs: 1000, operationRate: 0 }, 'FED_OP_RATE'],
      [{ nodes: 6, durationMs: 1000, perProcess: 0 }, 'FED_PER_PROCESS'],
    ] as const) {
      const err = await refused(options);
      expect(err, named).to.be.instanceOf(RangeError);
      expect(err!.message).to.match(new RegExp(`^${named} must be`));
    }
  });
});
