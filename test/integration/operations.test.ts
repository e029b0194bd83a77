/**
 * CENcomm operations between real nodes over loopback (`/cen/operations/1.0.0`). KE organises an
 * operation with TZ and UG as members; RW has agreements with KE and TZ but is not a member.
 * A report posted on one member reaches the other and the organiser; RW can neither post nor
 * deliver; UG, stopped during ten messages, receives all ten in order once each after it starts
 * again; TZ, removed, receives nothing more; the organiser's extraction holds every report.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lpStream } from '@libp2p/utils';
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import { loadConfig } from '../../node/config.ts';
import { startNode, type RunningNode } from '../../node/index.ts';
import { loadIdentity } from '../../node/identity.ts';
import { framedStream } from '../../node/p2p/index.ts';
import { signingKeyFromLibp2p, signStatement } from '../../policies/index.ts';
import {
  apiPaths,
  type OperationDetail,
  type OperationListResponse,
  type OperationMessagesResponse,
  type OperationThreadEntry,
  type PostOperationMessageResponse,
} from '../../protocol/api.ts';
import { OPERATIONS_NS, seqOf } from '../../node/operations/index.ts';
import type { KvStore } from '../../node/store/kv.ts';
import type { MessageStatement } from '../../node/operations/statements.ts';
import { cen } from '../../protocol/gen/operations.js';
import { OPERATION_JWS_TYPES, PROTOCOLS } from '../../protocol/protocols.ts';
import { parseCsv, readWorkbook } from '../helpers/export-reader.ts';
import { testLoggers } from '../helpers/logs.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { eventually, linkPartners, OPERATIONS_P2P as P2P } from '../helpers/operations.ts';

const Frame = cen.operations.v1.OperationsFrame;
const ANALYST = { username: 'analyst1', role: 'analyst' };

/** Sends one frame on a new operations stream from `from` to `to` and returns the answer. */
async function rawRequest(
  from: RunningNode,
  to: string,
  frame: cen.operations.v1.IOperationsFrame,
): Promise<cen.operations.v1.OperationsFrame> {
  const stream = await from.peerHost.openStream(to, 'operations');
  const frames = framedStream(stream, PROTOCOLS.operations, Frame);
  await frames.write(frame);
  const answer = await frames.read();
  await frames.close().catch(() => undefined);
  return answer;
}

describe('operations between nodes (CENcomm)', function () {
  this.timeout(90_000);
  let ke: TestNode, tz: TestNode, ug: TestNode, rw: TestNode;
  let keAnalyst: ApiClient,
    tzAnalyst: ApiClient,
    ugAnalyst: ApiClient,
    tzOfficer: ApiClient,
    ugOfficer: ApiClient;
  /** UG after its restart (its TestNode keeps the data directory and removes it at the end). */
  let ugAgain: RunningNode | undefined;
  let ugAgainLogs: { close(): void } | undefined;
  /** KE after its restart, likewise. */
  let keAgain: RunningNode | undefined;
  let keAgainLogs: ReturnType<typeof testLoggers> | undefined;
  let operationId = '';
  /** Every report posted, by message id. */
  const reports = new Map<string, Record<string, unknown>>();

  const thread = async (node: RunningNode, id = operationId): Promise<OperationThreadEntry[]> => {
    const items: OperationThreadEntry[] = [];
    let after = 0;
    for (;;) {
      const page = await node.operations.messages(id, ANALYST, { after, limit: 1000 });
      items.push(...page.items);
      if (page.nextAfter === undefined) return items;
      after = page.nextAfter;
    }
  };
  const messageOf = (from: string, text: string, at: string): MessageStatement => ({
    from,
    operationId,
    id: uuidv7(),
    author: 'officer1',
    text,
    at,
  });
  const messageIds = (entries: OperationThreadEntry[]) =>
    entries.filter((e) => e.kind === 'message').map((e) => e.id!);

  before(async () => {
    [ke, tz, ug, rw] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', p2p: P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Revenue Authority', p2p: P2P }),
      startTestNode({ country: 'UG', name: 'Uganda Revenue Authority', p2p: P2P }),
      startTestNode({ country: 'RW', name: 'Rwanda Revenue Authority', p2p: P2P }),
    ]);
    // Operations run between partners: KE with each member, and RW with KE and TZ.
    await linkPartners([
      [ke, tz],
      [ke, ug],
      [ke, rw],
      [tz, rw],
    ]);
    [keAnalyst, tzAnalyst, ugAnalyst, tzOfficer, ugOfficer] = await Promise.all([
      ke.loginAs('analyst'),
      tz.loginAs('analyst'),
      ug.loginAs('analyst'),
      tz.loginAs('officer'),
      ug.loginAs('officer'),
    ]);
  });

  after(async () => {
    await ugAgain?.close('test done');
    ugAgainLogs?.close();
    await keAgain?.close('test done');
    keAgainLogs?.close();
    await Promise.all([ke?.close(), tz?.close(), ug?.close(), rw?.close()]);
  });

  it('refuses members that are not partners, and a template field it does not know', async () => {
    const unknownPeer = '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA';
    const refused = await keAnalyst.post<{ error: { details: { path: string; rule: string }[] } }>(
      apiPaths.operations,
      {
        name: 'Operation Nothing',
        members: [unknownPeer],
        template: { fields: [{ key: 'colour', type: 'colour', required: true }] },
      },
    );
    expect(refused.status).to.equal(400);
    expect(refused.body.error.details.map((d) => `${d.path} ${d.rule}`)).to.have.members([
      'members[0] no-peer',
      'template.fields[0].type vocabulary',
    ]);
  });

  it('invites members, who accept on their own node; a report posted on one member reaches the other and the organiser', async () => {
    const created = await keAnalyst.post<OperationDetail>(apiPaths.operations, {
      name: 'Operation Jaguar',
      members: [tz.node.nodeId, ug.node.nodeId],
      template: {
        fields: [
          { key: 'commodity', type: 'commodity', required: true },
          { key: 'quantity', type: 'quantity', required: true },
          { key: 'route', type: 'route', required: false },
          { key: 'conveyance', type: 'conveyance-mode', required: false },
          { key: 'seal', type: 'text', label: 'Seal number', required: false },
        ],
      },
    });
    expect(created.status).to.equal(201);
    operationId = created.body.definition.id;
    expect(created.body.progress!.map((m) => m.status)).to.deep.equal(['invited', 'invited']);

    for (const [node, analyst] of [
      [tz, tzAnalyst],
      [ug, ugAnalyst],
    ] as const) {
      await eventually(async () => {
        const list = await analyst.get<OperationListResponse>(apiPaths.operations);
        return list.body.items.some((o) => o.definition.id === operationId && o.status === 'invited');
      }, `${node.node.config.name} holds the invitation`);
      // Before accepting, its officers see nothing of it.
      const officer = node === tz ? tzOfficer : ugOfficer;
      expect((await officer.get<OperationListResponse>(apiPaths.operations)).body.items).to.deep.equal([]);
      const accepted = await analyst.post<OperationDetail>(apiPaths.operationAccept(operationId), {
        participants: ['officer1'],
      });
      expect(accepted.status).to.equal(200);
      expect(accepted.body.status).to.equal('accepted');
    }
    await eventually(async () => {
      const detail = await keAnalyst.get<OperationDetail>(apiPaths.operation(operationId));
      return detail.body.progress!.every((m) => m.status === 'accepted');
    }, 'the organiser holds both acceptances');

    const report = {
      commodity: 'cocaine',
      quantity: { value: 12.5, unit: 'kg' },
      route: ['CO', 'PA', 'TZ'],
      seal: '=HYPERLINK("http://x")',
    };
    const posted = await tzOfficer.post<PostOperationMessageResponse>(
      apiPaths.operationMessages(operationId),
      {
        text: 'Container MSKU1234565 held at Dar es Salaam',
        report,
      },
    );
    expect(posted.status).to.equal(201);
    expect(posted.body.state).to.equal('relayed');
    reports.set(posted.body.id, report);

    for (const [who, client] of [
      ['UG', ugOfficer],
      ['KE', keAnalyst],
    ] as const) {
      await eventually(async () => {
        const page = await client.get<OperationMessagesResponse>(apiPaths.operationMessages(operationId));
        return page.body.items.some((e) => e.id === posted.body.id);
      }, `${who} holds the report`);
      const page = await client.get<OperationMessagesResponse>(apiPaths.operationMessages(operationId));
      const entry = page.body.items.find((e) => e.id === posted.body.id)!;
      expect(entry).to.include({ seq: posted.body.seq, from: tz.node.nodeId, author: 'officer1' });
      expect(entry.report).to.deep.equal(report);
    }

    // A report that does not fit the template never leaves the member's node.
    const bad = await tzOfficer.post<{ error: { details: { path: string }[] } }>(
      apiPaths.operationMessages(operationId),
      { report: { quantity: { value: -1, unit: 'kg' }, weight: 3 } },
    );
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details.map((d) => d.path)).to.have.members([
      'report.commodity',
      'report.quantity',
      'report.weight',
    ]);

    // On the organiser's node an officer sees it once named a participant.
    const keOfficer = await ke.loginAs('officer');
    expect((await keOfficer.get(apiPaths.operationMessages(operationId))).status).to.equal(404);
    const named = await keAnalyst.put<OperationDetail>(apiPaths.operationParticipants(operationId), {
      participants: ['analyst1', 'officer1'],
    });
    expect(named.body.participants).to.deep.equal(['analyst1', 'officer1']);
    expect((await keOfficer.get(apiPaths.operationMessages(operationId))).status).to.equal(200);

    // Read receipts reach the organiser.
    const head = (await thread(tz.node)).at(-1)!.seq;
    expect((await tzOfficer.post(apiPaths.operationRead(operationId), { upTo: head })).status).to.equal(200);
    await eventually(async () => {
      const receipts = await keAnalyst.get<{ receipts: Record<string, number> }>(
        apiPaths.operationReceipts(operationId),
      );
      return receipts.body.receipts[tz.node.nodeId] === head;
    }, 'the organiser holds TZ’s read receipt');
  });

  it('refuses a node that is not a member, at the organiser and at the members', async () => {
    const rwKey = signingKeyFromLibp2p((await loadIdentity(rw.dataDir)).privateKey);
    const message = {
      from: rw.node.nodeId,
      operationId,
      id: uuidv7(),
      author: 'intruder',
      text: 'let me in',
      at: new Date().toISOString(),
    };
    const statement = await signStatement(OPERATION_JWS_TYPES.message, message, rwKey);
    const atOrganiser = await rawRequest(rw.node, ke.node.nodeId, { submit: { kind: 'message', statement } });
    expect(atOrganiser.refusal?.code).to.equal('not-a-member');

    // A delivery from anyone but the organiser is refused by a member.
    const atMember = await rawRequest(rw.node, tz.node.nodeId, {
      deliver: { operationId, entries: [{ seq: 1000, kind: 'message', statement, relayedAt: message.at }] },
    });
    expect(atMember.refusal?.code).to.equal('not-the-organiser');

    // RW holds nothing of the operation, and nobody holds RW's message.
    const rwAnalyst = await rw.loginAs('analyst');
    expect((await rwAnalyst.get(apiPaths.operation(operationId))).status).to.equal(404);
    for (const node of [ke, tz, ug]) expect(messageIds(await thread(node.node))).not.to.include(message.id);
  });

  it('closes streams that carry garbage or oversized frames, and keeps serving', async () => {
    const frames = [
      randomBytes(64),
      Frame.encode({}).finish(),
      Frame.encode({ ack: { seq: 1 } }).finish(),
      Frame.encode({ submit: { kind: 'message', statement: 'x.y.z' } }).finish(),
      Frame.encode({ deliver: { operationId: 'not-an-id', entries: [] } }).finish(),
      randomBytes(PROTOCOLS.operations.maxFrameBytes + 1),
    ];
    for (const bytes of frames) {
      try {
        const stream = await rw.node.peerHost.openStream(ke.node.nodeId, 'operations');
        await lpStream(stream, { maxDataLength: bytes.length + 16 }).write(bytes, {
          signal: AbortSignal.timeout(5_000),
        });
        await stream.close({ signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
      } catch {
        // KE aborts what it cannot read, or a frame over its limit: that is the point.
      }
    }
    // The organiser still answers, and still refuses RW.
    const rwKey = signingKeyFromLibp2p((await loadIdentity(rw.dataDir)).privateKey);
    const statement = await signStatement(
      OPERATION_JWS_TYPES.message,
      messageOf(rw.node.nodeId, 'still not a member', new Date().toISOString()),
      rwKey,
    );
    const answer = await rawRequest(rw.node, ke.node.nodeId, { submit: { kind: 'message', statement } });
    expect(answer.refusal?.code).to.equal('not-a-member');
    expect((await keAnalyst.get(apiPaths.operation(operationId))).status).to.equal(200);
  });

  it('relays a message sent twice once, and a member refuses entries out of order', async () => {
    const tzKey = signingKeyFromLibp2p((await loadIdentity(tz.dataDir)).privateKey);
    const statement = await signStatement(
      OPERATION_JWS_TYPES.message,
      messageOf(tz.node.nodeId, 'sent twice: the first answer was lost', new Date().toISOString()),
      tzKey,
    );
    const first = await rawRequest(tz.node, ke.node.nodeId, { submit: { kind: 'message', statement } });
    const again = await rawRequest(tz.node, ke.node.nodeId, { submit: { kind: 'message', statement } });
    expect(seqOf(first.ack?.seq)).to.be.greaterThan(0);
    expect(seqOf(again.ack?.seq)).to.equal(seqOf(first.ack?.seq));
    const texts = (await thread(ke.node)).map((e) => e.text);
    expect(texts.filter((t) => t === 'sent twice: the first answer was lost')).to.have.length(1);

    // The organiser itself cannot skip an entry: UG refuses a gap and stores nothing of it.
    await eventually(
      async () => (await thread(ug.node)).length === (await thread(ke.node)).length,
      'UG caught up',
    );
    const head = (await thread(ug.node)).at(-1)!.seq;
    const keKey = signingKeyFromLibp2p((await loadIdentity(ke.dataDir)).privateKey);
    const at = new Date().toISOString();
    const gap = await rawRequest(ke.node, ug.node.nodeId, {
      deliver: {
        operationId,
        entries: [
          {
            seq: head + 2,
            kind: 'message',
            statement: await signStatement(
              OPERATION_JWS_TYPES.message,
              messageOf(ke.node.nodeId, 'gap', at),
              keKey,
            ),
            relayedAt: at,
          },
        ],
      },
    });
    expect(gap.refusal?.code).to.equal('out-of-order');
    expect((await thread(ug.node)).at(-1)!.seq).to.equal(head);
  });

  it('feeds an open console with each new entry as its node stores it (Server-Sent Events)', async () => {
    const controller = new AbortController();
    const feed = await fetch(`${ug.apiUrl}${apiPaths.operationEvents(operationId)}`, {
      headers: { cookie: ugOfficer.cookie! },
      signal: controller.signal,
    });
    try {
      expect(feed.status).to.equal(200);
      expect(feed.headers.get('content-type')).to.match(/^text\/event-stream/);
      const reader = feed.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      // The feed is open (its first comment arrived) before the message is posted elsewhere.
      while (!text.includes(': feed open')) text += decoder.decode((await reader.read()).value);
      const posted = await tzOfficer.post<PostOperationMessageResponse>(
        apiPaths.operationMessages(operationId),
        {
          text: 'Truck UAX 123B crossing at Malaba',
        },
      );
      while (!text.includes(posted.body.id)) text += decoder.decode((await reader.read()).value);
      const event = text.split('\n\n').find((block) => block.includes(posted.body.id))!;
      expect(event).to.include(`id: ${posted.body.seq}\nevent: entry\n`);
      const entry = JSON.parse(event.slice(event.indexOf('data: ') + 6)) as OperationThreadEntry;
      expect(entry).to.include({
        seq: posted.body.seq,
        from: tz.node.nodeId,
        text: 'Truck UAX 123B crossing at Malaba',
      });
    } finally {
      controller.abort();
    }
    // Without a session, or to a user who takes no part, it is refused.
    const anonymous = await fetch(`${ug.apiUrl}${apiPaths.operationEvents(operationId)}`);
    expect(anonymous.status).to.equal(401);
    await anonymous.body?.cancel();
  });

  it('delivers the ten messages a stopped member missed, in order and once each, when it comes back', async function () {
    await ug.node.close('stopped by the test');
    await eventually(() => !ke.node.peerHost.status(ug.node.nodeId).connected, 'KE sees UG gone');
    const sent: string[] = [];
    for (let i = 0; i < 10; i++) {
      const client = i % 2 === 0 ? tzOfficer : keAnalyst;
      const report = { commodity: 'heroin', quantity: { value: i + 1, unit: 'kg' }, conveyance: 'road' };
      const posted = await client.post<PostOperationMessageResponse>(
        apiPaths.operationMessages(operationId),
        {
          text: `message ${i + 1}`,
          ...(i % 3 === 0 ? { report } : {}),
        },
      );
      expect(posted.status, JSON.stringify(posted.body)).to.equal(201);
      sent.push(posted.body.id);
      if (i % 3 === 0) reports.set(posted.body.id, report);
    }

    ugAgainLogs = testLoggers('node-UG-again');
    ugAgain = await startNode(await loadConfig(ug.dataDir, {}), {
      loggers: (ugAgainLogs as ReturnType<typeof testLoggers>).loggers,
      clock: ug.clock.now,
      consoleDistDir: null,
      p2p: P2P,
    });
    const organiserThread = await thread(ke.node);
    await eventually(
      async () => (await thread(ugAgain!)).length === organiserThread.length,
      'UG caught up with the thread',
    );
    const received = await thread(ugAgain);
    // In order, with no gap and no repeat: the same sequence as the organiser's.
    expect(received.map((e) => e.seq)).to.deep.equal(organiserThread.map((e) => e.seq));
    expect(received.map((e) => e.seq)).to.deep.equal(received.map((_, i) => i + 1));
    const ids = messageIds(received);
    expect(ids.slice(-10)).to.deep.equal(sent);
    expect(new Set(ids).size).to.equal(ids.length);
    // The organiser moves UG's cursor once UG acknowledges what it stored.
    const delivered = async () =>
      (await ke.node.operations.get(operationId, ANALYST)).progress!.find((m) => m.nodeId === ug.node.nodeId)!
        .delivered;
    await eventually(
      async () => (await delivered()) === organiserThread.at(-1)!.seq,
      'KE records the delivery',
    );
  });

  it('stops delivering to a member the organiser removed, and refuses what it sends', async () => {
    const removed = await keAnalyst.delete<OperationDetail>(
      apiPaths.operationMember(operationId, tz.node.nodeId),
    );
    expect(removed.status).to.equal(200);
    const removalSeq = removed.body.head;
    await eventually(async () => {
      const page = await tzAnalyst.get<OperationDetail>(apiPaths.operation(operationId));
      return page.body.status === 'removed';
    }, 'TZ learns it was removed');
    expect((await thread(tz.node)).at(-1)!.seq).to.equal(removalSeq);

    const after = await keAnalyst.post<PostOperationMessageResponse>(
      apiPaths.operationMessages(operationId),
      {
        text: 'after TZ left',
      },
    );
    expect(after.status).to.equal(201);
    await eventually(
      async () => messageIds(await thread(ugAgain!)).includes(after.body.id),
      'UG receives the message posted after the removal',
    );
    expect(messageIds(await thread(tz.node))).not.to.include(after.body.id);
    expect((await thread(tz.node)).at(-1)!.seq).to.equal(removalSeq);
    // The member's own gate: even the organiser cannot deliver to it any more.
    const keKey = signingKeyFromLibp2p((await loadIdentity(ke.dataDir)).privateKey);
    const at = new Date().toISOString();
    const late = await signStatement(
      OPERATION_JWS_TYPES.message,
      messageOf(ke.node.nodeId, 'one more', at),
      keKey,
    );
    const forced = await rawRequest(ke.node, tz.node.nodeId, {
      deliver: {
        operationId,
        entries: [{ seq: removalSeq + 1, kind: 'message', statement: late, relayedAt: at }],
      },
    });
    expect(forced.refusal?.code).to.equal('not-a-member');
    const tzProgress = async () =>
      (await ke.node.operations.get(operationId, ANALYST)).progress!.find(
        (m) => m.nodeId === tz.node.nodeId,
      )!;
    await eventually(
      async () => (await tzProgress()).delivered === removalSeq,
      'KE records the delivery to TZ',
    );
    expect(await tzProgress()).to.include({ status: 'removed', delivered: removalSeq });

    // Its officers can no longer post, and the organiser refuses what it signs.
    const refused = await tzOfficer.post(apiPaths.operationMessages(operationId), { text: 'still here?' });
    expect(refused.status).to.equal(409);
    const tzKey = signingKeyFromLibp2p((await loadIdentity(tz.dataDir)).privateKey);
    const statement = await signStatement(
      OPERATION_JWS_TYPES.message,
      messageOf(tz.node.nodeId, 'x', new Date().toISOString()),
      tzKey,
    );
    const answer = await rawRequest(tz.node, ke.node.nodeId, { submit: { kind: 'message', statement } });
    expect(answer.refusal?.code).to.equal('not-a-member');
  });

  it('extracts every report to CSV and Excel for the organiser', async () => {
    const csv = await keAnalyst.get<string>(apiPaths.operationReportsCsv(operationId));
    expect(csv.status).to.equal(200);
    const [header, ...rows] = parseCsv(csv.body);
    expect(header).to.include.members([
      'seq',
      'author',
      'text',
      'commodity',
      'quantity',
      'route',
      'Seal number',
    ]);
    const organiserThread = await thread(ke.node);
    const seqOf = new Map(organiserThread.map((e) => [e.id, e.seq]));
    expect(rows.map((r) => Number(r[0]))).to.deep.equal([...reports.keys()].map((id) => seqOf.get(id)));
    const seal = header!.indexOf('Seal number');
    expect(rows[0]![seal]).to.equal('\'=HYPERLINK("http://x")');
    expect(rows[0]![header!.indexOf('commodity')]).to.equal('Cocaine');
    expect(rows[0]![header!.indexOf('route')]).to.equal('CO > PA > TZ');

    const xlsx = await fetch(`${ke.apiUrl}${apiPaths.operationReportsXlsx(operationId)}`, {
      headers: { cookie: keAnalyst.cookie! },
    });
    expect(xlsx.status).to.equal(200);
    const dir = await makeTempDir('cen-operation-extract-');
    try {
      const file = join(dir.path, 'reports.xlsx');
      await writeFile(file, Buffer.from(await xlsx.arrayBuffer()));
      const book = await readWorkbook(file);
      expect(book.sheets).to.have.length(1);
      expect(book.sheets[0]!.rows).to.have.length(reports.size + 1);
      expect(book.sheets[0]!.rows.slice(1).map((r) => r[0])).to.deep.equal(
        [...reports.keys()].map((id) => seqOf.get(id)),
      );
    } finally {
      await dir.remove();
    }
    // A member's node holds the thread but does not extract it.
    expect((await tzAnalyst.get(apiPaths.operationReportsCsv(operationId))).status).to.equal(403);
    // The organiser's audit log keeps who set up the operation, removed a member and took the reports away.
    const audit = await ke.node.services.audit.list({ target: operationId, limit: 100 });
    expect(
      audit.items.map((e) => [e.action, e.actor, e.details?.change ?? e.details?.format]),
    ).to.include.deep.members([
      ['operation-created', 'analyst1', undefined],
      ['operation-member-changed', 'analyst1', 'removed'],
      ['operation-extracted', 'analyst1', 'csv'],
      ['operation-extracted', 'analyst1', 'xlsx'],
    ]);
  });
  it('purges the operation on the organiser and the members when its retention ends', async () => {
    const created = await ke.node.operations.create(
      {
        name: 'Operation Short',
        members: [ug.node.nodeId],
        template: { fields: [{ key: 'commodity', type: 'commodity', required: true }] },
        retentionDays: 1,
      },
      ANALYST,
    );
    const id = created.definition.id;
    await eventually(
      async () => (await ugAgain!.operations.list(ANALYST)).some((o) => o.definition.id === id),
      'UG is invited',
    );
    await ugAgain!.operations.answer(id, 'accept', {}, ANALYST);
    await eventually(
      async () => (await ke.node.operations.get(id, ANALYST)).progress![0]!.status === 'accepted',
      'KE holds the acceptance',
    );
    await ke.node.operations.post(id, { report: { commodity: 'ivory' } }, ANALYST);
    const closed = await ke.node.operations.close(id, ANALYST);
    await eventually(
      async () => (await ugAgain!.operations.get(id, ANALYST)).head === closed.head,
      'UG holds the whole thread, its close included',
    );
    expect((await ugAgain!.operations.get(id, ANALYST)).state).to.equal('archived');

    // Not yet: a day after the close, less a minute.
    ke.clock.advance(86_400_000 - 60_000);
    ug.clock.advance(86_400_000 - 60_000);
    expect(await ke.node.operations.purgeExpired()).to.deep.equal([]);
    ke.clock.advance(120_000);
    ug.clock.advance(120_000);
    expect(await ke.node.operations.purgeExpired()).to.deep.equal([id]);
    expect(await ugAgain!.operations.purgeExpired()).to.deep.equal([id]);
    for (const node of [ke.node, ugAgain!]) {
      expect((await node.operations.list(ANALYST)).map((o) => o.definition.id)).not.to.include(id);
      for (const ns of Object.values(OPERATIONS_NS)) {
        const left: string[] = [];
        // The running node's store is the RecordStore, whose KvStore holds the operations.
        const { kv } = node.services.store as unknown as { kv: KvStore };
        for await (const [key] of kv.iterate(ns)) if (key.startsWith(id)) left.push(key);
        expect(left, `${ns} on ${node.config.name}`).to.deep.equal([]);
      }
    }
    // The operation that is still open stays.
    expect((await ke.node.operations.list(ANALYST)).map((o) => o.definition.id)).to.include(operationId);
  });
  it('keeps a member’s messages while the organiser is down and relays them when it is back', async () => {
    await ke.node.close('stopped by the test');
    await eventually(() => !ugAgain!.peerHost.status(ke.node.nodeId).connected, 'UG sees KE gone');
    const queued = await ugAgain!.operations.post(operationId, { text: 'posted while KE was down' }, ANALYST);
    expect(queued.state).to.equal('queued');
    const waiting = await ugAgain!.operations.messages(operationId, ANALYST, { after: 0 });
    expect(waiting.outgoing.map((o) => [o.id, o.state])).to.deep.equal([[queued.id, 'queued']]);

    keAgainLogs = testLoggers('node-KE-again');
    keAgain = await startNode(await loadConfig(ke.dataDir, {}), {
      loggers: keAgainLogs.loggers,
      clock: ke.clock.now,
      consoleDistDir: null,
      p2p: P2P,
    });
    await eventually(
      async () => messageIds(await thread(keAgain!)).includes(queued.id),
      'KE relays the queued message once it is back',
    );
    await eventually(
      async () => messageIds(await thread(ugAgain!)).includes(queued.id),
      'UG holds its message in the thread, numbered',
    );
    expect((await ugAgain!.operations.messages(operationId, ANALYST, { after: 0 })).outgoing).to.deep.equal(
      [],
    );
    expect(messageIds(await thread(keAgain)).filter((id) => id === queued.id)).to.have.length(1);
  });
});
