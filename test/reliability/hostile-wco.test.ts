/**
 * Hostile peers against a WCO node on loopback, with a legitimate member (Kenya) whose
 * contributions and global searches must keep working throughout: every peer protocol fuzzed
 * (the WCO-only ones too: contribute, global, publications, forum) from a peer that holds a
 * contribution agreement with the WCO node and from a stranger. After each scenario nothing the
 * peer sent may be in the WCO node's store except audit and evidence entries (and, from the
 * member, a schema-valid new thread or reply, which the forum exists to take), no exception may
 * escape to the process, and Kenya's next case must be ingested and found by a global search.
 */
import { expect } from 'chai';
import { apiPaths, HEALTH_PATH, type GlobalCasePage } from '../../protocol/api.ts';
import { PROTOCOLS, type ProtocolName } from '../../protocol/protocols.ts';
import { countersign, draftAgreement, publicJwkOfNodeId, signAgreement } from '../../policies/index.ts';
import { cen as forumPb } from '../../protocol/gen/forum.js';
import {
  firstFrame,
  hostileInputsOf,
  HostilePeer,
  namespaceOf,
  type HostileOutcome,
  type HostileOutcomeKind,
  storedSince,
  storeSnapshot,
  tallyOutcomes,
} from '../helpers/hostile-peer.ts';
import type { ApiClient } from '../helpers/node.ts';
import { reportRow, trials } from '../helpers/reliability.ts';
import { eventually, joinWco, WcoTestNode } from '../helpers/wco.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const PROTOCOL_NAMES = Object.keys(PROTOCOLS) as ProtocolName[];

/** A forum frame, or undefined when the bytes hold none. */
function forumFrame(bytes: Uint8Array): forumPb.forum.v1.ForumFrame | undefined {
  const frame = firstFrame(bytes);
  if (!frame) return undefined;
  try {
    return forumPb.forum.v1.ForumFrame.decode(frame);
  } catch {
    return undefined;
  }
}
const snapshot = (node: WcoTestNode) => storeSnapshot(node.node.services);

const describeTally = (counts: Record<HostileOutcomeKind, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');

describe('reliability: hostile peers against a WCO node', function () {
  this.timeout(120_000);
  let wco: WcoTestNode;
  let ke: WcoTestNode;
  let officerKe: ApiClient;
  /** Holds a contribution agreement with the WCO node: authenticated, but hostile. */
  let insider: HostilePeer;
  /** Holds nothing and is in no peer book. */
  let stranger: HostilePeer;
  let addressWco: string;
  let caseNumber = 0;
  const escaped: unknown[] = [];
  const onEscape = (err: unknown) => escaped.push(err);

  /**
   * The WCO node at work: its health check answers, Kenya's new case is contributed and stored,
   * and Kenya's officer finds it by a global search (over /cen/global).
   */
  async function serving(): Promise<boolean> {
    const health = await fetch(`${wco.node.apiUrl}${HEALTH_PATH}`);
    if (health.status !== 200) return false;
    caseNumber++;
    const created = await ke.node.services.store.createCase(
      validCase({ ref: `KE/2026/HOSTILE-WCO-${caseNumber}`, seizureDate: '2026-02-11', items: [item(0)] }),
      { username: 'officer-ke' },
    );
    const [run] = await ke.node.contributions!.contribute(wco.nodeId);
    if (!run || run.counts.stored < 1) return false;
    const page = await officerKe.get<GlobalCasePage>(`${apiPaths.globalCases}?country=KE&limit=500`);
    return page.status === 200 && page.body.items.some((c) => c.case.id === created.id);
  }

  before(async () => {
    process.on('uncaughtException', onEscape);
    process.on('unhandledRejection', onEscape);
    [wco, ke, insider, stranger] = await Promise.all([
      WcoTestNode.init('World Customs Organization', 'wco'),
      WcoTestNode.init('Kenya Revenue Authority', 'national', 'KE'),
      HostilePeer.create(),
      HostilePeer.create(),
    ]);
    await joinWco(ke, wco);
    officerKe = await ke.loginAs('officer');
    // The insider's contribution agreement, as Kenya's (test/helpers/wco.ts), for its own key.
    const from = new Date(Date.now() - 60_000);
    const agreement = draftAgreement({
      type: 'wco-contribution',
      parties: [
        {
          administration: 'UG',
          name: 'Uganda Revenue Authority',
          nodeId: insider.nodeId,
          key: publicJwkOfNodeId(insider.nodeId),
        },
        { administration: 'WCO', name: wco.name, nodeId: wco.nodeId, key: publicJwkOfNodeId(wco.nodeId) },
      ],
      legalBasis: { instrument: 'WCO CEN data contribution' },
      purposes: ['customs-enforcement'],
      modes: ['sync'],
      scope: {
        [insider.nodeId]: {
          recordKinds: ['seizure', 'offence'],
          itrAreas: ['drugs', 'environment', 'ipr-health-safety', 'revenue', 'security', 'money-laundering'],
          nominal: false,
        },
      },
      handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
      validity: {
        from: from.toISOString(),
        until: new Date(from.getTime() + 365 * 86_400_000).toISOString(),
      },
      profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
    });
    const sealed = await countersign(await signAgreement(agreement, insider.signingKey), wco.party.key);
    await wco.node.services.agreements.install(sealed, 'test:setup');
    await wco.node.peerHost.recheck();
    addressWco = wco.node.peerHost.multiaddrs()[0]!;
    expect(await serving()).to.equal(true);
  });

  after(async () => {
    process.off('uncaughtException', onEscape);
    process.off('unhandledRejection', onEscape);
    await Promise.all([insider?.close(), stranger?.close()]);
    await Promise.all([wco?.close(), ke?.close()]);
  });

  afterEach(() => {
    expect(escaped.map(String), 'exceptions that escaped to the process').to.deep.equal([]);
  });

  async function fuzz(peer: HostilePeer, count: number, seed: number) {
    const before = await snapshot(wco);
    const outcomes: HostileOutcome[] = [];
    const hung: string[] = [];
    const refusedProtocols = new Set<string>();
    // A schema-valid new thread or reply is what a member may send: the WCO node stores it as the
    // member's post. Counted here, and checked against what the store gained.
    let postsAccepted = 0;
    for (const [i, name] of PROTOCOL_NAMES.entries()) {
      for (const input of hostileInputsOf(name, seed + i, count, trials({ short: 2, full: 1000 }))) {
        const outcome = await peer.send(addressWco, PROTOCOLS[name].id, input.bytes, { waitMs: 8_000 });
        outcomes.push(outcome);
        if (outcome.kind === 'hung') hung.push(`${name}: ${input.what}`);
        if (outcome.kind === 'refused') refusedProtocols.add(name);
        if (name === 'forum' && outcome.kind === 'answered') {
          const request = forumFrame(input.bytes);
          const answer = forumFrame(outcome.received);
          if ((request?.newThread || request?.newPost) && (answer?.threadDetail || answer?.post))
            postsAccepted++;
        }
      }
    }
    const after = await snapshot(wco);
    const changed = storedSince(before, after);
    const forum = changed.filter((key) => namespaceOf(key).startsWith('forum-'));
    const posts = forum.filter((key) => namespaceOf(key) === 'forum-posts');
    const postsByPeer = posts.filter((key) => after.get(key)!.includes(peer.nodeId)).length;
    // Anything but the member's own posts (and their threads and activity index) is a leak.
    const stored = [
      ...changed.filter((key) => !namespaceOf(key).startsWith('forum-')),
      ...(posts.length === postsAccepted && postsByPeer === posts.length ? [] : forum),
    ];
    return { outcomes, hung, stored, refusedProtocols, postsAccepted };
  }

  it('survives fuzzing of every peer protocol from a peer with a contribution agreement', async () => {
    const count = trials({ short: 3, full: 40 });
    const { outcomes, hung, stored, refusedProtocols, postsAccepted } = await fuzz(insider, count, 5000);
    const after = await serving();
    const counts = tallyOutcomes(outcomes);
    reportRow({
      part: 'hostile input',
      scenario: `fuzzing of all ${PROTOCOL_NAMES.length} peer protocols of a WCO node (contribute, global, publications, forum among them; random, schema-valid, mutated, oversized and 2^31 lengths, repeated-field floods, recursion bombs) from a peer with a contribution agreement`,
      tries: outcomes.length,
      outcome: `${describeTally(counts)}; refused at negotiation: ${[...refusedProtocols].join(', ') || 'none'}; ${postsAccepted} schema-valid new thread(s) or repl(ies) stored as the member's own forum posts (members may post), nothing else; member contributed and searched afterwards`,
      recordsChecked: outcomes.length,
      lost: 0,
      duplicated: 0,
      leaked: stored.length + hung.length,
      servingAfter: after,
    });
    expect(hung, 'streams the WCO node left open').to.deep.equal([]);
    expect(stored, 'entries stored for a hostile peer').to.deep.equal([]);
    // The protocols a WCO node serves its members must have been reached, not refused.
    for (const name of ['contribute', 'global', 'publications', 'forum'])
      expect([...refusedProtocols], 'protocols refused to a member').to.not.include(name);
    expect(after).to.equal(true);
  });

  it('refuses every protocol to a stranger with no agreement', async () => {
    const count = trials({ short: 2, full: 20 });
    const { outcomes, stored } = await fuzz(stranger, count, 6000);
    const after = await serving();
    const counts = tallyOutcomes(outcomes);
    reportRow({
      part: 'hostile input',
      scenario: 'fuzzing of all peer protocols of a WCO node from a peer with no agreement, in no peer book',
      tries: outcomes.length,
      outcome: `${describeTally(counts)}; member contributed and searched afterwards`,
      recordsChecked: outcomes.length,
      lost: 0,
      duplicated: 0,
      leaked: stored.length + outcomes.length - counts.refused,
      servingAfter: after,
    });
    expect(counts.refused).to.equal(outcomes.length);
    expect(stored).to.deep.equal([]);
    await eventually(
      () => !wco.node.peerHost.status(stranger.nodeId).connected,
      'the WCO node holds no connection with the stranger',
    );
    expect(after).to.equal(true);
  });
});
