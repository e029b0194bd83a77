/**
 * `/cen/agreements/1.0.0` between real nodes on loopback. KE and TZ know each other's address
 * but hold no agreement: KE's exchange administrator proposes through the API, TZ's lists it and
 * countersigns on TZ's node, both install it and connect; forged, tampered and misaddressed
 * proposals are refused and not stored; a decline reaches KE; a revocation reaches TZ by itself
 * and the connection closes; a proposal to an offline partner (BE) arrives when it starts; a node
 * in neither book (UG) is refused by the gater, and once in TZ's book can propose but not open
 * the exchange or query protocols; garbage on agreements streams leaves TZ serving; and the CLI
 * does the same round trip.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lpStream } from '@libp2p/utils';
import { expect } from 'chai';
import { GeneralSign } from 'jose';
import { loadConfig } from '../../node/config.ts';
import { startNode, type RunningNode } from '../../node/index.ts';
import { framedStream } from '../../node/p2p/index.ts';
import { signAgreement, type SealedAgreement } from '../../policies/index.ts';
import { AGREEMENT_JWS_TYPE, type Agreement } from '../../protocol/agreement.ts';
import {
  apiPaths,
  HEALTH_PATH,
  type AgreementListResponse,
  type CountersignProposalResponse,
  type ProposalDetail,
  type ProposalListResponse,
  type RevokeAgreementResponse,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/agreements.js';
import { PROTOCOLS, type ProtocolName } from '../../protocol/protocols.ts';
import { agreementBetween, partyOf, type Party } from '../helpers/agreements.ts';
import { cenNode } from '../helpers/cli.ts';
import { testLoggers } from '../helpers/logs.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';

/** Long: connections must close because of what the protocol does, not a periodic re-check. */
const P2P = { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 300 };

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type FrameInput = cen.agreements.v1.AgreementFrame.$Properties;

/** Opens an agreements stream from `from` to `to`, sends one frame and returns the answer. */
async function exchangeFrame(from: TestNode, to: string, frame: FrameInput) {
  const stream = await from.node.peerHost.openStream(to, 'agreements');
  const frames = framedStream<cen.agreements.v1.AgreementFrame, FrameInput>(
    stream,
    PROTOCOLS.agreements,
    cen.agreements.v1.AgreementFrame,
  );
  try {
    await frames.write(frame, 5_000);
    const answer = await frames.read(5_000);
    await frames.close(5_000);
    return answer;
  } catch (err) {
    stream.abort(err as Error);
    throw err;
  }
}

/** Whether `from` gets anything back on a stream of `name` to `to`. */
async function probe(from: TestNode, to: string, name: ProtocolName): Promise<'answered' | 'refused'> {
  let stream;
  try {
    stream = await from.node.peerHost.openStream(to, name, 5_000);
  } catch {
    return 'refused';
  }
  try {
    const lp = lpStream(stream, { maxDataLength: PROTOCOLS[name].maxFrameBytes });
    await lp.write(randomBytes(16), { signal: AbortSignal.timeout(3_000) });
    await lp.read({ signal: AbortSignal.timeout(3_000) });
    return 'answered';
  } catch {
    return 'refused';
  } finally {
    stream.abort(new Error('probe done'));
  }
}

/** The peer host's guard logs each stream it refuses with the reason. */
async function guardRefusals(node: TestNode, peer: string): Promise<string[]> {
  const lines = (await readFile(node.logFile, 'utf8')).split('\n').filter(Boolean);
  return lines
    .map(
      (line) =>
        JSON.parse(line) as { msg?: string; peer?: string; protocol?: string; err?: { type?: string } },
    )
    .filter((e) => e.msg === 'p2p stream failed' && e.peer === peer && e.err?.type === 'PeerNotAllowedError')
    .map((e) => e.protocol ?? '');
}

describe('the agreements protocol between real nodes', function () {
  this.timeout(120_000);
  let ke: TestNode, tz: TestNode, ug: TestNode, be: TestNode;
  let keParty: Party, tzParty: Party, ugParty: Party, beParty: Party;
  let keAdmin: ApiClient, tzAdmin: ApiClient;
  let agreed: Agreement;

  const address = (node: TestNode) => node.node.peerHost.multiaddrs()[0]!;
  const proposalsOf = async (admin: ApiClient) =>
    (await admin.get<ProposalListResponse>(apiPaths.agreementProposals)).body.items;
  const agreementsOf = async (admin: ApiClient) =>
    (await admin.get<AgreementListResponse>(apiPaths.agreements)).body.items;

  before(async () => {
    [ke, tz, ug, be] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Customs', p2p: P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Customs', p2p: P2P }),
      startTestNode({ country: 'UG', name: 'Uganda Customs', p2p: P2P }),
      startTestNode({ country: 'BE', name: 'Belgian Customs', p2p: P2P }),
    ]);
    [keParty, tzParty, ugParty, beParty] = await Promise.all([
      partyOf(ke, 'KE'),
      partyOf(tz, 'TZ'),
      partyOf(ug, 'UG'),
      partyOf(be, 'BE'),
    ]);
    await ke.node.services.peers.add(address(tz), 'test:setup');
    await tz.node.services.peers.add(address(ke), 'test:setup');
    [keAdmin, tzAdmin] = await Promise.all([ke.loginAs('exchange-admin'), tz.loginAs('exchange-admin')]);
  });
  after(async () => {
    await Promise.all([ke?.close(), tz?.close(), ug?.close(), be?.close()]);
  });

  it('KE proposes, TZ countersigns on its own node, both install it and connect', async () => {
    agreed = agreementBetween(keParty, tzParty);
    const signed = await signAgreement(agreed, keParty.key);
    const proposed = await keAdmin.post<ProposalDetail>(apiPaths.agreementProposals, {
      sealed: signed,
      note: 'As agreed in Arusha',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(202);
    expect(proposed.headers.get('location')).to.equal(apiPaths.agreementProposal(agreed.id));
    expect(proposed.body).to.include({
      state: 'delivered',
      direction: 'outgoing',
      proposedBy: keParty.nodeId,
    });

    expect(
      (await proposalsOf(tzAdmin)).map((p) => [p.id, p.direction, p.state, p.partner.nodeId, p.note]),
    ).to.deep.equal([[agreed.id, 'incoming', 'received', keParty.nodeId, 'As agreed in Arusha']]);
    const review = await tzAdmin.get<ProposalDetail>(apiPaths.agreementProposal(agreed.id));
    expect(review.body.agreement).to.deep.equal(agreed);
    expect(review.body.proposedBy).to.equal(keParty.nodeId);
    expect(review.body.allows.fromPartner).to.deep.equal(agreed.scope[keParty.nodeId]);
    expect(review.body.allows.toPartner).to.deep.equal(agreed.scope[tzParty.nodeId]);
    expect(await agreementsOf(tzAdmin)).to.deep.equal([]);

    const answered = await tzAdmin.post<CountersignProposalResponse>(
      apiPaths.agreementProposalCountersign(agreed.id),
      { version: 1 },
    );
    expect(answered.status, JSON.stringify(answered.body)).to.equal(200);
    expect(answered.body.agreement.status).to.equal('active');
    expect(answered.body.proposal.delivery).to.include({ state: 'delivered' });

    for (const [admin, peer] of [
      [keAdmin, tzParty],
      [tzAdmin, keParty],
    ] as const) {
      expect((await agreementsOf(admin)).map((a) => [a.id, a.status, a.peer.nodeId])).to.deep.equal([
        [agreed.id, 'active', peer.nodeId],
      ]);
    }
    expect((await proposalsOf(keAdmin)).map((p) => p.state)).to.deep.equal(['countersigned']);
    await eventually(
      () => ke.node.peerHost.status(tzParty.nodeId).name === 'Tanzania Customs',
      'KE has TZ’s hello',
    );
    await eventually(
      () => tz.node.peerHost.status(keParty.nodeId).name === 'Kenya Customs',
      'TZ has KE’s hello',
    );
  });

  it('refuses a forged, a tampered and a misaddressed proposal, stores none and records each', async () => {
    const doc = agreementBetween(keParty, tzParty);
    const signed = await signAgreement(doc, keParty.key);
    const forgedJws = await new GeneralSign(Buffer.from(signed.payload, 'base64url'))
      .addSignature(ugParty.key)
      .setProtectedHeader({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: keParty.nodeId })
      .sign();
    const forged: SealedAgreement = {
      payload: signed.payload,
      signatures: [
        { protected: forgedJws.signatures[0]!.protected!, signature: forgedJws.signatures[0]!.signature },
      ],
    };
    const changed = { ...doc, handling: { ...doc.handling, onwardTransfer: 'allowed' } };
    const tampered = { ...signed, payload: Buffer.from(JSON.stringify(changed)).toString('base64url') };
    const notTz = await signAgreement(agreementBetween(keParty, ugParty), keParty.key);
    for (const [sealed, code] of [
      [forged, 'bad-signature'],
      [tampered, 'bad-signature'],
      [notTz, 'not-a-party'],
    ] as const) {
      const answer = await exchangeFrame(ke, tzParty.nodeId, {
        proposal: { sealed: JSON.stringify(sealed), note: '' },
      });
      expect(answer.refusal?.code).to.equal(code);
    }
    expect((await proposalsOf(tzAdmin)).map((p) => p.id)).to.deep.equal([agreed.id]);
    const evidence = await tz.node.services.evidence.list({
      kind: 'agreement-delivered',
      peer: keParty.nodeId,
    });
    const refused = evidence.items.filter(
      (e) => e.direction === 'inbound' && e.details?.outcome === 'refused',
    );
    expect(refused.map((e) => e.details?.code).sort()).to.deep.equal([
      'bad-signature',
      'bad-signature',
      'not-a-party',
    ]);
  });

  it('tells KE when TZ declines, with the reason', async () => {
    const doc = agreementBetween(keParty, tzParty);
    const proposed = await keAdmin.post<ProposalDetail>(apiPaths.agreementProposals, {
      sealed: await signAgreement(doc, keParty.key),
    });
    expect(proposed.body.state).to.equal('delivered');
    const declined = await tzAdmin.post<ProposalDetail>(apiPaths.agreementProposalDecline(doc.id), {
      reason: 'the legal basis is not ratified yet',
    });
    expect(declined.status, JSON.stringify(declined.body)).to.equal(200);
    expect(declined.body.delivery).to.include({ state: 'delivered' });
    const seen = await keAdmin.get<ProposalDetail>(apiPaths.agreementProposal(doc.id));
    expect(seen.body.state).to.equal('declined');
    expect(seen.body.answer).to.include({ kind: 'declined', reason: 'the legal basis is not ratified yet' });
    const again = await tzAdmin.post(apiPaths.agreementProposalCountersign(doc.id), {});
    expect(again.status).to.equal(409);
    expect((await agreementsOf(keAdmin)).map((a) => a.id)).to.deep.equal([agreed.id]);
  });

  it('delivers KE’s revocation to TZ without anyone installing it, and the connection closes', async () => {
    await eventually(() => ke.node.peerHost.status(tzParty.nodeId).connected, 'KE is connected to TZ');
    const revoked = await keAdmin.post<RevokeAgreementResponse>(apiPaths.agreementRevoke(agreed.id), {
      reason: 'renegotiating',
    });
    expect(revoked.status).to.equal(200);
    await eventually(
      async () => (await agreementsOf(tzAdmin))[0]?.status === 'revoked',
      'TZ lists the agreement revoked',
    );
    expect((await agreementsOf(tzAdmin))[0]).to.include({ revokedBy: keParty.nodeId });
    await eventually(
      () =>
        !ke.node.peerHost.status(tzParty.nodeId).connected &&
        !tz.node.peerHost.status(keParty.nodeId).connected,
      'KE and TZ are disconnected',
    );
    const evidence = await ke.node.services.evidence.list({
      kind: 'agreement-delivered',
      agreementId: agreed.id,
      order: 'oldest-first',
    });
    expect(
      evidence.items
        .filter((e) => e.direction === 'outbound')
        .map((e) => [e.details?.message, e.details?.outcome]),
    ).to.deep.equal([
      ['proposal', 'acknowledged'],
      ['revocation', 'acknowledged'],
    ]);
  });

  it('delivers a proposal to an offline partner when it starts', async () => {
    await be.node.services.peers.add(address(ke), 'test:setup');
    await ke.node.services.peers.add(address(be), 'test:setup');
    await be.node.close('going offline');
    const doc = agreementBetween(keParty, beParty);
    const proposed = await keAdmin.post<ProposalDetail>(apiPaths.agreementProposals, {
      sealed: await signAgreement(doc, keParty.key),
    });
    expect(proposed.status).to.equal(202);
    expect(proposed.body.state).to.equal('pending-delivery');
    expect(proposed.body.delivery!.attempts).to.be.greaterThan(0);

    const logs = testLoggers('node-BE-restarted');
    let restarted: RunningNode | undefined;
    try {
      restarted = await startNode(await loadConfig(be.dataDir, {}), {
        loggers: logs.loggers,
        consoleDistDir: null,
        p2p: P2P,
      });
      const back = restarted;
      await eventually(
        async () => (await back.services.proposals!.list()).some((p) => p.id === doc.id),
        'BE has received the proposal',
      );
      await eventually(
        async () =>
          (await keAdmin.get<ProposalDetail>(apiPaths.agreementProposal(doc.id))).body.state === 'delivered',
        'KE sees it delivered',
      );
    } finally {
      await restarted?.close('test done');
      logs.close();
    }
  });

  it('refuses UG at the gater until it is in TZ’s peer book, then serves it agreements but not exchange or query', async () => {
    await ug.node.services.peers.add(address(tz), 'test:setup');
    const unknown = await ug.node.peerHost.openStream(tzParty.nodeId, 'agreements', 5_000).then(
      (stream) => {
        stream.abort(new Error('unexpected'));
        return 'connected';
      },
      () => 'refused',
    );
    expect(unknown).to.equal('refused');
    expect(tz.node.peerHost.status(ugParty.nodeId).connected).to.equal(false);

    await tz.node.services.peers.add(address(ug), 'test:setup');
    await tz.node.peerHost.recheck();
    const ugAdmin = await ug.loginAs('exchange-admin');
    const doc = agreementBetween(ugParty, tzParty);
    const proposed = await ugAdmin.post<ProposalDetail>(apiPaths.agreementProposals, {
      sealed: await signAgreement(doc, ugParty.key),
      note: 'EAC cooperation',
    });
    expect(proposed.body.state, JSON.stringify(proposed.body)).to.equal('delivered');
    expect((await proposalsOf(tzAdmin)).find((p) => p.id === doc.id)).to.include({
      state: 'received',
      note: 'EAC cooperation',
    });

    for (const name of ['exchange', 'query'] as const) {
      expect(await probe(ug, tzParty.nodeId, name), name).to.equal('refused');
    }
    // Refused by the host's guard (no agreement), not by the protocol's own checks.
    const refusals = await guardRefusals(tz, ugParty.nodeId);
    expect(refusals).to.include.members([PROTOCOLS.exchange.id, PROTOCOLS.query.id]);
    expect(refusals).not.to.include(PROTOCOLS.agreements.id);
  });

  it('closes streams that carry malformed frames and keeps serving', async () => {
    const before = (await proposalsOf(tzAdmin)).map((p) => p.id);
    /** TZ's answer to one raw frame, or undefined when it closed the stream without one. */
    const sendRaw = async (bytes: Uint8Array) => {
      try {
        const stream = await ug.node.peerHost.openStream(tzParty.nodeId, 'agreements', 5_000);
        const lp = lpStream(stream, { maxDataLength: PROTOCOLS.agreements.maxFrameBytes });
        try {
          await lp.write(bytes, { signal: AbortSignal.timeout(3_000) });
          const answer = await lp.read({ signal: AbortSignal.timeout(3_000) });
          return cen.agreements.v1.AgreementFrame.decode(answer.subarray());
        } finally {
          stream.abort(new Error('done'));
        }
      } catch {
        return undefined; // TZ aborted the stream it could not read: that is the point.
      }
    };
    const malformed = {
      'an empty frame, which decodes but carries no message': new Uint8Array([0]),
      'an answer opening a stream': cen.agreements.v1.AgreementFrame.encode({ ack: {} }).finish(),
      'two messages in one frame': cen.agreements.v1.AgreementFrame.encode({
        proposal: { sealed: '{}' },
        ack: {},
      }).finish(),
      'not protobuf': new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
    };
    for (const [what, bytes] of Object.entries(malformed))
      expect(await sendRaw(bytes), what).to.equal(undefined);
    // Random bytes: the rare frame that happens to decode is refused, never acknowledged.
    const answers = [];
    for (let sent = 0; sent < 200; sent += 2) {
      answers.push(
        ...(await Promise.all([
          sendRaw(randomBytes(1 + (randomBytes(1)[0]! % 64))),
          sendRaw(randomBytes(300)),
        ])),
      );
    }
    expect(answers.filter((a) => a && !a.refusal)).to.deep.equal([]);
    expect((await proposalsOf(tzAdmin)).map((p) => p.id)).to.deep.equal(before);

    expect((await fetch(`${tz.apiUrl}${HEALTH_PATH}`)).status).to.equal(200);
    // And still accepts a well-formed proposal.
    const doc = agreementBetween(ugParty, tzParty);
    const answer = await exchangeFrame(ug, tzParty.nodeId, {
      proposal: { sealed: JSON.stringify(await signAgreement(doc, ugParty.key)), note: '' },
    });
    expect(answer.ack).to.not.equal(null);
    expect((await proposalsOf(tzAdmin)).map((p) => p.id)).to.include(doc.id);
  });

  it('does the round trip with cen-node agreement propose, proposals and accept', async () => {
    const temp = await makeTempDir('cen-agreements-cli-');
    const run = async (args: string[]) => {
      const result = await cenNode(args);
      expect(result.code, `${args.join(' ')}\n${result.stdout}\n${result.stderr}`).to.equal(0);
      return result.stdout;
    };
    try {
      const draftFile = join(temp.path, 'draft.json');
      const signedFile = join(temp.path, 'signed.json');
      await run([
        'agreement',
        'draft',
        '--data',
        ke.dataDir,
        '--with',
        tzParty.nodeId,
        '--country',
        'TZ',
        '--name',
        'Tanzania Customs',
        '--out',
        draftFile,
      ]);
      await run(['agreement', 'sign', '--data', ke.dataDir, draftFile, '--out', signedFile]);
      const id = (JSON.parse(await readFile(draftFile, 'utf8')) as { id: string }).id;

      const proposed = await run([
        'agreement',
        'propose',
        '--data',
        ke.dataDir,
        signedFile,
        '--note',
        'replaces the revoked one',
      ]);
      expect(proposed).to.contain(`Proposed: agreement ${id} version 1 to TZ Tanzania Customs`);
      expect(proposed).to.contain('The proposal was delivered to TZ Tanzania Customs');
      expect(proposed).to.contain(
        'Their exchange administrator reviews it and countersigns it on their node',
      );

      const table = await run(['agreement', 'proposals', '--data', tz.dataDir]);
      const row = table.split('\n').find((line) => line.startsWith(id));
      expect(row).to.match(/ 1 +KE Kenya Customs .* incoming +received /);
      expect(table).to.contain('await your answer');

      const accepted = await run(['agreement', 'accept', '--data', tz.dataDir, id]);
      expect(accepted).to.contain(`Countersigned and installed agreement ${id} version 1`);
      expect(accepted).to.contain('Their node has installed it too');
      const listed = JSON.parse(await run(['agreement', 'list', '--data', ke.dataDir, '--json'])) as {
        id: string;
        status: string;
      }[];
      expect(listed.find((a) => a.id === id)?.status).to.equal('active');

      // Proposing what the partner has answered already is refused with the reason.
      const again = await cenNode(['agreement', 'propose', '--data', ke.dataDir, signedFile]);
      expect(again.code).to.equal(1);
      expect(again.stderr).to.contain('installed already');
    } finally {
      await temp.remove();
    }
  });
});
