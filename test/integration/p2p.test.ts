/**
 * Three real nodes on loopback: A and B hold an active agreement, C holds none and is in neither
 * peer book (a peer in the book without an agreement is admitted for agreement business only:
 * see agreements-protocol.test.ts). A and B connect and exchange hellos; C is refused by A's
 * gater even when it skips its own; revoking on A disconnects B; garbage on hello streams leaves
 * A serving.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { multiaddr } from '@multiformats/multiaddr';
import { loadIdentity } from '../../node/identity.ts';
import { createPeerHost, rawConnectionOf } from '../../node/p2p/index.ts';
import { apiPaths, HEALTH_PATH, type PeerListResponse } from '../../protocol/api.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { freePort, startTestNode, type TestNode } from '../helpers/node.ts';

/** Longer than the whole suite: a revocation must close connections at once, not at a re-check. */
const RECHECK_MS = 10 * 60_000;
/** Short, so that the test outlasts it several times; keep-alives are what a quiet partner sends. */
const SILENCE_MS = 1_500;
const KEEPALIVE_MS = 300;

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('p2p host between three nodes', function () {
  this.timeout(30_000);
  let a: TestNode, b: TestNode, c: TestNode;
  let parties: Party[];
  let agreementId: string;

  before(async () => {
    const p2p = {
      recheckIntervalMs: RECHECK_MS,
      reconnectIntervalMs: 300,
      keepAliveIntervalMs: KEEPALIVE_MS,
      silenceLimitMs: SILENCE_MS,
    };
    [a, b, c] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Customs', p2p }),
      startTestNode({ country: 'TZ', name: 'Tanzania Customs', p2p }),
      startTestNode({ country: 'UG', name: 'Uganda Customs', p2p }),
    ]);
    parties = await Promise.all([partyOf(a, 'KE'), partyOf(b, 'TZ')]);
    const doc = agreementBetween(parties[0]!, parties[1]!);
    agreementId = doc.id;
    const sealed = await sealBetween(parties[0]!, parties[1]!, doc);
    for (const node of [a, b]) await node.node.services.agreements.install(sealed, 'test:setup');
    // Each learns the other's address; the reconnect loops do the rest.
    await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0], 'test:setup');
    await b.node.services.peers.add(a.node.peerHost.multiaddrs()[0], 'test:setup');
    for (const node of [a, b]) await node.node.peerHost.recheck();
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close(), c?.close()]);
  });

  it('connects A and B, which exchange hellos and list each other as connected with their names', async () => {
    await eventually(() => a.node.peerHost.status(b.node.nodeId).name !== undefined, 'A has B’s hello');
    await eventually(() => b.node.peerHost.status(a.node.nodeId).name !== undefined, 'B has A’s hello');
    const admin = await a.login();
    const { body } = await admin.get<PeerListResponse>(apiPaths.peers);
    const peerB = body.items.find((p) => p.nodeId === b.node.nodeId);
    expect(peerB).to.include({ status: 'connected', name: 'Tanzania Customs', activeAgreement: true });
    expect(Date.parse(peerB!.lastSeen!)).to.be.a('number').and.not.NaN;
    const hello = await b.node.peerHost.hello(a.node.nodeId);
    expect(hello).to.deep.equal({
      nodeId: a.node.nodeId,
      name: 'Kenya Customs',
      country: 'KE',
      softwareVersion: hello.softwareVersion,
    });
  });

  /** Neither node has closed a connection as silent, and A still holds the connections of `before`. */
  const expectSameConnections = (before: string[]) => {
    expect(
      a.node.peerHost.silentClosed + b.node.peerHost.silentClosed,
      'connections closed as silent',
    ).to.equal(0);
    expect(a.node.peerHost.libp2p.getConnections().map((c) => c.id)).to.include.members(before);
  };

  it('keeps a quiet connection open past the silence limit: the keep-alives are heard on the raw transport', async () => {
    await eventually(() => a.node.peerHost.status(b.node.nodeId).connected, 'A is connected to B');
    const before = a.node.peerHost.libp2p.getConnections().map((c) => c.id);
    // The watchdog listens on the transport under each connection (a libp2p upgrade must keep it).
    for (const connection of a.node.peerHost.libp2p.getConnections()) {
      expect(rawConnectionOf(connection), 'the raw transport of a connection').to.not.equal(undefined);
    }
    // Nothing but keep-alives for three silence limits.
    await new Promise((resolve) => setTimeout(resolve, 3 * SILENCE_MS));
    expectSameConnections(before);
  });

  it('does not take its own stall for a partner’s silence', async () => {
    await eventually(() => a.node.peerHost.status(b.node.nodeId).connected, 'A is connected to B');
    const before = a.node.peerHost.libp2p.getConnections().map((c) => c.id);
    // This process (both nodes) blocks for longer than the silence limit: nothing is read meanwhile.
    const until = Date.now() + SILENCE_MS + 500;
    while (Date.now() < until) {
      /* a blocked event loop */
    }
    await new Promise((resolve) => setTimeout(resolve, SILENCE_MS));
    expectSameConnections(before);
  });

  it('refuses C: A does not dial it, and A’s gater refuses C even when C skips its own', async () => {
    let refused: unknown;
    await a.node.peerHost.dial(c.node.nodeId).catch((err: unknown) => (refused = err));
    expect((refused as Error).name).to.equal('PeerNotAllowedError');
    const ownRefusal = await c.node.peerHost.dial(a.node.nodeId).catch((err: unknown) => err);
    expect((ownRefusal as Error).name).to.equal('PeerNotAllowedError');

    // C's key on a host whose gater lets everything out: only A's gater stands in the way.
    const rogue = await createPeerHost({
      privateKey: (await loadIdentity(c.dataDir)).privateKey,
      listen: { host: '127.0.0.1', port: await freePort() },
      gater: { isAllowed: () => true },
      log: a.node.services.loggers.root,
    });
    try {
      const dialled = await rogue
        .dialProtocol(multiaddr(a.node.peerHost.multiaddrs()[0]), PROTOCOLS.hello.id, {
          signal: AbortSignal.timeout(5_000),
        })
        .then(
          () => 'connected',
          () => 'refused',
        );
      expect(dialled).to.equal('refused');
      expect(a.node.peerHost.status(c.node.nodeId).connected).to.equal(false);
    } finally {
      await rogue.stop();
    }
  });

  it('keeps serving its API and hellos after 1,000 garbage frames on hello streams from B', async () => {
    await eventually(() => b.node.peerHost.status(a.node.nodeId).connected, 'B is connected to A');
    const connection = b.node.peerHost.libp2p
      .getConnections()
      .find((c) => c.remotePeer.toString() === a.node.nodeId)!;
    let delivered = 0;
    const garbage = async () => {
      try {
        const stream = await connection.newStream(PROTOCOLS.hello.id, { signal: AbortSignal.timeout(5_000) });
        stream.send(randomBytes(1 + (randomBytes(1)[0]! % 64)));
        delivered++;
        await stream.close({ signal: AbortSignal.timeout(5_000) });
      } catch {
        // A aborts the stream it cannot read (or one over its stream limit): that is the point.
      }
    };
    for (let sent = 0; sent < 1000; sent += 2) await Promise.all([garbage(), garbage()]);
    expect(delivered).to.be.greaterThan(0);

    const health = await fetch(`${a.apiUrl}${HEALTH_PATH}`);
    expect(health.status).to.equal(200);
    const hello = await b.node.peerHost.hello(a.node.nodeId);
    expect(hello.name).to.equal('Kenya Customs');
  });

  it('disconnects B as soon as A revokes the agreement', async () => {
    await eventually(() => a.node.peerHost.status(b.node.nodeId).connected, 'A is connected to B');
    await a.node.services.agreements.revoke(agreementId, 'ended', parties[0]!.key, 'test:setup');
    await eventually(() => !a.node.peerHost.status(b.node.nodeId).connected, 'A has disconnected B', 5_000);
    const admin = await a.login();
    const { body } = await admin.get<PeerListResponse>(apiPaths.peers);
    expect(body.items.find((p) => p.nodeId === b.node.nodeId)).to.include({
      status: 'disconnected',
      activeAgreement: false,
    });
  });
});
