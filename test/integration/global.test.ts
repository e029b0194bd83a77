/**
 * The global CEN through a member's own node (`/cen/global/1.0.0`), between real nodes on
 * loopback: Kenya and Tanzania contribute to the WCO node; an officer in Tanzania searches the
 * global CEN through Tanzania's API and finds Kenya's case, opens it and sees its photo marked
 * for the WCO (the very bytes of Kenya's file, delivered after the case's batch) but not the
 * other one; an analyst exports the results to Excel. Nothing personal of Kenya's cases reaches
 * Tanzania; the WCO node records each request under the user's pseudonym, never the username;
 * a peer with no contribution agreement is refused; a withdrawal makes the photo unreadable and
 * the sweep removes its file; with the WCO node down the answer is a clear 503, and photos wait
 * like cases and are delivered when it is back.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { streamPair } from '@libp2p/utils';
import { expect } from 'chai';
import fc from 'fast-check';
import sharp from 'sharp';
import {
  apiPaths,
  type ApiError,
  type GlobalCase,
  type GlobalCasePage,
  type PhotoUploadResponse,
} from '../../protocol/api.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import type { EvidenceEntry } from '../../node/evidence/index.ts';
import {
  askGlobal,
  GLOBAL_REQUEST_TIMEOUT_MS,
  GlobalPhotoRefusedError,
  GlobalProtocolServer,
  GlobalRefusedError,
  GlobalUnavailableError,
  MAX_JSON_ANSWER_BYTES,
  type GlobalRequest,
} from '../../node/global/index.ts';
import { silentLoggers } from '../../node/log.ts';
import type { PeerStreamHandler } from '../../node/p2p/peer-host.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { sha256Hex } from '../../node/photos/index.ts';
import { leakedIn, personalCaseArb } from '../helpers/contribution-cases.ts';
import { readWorkbook } from '../helpers/export-reader.ts';
import { makeTempDir, type ApiClient } from '../helpers/node.ts';
import { scene, uploadPhoto } from '../helpers/photo-fixtures.ts';
import { registerSecrets } from '../helpers/secrets.ts';
import { eventually, joinWco, WcoTestNode } from '../helpers/wco.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const ACTOR = { username: 'officer-ke' };

/** A binary answer (a photo, a workbook) with the client's session. */
async function fetchBytes(
  client: ApiClient,
  path: string,
): Promise<{ status: number; type: string; bytes: Buffer }> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('the global CEN through a member node', function () {
  this.timeout(90_000);
  let wco: WcoTestNode;
  let ke: WcoTestNode;
  let tz: WcoTestNode;
  let ug: WcoTestNode;
  let officerKe: ApiClient;
  let officerTz: ApiClient;
  let analystTz: ApiClient;
  let kenyan: Case;
  let shared: string;
  let unshared: string;
  const secrets: string[] = [];
  const personalIds: string[] = [];
  /** Everything Tanzania's users were told, for the check that nothing personal came with it. */
  const received: string[] = [];

  const contributeKe = () => ke.node.contributions!.contribute(wco.nodeId);
  const evidenceOf = async (node: WcoTestNode, kind: string): Promise<EvidenceEntry[]> =>
    (await node.node.services.evidence.list({ kind, limit: 1000, order: 'oldest-first' })).items;

  before(async () => {
    [wco, ke, tz, ug] = await Promise.all([
      WcoTestNode.init('World Customs Organization', 'wco'),
      WcoTestNode.init('Kenya Revenue Authority', 'national', 'KE'),
      WcoTestNode.init('Tanzania Revenue Authority', 'national', 'TZ'),
      WcoTestNode.init('Uganda Revenue Authority', 'national', 'UG'),
    ]);
    await Promise.all([joinWco(ke, wco), joinWco(tz, wco)]);
    [officerKe, officerTz, analystTz] = await Promise.all([
      ke.loginAs('officer'),
      tz.loginAs('officer'),
      tz.loginAs('analyst'),
    ]);

    // Kenya's seizure, with one photo marked for the WCO and one not.
    kenyan = await ke.node.services.store.createCase(
      validCase({ ref: 'KE/2026/GLOBAL-1', seizureDate: '2026-02-11', items: [item(0)] }),
      ACTOR,
    );
    const first = await uploadPhoto<PhotoUploadResponse>(officerKe, kenyan.id, await noisyJpeg(), {
      fields: { shareWithWco: 'true', caption: 'false floor of the suitcase' },
    });
    const second = await uploadPhoto<PhotoUploadResponse>(officerKe, kenyan.id, await sceneJpeg(12), {
      fields: { shareWithWco: 'false' },
    });
    expect([first.status, second.status]).to.deep.equal([201, 201]);
    shared = first.body.photo.hash;
    unshared = second.body.photo.hash;

    // And cases full of personal data, the same every run.
    for (const g of fc.sample(personalCaseArb(), { numRuns: 3, seed: 20261129 })) {
      secrets.push(...g.secrets);
      registerSecrets('personal data', g.secrets);
      const store = ke.node.services.store;
      const persons = await Promise.all(g.persons.map((p) => store.createPerson(p, ACTOR)));
      const businesses = await Promise.all(g.businesses.map((b) => store.createBusiness(b, ACTOR)));
      const input: CaseInput = {
        ...g.input,
        persons: persons.map((p) => ({ id: p.id, role: 'suspect' })),
        businesses: businesses.map((b) => ({ id: b.id, role: 'owner' })),
      };
      personalIds.push((await store.createCase(input, ACTOR)).id);
    }
    const [run] = await contributeKe();
    expect(run!.counts.stored).to.equal(1 + personalIds.length);
    expect(run!.photos.stored, 'the shared photo was delivered').to.equal(1);
  });

  after(async () => {
    await Promise.all([wco, ke, tz, ug].map((node) => node?.close()));
  });

  function sceneJpeg(seed: number): Promise<Buffer> {
    return sharp(scene(seed, 640, 480))
      .jpeg({ quality: 90 })
      .toBuffer();
  }

  /** A photo whose file takes several chunks each way (noise does not compress). */
  function noisyJpeg(): Promise<Buffer> {
    const [width, height] = [1600, 1200];
    return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 95 })
      .toBuffer();
  }

  it("lets Tanzania's officer find, open and see Kenya's case through Tanzania's node", async () => {
    const page = await officerTz.get<GlobalCasePage>(`${apiPaths.globalCases}?country=KE&commodity=cocaine`);
    expect(page.status, JSON.stringify(page.body)).to.equal(200);
    received.push(JSON.stringify(page.body));
    const found = page.body.items.find((c) => c.case.id === kenyan.id);
    expect(found, "Kenya's case in the global CEN").to.not.equal(undefined);
    expect(found!.member).to.deep.equal({
      nodeId: ke.nodeId,
      country: 'KE',
      name: 'Kenya Revenue Authority',
    });

    const opened = await officerTz.get<GlobalCase>(apiPaths.globalCase(ke.nodeId, kenyan.id));
    expect(opened.status).to.equal(200);
    received.push(JSON.stringify(opened.body));
    expect(opened.body.case.id).to.equal(kenyan.id);
    expect(opened.body.case).to.not.have.any.keys('ref', 'narrative', 'persons', 'createdBy');
    expect((opened.body.case.photos ?? []).map((p) => p.hash)).to.deep.equal([shared]);

    // The very bytes of Kenya's file, and a thumbnail made by the WCO node.
    const original = await fetchBytes(officerKe, apiPaths.photo(shared));
    const global = await fetchBytes(officerTz, apiPaths.globalPhoto(shared));
    expect(global.status).to.equal(200);
    expect(global.type).to.equal('image/jpeg');
    expect(sha256Hex(global.bytes)).to.equal(shared);
    expect(global.bytes.equals(original.bytes)).to.equal(true);
    expect(global.bytes.length, 'a file of several chunks').to.be.above(2 * PROTOCOLS.global.chunkBytes);
    const thumb = await fetchBytes(officerTz, apiPaths.globalPhoto(shared, 'thumb'));
    expect([thumb.status, thumb.type]).to.deep.equal([200, 'image/webp']);
    expect(thumb.bytes.length).to.be.below(global.bytes.length);

    // The photo not marked for the WCO never left Kenya.
    expect(await wco.node.globalPhotos!.has(unshared)).to.equal(false);
    const hidden = await officerTz.get<ApiError>(apiPaths.globalPhoto(unshared));
    expect(hidden.status).to.equal(404);

    const missing = await officerTz.get<ApiError>(
      apiPaths.globalCase(ke.nodeId, '01900000-0000-7000-8000-0000000000aa'),
    );
    expect(missing.status).to.equal(404);
    const bad = await officerTz.get<ApiError>(`${apiPaths.globalCases}?commodity=not-a-commodity`);
    expect(bad.status).to.equal(400);
  });

  it('pages the global CEN through the member node as on the WCO node', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await officerTz.get<GlobalCasePage>(
        `${apiPaths.globalCases}?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).to.equal(200);
      received.push(JSON.stringify(page.body));
      ids.push(...page.body.items.map((c) => c.case.id!));
      cursor = page.body.nextCursor;
    } while (cursor);
    const analystWco = await wco.loginAs('wco-analyst');
    const direct = await analystWco.get<GlobalCasePage>(`${apiPaths.globalCases}?limit=500`);
    expect(ids).to.deep.equal(direct.body.items.map((c) => c.case.id));
    expect(ids).to.include.members([kenyan.id, ...personalIds]);
  });

  it("relays the WCO node's released statistics unchanged", async () => {
    const query = '?dimension=commodity&period=year&country=KE';
    const relayed = await officerTz.get(`${apiPaths.globalStats}${query}`);
    expect(relayed.status, JSON.stringify(relayed.body)).to.equal(200);
    const analystWco = await wco.loginAs('wco-analyst');
    const direct = await analystWco.get(`${apiPaths.globalStats}${query}`);
    expect(direct.status).to.equal(200);
    expect(relayed.body).to.deep.equal(direct.body);
    received.push(JSON.stringify(relayed.body));
    const bad = await officerTz.get<ApiError>(`${apiPaths.globalStats}?dimension=shoe-size`);
    expect(bad.status).to.equal(400);
  });

  it("exports Tanzania's view of the global results to Excel and CSV", async () => {
    const xlsx = await fetchBytes(analystTz, `${apiPaths.globalExportXlsx}?country=KE&lang=en`);
    expect(xlsx.status).to.equal(200);
    const temp = await makeTempDir('cen-global-export-');
    try {
      const file = join(temp.path, 'global.xlsx');
      await writeFile(file, xlsx.bytes);
      const book = await readWorkbook(file);
      const rows = book.sheets[0]!.rows;
      const row = rows.find((r) => r.includes(kenyan.id));
      expect(row, "Kenya's case in the workbook").to.not.equal(undefined);
      expect(row).to.include('KE');
      expect(rows.length - 1).to.equal(1 + personalIds.length);
      received.push(JSON.stringify(rows));
    } finally {
      await temp.remove();
    }
    const csv = await fetchBytes(analystTz, `${apiPaths.globalExportCsv}?country=KE&lang=fr`);
    expect(csv.status).to.equal(200);
    expect(csv.type).to.match(/^text\/csv/);
    const text = csv.bytes.toString('utf8');
    expect(text).to.include(kenyan.id);
    received.push(text);
    // The officer searches but does not take files away; the export is audited.
    expect((await officerTz.get<ApiError>(apiPaths.globalExportCsv)).status).to.equal(403);
    const audit = await tz.node.services.audit.list({ action: 'export', limit: 10 });
    expect(audit.items.map((e) => e.details?.scope)).to.include('global');
  });

  it('tells Tanzania nothing personal of Kenya’s cases', async () => {
    for (const id of personalIds) {
      const opened = await officerTz.get<GlobalCase>(apiPaths.globalCase(ke.nodeId, id));
      expect(opened.status).to.equal(200);
      received.push(JSON.stringify(opened.body));
    }
    received.push(await tz.log());
    expect(secrets.length).to.be.above(5);
    expect(leakedIn(received.join('\n'), secrets)).to.deep.equal([]);
  });

  it('records each request on the WCO node under a pseudonym, never the username', async () => {
    const requests = await evidenceOf(wco, 'global-request');
    const fromTz = requests.filter((e) => e.peer === tz.nodeId);
    expect(fromTz.map((e) => e.details?.op)).to.include.members(['search', 'case', 'photo']);
    const refs = new Set(fromTz.filter((e) => e.details?.role === 'officer').map((e) => e.details?.userRef));
    expect(refs.size, 'one pseudonym for the one officer').to.equal(1);
    expect([...refs][0]).to.match(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(requests)).to.not.include('officer1');
    const log = await wco.log();
    expect(log).to.not.include('officer1');
    expect(log)
      .to.include('global: request answered')
      .and.to.include([...refs][0]);
    const search = fromTz.find((e) => e.details?.op === 'search' && e.details.filters);
    expect(search?.details).to.include({ outcome: 'answered', filters: 'country=KE,commodity=cocaine' });
    // Kenya's deliveries are there too.
    expect(
      requests.filter((e) => e.peer === ke.nodeId).map((e) => [e.details?.op, e.details?.state]),
    ).to.deep.include(['deliver', 'stored']);
  });

  it('refuses a peer without a contribution agreement, and files no case keeps', async () => {
    const search: GlobalRequest = {
      op: 'search',
      params: {},
      user: { ref: 'a'.repeat(64), role: 'officer' },
    };
    const limits = { timeoutMs: GLOBAL_REQUEST_TIMEOUT_MS, maxBytes: MAX_JSON_ANSWER_BYTES };
    // On the network: Uganda is a peer the WCO node knows, for agreement business only.
    await ug.node.services.peers.add(wco.node.peerHost.multiaddrs()[0]!, 'test:setup');
    await wco.node.services.peers.add(ug.node.peerHost.multiaddrs()[0]!, 'test:setup');
    for (const node of [ug, wco]) await node.node.peerHost.recheck();
    const shut = await askGlobal(ug.node.peerHost, wco.nodeId, search, limits).catch((e: unknown) => e);
    expect(shut).to.be.instanceOf(GlobalUnavailableError);

    // The protocol's own check, behind the connection gater's: the WCO node's real services,
    // a stream that comes from Uganda.
    let serve: PeerStreamHandler | undefined;
    const server = new GlobalProtocolServer({
      source: wco.node.globalSource!,
      photos: wco.node.globalPhotos!,
      agreements: wco.node.services.agreements,
      evidence: wco.node.services.evidence,
      peerHost: {
        handle: (_name, handler) => {
          serve = handler;
          return Promise.resolve();
        },
      },
      self: wco.nodeId,
      log: silentLoggers().root,
    });
    await server.start();
    const [outbound, inbound] = await streamPair({ protocol: PROTOCOLS.global.id });
    serve!(inbound, {} as never, ug.nodeId).catch((err: unknown) => inbound.abort(err as Error));
    const refused = await askGlobal(
      { openStream: () => Promise.resolve(outbound) },
      wco.nodeId,
      search,
      limits,
    ).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(GlobalRefusedError);
    expect((refused as GlobalRefusedError).code).to.equal('no-agreement');
    const entries = await evidenceOf(wco, 'global-request');
    expect(entries.filter((e) => e.peer === ug.nodeId).map((e) => e.details?.outcome)).to.deep.equal([
      'no-agreement',
    ]);
    // Uganda's own API has no global CEN to offer.
    const officerUg = await ug.loginAs('officer');
    const none = await officerUg.get<ApiError>(apiPaths.globalCases);
    expect(none.status).to.equal(404);
    expect(none.body.error.code).to.equal('no_global_cen');

    // Files are checked against the cases that keep them.
    const photos = wco.node.globalPhotos!;
    const other = await sceneJpeg(13);
    const err = await photos.accept(ke.nodeId, kenyan.id, sha256Hex(other), other).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(GlobalPhotoRefusedError);
    expect((err as GlobalPhotoRefusedError).code).to.equal('not-referenced');
    const forged = await photos.accept(ke.nodeId, kenyan.id, shared, other).catch((e: unknown) => e);
    expect((forged as GlobalPhotoRefusedError).code).to.equal('bad-photo');
    const otherMember = await photos.accept(tz.nodeId, kenyan.id, shared, other).catch((e: unknown) => e);
    expect((otherMember as GlobalPhotoRefusedError).code).to.equal('not-referenced');
  });

  it('stops serving a photo when its case is withdrawn, and the sweep removes the file', async () => {
    const { store } = ke.node.services;
    const current = (await store.getCase(kenyan.id))!;
    await store.deleteCase(kenyan.id, current.version, ACTOR);
    const [run] = await contributeKe();
    expect(run!.counts.purged).to.equal(1);
    expect((await officerTz.get<ApiError>(apiPaths.globalPhoto(shared))).status).to.equal(404);
    expect((await officerTz.get<ApiError>(apiPaths.globalCase(ke.nodeId, kenyan.id))).status).to.equal(404);
    expect(await wco.node.globalPhotos!.sweep()).to.deep.equal({ references: 1, files: 1 });
    expect(await wco.node.globalPhotos!.has(shared)).to.equal(false);
  });

  it('answers 503 while the WCO node is down; photos wait and arrive when it is back', async () => {
    await wco.stop();
    const down = await officerTz.get<ApiError>(apiPaths.globalCases);
    expect(down.status).to.equal(503);
    expect(down.body.error.message).to.include('the WCO node is unreachable');
    expect((await officerTz.get<ApiError>(apiPaths.globalPhoto(shared))).status).to.equal(503);

    // Meanwhile Kenya reports another seizure with a photo for the WCO.
    const later = await ke.node.services.store.createCase(validCase({ items: [item(1)] }), ACTOR);
    const upload = await uploadPhoto<PhotoUploadResponse>(officerKe, later.id, await sceneJpeg(14), {
      fields: { shareWithWco: 'true' },
    });
    const waiting = upload.body.photo.hash;
    await contributeKe().catch(() => undefined);

    await wco.start();
    // Served once its reference is written, just after the file.
    await eventually(
      async () =>
        wco.node.globalPhotos!.read(waiting).then(
          () => true,
          () => false,
        ),
      'the waiting photo reached the WCO node',
      // Reconnecting after the restart, then the case's batch and receipt, then the photo: slow on a loaded machine.
      60_000,
    );
    const photo = await fetchBytes(officerTz, apiPaths.globalPhoto(waiting));
    expect(photo.status).to.equal(200);
    expect(sha256Hex(photo.bytes)).to.equal(waiting);
  });
});
