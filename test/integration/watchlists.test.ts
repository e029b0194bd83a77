/**
 * Watch lists on real nodes over loopback, through the HTTP API as analysts and officers use it.
 * KE and TZ hold an agreement for drug cases (their kind, date, items, conveyance, route and
 * concealment) with sync and queries; KE and UG one with sync only. A rule matches a case
 * created after it and a case received from a partner, and notifies once each; a shared rule
 * reaches TZ (queries allowed) and not UG, notifies TZ's own analysts on TZ's own cases and
 * tells KE nothing about them; an ended agreement stops it; who may call what.
 */
import { expect } from 'chai';
import {
  apiPaths,
  type AuditPage,
  type CaseResponse,
  type NotificationListResponse,
  type WatchlistListResponse,
  type WatchlistMatchesResponse,
  type WatchlistRule,
} from '../../protocol/api.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { containerNumber, item, validCase } from '../compliance/fixtures.ts';

const P2P = { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 };
const FIELDS: Agreement['scope'][string]['fields'] = [
  'kind',
  'seizureDate',
  'items',
  'conveyance',
  'route',
  'concealment',
];
const WATCHED = containerNumber('MSK', 765432);
/** Watched by TZ: only the case made for that test holds it. */
const WATCHED_BY_TZ = containerNumber('TGH', 111222);

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const notificationsOf = async (client: ApiClient) =>
  (await client.get<NotificationListResponse>(apiPaths.notifications)).body;

/** Cocaine by sea, hidden in the cargo (the fixture's case), optionally in `container`. */
const drugCase = (container?: string): CaseInput =>
  validCase({
    items: [item(0)],
    conveyance: { mode: 'sea-container', ...(container ? { containerNumber: container } : {}) },
  });

describe('watch lists between nodes', function () {
  this.timeout(90_000);
  let ke: TestNode, tz: TestNode, ug: TestNode;
  let kep: Party, tzp: Party, ugp: Party;
  let keAnalyst: ApiClient,
    keOfficer: ApiClient,
    tzAnalyst: ApiClient,
    tzOfficer: ApiClient,
    ugAnalyst: ApiClient;

  before(async () => {
    [ke, tz, ug] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Customs', p2p: P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Customs', p2p: P2P }),
      startTestNode({ country: 'UG', name: 'Uganda Customs', p2p: P2P }),
    ]);
    [kep, tzp, ugp] = await Promise.all([partyOf(ke, 'KE'), partyOf(tz, 'TZ'), partyOf(ug, 'UG')]);
    const keTz = await sealBetween(
      kep,
      tzp,
      agreementBetween(kep, tzp, { modes: ['sync', 'query'], fields: FIELDS }),
    );
    const keUg = await sealBetween(kep, ugp, agreementBetween(kep, ugp, { modes: ['sync'], fields: FIELDS }));
    for (const [node, sealed] of [
      [ke, keTz],
      [tz, keTz],
      [ke, keUg],
      [ug, keUg],
    ] as const) {
      await node.node.services.agreements.install(sealed, 'test:setup');
    }
    for (const [a, b] of [
      [ke, tz],
      [tz, ke],
      [ke, ug],
      [ug, ke],
    ] as const) {
      await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0], 'test:setup');
    }
    for (const node of [ke, tz, ug]) await node.node.peerHost.recheck();
    await eventually(
      () =>
        ke.node.peerHost.status(tz.node.nodeId).connected &&
        ke.node.peerHost.status(ug.node.nodeId).connected,
      'KE is connected to TZ and UG',
    );
    [keAnalyst, keOfficer, tzAnalyst, tzOfficer, ugAnalyst] = await Promise.all([
      ke.loginAs('analyst'),
      ke.loginAs('officer'),
      tz.loginAs('analyst'),
      tz.loginAs('officer'),
      ug.loginAs('analyst'),
    ]);
  });
  after(async () => {
    await Promise.all([ke?.close(), tz?.close(), ug?.close()]);
  });

  /** TZ pulls from KE until it holds `version` of case `id` (a scheduled pull may be under way), then evaluates it. */
  async function pulledVersion(id: string, version: number): Promise<void> {
    await eventually(async () => {
      await tz.node.exchange.pull(ke.node.nodeId);
      return (await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', id))?.version === version;
    }, `TZ holds version ${version}`);
    await tz.node.watchlists.service.idle();
  }

  it('notifies the owner of a rule once for a case an officer creates after it', async () => {
    const created = await keAnalyst.post<WatchlistRule>(apiPaths.watchlists, {
      name: 'Reefers of interest',
      kind: 'list',
      list: { type: 'container', values: [WATCHED.toLowerCase()] },
    });
    expect(created.status).to.equal(201);
    expect(created.body).to.deep.include({ owners: ['analyst1'], version: 1, active: true, shared: false });

    const posted = await keOfficer.post<CaseResponse>(apiPaths.cases, drugCase(WATCHED));
    expect(posted.status).to.equal(201);
    await eventually(async () => (await notificationsOf(keAnalyst)).unread === 1, 'the analyst is notified');
    const [notification] = (await notificationsOf(keAnalyst)).items;
    expect(notification).to.deep.include({
      ruleName: 'Reefers of interest',
      record: { type: 'case', id: posted.body.id },
      matched: [{ field: 'container', value: WATCHED }],
    });
    const matches = await keOfficer.get<WatchlistMatchesResponse>(apiPaths.caseMatches(posted.body.id));
    expect(matches.status).to.equal(200);
    // The officer reads the case but owns no rule: the analyst's rule is not shown to them.
    expect(matches.body.items).to.deep.equal([]);
    const own = await keAnalyst.get<WatchlistMatchesResponse>(apiPaths.caseMatches(posted.body.id));
    expect(own.body.items.map((m) => m.ruleId)).to.deep.equal([created.body.id]);

    const edited = await keOfficer.put<CaseResponse>(apiPaths.case(posted.body.id), {
      version: 1,
      case: { ...drugCase(WATCHED), narrative: 'Re-examined.' },
    });
    expect(edited.status).to.equal(200);
    await ke.node.watchlists.service.catchUp();
    expect((await notificationsOf(keAnalyst)).unread).to.equal(1);

    const read = await keAnalyst.post(apiPaths.notificationRead(notification!.id), {});
    expect(read.status).to.equal(200);
    expect((await notificationsOf(keAnalyst)).unread).to.equal(0);
  });

  it('matches a case received from a partner and notifies once, whatever versions follow', async () => {
    const rule = await tzAnalyst.post<WatchlistRule>(apiPaths.watchlists, {
      name: 'Kenyan reefers',
      kind: 'list',
      list: { type: 'container', values: [WATCHED_BY_TZ] },
    });
    expect(rule.status).to.equal(201);
    const c: Case = await ke.node.services.store.createCase(drugCase(WATCHED_BY_TZ), {
      username: 'officer1',
    });
    await pulledVersion(c.id, 1);
    const page = await notificationsOf(tzAnalyst);
    expect(page.unread).to.equal(1);
    expect(page.items[0]).to.deep.include({
      ruleId: rule.body.id,
      record: { type: 'inbox', owner: ke.node.nodeId, id: c.id },
    });
    const matches = await tzAnalyst.get<WatchlistMatchesResponse>(
      apiPaths.inboxItemMatches(ke.node.nodeId, c.id),
    );
    expect(matches.body.items.map((m) => m.ruleName)).to.deep.equal(['Kenyan reefers']);

    await ke.node.services.store.updateCase(c.id, { ...drugCase(WATCHED_BY_TZ), narrative: 'More.' }, 1, {
      username: 'officer1',
    });
    await pulledVersion(c.id, 2);
    expect((await notificationsOf(tzAnalyst)).unread).to.equal(1);
  });

  it('shares a rule with a partner whose agreement allows queries, which notifies its own analysts on its own cases', async () => {
    const shared = await keAnalyst.post<WatchlistRule>(apiPaths.watchlists, {
      name: 'Cocaine in sea cargo',
      description: 'Concealed in the cargo of sea containers.',
      kind: 'pattern',
      pattern: { commodity: ['cocaine'], conveyanceMode: ['sea-container'], concealmentMethod: ['cargo'] },
      shared: true,
    });
    expect(shared.status).to.equal(201);
    await eventually(async () => {
      const rules = (await tzAnalyst.get<WatchlistListResponse>(apiPaths.watchlists)).body.items;
      return rules.some((r) => r.origin?.ruleId === shared.body.id);
    }, 'the rule reaches TZ');
    const received = (await tzAnalyst.get<WatchlistListResponse>(apiPaths.watchlists)).body.items.find(
      (r) => r.origin?.ruleId === shared.body.id,
    )!;
    expect(received).to.deep.include({ name: 'Cocaine in sea cargo', active: true, version: 1 });
    expect(received.origin).to.deep.include({ nodeId: ke.node.nodeId, country: 'KE' });
    // Read-only at the partner.
    const edit = await tzAnalyst.put(apiPaths.watchlist(received.id), {
      version: 1,
      rule: { name: 'x', kind: 'pattern', pattern: { commodity: ['cocaine'] } },
    });
    expect(edit.status).to.equal(403);

    // UG's agreement allows no queries: nothing is offered, even when asked to now.
    const toUg = await ke.node.watchlists.sharing!.offer(ug.node.nodeId);
    expect(toUg.offered).to.equal(0);
    expect((await ugAnalyst.get<WatchlistListResponse>(apiPaths.watchlists)).body.items).to.deep.equal([]);

    await ke.node.watchlists.service.catchUp();
    const before = (await notificationsOf(keAnalyst)).items.length;
    const own = await tzOfficer.post<CaseResponse>(apiPaths.cases, drugCase());
    expect(own.status).to.equal(201);
    await eventually(
      async () => (await notificationsOf(tzAnalyst)).items.some((n) => n.ruleId === received.id),
      'TZ’s analyst is notified by KE’s rule',
    );
    const notification = (await notificationsOf(tzAnalyst)).items.find((n) => n.ruleId === received.id)!;
    expect(notification).to.deep.include({ received: true, record: { type: 'case', id: own.body.id } });
    // Nothing about TZ's case flows back to KE.
    await ke.node.watchlists.service.catchUp();
    expect((await notificationsOf(keAnalyst)).items.length).to.equal(before);

    const sharedLog = await ke.node.services.evidence.list({ kind: 'watchlist-shared', limit: 100 });
    expect(sharedLog.items.map((e) => e.peer)).to.deep.equal([tz.node.nodeId]);
    const receivedLog = await tz.node.services.evidence.list({ kind: 'watchlist-received', limit: 100 });
    expect(receivedLog.items.map((e) => e.details?.ruleId)).to.include(shared.body.id);
    expect((await ke.node.services.evidence.verify()).ok).to.equal(true);
    expect((await tz.node.services.evidence.verify()).ok).to.equal(true);

    // An edit reaches the partner as a new version; no longer sharing withdraws it.
    const changed = await keAnalyst.put<WatchlistRule>(apiPaths.watchlist(shared.body.id), {
      version: 1,
      rule: {
        name: 'Cocaine in sea cargo (v2)',
        kind: 'pattern',
        pattern: shared.body.pattern,
        shared: false,
      },
    });
    expect(changed.status).to.equal(200);
    await eventually(async () => {
      const rule = (await tzAnalyst.get<WatchlistRule>(apiPaths.watchlist(received.id))).body;
      return rule.active === false && rule.deactivatedReason === 'withdrawn';
    }, 'the withdrawal reaches TZ');
  });

  it('deactivates a partner’s rules when the agreement with it ends', async () => {
    const shared = await keAnalyst.post<WatchlistRule>(apiPaths.watchlists, {
      name: 'Watched ship route',
      kind: 'pattern',
      pattern: { routeOrigin: ['CO'] },
      shared: true,
    });
    await eventually(async () => {
      const rules = (await tzAnalyst.get<WatchlistListResponse>(apiPaths.watchlists)).body.items;
      return rules.some((r) => r.origin?.ruleId === shared.body.id && r.active);
    }, 'the rule reaches TZ');
    const [agreement] = (await tz.node.services.agreements.list()).filter(
      (a) => a.peer.nodeId === ke.node.nodeId,
    );
    const { revocation } = await ke.node.services.agreements.revoke(
      agreement!.id,
      'ended',
      kep.key,
      'test:setup',
    );
    await tz.node.services.agreements.addRevocation(revocation.jws, 'test:setup').catch(() => undefined);
    await tz.node.watchlists.service.checkReceivedRules();
    const rules = (await tzAnalyst.get<WatchlistListResponse>(apiPaths.watchlists)).body.items;
    const ended = rules.find((r) => r.origin?.ruleId === shared.body.id)!;
    expect(ended).to.deep.include({ active: false, deactivatedReason: 'agreement-ended' });
    expect(rules.filter((r) => r.origin && r.active)).to.deep.equal([]);
    const unread = (await notificationsOf(tzAnalyst)).unread;
    await tz.node.services.store.createCase(validCase(), { username: 'officer1' });
    await tz.node.watchlists.service.catchUp();
    expect((await notificationsOf(tzAnalyst)).unread).to.equal(unread);
  });

  it('lets only those who work with cases keep watch lists, and each see only their own', async () => {
    const auditor = await ke.loginAs('auditor');
    expect((await auditor.get(apiPaths.watchlists)).status).to.equal(403);
    expect((await auditor.get(apiPaths.notifications)).status).to.equal(403);
    const [rule] = (await keAnalyst.get<WatchlistListResponse>(apiPaths.watchlists)).body.items;
    expect((await keOfficer.get(apiPaths.watchlist(rule!.id))).status).to.equal(404);
    expect(
      (await keOfficer.delete(`${apiPaths.watchlist(rule!.id)}?version=${rule!.version}`)).status,
    ).to.equal(404);
    const refused = await keAnalyst.post<{
      error: { code: string; details: { path: string; rule: string }[] };
    }>(apiPaths.watchlists, {
      name: 'For the auditor',
      kind: 'pattern',
      pattern: { commodity: ['cocaine'] },
      owners: ['auditor1'],
    });
    expect(refused.status).to.equal(400);
    expect(refused.body.error.details.map((issue) => [issue.path, issue.rule])).to.deep.equal([
      ['owners[0]', 'owner'],
    ]);
  });

  it('audits the rules made, changed and deleted by their shape, never the identifiers they watch', async () => {
    const watched = containerNumber('AUD', 700321);
    const created = await keAnalyst.post<WatchlistRule>(apiPaths.watchlists, {
      name: 'Audited',
      kind: 'list',
      list: { type: 'container', values: [watched] },
    });
    expect(created.status).to.equal(201);
    const changed = await keAnalyst.put<WatchlistRule>(apiPaths.watchlist(created.body.id), {
      version: 1,
      rule: {
        name: 'Audited',
        kind: 'list',
        list: { type: 'container', values: [watched, containerNumber('AUD', 700322)] },
      },
    });
    expect(changed.status).to.equal(200);
    const deleted = await keAnalyst.delete(`${apiPaths.watchlist(created.body.id)}?version=2`);
    expect(deleted.status).to.equal(200);

    const auditor = await ke.loginAs('auditor');
    const page = await auditor.get<AuditPage>(`${apiPaths.audit}?actor=analyst1&limit=1000`);
    const entries = page.body.items.filter((e) => e.target === created.body.id);
    expect(entries.map((e) => [e.action, e.details])).to.have.deep.members([
      [
        'watchlist-created',
        { kind: 'list', listType: 'container', entries: 1, shared: false, active: true, version: 1 },
      ],
      [
        'watchlist-updated',
        { kind: 'list', listType: 'container', entries: 2, shared: false, active: true, version: 2 },
      ],
      [
        'watchlist-deleted',
        { kind: 'list', listType: 'container', entries: 2, shared: false, active: true, version: 2 },
      ],
    ]);
    expect(JSON.stringify(page.body)).not.to.include(watched);
  });
});
