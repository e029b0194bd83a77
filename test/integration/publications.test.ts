/**
 * Publications and the forum between real nodes over loopback: a WCO node and two members
 * (Kenya and Tanzania, each with a contribution agreement), and Belgium's node with none. A
 * publication for Kenya only reaches Kenya; members verify the WCO node's signature and refuse a
 * tampered copy; a member that was down when it was published gets it when it comes back; a
 * withdrawal reaches members and takes the body and files away; attachments arrive byte for byte.
 * The forum: a thread started by Kenya's officer, answered by Tanzania's and by a WCO analyst,
 * read by all; a node without an agreement is refused.
 */
import { expect } from 'chai';
import sharp from 'sharp';
import { signStatement } from '../../policies/index.ts';
import {
  apiPaths,
  type CreatePublicationRequest,
  type ForumPost,
  type ForumThreadDetail,
  type ForumThreadPage,
  type PublicationDetail,
  type PublicationListResponse,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/forum.js';
import { cen as publicationsPb } from '../../protocol/gen/publications.js';
import { PUBLICATION_JWS_TYPE } from '../../protocol/protocols.ts';
import { ForumService, ForumStore } from '../../node/forum/index.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import { AuditLog } from '../../node/audit/index.ts';
import { silentLoggers } from '../../node/log.ts';
import {
  openPublication,
  PublicationRefusedError,
  type PublicationStatement,
} from '../../node/publications/index.ts';
import type { ApiClient } from '../helpers/node.ts';
import {
  download,
  draftPublication,
  eventually,
  FederationNode,
  joinWco,
  tinyPdf,
} from '../helpers/publication-fixtures.ts';

const alert = (overrides: Partial<CreatePublicationRequest> = {}): CreatePublicationRequest => ({
  kind: 'alert',
  title: 'Cocaine in banana boxes from Guayaquil',
  body: 'Containers declared as bananas held cocaine bricks.\n\n- check reefer containers\n- <b>not bold</b> <script>alert(1)</script>',
  language: 'en',
  audience: { all: false, countries: ['KE'], nodeIds: [] },
  ...overrides,
});

describe('publications and the forum of the WCO node', function () {
  this.timeout(90_000);
  let wco: FederationNode;
  let ke: FederationNode;
  let tz: FederationNode;
  let be: FederationNode;
  let analyst: ApiClient;
  let keOfficer: ApiClient;
  let tzOfficer: ApiClient;
  let beOfficer: ApiClient;
  let png: Buffer;
  const pdf = tinyPdf('WCO alert 2026-17');
  let first: PublicationDetail;

  before(async () => {
    [wco, ke, tz, be] = await Promise.all([
      FederationNode.init('World Customs Organization', 'wco'),
      FederationNode.init('Kenya Revenue Authority', 'national', 'KE'),
      FederationNode.init('Tanzania Revenue Authority', 'national', 'TZ'),
      FederationNode.init('Belgian Customs', 'national', 'BE'),
    ]);
    await Promise.all([joinWco(ke, wco), joinWco(tz, wco)]);
    [analyst, keOfficer, tzOfficer, beOfficer] = await Promise.all([
      wco.loginAs('wco-analyst', 'Lena Fischer'),
      ke.loginAs('officer', 'Amina Otieno'),
      tz.loginAs('officer', 'Juma Mwakyusa'),
      be.loginAs('officer'),
    ]);
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c03' } })
      .png()
      .toBuffer();
  });
  after(async () => {
    await Promise.all([wco?.close(), ke?.close(), tz?.close(), be?.close()]);
  });

  const listOf = async (client: ApiClient) => {
    const res = await client.get<PublicationListResponse>(apiPaths.publications);
    expect(res.status).to.equal(200);
    return res.body;
  };

  it('signs a publication for Kenya only: Kenya receives it byte for byte, Tanzania never sees it', async () => {
    const drafted = await draftPublication<PublicationDetail>(analyst, alert(), [
      { name: 'alert-2026-17.pdf', bytes: pdf, type: 'application/pdf' },
      { name: 'C:\\photos\\bricks.png', bytes: png, type: 'image/png' },
    ]);
    expect(drafted.status, JSON.stringify(drafted.body)).to.equal(201);
    expect(drafted.body).to.include({ state: 'draft', attachmentCount: 2 });
    expect(drafted.body.attachments.map((a) => [a.name, a.mime, a.size])).to.deep.equal([
      ['alert-2026-17.pdf', 'application/pdf', pdf.length],
      ['bricks.png', 'image/png', png.length],
    ]);
    // A draft is the WCO's own: members never hear of it.
    await ke.node.publications.sync(wco.nodeId);
    expect((await listOf(keOfficer)).items).to.deep.equal([]);

    const published = await analyst.post<PublicationDetail>(apiPaths.publicationPublish(drafted.body.id), {});
    expect(published.status).to.equal(200);
    first = published.body;
    expect(first.state).to.equal('published');

    const [keRun] = await ke.node.publications.sync(wco.nodeId);
    const [tzRun] = await tz.node.publications.sync(wco.nodeId);
    expect(keRun!.received).to.equal(1);
    expect(tzRun!.received).to.equal(0);

    const keList = await listOf(keOfficer);
    expect(keList.items.map((p) => [p.id, p.state, p.unread])).to.deep.equal([[first.id, 'published', true]]);
    expect(keList.unread).to.equal(1);
    expect(keList.items[0]!.from).to.deep.equal({ nodeId: wco.nodeId, name: 'World Customs Organization' });
    expect((await listOf(tzOfficer)).items).to.deep.equal([]);
    expect((await tzOfficer.get(apiPaths.publication(first.id))).status).to.equal(404);

    const read = await keOfficer.get<PublicationDetail>(apiPaths.publication(first.id));
    expect(read.status).to.equal(200);
    expect(read.body.body).to.equal(alert().body);
    expect(read.body).to.not.have.property('audience');
    // The statement Kenya kept verifies with the WCO node's key and names each file's sha256.
    const opened = await openPublication(read.body.statement!, {
      nodeId: wco.nodeId,
      key: (await import('../../policies/index.ts')).publicJwkOfNodeId(wco.nodeId),
    });
    expect(opened.ok).to.equal(true);
    expect(
      (opened as { statement: PublicationStatement }).statement.attachments.map((a) => a.sha256),
    ).to.deep.equal(first.attachments.map((a) => a.sha256));
    expect((await listOf(keOfficer)).unread).to.equal(0);

    for (const [index, bytes, mime] of [
      [0, pdf, 'application/pdf'],
      [1, png, 'image/png'],
    ] as const) {
      const file = await download(keOfficer, apiPaths.publicationAttachment(first.id, index));
      expect(file.status).to.equal(200);
      expect(file.bytes.equals(bytes), `attachment ${index} is byte-identical`).to.equal(true);
      expect(file.headers.get('content-type')).to.equal(mime);
      expect(file.headers.get('content-disposition')).to.match(/^attachment;/);
    }
    expect((await download(tzOfficer, apiPaths.publicationAttachment(first.id, 0))).status).to.equal(404);
  });

  it('refuses a tampered copy and one signed by anyone but the WCO node, keeping nothing of either', async () => {
    const jws = first.statement!;
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const statement = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PublicationStatement;
    const forged = {
      ...statement,
      id: '019a0000-0000-7000-8000-000000000001',
      title: 'Ignore the last alert',
    };
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const refusal = await ke.node.publications
      .receive(wco.nodeId, { seq: 10_000, kind: 'publication', statement: tampered })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(refusal).to.be.instanceOf(PublicationRefusedError);
    expect((refusal as PublicationRefusedError).reason).to.equal('bad-signature');

    // Signed by Tanzania's node, claiming to be the WCO's publication.
    const bySomeoneElse = await signStatement(
      PUBLICATION_JWS_TYPE,
      { ...forged, from: tz.nodeId },
      tz.party.key,
    );
    const other = await ke.node.publications
      .receive(wco.nodeId, { seq: 10_001, kind: 'publication', statement: bySomeoneElse })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect((other as PublicationRefusedError).reason).to.equal('wrong-signer');
    expect((await listOf(keOfficer)).items.map((p) => p.id)).to.deep.equal([first.id]);
    expect((await keOfficer.get(apiPaths.publication(forged.id))).status).to.equal(404);
  });

  it('delivers to a member that was down when it was published, once it is back', async () => {
    await tz.stop();
    const drafted = await analyst.post<PublicationDetail>(
      apiPaths.publications,
      alert({
        kind: 'newsletter',
        title: 'Newsletter 42',
        body: 'For every member.',
        audience: { all: true, countries: [], nodeIds: [] },
      }),
    );
    expect(drafted.status).to.equal(201);
    await analyst.post(apiPaths.publicationPublish(drafted.body.id), {});
    await tz.start();
    // Nobody asks: the member's node pulls as soon as its connection with the WCO node opens.
    await eventually(
      async () => (await listOf(await tz.loginAs('officer'))).items.some((p) => p.id === drafted.body.id),
      'Tanzania has the newsletter',
    );
    tzOfficer = await tz.loginAs('officer');
    await ke.node.publications.sync(wco.nodeId);
    expect((await listOf(keOfficer)).items.map((p) => p.title)).to.deep.equal(['Newsletter 42', first.title]);
    // Pulling again brings nothing twice.
    const [again] = await tz.node.publications.sync(wco.nodeId);
    expect(again!.received).to.equal(0);
    expect((await listOf(tzOfficer)).items.map((p) => p.title)).to.deep.equal(['Newsletter 42']);
  });

  it('propagates a withdrawal: the member keeps a tombstone without body or files', async () => {
    const withdrawn = await analyst.post<PublicationDetail>(apiPaths.publicationWithdraw(first.id), {
      reason: 'superseded by alert 2026-18',
    });
    expect(withdrawn.status).to.equal(200);
    expect(withdrawn.body.state).to.equal('withdrawn');
    expect((await analyst.post(apiPaths.publicationWithdraw(first.id), {})).status).to.equal(409);

    const [run] = await ke.node.publications.sync(wco.nodeId);
    expect(run!.withdrawn).to.equal(1);
    const tomb = await keOfficer.get<PublicationDetail>(apiPaths.publication(first.id));
    expect(tomb.body).to.include({ state: 'withdrawn', withdrawalReason: 'superseded by alert 2026-18' });
    expect(tomb.body).to.not.have.property('body');
    expect(tomb.body.attachments).to.deep.equal([]);
    expect((await download(keOfficer, apiPaths.publicationAttachment(first.id, 0))).status).to.equal(404);
  });

  it('refuses drafts from members and from roles that do not manage publications', async () => {
    expect((await draftPublication(keOfficer, alert())).status).to.equal(403);
    const admin = await ke.loginAs('exchange-admin');
    expect((await admin.post(apiPaths.publications, alert())).status).to.equal(403);
    const bad = await analyst.post<{ error: { code: string; details: { path: string }[] } }>(
      apiPaths.publications,
      alert({ title: '', audience: { all: false, countries: [], nodeIds: [] } }),
    );
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details.map((d) => d.path).sort()).to.deep.equal(['audience', 'title']);
    const html = await draftPublication<{ error: { code: string } }>(analyst, alert(), [
      {
        name: 'report.pdf',
        bytes: Buffer.from('<!doctype html><script>x()</script>'),
        type: 'application/pdf',
      },
    ]);
    expect(html.status).to.equal(415);
  });

  it('holds a forum thread on the WCO node: started in Kenya, answered from Tanzania and the WCO, read by all', async () => {
    const started = await keOfficer.post<ForumThreadDetail>(apiPaths.forumThreads, {
      title: 'Reefer containers from Guayaquil',
      body: 'Has anyone seen <b>bricks</b> under the cooling units?',
    });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const { thread } = started.body;
    expect(thread.author).to.deep.equal({
      kind: 'member',
      nodeId: ke.nodeId,
      nodeName: 'Kenya Revenue Authority',
      country: 'KE',
      name: 'Amina Otieno',
    });
    const tzReply = await tzOfficer.post<ForumPost>(apiPaths.forumPosts(thread.id), {
      body: 'Yes, twice in Dar es Salaam last month.',
    });
    expect(tzReply.status).to.equal(201);
    const wcoReply = await analyst.post<ForumPost>(apiPaths.forumPosts(thread.id), {
      body: 'An alert follows this week.',
    });
    expect(wcoReply.status).to.equal(201);
    expect(wcoReply.body.author).to.deep.equal({
      kind: 'wco',
      nodeId: wco.nodeId,
      nodeName: 'World Customs Organization',
      name: 'Lena Fischer',
    });

    for (const reader of [keOfficer, tzOfficer, analyst]) {
      const list = await reader.get<ForumThreadPage>(apiPaths.forumThreads);
      expect(list.status).to.equal(200);
      expect(list.body.items.map((t) => [t.id, t.posts])).to.deep.equal([[thread.id, 3]]);
      const read = await reader.get<ForumThreadDetail>(apiPaths.forumThread(thread.id));
      expect(read.body.posts.map((p) => [p.author.country ?? 'WCO', p.author.name, p.body])).to.deep.equal([
        ['KE', 'Amina Otieno', 'Has anyone seen <b>bricks</b> under the cooling units?'],
        ['TZ', 'Juma Mwakyusa', 'Yes, twice in Dar es Salaam last month.'],
        ['WCO', 'Lena Fischer', 'An alert follows this week.'],
      ]);
    }
    const paged = await keOfficer.get<ForumThreadDetail>(`${apiPaths.forumThread(thread.id)}?limit=2`);
    expect(paged.body.posts).to.have.length(2);
    const rest = await keOfficer.get<ForumThreadDetail>(
      `${apiPaths.forumThread(thread.id)}?limit=2&cursor=${paged.body.nextCursor!}`,
    );
    expect(rest.body.posts.map((p) => p.author.name)).to.deep.equal(['Lena Fischer']);
    expect(rest.body).to.not.have.property('nextCursor');

    const empty = await keOfficer.post<{ error: { code: string } }>(apiPaths.forumPosts(thread.id), {
      body: '  ',
    });
    expect(empty.status).to.equal(400);
    const unknown = await keOfficer.get(apiPaths.forumThread('019a0000-0000-7000-8000-0000000000ff'));
    expect(unknown.status).to.equal(404);
    // The WCO node audits every post, members' with the member's node.
    const posts = (await wco.node.services.audit.list({ action: 'forum-posted', limit: 100 })).items;
    expect(posts.map((e) => e.actor).sort()).to.deep.equal(
      [`peer:${ke.nodeId}`, `peer:${tz.nodeId}`, 'wcoanalyst1'].sort(),
    );
  });

  it('refuses a node without a contribution agreement', async () => {
    const res = await beOfficer.get<{ error: { code: string; message: string } }>(apiPaths.forumThreads);
    expect(res.status).to.equal(503);
    expect(res.body.error.code).to.equal('peer_unavailable');
    expect(res.body.error.message).to.match(/WCO node/);
    expect(await be.node.publications.sync()).to.deep.equal([]);
    expect((await listOf(beOfficer)).items).to.deep.equal([]);
    // Were it to reach the WCO node's forum, it would be refused there too (the gater refuses
    // it first): the WCO node's own decision, with its real agreements.
    const kv = new MemoryKv();
    const service = new ForumService({
      store: new ForumStore({ kv, audit: new AuditLog(kv) }),
      agreements: wco.node.services.agreements,
      peerHost: { handle: () => Promise.resolve() },
      self: wco.nodeId,
      log: silentLoggers().root,
    });
    const request = cen.forum.v1.ForumFrame.decode(
      cen.forum.v1.ForumFrame.encode({ listThreads: { cursor: '', limit: 10 } }).finish(),
    );
    expect((await service.answer(be.nodeId, request)).refusal?.code).to.equal('no-agreement');
    expect((await service.answer(ke.nodeId, request)).threadPage).to.not.equal(undefined);
    // The same for publications, asked for from the start of the WCO node's log.
    const since = publicationsPb.publications.v1.PublicationsFrame.decode(
      publicationsPb.publications.v1.PublicationsFrame.encode({ since: { cursor: 0, limit: 50 } }).finish(),
    );
    expect((await wco.node.publications.answer(be.nodeId, since)).refusal?.code).to.equal('no-agreement');
    const forKenya = await wco.node.publications.answer(ke.nodeId, since);
    expect(forKenya.events?.events?.map((e) => e.kind)).to.deep.equal(['publication', 'withdrawal']);
    // A member whose WCO node is away answers 503 with the reason.
    await wco.stop();
    const away = await keOfficer.get<{ error: { code: string } }>(apiPaths.forumThreads);
    expect(away.status).to.equal(503);
    expect(away.body.error.code).to.equal('peer_unavailable');
  });
});
