/**
 * Network faults between real nodes over loopback. KE and TZ reach each other only through a
 * fault proxy (test/helpers/fault-proxy.ts) and sync drug cases both ways under one agreement; UG
 * peers directly with TZ. A peer that goes silent mid-sync (half-open), a link that dies idle (the
 * silence watchdog must find it), a slow peer (which the watchdog must not mistake for a dead one), a partition,
 * and clock skew between SA and MZ, whose agreement is valid for two hours around the real time.
 * After each, the owner's acknowledged case ids are compared with the partner's inbox and its
 * evidence log: nothing lost, nothing received twice, nothing out of the agreement's scope.
 *
 * Decisions tested (clock skew): each node judges an agreement's validity by its own clock and
 * both apply it (fail closed): an owner whose clock says the agreement is not in force refuses the
 * sync with `agreement-mismatch`, and a receiver whose clock says so refuses a delivery with
 * `no-agreement` and does not pull; nothing is stored either way. A signed manifest or receipt is
 * checked by its signature and content, not by the time it carries (which may be skewed): it
 * verifies, and the evidence log keeps it with that time as signed.
 */
import { expect } from 'chai';
import type { Case, CaseInput } from '../../protocol/records.ts';
import { apiPaths, HEALTH_PATH } from '../../protocol/api.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import type { EvidenceEntry } from '../../node/evidence/index.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { linkThroughProxies, type FaultLink } from '../helpers/fault-proxy.ts';
import { startTestNode, type TestNode } from '../helpers/node.ts';
import { isFullRun, reportRow, trials } from '../helpers/reliability.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const ACTOR = { username: 'officer' };
/** Short deadlines so a silent peer costs seconds here (production: CHUNK_TIMEOUT_MS). */
const CHUNK_TIMEOUT_MS = 4_000;
const EXCHANGE = {
  syncIntervalMs: 10 * 60_000,
  sweepIntervalMs: 10 * 60_000,
  chunkTimeoutMs: CHUNK_TIMEOUT_MS,
};
/**
 * A short silence limit (production: PEER_SILENCE_LIMIT_MS), longer than the chunk deadline so that
 * the half-open test still ends at the deadline; a throttled link must never reach it.
 */
const SILENCE_MS = 6_000;
const P2P = {
  recheckIntervalMs: 10 * 60_000,
  reconnectIntervalMs: 200,
  keepAliveIntervalMs: 1_000,
  silenceLimitMs: SILENCE_MS,
};
const HOUR = 3_600_000;

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const drugCase = (): CaseInput => validCase({ items: [item(0)] });
const revenueCase = (): CaseInput => validCase({ items: [item(3)] });

async function inboxIds(node: TestNode, owner: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const entry of node.node.exchange.inbox.all()) {
    if (entry.provenance.owner.nodeId === owner && entry.type === 'case') ids.push(entry.id);
  }
  return ids;
}

async function evidenceOf(node: TestNode, kind: string, peer: string): Promise<EvidenceEntry[]> {
  const page = await node.node.services.evidence.list({ kind, peer, limit: 1000, order: 'oldest-first' });
  return page.items;
}

/** Exchange streams open on a node now (both directions, every connection). */
function exchangeStreams(node: TestNode): number {
  return node.node.peerHost.libp2p
    .getConnections()
    .flatMap((c) => c.streams)
    .filter((s) => s.protocol === PROTOCOLS.exchange.id).length;
}

interface Tally {
  checked: number;
  lost: number;
  duplicated: number;
  leaked: number;
}

/**
 * Compares what `owner` acknowledged (the cases it created: `allowed` in the agreement's scope,
 * `outOfScope` not) with what `receiver` holds and its evidence of what it stored.
 */
async function compare(
  owner: TestNode,
  receiver: TestNode,
  allowed: readonly Case[],
  outOfScope: readonly Case[],
): Promise<Tally> {
  const held = await inboxIds(receiver, owner.node.nodeId);
  const heldSet = new Set(held);
  const stored = (await evidenceOf(receiver, 'received', owner.node.nodeId))
    .flatMap((e) => e.records ?? [])
    .filter((r) => r.type === 'case' && r.outcome === 'stored')
    .map((r) => `${r.id}@${r.version}`);
  const lost = allowed.filter((c) => !heldSet.has(c.id)).length;
  const duplicated = stored.length - new Set(stored).size;
  const leaked = outOfScope.filter((c) => heldSet.has(c.id)).length;
  return { checked: allowed.length + outOfScope.length, lost, duplicated, leaked };
}

const add = (a: Tally, b: Tally): Tally => ({
  checked: a.checked + b.checked,
  lost: a.lost + b.lost,
  duplicated: a.duplicated + b.duplicated,
  leaked: a.leaked + b.leaked,
});

/** Health, a signed-in search on each node, and a fresh sync between the pair that finds nothing new. */
async function servingAfter(pairs: [TestNode, TestNode][]): Promise<boolean> {
  for (const [a, b] of pairs) {
    for (const node of [a, b]) {
      if ((await fetch(`${node.apiUrl}${HEALTH_PATH}`)).status !== 200) return false;
      const officer = await node.loginAs('officer');
      if ((await officer.get(`${apiPaths.cases}?limit=5`)).status !== 200) return false;
    }
    const fresh = await a.node.exchange.pull(b.node.nodeId);
    if (fresh.stored !== 0 || fresh.lag !== 0) return false;
  }
  return true;
}

/** A report row's figures from a tally and whether the nodes served afterwards. */
const figures = (t: Tally, serving: boolean) => ({
  recordsChecked: t.checked,
  lost: t.lost,
  duplicated: t.duplicated,
  leaked: t.leaked,
  servingAfter: serving,
});

function expectClean(t: Tally, serving: boolean): void {
  expect(t, 'lost, duplicated, leaked').to.include({ lost: 0, duplicated: 0, leaked: 0 });
  expect(serving, 'serving afterwards').to.equal(true);
}

/** A year-long agreement from a day ago, so small clock moves never cross its edges. */
function longAgreement(a: Party, b: Party): Agreement {
  const doc = agreementBetween(a, b);
  return {
    ...doc,
    validity: {
      from: new Date(Date.now() - 86_400_000).toISOString(),
      until: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    },
  };
}

async function agree(a: TestNode, b: TestNode, pa: Party, pb: Party, doc: Agreement): Promise<void> {
  const sealed = await sealBetween(pa, pb, doc);
  for (const node of [a, b]) await node.node.services.agreements.install(sealed, 'test:setup');
}

async function peerDirectly(a: TestNode, b: TestNode): Promise<void> {
  await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0], 'test:setup');
  await b.node.services.peers.add(a.node.peerHost.multiaddrs()[0], 'test:setup');
}

describe('reliability: network faults and clock skew', function () {
  this.timeout(isFullRun() ? 60 * 60_000 : 120_000);
  let ke: TestNode, tz: TestNode, ug: TestNode;
  let link: FaultLink;
  /** Every case KE and TZ created and acknowledged, by owner: in scope, and out of it. */
  const acked = { ke: [] as Case[], tz: [] as Case[], keOut: [] as Case[], tzOut: [] as Case[] };

  const create = async (owner: 'ke' | 'tz', n: number, outOfScope = 0) => {
    const node = owner === 'ke' ? ke : tz;
    for (let i = 0; i < n; i++)
      acked[owner].push(await node.node.services.store.createCase(drugCase(), ACTOR));
    for (let i = 0; i < outOfScope; i++)
      acked[owner === 'ke' ? 'keOut' : 'tzOut'].push(
        await node.node.services.store.createCase(revenueCase(), ACTOR),
      );
  };
  const tallyBothWays = async () =>
    add(await compare(ke, tz, acked.ke, acked.keOut), await compare(tz, ke, acked.tz, acked.tzOut));
  const connected = () => ke.node.peerHost.status(tz.node.nodeId).connected;

  before(async () => {
    const options = { p2p: P2P, exchange: { ...EXCHANGE, chunkEntries: 20 } };
    [ke, tz, ug] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Customs', ...options }),
      startTestNode({ country: 'TZ', name: 'Tanzania Customs', ...options }),
      startTestNode({ country: 'UG', name: 'Uganda Customs', ...options }),
    ]);
    const [kep, tzp, ugp] = await Promise.all([partyOf(ke, 'KE'), partyOf(tz, 'TZ'), partyOf(ug, 'UG')]);
    await agree(ke, tz, kep, tzp, longAgreement(kep, tzp));
    await agree(ug, tz, ugp, tzp, longAgreement(ugp, tzp));
    link = await linkThroughProxies(ke, tz);
    await peerDirectly(ug, tz);
    for (const node of [ke, tz, ug]) await node.node.peerHost.recheck();
    await eventually(
      () => connected() && tz.node.peerHost.status(ug.node.nodeId).connected,
      'TZ is connected to KE (through the proxy) and UG',
    );
  });
  after(async () => {
    await link?.close();
    await Promise.all([ke?.close(), tz?.close(), ug?.close()]);
  });

  it('a peer that goes silent after the first chunk: both sides’ deadlines end the sync, no stream is left, and it completes when the link returns', async () => {
    const tries = trials({ short: 1, full: 5 });
    let timedOut = 0;
    for (let t = 0; t < tries; t++) {
      await eventually(connected, 'KE and TZ are connected');
      // The pulls a connection starts have ended: from here every exchange stream is this sync's.
      await eventually(() => exchangeStreams(ke) + exchangeStreams(tz) === 0, 'no exchange stream is open');
      await create('ke', 100, 5);
      // The first chunk TZ stores cuts the link silently: its receipt, and all that follows, vanish.
      let silenced = false;
      const unsubscribe = tz.node.exchange.onReceived(() => {
        if (!silenced) link.set({ mode: 'blackhole' });
        silenced = true;
      });
      const outcome = await tz.node.exchange.pull(ke.node.nodeId).then(
        () => 'completed',
        (err: Error) => err.name,
      );
      unsubscribe();
      expect(silenced, 'a chunk arrived before the link went silent').to.equal(true);
      expect(outcome, 'the pull ends with an error at its deadline').to.not.equal('completed');
      timedOut++;
      // KE's side ends too: its read of the receipt has a deadline; nothing stays open.
      await eventually(
        () => exchangeStreams(ke) + exchangeStreams(tz) === 0,
        'no exchange stream is left open',
        CHUNK_TIMEOUT_MS * 3,
      );
      expect(exchangeStreams(ke), 'exchange streams left on KE').to.equal(0);
      expect(exchangeStreams(tz), 'exchange streams left on TZ').to.equal(0);
      link.set({ mode: 'pass' });
      await eventually(connected, 'KE and TZ reconnect');
      await tz.node.exchange.pull(ke.node.nodeId);
    }
    const tally = await tallyBothWays();
    const serving = await servingAfter([[tz, ke]]);
    reportRow({
      part: 'fault',
      scenario: 'partner goes silent (half-open link) after the first chunk of a 100-case sync; link returns',
      tries,
      outcome: `${timedOut}/${tries} pulls ended at the ${CHUNK_TIMEOUT_MS / 1000} s chunk deadline on both sides, no stream left open; sync completed after reconnect`,
      ...figures(tally, serving),
    });
    expectClean(tally, serving);
  });

  it('a link that dies while nothing is being sent: the silence watchdog closes it, and the sync resumes when it returns', async () => {
    const tries = trials({ short: 1, full: 5 });
    const detections: number[] = [];
    const silentClosed = () => ke.node.peerHost.silentClosed + tz.node.peerHost.silentClosed;
    for (let t = 0; t < tries; t++) {
      await eventually(connected, 'KE and TZ are connected');
      await eventually(() => exchangeStreams(ke) + exchangeStreams(tz) === 0, 'no exchange stream is open');
      const closedBefore = silentClosed();
      // The link goes half-open with nothing in flight: no reset, no deadline of any transfer.
      link.set({ mode: 'blackhole' });
      const cutAt = Date.now();
      await create('ke', 10);
      await create('tz', 10);
      await eventually(
        () => !connected() && !tz.node.peerHost.status(ke.node.nodeId).connected,
        'both nodes have dropped the dead connection',
        SILENCE_MS * 4,
      );
      detections.push(Date.now() - cutAt);
      expect(silentClosed() - closedBefore, 'connections the watchdog closed').to.be.greaterThan(0);
      link.set({ mode: 'pass' });
      await eventually(connected, 'KE and TZ reconnect', 30_000);
      await tz.node.exchange.pull(ke.node.nodeId);
      await ke.node.exchange.pull(tz.node.nodeId);
    }
    const tally = await tallyBothWays();
    const serving = await servingAfter([[tz, ke]]);
    reportRow({
      part: 'fault',
      scenario: `link dies while idle (half-open: no reset, nothing in flight); silence limit ${SILENCE_MS / 1000} s, keep-alives every 1 s`,
      tries,
      outcome: `dead connection closed by the silence watchdog in ${detections.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}; redialled and synced when the link returned`,
      ...figures(tally, serving),
    });
    expectClean(tally, serving);
  });

  it('a slow peer (a few KB/s): the sync completes or times out and resumes, and another partner is served meanwhile', async () => {
    const tries = trials({ short: 1, full: 3 });
    const silentBefore = ke.node.peerHost.silentClosed + tz.node.peerHost.silentClosed;
    const slowMs: number[] = [];
    let pulls = 0;
    let failedPulls = 0;
    let otherServedFirst = 0;
    const ugCases: Case[] = [];
    for (let t = 0; t < tries; t++) {
      await eventually(connected, 'KE and TZ are connected');
      // Enough to keep the link busy for well over the silence limit.
      await create('ke', 150, 3);
      ugCases.push(await ug.node.services.store.createCase(drugCase(), ACTOR));
      link.set({ mode: 'throttle', bytesPerSecond: 6 * 1024 });
      let slowDone = false;
      const slowStart = Date.now();
      const slow = (async () => {
        for (;;) {
          pulls++;
          const ok = await tz.node.exchange.pull(ke.node.nodeId).then(
            (r) => r.lag === 0,
            () => false,
          );
          if (ok) break;
          failedPulls++;
          await eventually(connected, 'KE and TZ are connected again', 30_000);
        }
        slowDone = true;
        slowMs.push(Date.now() - slowStart);
      })();
      // Meanwhile TZ pulls from UG and answers its officers.
      await sleep(300);
      const fromUg = await tz.node.exchange.pull(ug.node.nodeId);
      expect(fromUg.lag).to.equal(0);
      const officer = await tz.loginAs('officer');
      expect((await officer.get(`${apiPaths.cases}?limit=5`)).status).to.equal(200);
      if (!slowDone) otherServedFirst++;
      await slow;
      link.set({ mode: 'pass' });
    }
    expect(otherServedFirst, 'UG served while the slow sync ran').to.equal(tries);
    // Bytes kept trickling in: a slow link is not a dead one.
    const silentClosed = ke.node.peerHost.silentClosed + tz.node.peerHost.silentClosed - silentBefore;
    expect(silentClosed, 'connections closed as silent on a slow link').to.equal(0);
    const tally = add(await tallyBothWays(), await compare(ug, tz, ugCases, []));
    const serving = await servingAfter([
      [tz, ke],
      [tz, ug],
    ]);
    reportRow({
      part: 'fault',
      scenario: 'slow partner: link throttled to 6 KB/s during a 150-case sync; TZ pulls from UG meanwhile',
      tries,
      outcome: `sync completed in ${pulls} pull(s), ${failedPulls} ended at a deadline and resumed; UG pulled and the API answered during every slow sync; no connection taken for dead in ${slowMs.map((ms) => `${(ms / 1000).toFixed(0)} s`).join(', ')} of throttled sync (silence limit ${SILENCE_MS / 1000} s)`,
      ...figures(tally, serving),
    });
    expectClean(tally, serving);
  });

  it('a partition: cases recorded on both sides meanwhile all arrive after it, exactly once', async function () {
    const durations = isFullRun() ? [30_000, 10 * 60_000] : [6_000];
    this.timeout(isFullRun() ? 40 * 60_000 : 120_000);
    let created = 0;
    for (const ms of durations) {
      await eventually(connected, 'KE and TZ are connected');
      link.set({ mode: 'cut' });
      await eventually(() => !connected(), 'KE sees TZ disconnected', 10_000);
      const before = acked.ke.length + acked.tz.length;
      // Officers keep working on both sides while the link is down.
      const until = Date.now() + ms;
      while (Date.now() < until) {
        await create('ke', 2, 1);
        await create('tz', 2, 1);
        await sleep(Math.min(1_000, ms / 10));
      }
      created += acked.ke.length + acked.tz.length - before;
      link.set({ mode: 'pass' });
      // The reconnect loop dials again and each side pulls on connect: no test prompting.
      await eventually(
        async () => {
          const t = await tallyBothWays();
          return t.lost === 0;
        },
        'every case recorded during the partition arrived',
        isFullRun() ? 15 * 60_000 : 45_000,
      );
    }
    const tally = await tallyBothWays();
    const serving = await servingAfter([
      [tz, ke],
      [ke, tz],
    ]);
    reportRow({
      part: 'fault',
      scenario: `partition (link cut) of ${durations.map((d) => `${d / 1000} s`).join(' and ')} while both sides record cases`,
      tries: durations.length,
      outcome: `${created} cases recorded during the partition(s) arrived after it by reconnect and sync, unprompted`,
      ...figures(tally, serving),
    });
    expectClean(tally, serving);
  });

  describe('clock skew between partners', function () {
    let sa: TestNode, mz: TestNode;
    before(async () => {
      const options = { p2p: P2P, exchange: EXCHANGE };
      [sa, mz] = await Promise.all([
        startTestNode({ country: 'ZA', name: 'South Africa Customs', ...options }),
        startTestNode({ country: 'MZ', name: 'Mozambique Customs', ...options }),
      ]);
      const [sap, mzp] = await Promise.all([partyOf(sa, 'ZA'), partyOf(mz, 'MZ')]);
      // In force for an hour either side of the real time: ±5 min is inside, ±2 h outside.
      const doc = agreementBetween(sap, mzp, { modes: ['sync', 'on-demand'] });
      await agree(sa, mz, sap, mzp, {
        ...doc,
        validity: {
          from: new Date(Date.now() - HOUR).toISOString(),
          until: new Date(Date.now() + HOUR).toISOString(),
        },
      });
      await peerDirectly(sa, mz);
      for (const node of [sa, mz]) await node.node.peerHost.recheck();
      await eventually(() => sa.node.peerHost.status(mz.node.nodeId).connected, 'SA and MZ are connected');
    });
    after(async () => {
      await Promise.all([sa?.close(), mz?.close()]);
    });

    it('±5 min: exchange works and skewed signatures verify; ±2 h: each side refuses with a reason and nothing travels', async () => {
      const skews = [5 * 60_000, -5 * 60_000, 2 * HOUR, -2 * HOUR];
      const own = { sa: [] as Case[], mz: [] as Case[], saOut: [] as Case[], mzOut: [] as Case[] };
      const refusals = new Set<string>();
      let leakedWhileInvalid = 0;
      for (const skew of skews) {
        mz.clock.advance(skew);
        try {
          const fresh = {
            sa: [await sa.node.services.store.createCase(drugCase(), ACTOR)],
            mz: [await mz.node.services.store.createCase(drugCase(), ACTOR)],
          };
          own.saOut.push(await sa.node.services.store.createCase(revenueCase(), ACTOR));
          own.mzOut.push(await mz.node.services.store.createCase(revenueCase(), ACTOR));
          own.sa.push(...fresh.sa);
          own.mz.push(...fresh.mz);
          const mzPull = await mz.node.exchange.pull(sa.node.nodeId).then(
            (r) => r,
            (err: Error) => err,
          );
          const saPull = await sa.node.exchange.pull(mz.node.nodeId).then(
            (r) => r,
            (err: Error) => err,
          );
          const sent = await sa.node.exchange
            .send(fresh.sa[0]!.id, mz.node.nodeId, 'skew check', 'officer')
            .then(
              (r) => r,
              (err: Error) => err,
            );
          if (Math.abs(skew) < HOUR) {
            // In force on both clocks: everything travels, and both evidence logs verify.
            expect(mzPull).to.not.be.instanceOf(Error);
            expect(saPull).to.not.be.instanceOf(Error);
            expect(sent).to.not.be.instanceOf(Error);
            expect(await mz.node.exchange.inbox.get(sa.node.nodeId, 'case', fresh.sa[0]!.id)).to.not.equal(
              undefined,
            );
            expect(await sa.node.exchange.inbox.get(mz.node.nodeId, 'case', fresh.mz[0]!.id)).to.not.equal(
              undefined,
            );
            // The receipt MZ signed with its skewed time verified at SA, which kept it.
            const [lastSent] = (await evidenceOf(sa, 'sent', mz.node.nodeId)).slice(-1);
            expect(lastSent?.receipt).to.be.a('string');
          } else {
            // MZ's clock says the agreement is not in force (expired at +2 h, not yet valid at
            // -2 h): MZ does not pull, refuses SA's sync and SA's delivery, each with a reason.
            expect(mzPull).to.not.be.instanceOf(Error);
            expect((mzPull as { stored: number }).stored).to.equal(0);
            for (const refused of [saPull, sent]) {
              expect(refused).to.be.instanceOf(Error);
              const code = (refused as { code?: string }).code ?? (refused as Error).name;
              expect(code).to.be.oneOf(['agreement-mismatch', 'no-agreement']);
              refusals.add(code);
            }
            leakedWhileInvalid +=
              ((await mz.node.exchange.inbox.get(sa.node.nodeId, 'case', fresh.sa[0]!.id)) ? 1 : 0) +
              ((await sa.node.exchange.inbox.get(mz.node.nodeId, 'case', fresh.mz[0]!.id)) ? 1 : 0);
          }
        } finally {
          mz.clock.advance(-skew);
        }
      }
      for (const node of [sa, mz]) expect((await node.node.services.evidence.verify()).ok).to.equal(true);
      // Clocks agree again: what was held back travels now, once.
      await mz.node.exchange.pull(sa.node.nodeId);
      await sa.node.exchange.pull(mz.node.nodeId);
      const tally = add(
        add(await compare(sa, mz, own.sa, own.saOut), await compare(mz, sa, own.mz, own.mzOut)),
        { checked: 0, lost: 0, duplicated: 0, leaked: leakedWhileInvalid },
      );
      const serving = await servingAfter([
        [sa, mz],
        [mz, sa],
      ]);
      reportRow({
        part: 'fault',
        scenario:
          'clock skew of +5 min, -5 min, +2 h and -2 h between partners (agreement valid ±1 h around real time)',
        tries: skews.length,
        outcome: `±5 min: sync and on-demand exchange, skewed manifests and receipts verify; ±2 h: refused (${[...refusals].join(', ')}), nothing stored, sent once clocks agree`,
        ...figures(tally, serving),
      });
      expectClean(tally, serving);
    });
  });
});
