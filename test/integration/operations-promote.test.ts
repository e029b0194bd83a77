/**
 * A report made into a national case, and an operation archived at its close, between real nodes
 * over loopback. KE organises an operation with TZ and UG as members; TZ's officer posts a
 * report on the template and makes it a draft case on TZ, its fields in the case's fields and
 * the rest in the narrative. Neither UG nor KE may make a case of TZ's report, nor TZ twice.
 * Once KE closes the operation it is archived: listed so on every node, nobody posts in it and
 * its template and members no longer change; its reports can still be made cases.
 */
import { expect } from 'chai';
import {
  apiPaths,
  type OperationDetail,
  type OperationListResponse,
  type OperationMessagesResponse,
  type PostOperationMessageResponse,
  type PromoteOperationReportResponse,
} from '../../protocol/api.ts';
import { caseInputOfReport, OPERATIONS_NS } from '../../node/operations/index.ts';
import type { KvStore } from '../../node/store/kv.ts';
import type { CaseId } from '../../protocol/ids.ts';
import type { OperationDefinition, OperationThreadEntry } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { validateCaseInput } from '../../protocol/validation.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { eventually, linkPartners, OPERATIONS_P2P, runOperation } from '../helpers/operations.ts';

type ApiError = { error: { code: string; message: string } };

describe('operations: a report made a case, and the archive at close', function () {
  this.timeout(60_000);
  let ke: TestNode, tz: TestNode, ug: TestNode;
  let keAnalyst: ApiClient, keOfficer: ApiClient, tzAnalyst: ApiClient, tzOfficer: ApiClient;
  let ugOfficer: ApiClient;
  let operationId = '';
  let reportId = '';
  let caseId = '';

  const report = {
    commodity: 'cocaine',
    quantity: { value: 12.5, unit: 'kg' },
    route: ['CO', 'PA', 'ES', 'TZ'],
    conveyance: 'sea-container',
    concealment: 'hidden-compartment',
    detection: 'scanner',
    place: 'seaport',
    seized: '2026-11-02',
    area: 'drugs',
    'reported-to': 'KE',
    seal: 'MSKU-77\r\nbroken',
    dog: true,
    packages: 40,
  };

  /** Posts on TZ and waits until TZ holds the message in its thread (numbered by KE). */
  const postOnTz = async (body: Record<string, unknown>): Promise<string> => {
    const posted = await tzOfficer.post<PostOperationMessageResponse>(
      apiPaths.operationMessages(operationId),
      body,
    );
    expect(posted.status, JSON.stringify(posted.body)).to.equal(201);
    await eventually(async () => {
      const page = await tzOfficer.get<OperationMessagesResponse>(
        `${apiPaths.operationMessages(operationId)}?limit=1000`,
      );
      return page.body.items.some((e) => e.id === posted.body.id);
    }, 'TZ holds its message in the thread');
    return posted.body.id;
  };
  const promote = <T>(client: ApiClient, messageId: string) =>
    client.post<T>(apiPaths.operationMessagePromote(operationId, messageId), {});

  before(async () => {
    [ke, tz, ug] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', p2p: OPERATIONS_P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Revenue Authority', p2p: OPERATIONS_P2P }),
      startTestNode({ country: 'UG', name: 'Uganda Revenue Authority', p2p: OPERATIONS_P2P }),
    ]);
    await linkPartners([
      [ke, tz],
      [ke, ug],
    ]);
    let ugAnalyst: ApiClient;
    [keAnalyst, keOfficer, tzAnalyst, tzOfficer, ugAnalyst, ugOfficer] = await Promise.all([
      ke.loginAs('analyst'),
      ke.loginAs('officer'),
      tz.loginAs('analyst'),
      tz.loginAs('officer'),
      ug.loginAs('analyst'),
      ug.loginAs('officer'),
    ]);
    operationId = await runOperation(
      keAnalyst,
      [
        { node: tz, analyst: tzAnalyst },
        { node: ug, analyst: ugAnalyst },
      ],
      {
        name: 'Operation Cobra',
        participants: ['officer1'],
        template: {
          fields: [
            { key: 'commodity', type: 'commodity', required: true },
            { key: 'quantity', type: 'quantity', required: false },
            { key: 'route', type: 'route', required: false },
            { key: 'conveyance', type: 'conveyance-mode', required: false },
            { key: 'concealment', type: 'concealment-method', required: false },
            { key: 'detection', type: 'detection-method', required: false },
            { key: 'place', type: 'location-type', required: false },
            { key: 'seized', type: 'seizure-date', required: false },
            { key: 'area', type: 'itr-area', required: false },
            { key: 'reported-to', type: 'country', required: false },
            { key: 'seal', type: 'text', label: 'Seal number', required: false },
            { key: 'dog', type: 'yes-no', label: 'Detector dog used', required: false },
            { key: 'packages', type: 'number', label: 'Packages', required: false },
          ],
        },
      },
    );
  });

  after(async () => {
    await Promise.all([ke?.close(), tz?.close(), ug?.close()]);
  });

  it('makes a report a draft case on the node that posted it, its fields mapped', async () => {
    reportId = await postOnTz({ text: 'Container held at Dar es Salaam\nfor a second search', report });
    const made = await promote<PromoteOperationReportResponse>(tzOfficer, reportId);
    expect(made.status, JSON.stringify(made.body)).to.equal(201);
    caseId = made.body.caseId;
    expect(made.headers.get('location')).to.equal(apiPaths.case(caseId));

    const stored = await tzOfficer.get<Case>(apiPaths.case(caseId));
    expect(stored.status).to.equal(200);
    const c = stored.body;
    expect(c).to.include({
      kind: 'seizure',
      form: 'simplified',
      status: 'draft',
      reportingCountry: 'TZ',
      seizureDate: '2026-11-02',
      operationId,
      createdBy: 'officer1',
    });
    expect(c.items).to.deep.equal([{ itrArea: 'drugs', commodity: 'cocaine', quantity: 12.5, unit: 'kg' }]);
    expect(c.route).to.deep.equal({ origin: 'CO', transit: ['PA', 'ES'], destination: 'TZ' });
    expect(c.conveyance).to.deep.equal({ mode: 'sea-container' });
    expect(c.concealment).to.deep.equal({ method: 'hidden-compartment' });
    expect(c.detection).to.deep.equal({ method: 'scanner' });
    expect(c.location).to.deep.equal({ type: 'seaport' });
    expect(c.tags).to.deep.equal([`operation-message:${reportId}`]);
    // The free fields and what has no place in a case, with their labels; the message's text.
    const narrative = c.narrative!;
    expect(narrative).to.include('Operation Cobra');
    expect(narrative).to.include('Container held at Dar es Salaam\nfor a second search');
    expect(narrative).to.include('Seal number: MSKU-77\nbroken');
    expect(narrative).to.include('Detector dog used: yes');
    expect(narrative).to.include('Packages: 40');
    expect(narrative).to.include('Country: Kenya (KE)');
    // The ITR area agrees with the commodity's: it is the item's, not repeated.
    expect(narrative).not.to.include('ITR area');

    // The operation shows the report as made into that case, on TZ only.
    const detail = await tzOfficer.get<OperationDetail>(apiPaths.operation(operationId));
    expect(detail.body.self).to.equal(tz.node.nodeId);
    expect(detail.body.promotions).to.deep.equal({ [reportId]: caseId });

    // Audited as the creation of a case, saying what it was made of.
    const audit = await tz.node.services.audit.list({ target: caseId, limit: 10 });
    expect(audit.items.map((e) => [e.action, e.actor, e.details])).to.deep.equal([
      [
        'record-created',
        'officer1',
        { type: 'case', from: 'operation', operation: operationId, message: reportId },
      ],
    ]);
  });

  it('refuses it on another member’s node and on the organiser’s, and a second time', async () => {
    const onUg = await promote<ApiError>(ugOfficer, reportId);
    expect(onUg.status).to.equal(409);
    expect(onUg.body.error.message).to.match(/only the administration that posted this report/);
    // KE's officer takes part once named; still, it is TZ's report.
    await keAnalyst.put(apiPaths.operationParticipants(operationId), {
      participants: ['analyst1', 'officer1'],
    });
    const onKe = await promote<ApiError>(keOfficer, reportId);
    expect(onKe.status).to.equal(409);
    expect(onKe.body.error.message).to.match(/only the administration that posted this report/);
    expect((await ug.node.services.store.counts()).cases).to.equal(0);
    expect((await ke.node.services.store.counts()).cases).to.equal(0);

    const again = await promote<ApiError>(tzOfficer, reportId);
    expect(again.status).to.equal(409);
    expect(again.body.error.message).to.include(`already case ${caseId}`);
    expect((await tz.node.services.store.counts()).cases).to.equal(1);

    // Only a report becomes a case; an unknown message is not found; writing cases takes case:write.
    const chat = await postOnTz({ text: 'Nothing found in the second container' });
    const notReport = await promote<ApiError>(tzOfficer, chat);
    expect(notReport.status).to.equal(409);
    expect(notReport.body.error.message).to.match(/holds no report/);
    expect((await promote(tzOfficer, '01900000-0000-7000-8000-0000000000bb')).status).to.equal(404);
    expect((await promote(tzAnalyst, reportId)).status).to.equal(403);

    // A case deleted since can be made again.
    const deleted = await tzOfficer.delete(`${apiPaths.case(caseId)}?version=1`);
    expect(deleted.status).to.equal(200);
    const remade = await promote<PromoteOperationReportResponse>(tzOfficer, reportId);
    expect(remade.status).to.equal(201);
    expect(remade.body.caseId).not.to.equal(caseId);
  });

  it('archives the operation at its close: read-only everywhere, its reports still promotable', async () => {
    const late = await postOnTz({ report: { commodity: 'heroin', quantity: { value: 3, unit: 'kg' } } });
    const closed = await keAnalyst.post<OperationDetail>(apiPaths.operationClose(operationId), {});
    expect(closed.status).to.equal(200);
    expect(closed.body.state).to.equal('archived');
    for (const [who, client] of [
      ['KE', keAnalyst],
      ['TZ', tzOfficer],
      ['UG', ugOfficer],
    ] as const) {
      await eventually(async () => {
        const list = await client.get<OperationListResponse>(apiPaths.operations);
        return list.body.items.find((o) => o.definition.id === operationId)?.state === 'archived';
      }, `${who} lists the operation as archived`);
    }

    // Nobody posts: not a member, not the organiser.
    for (const client of [tzOfficer, keAnalyst]) {
      const refused = await client.post<ApiError>(apiPaths.operationMessages(operationId), {
        text: 'one more',
      });
      expect(refused.status).to.equal(409);
      expect(refused.body.error).to.include({ code: 'operation_refused' });
      expect(refused.body.error.message).to.match(/archived/);
    }
    // Its template and members no longer change, and it is not closed twice.
    const template = await keAnalyst.put<ApiError>(apiPaths.operationTemplate(operationId), {
      fields: [{ key: 'commodity', type: 'commodity', required: true }],
    });
    const removal = await keAnalyst.delete<ApiError>(apiPaths.operationMember(operationId, ug.node.nodeId));
    const addition = await keAnalyst.post<ApiError>(apiPaths.operationMembers(operationId), {
      nodeId: ug.node.nodeId,
    });
    const again = await keAnalyst.post<ApiError>(apiPaths.operationClose(operationId), {});
    for (const refused of [template, removal, addition, again]) {
      expect(refused.status, JSON.stringify(refused.body)).to.equal(409);
      expect(refused.body.error.message).to.match(/archived/);
    }
    const detail = await keAnalyst.get<OperationDetail>(apiPaths.operation(operationId));
    expect(detail.body.head).to.equal(closed.body.head);
    expect(detail.body.progress!.map((m) => m.status)).to.deep.equal(['accepted', 'accepted']);

    // The thread is still read, and a report in it still becomes a case.
    const made = await promote<PromoteOperationReportResponse>(tzOfficer, late);
    expect(made.status).to.equal(201);
    const c = (await tzOfficer.get<Case>(apiPaths.case(made.body.caseId))).body;
    expect(c.items).to.deep.equal([{ itrArea: 'drugs', commodity: 'heroin', quantity: 3, unit: 'kg' }]);

    // At the end of its retention the operation goes, with what it knew of its cases; the cases stay.
    tz.clock.advance(366 * 86_400_000);
    expect(await tz.node.operations.purgeExpired()).to.deep.equal([operationId]);
    const { kv } = tz.node.services.store as unknown as { kv: KvStore };
    const left: string[] = [];
    for await (const [key] of kv.iterate(OPERATIONS_NS.promotions)) left.push(key);
    expect(left).to.deep.equal([]);
    expect((await tz.node.services.store.getCase(made.body.caseId as CaseId))?.operationId).to.equal(
      operationId,
    );
  });
});

describe('operations: the case a report becomes (caseInputOfReport)', () => {
  const definition: OperationDefinition = {
    id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b',
    name: 'Operation Heron',
    organiser: { nodeId: 'organiser', name: 'Kenya Revenue Authority' },
    members: [{ nodeId: 'member', name: 'Tanzania Revenue Authority', status: 'accepted' }],
    period: { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' },
    retentionDays: 30,
    state: 'active',
    template: {
      version: 2,
      fields: [
        { key: 'commodity', type: 'commodity', required: false },
        { key: 'also', type: 'commodity', required: false },
        { key: 'area', type: 'itr-area', required: false },
        { key: 'quantity', type: 'quantity', required: false },
        { key: 'route', type: 'route', required: false },
        { key: 'seized', type: 'seizure-date', required: false },
        { key: 'notes', type: 'text', label: 'Notes', required: false },
      ],
    },
    version: 3,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  const entryWith = (report: OperationThreadEntry['report'], at = '2026-11-20T10:00:00.000Z') =>
    ({
      seq: 7,
      kind: 'message',
      from: 'member',
      at,
      relayedAt: at,
      id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7c',
      author: 'officer1',
      report,
    }) satisfies OperationThreadEntry;
  const valid = (input: unknown) => validateCaseInput(input, { country: 'TZ', today: '2026-11-29' });

  it('keeps in the narrative what has no place in a case, with its label', () => {
    const input = caseInputOfReport({
      definition,
      entry: entryWith({
        quantity: { value: 3, unit: 'kg' },
        area: 'environment',
        route: ['KE'],
        seized: '2026-12-25',
        'old-field': 'from an older template',
      }),
      today: '2026-11-29',
    });
    // No commodity, so no item: the quantity and the ITR area stay in words.
    expect(input.items).to.deep.equal([]);
    expect(input.route).to.deep.equal({ origin: 'KE' });
    // A seizure date after today is no seizure date: the day the report was written is.
    expect(input.seizureDate).to.equal('2026-11-20');
    expect(input.narrative).to.include('Quantity: 3 Kilograms (kg)');
    expect(input.narrative).to.include('ITR area: Environment (environment)');
    expect(input.narrative).to.include('Seizure date: 2026-12-25');
    expect(input.narrative).to.include('old-field: from an older template');
    expect(input.narrative).to.include('Tanzania Revenue Authority');
    expect(valid(input).ok).to.equal(true);
  });

  it('makes one item of the first commodity; a second one and a disagreeing ITR area are words', () => {
    const input = caseInputOfReport({
      definition,
      entry: entryWith(
        { commodity: 'cocaine', also: 'ivory', area: 'environment' },
        '2026-11-30T01:00:00.000Z',
      ),
      today: '2026-11-29',
    });
    expect(input.items).to.deep.equal([{ itrArea: 'drugs', commodity: 'cocaine' }]);
    expect(input.narrative).to.include('Commodity: Ivory (ivory)');
    expect(input.narrative).to.include('ITR area: Environment (environment)');
    // Written "tomorrow" by a clock ahead of this node's: the case is dated today.
    expect(input.seizureDate).to.equal('2026-11-29');
    expect(valid(input).ok).to.equal(true);
  });

  it('keeps a narrative the case store accepts: no control characters, within its length', () => {
    const input = caseInputOfReport({
      definition,
      entry: {
        ...entryWith({ notes: `a\u0000b\u0007c\r\n${'x'.repeat(1_900)}` }),
        text: 'y'.repeat(8_000),
      },
      today: '2026-11-29',
    });
    expect(input.narrative).to.include('Notes: a b c\nxxx');
    const result = valid({ ...input, narrative: input.narrative });
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    const long = caseInputOfReport({
      definition: {
        ...definition,
        template: {
          version: 2,
          fields: Array.from({ length: 20 }, (_, i) => ({
            key: `n${i}`,
            type: 'text' as const,
            label: `Note ${i}`,
            required: false,
          })),
        },
      },
      entry: entryWith(
        Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`n${i}`, 'z'.repeat(2_000)])),
      ),
      today: '2026-11-29',
    });
    expect(long.narrative!.length).to.equal(20_000);
    expect(long.narrative!.endsWith('…')).to.equal(true);
    expect(valid(long).ok).to.equal(true);
  });
});
