/**
 * Set-up for tests of CENcomm operations between real nodes: partners linked as an operation
 * needs them (an agreement and a peer-book entry on both sides, connected), and an operation
 * created by the organiser's analyst and accepted by each member's analyst on its own node.
 *
 * @example
 *   const [ke, tz] = await Promise.all([startTestNode({ country: 'KE', p2p: OPERATIONS_P2P }), …]);
 *   await linkPartners([[ke, tz]]);
 *   const id = await runOperation(await ke.loginAs('analyst'), [{ node: tz, analyst }], { name, template });
 */
import { expect } from 'chai';
import {
  apiPaths,
  type CreateOperationRequest,
  type OperationDetail,
  type OperationListResponse,
} from '../../protocol/api.ts';
import { agreementBetween, partyOf, sealBetween } from './agreements.ts';
import type { ApiClient, TestNode } from './node.ts';

/** Peers reconnect fast; agreements are not re-checked during a test. */
export const OPERATIONS_P2P = { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 };

/** Waits until `check` holds (polling every 50 ms), or fails naming `what`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 15_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Makes each pair partners (a query agreement installed on both, each in the other's peer book)
 * and waits until every pair is connected.
 */
export async function linkPartners(pairs: readonly (readonly [TestNode, TestNode])[]): Promise<void> {
  for (const [a, b] of pairs) {
    const [ap, bp] = await Promise.all([
      partyOf(a, a.node.config.country ?? 'WCO'),
      partyOf(b, b.node.config.country ?? 'WCO'),
    ]);
    const sealed = await sealBetween(ap, bp, agreementBetween(ap, bp, { modes: ['query'] }));
    await a.node.services.agreements.install(sealed, 'test:setup');
    await b.node.services.agreements.install(sealed, 'test:setup');
    await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0], 'test:setup');
    await b.node.services.peers.add(a.node.peerHost.multiaddrs()[0], 'test:setup');
  }
  const nodes = new Set(pairs.flat());
  for (const node of nodes) await node.node.peerHost.recheck();
  await eventually(
    () => pairs.every(([a, b]) => a.node.peerHost.status(b.node.nodeId).connected),
    'the partners are connected',
  );
}

/**
 * Creates an operation on the organiser's node (its `operation:manage` client), waits for each
 * member's invitation and accepts it there naming `participants`, and waits until the organiser
 * holds every acceptance. Returns the operation's id.
 */
export async function runOperation(
  organiser: ApiClient,
  members: readonly { node: TestNode; analyst: ApiClient; participants?: string[] }[],
  request: Omit<CreateOperationRequest, 'members'>,
): Promise<string> {
  const created = await organiser.post<OperationDetail>(apiPaths.operations, {
    ...request,
    members: members.map((m) => m.node.node.nodeId),
  });
  expect(created.status, JSON.stringify(created.body)).to.equal(201);
  const id = created.body.definition.id;
  for (const { node, analyst, participants } of members) {
    await eventually(async () => {
      const list = await analyst.get<OperationListResponse>(apiPaths.operations);
      return list.body.items.some((o) => o.definition.id === id && o.status === 'invited');
    }, `${node.node.config.name} holds the invitation`);
    const accepted = await analyst.post<OperationDetail>(apiPaths.operationAccept(id), {
      participants: participants ?? ['officer1'],
    });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);
  }
  await eventually(async () => {
    const detail = await organiser.get<OperationDetail>(apiPaths.operation(id));
    return detail.body.progress!.every((m) => m.status === 'accepted');
  }, 'the organiser holds every acceptance');
  return id;
}
