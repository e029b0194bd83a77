import { expect } from 'chai';
import { AgreementRegistry } from '../../../node/agreements/index.ts';
import { AuditLog } from '../../../node/audit/index.ts';
import { allowListOf, PeerBook, parsePeerMultiaddr } from '../../../node/peers/index.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { draftAgreement } from '../../../policies/index.ts';
import { parseNodeId } from '../../../protocol/ids.ts';
import { bilateralDraft, sealBoth, testNode, type TestNode } from '../policies/fixtures.ts';

async function errorOf(promise: Promise<unknown>): Promise<Error & { issues?: { path: string }[] }> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('PeerBook', () => {
  let ke: TestNode, tz: TestNode;
  let kv: MemoryKv;
  let audit: AuditLog;
  let agreements: AgreementRegistry;
  let peers: PeerBook;
  const now = new Date('2026-06-01T00:00:00Z');
  const addressOf = (node: TestNode, port = 9090) => `/ip4/192.0.2.10/tcp/${port}/p2p/${node.nodeId}`;

  before(async () => {
    [ke, tz] = await Promise.all([testNode('KE'), testNode('TZ')]);
  });

  beforeEach(() => {
    kv = new MemoryKv();
    audit = new AuditLog(kv);
    const nodeId = parseNodeId(ke.nodeId);
    agreements = new AgreementRegistry({ kv, audit, nodeId, clock: () => now });
    peers = new PeerBook({
      kv,
      audit,
      nodeId,
      activePeers: () => agreements.activePeers(),
      clock: () => now,
    });
  });

  it('adds a peer by multiaddr and lists it, state unknown, without an agreement until one is installed', async () => {
    const result = await peers.add(addressOf(tz), 'maria');
    expect(result.added).to.equal(true);
    const expected = {
      nodeId: tz.nodeId,
      multiaddrs: [addressOf(tz)],
      status: 'unknown',
      activeAgreement: false,
      addedAt: now.toISOString(),
      addedBy: 'maria',
    };
    expect(await peers.list()).to.deep.equal([expected]);
    await agreements.install(await sealBoth(ke, tz, draftAgreement(bilateralDraft(ke, tz))), 'maria');
    expect(await peers.list()).to.deep.equal([{ ...expected, activeAgreement: true }]);
    const entries = (await audit.list({ action: 'peer-added' })).items;
    expect(entries.map((e) => [e.actor, e.target])).to.deep.equal([['maria', tz.nodeId]]);
  });

  it('keeps one entry per node: the same address again changes nothing, another is added to it', async () => {
    await peers.add(addressOf(tz), 'maria');
    expect((await peers.add(` ${addressOf(tz)} `, 'maria')).added).to.equal(false);
    const dns = `/dns4/customs.example.tz/tcp/9090/p2p/${tz.nodeId}`;
    const second = await peers.add(dns, 'maria');
    expect(second.added).to.equal(true);
    expect(second.peer.multiaddrs).to.deep.equal([addressOf(tz), dns]);
    expect(await peers.list()).to.have.length(1);
  });

  it('refuses addresses it could not dial or that do not name a node, and this node itself', async () => {
    const bad = [
      '',
      'hello',
      `/ip4/192.0.2.10/tcp/9090`,
      `/ip4/192.0.2.10/udp/9090/p2p/${tz.nodeId}`,
      `/ip4/192.0.2.10/tcp/9090/p2p/${tz.nodeId}/ws`,
      `/ip4/192.0.2.300/tcp/9090/p2p/${tz.nodeId}`,
      `/ip4/192.0.2.10/tcp/70000/p2p/${tz.nodeId}`,
      `/tcp/9090/p2p/${tz.nodeId}`,
      // A valid peer id, but of an RSA key (not an Ed25519 node id).
      '/ip4/192.0.2.10/tcp/9090/p2p/QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N',
      addressOf(ke),
    ];
    for (const address of bad) {
      const err = await errorOf(peers.add(address, 'maria'));
      expect(err.name, address).to.equal('InvalidMultiaddrError');
      expect(err.issues?.[0]?.path).to.equal('multiaddr');
    }
    expect(await peers.list()).to.deep.equal([]);
  });

  it('parses IPv6 and DNS addresses to their canonical form with the node id', () => {
    expect(parsePeerMultiaddr(`/ip6/::1/tcp/9090/p2p/${tz.nodeId}`)).to.deep.equal({
      multiaddr: `/ip6/::1/tcp/9090/p2p/${tz.nodeId}`,
      nodeId: tz.nodeId,
    });
    expect(parsePeerMultiaddr(`/dns/node.example.org/tcp/443/p2p/${tz.nodeId}`).nodeId).to.equal(tz.nodeId);
  });

  it('exempts partners’ IP hosts from the inbound rate limit, each once, and leaves DNS names out', () => {
    expect(
      allowListOf([
        `/ip4/192.0.2.10/tcp/9090/p2p/${tz.nodeId}`,
        `/ip4/192.0.2.10/tcp/9091/p2p/${tz.nodeId}`,
        `/ip6/2001:db8::1/tcp/9090/p2p/${tz.nodeId}`,
        `/dns/node.example.org/tcp/443/p2p/${tz.nodeId}`,
      ]),
    ).to.deep.equal(['/ip4/192.0.2.10', '/ip6/2001:db8::1']);
  });

  it('removes a peer, audited, and refuses to remove one it does not know', async () => {
    await peers.add(addressOf(tz), 'maria');
    const removed = await peers.remove(tz.nodeId, 'maria');
    expect(removed.nodeId).to.equal(tz.nodeId);
    expect(await peers.list()).to.deep.equal([]);
    expect((await errorOf(peers.remove(tz.nodeId, 'maria'))).name).to.equal('UnknownPeerError');
    expect((await errorOf(peers.remove('not-a-node', 'maria'))).name).to.equal('InvalidIdError');
    expect((await audit.list({ action: 'peer-removed' })).items.map((e) => e.target)).to.deep.equal([
      tz.nodeId,
    ]);
  });
});
