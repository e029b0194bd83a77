/**
 * The watch-list service over a real record store on disk (LevelDB): a rule notifies its owners
 * once for a case created after it, for an imported one (`createCases`, as the importer writes)
 * and for one a partner sent; an edit does not notify again; a restart neither notifies twice
 * nor misses a change made while the service was down; a rule does not look at the past unless
 * its owner runs it; who sees which rule, match and notification.
 */
import { Readable } from 'node:stream';
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import type { AgreementState } from '../../../policies/index.ts';
import type { WatchlistRule } from '../../../protocol/api.ts';
import type { CaseInput } from '../../../protocol/records.ts';
import type { InboxEntry } from '../../../node/exchange/index.ts';
import { silentLoggers } from '../../../node/log.ts';
import { openStore, type RecordStore } from '../../../node/store/index.ts';
import {
  NotRuleOwnerError,
  WatchlistService,
  type Viewer,
  type WatchedInbox,
  type WatchlistUsers,
} from '../../../node/watchlists/index.ts';
import { containerNumber, item, validBusiness, validCase, validPerson } from '../../compliance/fixtures.ts';
import { makeTempDir, TestClock } from '../../helpers/node.ts';

const AMINA: Viewer = { username: 'amina', role: 'analyst' };
const OTIENO: Viewer = { username: 'otieno', role: 'officer' };
const WANJIRU: Viewer = { username: 'wanjiru', role: 'analyst' };
const AUDITOR: Viewer = { username: 'audrey', role: 'auditor' };
const ACTOR = { username: 'otieno' };
const PARTNER = '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA';
const SELF = '12D3KooWRBhwfeP2Y9CDkFRBAZ1pmxUadH36TKuk3KtKm5XXP8mA';
const WATCHED = containerNumber('MSK', 123456);
const OTHER = containerNumber('CSQ', 305438);

const users: WatchlistUsers = {
  get: (username) => Promise.resolve(USERS.find((u) => u.username === username)),
  list: () => Promise.resolve([...USERS]),
};
const USERS = [AMINA, OTIENO, WANJIRU, AUDITOR].map((v) => ({ ...v, disabled: false }));

const inContainer = (container: string, overrides: Partial<CaseInput> = {}): CaseInput =>
  validCase({ conveyance: { mode: 'sea-container', containerNumber: container }, ...overrides });

describe('watch-list service', function () {
  this.timeout(30_000);
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let store: RecordStore;
  let service: WatchlistService;
  let states: AgreementState[];
  let received: InboxEntry[];
  const clock = new TestClock();

  const inbox: WatchedInbox = {
    getMany: () => Promise.resolve([]),
    get: (owner, _type, id) =>
      Promise.resolve(received.find((e) => e.provenance.owner.nodeId === owner && e.id === id)),
    all: () => Readable.from(received) as AsyncIterable<InboxEntry>,
  };

  const makeService = () =>
    new WatchlistService(
      {
        kv: store.kv,
        store,
        users,
        agreements: { states: () => Promise.resolve(states) },
        self: SELF,
        log: silentLoggers().root,
        inbox,
        clock: clock.now,
      },
      // The tests evaluate when they mean to (catchUp), not on a timer.
      { tailIntervalMs: 60_000, agreementCheckIntervalMs: 60_000 },
    );

  const unread = async (viewer: Viewer) => (await service.notifications(viewer)).unread;
  const containerRule = (values = [WATCHED], extra: Record<string, unknown> = {}) =>
    service.create(
      { name: 'Known reefers', kind: 'list', list: { type: 'container', values }, ...extra },
      AMINA,
    );

  beforeEach(async () => {
    dir = await makeTempDir('cen-watchlists-');
    store = await openStore(dir.path, { country: 'KE', clock: clock.now });
    states = [];
    received = [];
    service = makeService();
    await service.start();
  });
  afterEach(async () => {
    await service.stop();
    await store.close();
    await dir.remove();
  });

  it('notifies the owners once for a case created after the rule, and once only when it is edited', async () => {
    const rule = await containerRule([WATCHED], { owners: ['amina', 'otieno'] });
    clock.advance(1000);
    const before = await store.createCase(inContainer(OTHER), ACTOR);
    const matching = await store.createCase(inContainer(WATCHED.toLowerCase()), ACTOR);
    await service.catchUp();

    const page = await service.notifications(AMINA);
    expect(page.unread).to.equal(1);
    expect(page.items).to.have.length(1);
    expect(page.items[0]).to.deep.include({
      ruleId: rule.id,
      ruleName: 'Known reefers',
      record: { type: 'case', id: matching.id },
      recordVersion: 1,
      matched: [{ field: 'container', value: WATCHED }],
      read: false,
    });
    expect(await unread(OTIENO)).to.equal(1);
    expect(
      (await service.matchesOf({ type: 'case', id: matching.id }, AMINA)).map((m) => m.ruleId),
    ).to.deep.equal([rule.id]);
    expect(await service.matchesOf({ type: 'case', id: before.id }, AMINA)).to.deep.equal([]);

    await store.updateCase(matching.id, inContainer(WATCHED, { narrative: 'Second look.' }), 1, ACTOR);
    await service.catchUp();
    expect(await unread(AMINA)).to.equal(1);

    const read = await service.markRead(page.items[0]!.id, AMINA);
    expect(read.read).to.equal(true);
    expect(await unread(AMINA)).to.equal(0);
    expect(await unread(OTIENO)).to.equal(1);
  });

  it('notifies for cases imported in one batch (createCases), each matching case once', async () => {
    await service.create(
      {
        name: 'Cocaine by sea from Colombia',
        kind: 'pattern',
        pattern: {
          commodity: ['cocaine'],
          routeOrigin: ['CO'],
          conveyanceMode: ['sea-container'],
          concealmentMethod: ['cargo'],
        },
      },
      AMINA,
    );
    clock.advance(1000);
    const imported = await store.createCases(
      [
        validCase(),
        validCase({ items: [item(1)] }),
        validCase({ concealment: { method: 'baggage' } }),
        validCase({ route: { origin: 'CO', destination: 'KE' } }),
      ],
      { username: 'system:import' },
    );
    await service.catchUp();
    const page = await service.notifications(AMINA);
    expect(page.items.map((n) => n.record.id).sort()).to.deep.equal(
      [imported[0]!.id, imported[3]!.id].sort(),
    );
  });

  it('matches what a linked person or company holds, also when the link is added by an edit', async () => {
    await service.create(
      { name: 'Passports', kind: 'list', list: { type: 'document', values: ['AK 1234567'] } },
      AMINA,
    );
    await service.create(
      { name: 'Fronts', kind: 'list', list: { type: 'company', values: ['PVT-2019-44871'] } },
      AMINA,
    );
    clock.advance(1000);
    const person = await store.createPerson(validPerson(), ACTOR);
    const business = await store.createBusiness(validBusiness(), ACTOR);
    const c = await store.createCase(validCase(), ACTOR);
    await service.catchUp();
    expect(await unread(AMINA)).to.equal(0);
    await store.updateCase(
      c.id,
      validCase({
        persons: [{ id: person.id, role: 'suspect' }],
        businesses: [{ id: business.id, role: 'importer' }],
      }),
      1,
      ACTOR,
    );
    await service.catchUp();
    const names = (await service.notifications(AMINA)).items.map((n) => n.ruleName).sort();
    expect(names).to.deep.equal(['Fronts', 'Passports']);
  });

  it('neither notifies again nor misses a change made while it was stopped', async () => {
    await containerRule();
    clock.advance(1000);
    await store.createCase(inContainer(WATCHED), ACTOR);
    await service.catchUp();
    expect(await unread(AMINA)).to.equal(1);

    await service.stop();
    const whileDown = await store.createCase(inContainer(WATCHED), ACTOR);
    // The store closes and opens again, as with a node restart.
    await store.close();
    store = await openStore(dir.path, { country: 'KE', clock: clock.now });
    service = makeService();
    await service.start();
    await service.catchUp();
    const page = await service.notifications(AMINA);
    expect(page.unread).to.equal(2);
    expect(page.items[0]!.record).to.deep.equal({ type: 'case', id: whileDown.id });
  });

  it('does not look at cases written before the rule, unless an owner runs it', async () => {
    const old = await store.createCase(inContainer(WATCHED), ACTOR);
    clock.advance(1000);
    const rule = await containerRule();
    await service.catchUp();
    expect(await unread(AMINA)).to.equal(0);
    try {
      await service.run(rule.id, OTIENO);
      expect.fail('a user who neither owns nor wrote the rule ran it');
    } catch (err) {
      expect((err as Error).name).to.equal('NotFoundError');
    }
    expect(await service.run(rule.id, AMINA)).to.deep.equal({ checked: 1, matched: 1 });
    expect(await service.run(rule.id, AMINA)).to.deep.equal({ checked: 1, matched: 0 });
    expect((await service.notifications(AMINA)).items.map((n) => n.record.id)).to.deep.equal([old.id]);
  });

  it('evaluates cases a partner sent, once per case whatever their version', async () => {
    await containerRule();
    clock.advance(1000);
    const entry = (version: number): InboxEntry => ({
      type: 'case',
      id: '01900000-0000-7000-8000-0000000000c1',
      version,
      sha256: 'a'.repeat(64),
      record: {
        kind: 'seizure',
        seizureDate: '2026-03-01',
        conveyance: { mode: 'sea-container', containerNumber: WATCHED },
      },
      provenance: {
        owner: { nodeId: PARTNER, country: 'TZ' },
        agreementId: 'agr',
        agreementVersion: 1,
        mode: 'sync',
        manifestId: 'm',
        receivedAt: clock.now().toISOString(),
        purgeAt: '2027-01-01T00:00:00.000Z',
      },
    });
    await service.evaluateReceived([entry(1)]);
    await service.evaluateReceived([entry(2)]);
    const page = await service.notifications(AMINA);
    expect(page.items.map((n) => n.record)).to.deep.equal([
      { type: 'inbox', owner: PARTNER, id: '01900000-0000-7000-8000-0000000000c1' },
    ]);
    expect(
      await service.matchesOf(
        { type: 'inbox', owner: PARTNER, id: '01900000-0000-7000-8000-0000000000c1' },
        AMINA,
      ),
    ).to.have.length(1);

    // One that arrived while the service was down is evaluated when it starts.
    await service.stop();
    received = [{ ...entry(1), id: '01900000-0000-7000-8000-0000000000c2' }];
    service = makeService();
    await service.start();
    await service.idle();
    expect(await unread(AMINA)).to.equal(2);
  });

  it('shows a rule, its matches and its notifications to its owners only', async () => {
    const rule = await containerRule();
    clock.advance(1000);
    const c = await store.createCase(inContainer(WATCHED), ACTOR);
    await service.catchUp();
    expect((await service.list(AMINA)).map((r) => r.id)).to.deep.equal([rule.id]);
    expect(await service.list(WANJIRU)).to.deep.equal([]);
    expect(await service.list(AUDITOR)).to.deep.equal([]);
    expect(await service.matchesOf({ type: 'case', id: c.id }, WANJIRU)).to.deep.equal([]);
    expect(await unread(WANJIRU)).to.equal(0);
    for (const attempt of [
      () => service.get(rule.id, WANJIRU),
      () =>
        service.update(
          rule.id,
          { name: 'Mine now', kind: 'pattern', pattern: { commodity: ['cocaine'] } },
          1,
          WANJIRU,
        ),
      () => service.delete(rule.id, 1, WANJIRU),
    ]) {
      try {
        await attempt();
        expect.fail('a user who does not own the rule reached it');
      } catch (err) {
        expect((err as Error).name).to.equal('NotFoundError');
      }
    }
  });

  it('lets owners change and delete a rule at the version they read, with named refusals', async () => {
    const rule = await containerRule([WATCHED], { owners: ['amina', 'otieno'] });
    const changed = await service.update(
      rule.id,
      {
        name: 'Known reefers (2)',
        kind: 'list',
        list: { type: 'container', values: [WATCHED, OTHER] },
        owners: ['otieno'],
      },
      1,
      OTIENO,
    );
    expect(changed).to.deep.include({
      version: 2,
      createdBy: 'amina',
      updatedBy: 'otieno',
      owners: ['otieno'],
    });
    // Amina wrote it: she may still see and change it.
    expect((await service.get(rule.id, AMINA)).version).to.equal(2);
    const refusals: [() => Promise<unknown>, string][] = [
      [
        () =>
          service.update(
            rule.id,
            { name: 'x', kind: 'pattern', pattern: { commodity: ['cocaine'] } },
            1,
            AMINA,
          ),
        'VersionConflictError',
      ],
      [
        () =>
          service.create(
            { name: 'x', kind: 'pattern', pattern: { commodity: ['cocaine'] }, owners: ['audrey'] },
            AMINA,
          ),
        'ValidationError',
      ],
      [
        () =>
          service.create(
            { name: 'x', kind: 'pattern', pattern: { commodity: ['cocaine'] }, owners: ['nobody'] },
            AMINA,
          ),
        'ValidationError',
      ],
      [() => service.get('not-an-id', AMINA), 'InvalidIdError'],
    ];
    for (const [attempt, name] of refusals) {
      try {
        await attempt();
        expect.fail(`expected ${name}`);
      } catch (err) {
        expect((err as Error).name).to.equal(name);
      }
    }
    await service.delete(rule.id, 2, OTIENO);
    expect(await service.list(OTIENO)).to.deep.equal([]);
  });

  it('keeps a partner’s rule read-only, evaluates it on own cases only, and stops it when the agreement ends', async () => {
    states = [agreementWith(PARTNER)];
    const remoteId = uuidv7();
    const statement = {
      from: PARTNER,
      to: SELF,
      agreementId: 'agreement-1',
      agreementVersion: 1,
      at: clock.now().toISOString(),
      rule: { id: remoteId, version: 1, name: 'Partner reefers', kind: 'list' as const, active: true },
    };
    const body = {
      name: 'Partner reefers',
      kind: 'list' as const,
      list: { type: 'container' as const, values: [WATCHED] },
      active: true,
    };
    const stored = await service.applyReceived(
      PARTNER,
      { name: 'Tanzania', country: 'TZ' },
      statement,
      body,
      'a.b.c',
    );
    expect(stored.outcome).to.equal('stored');
    expect((await service.applyReceived(PARTNER, {}, statement, body, 'a.b.c')).outcome).to.equal(
      'unchanged',
    );
    const rule = (await service.list(WANJIRU)).find((r) => r.origin) as WatchlistRule;
    expect(rule.origin).to.deep.include({ nodeId: PARTNER, ruleId: remoteId, country: 'TZ' });
    expect(rule.owners).to.deep.equal(['amina', 'otieno', 'wanjiru']);
    try {
      await service.update(
        rule.id,
        { name: 'x', kind: 'pattern', pattern: { commodity: ['cocaine'] } },
        1,
        AMINA,
      );
      expect.fail('a received rule was edited');
    } catch (err) {
      expect(err).to.be.instanceOf(Error).with.property('name', 'ReceivedRuleReadOnlyError');
    }
    expect(NotRuleOwnerError.name).to.equal('NotRuleOwnerError');

    clock.advance(1000);
    await store.createCase(inContainer(WATCHED), ACTOR);
    await service.catchUp();
    expect((await service.notifications(WANJIRU)).items.map((n) => n.ruleName)).to.deep.equal([
      'Partner reefers',
    ]);

    states = [];
    expect(await service.checkReceivedRules()).to.equal(1);
    expect((await service.get(rule.id, WANJIRU)).deactivatedReason).to.equal('agreement-ended');
    await store.createCase(inContainer(WATCHED), ACTOR);
    await service.catchUp();
    expect(await unread(WANJIRU)).to.equal(1);
  });
});

/** An agreement state the service reads as in force with `peer`, allowing queries. */
function agreementWith(peer: string): AgreementState {
  const now = Date.now();
  return {
    agreement: {
      id: 'agreement-1',
      version: 1,
      type: 'bilateral',
      parties: [
        { administration: 'KE', name: 'Kenya', nodeId: SELF, key: {} },
        { administration: 'TZ', name: 'Tanzania', nodeId: peer, key: {} },
      ],
      modes: ['query'],
      validity: {
        from: new Date(now - 86_400_000).toISOString(),
        until: new Date(now + 86_400_000).toISOString(),
      },
    },
    signedBy: [SELF, peer],
  } as unknown as AgreementState;
}
