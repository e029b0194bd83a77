/**
 * `/api/v1/peers`: the partner nodes this node knows by address. List them with whether an
 * active agreement exists (`GET /peers`), add one by multiaddr (`POST /peers`
 * `{ multiaddr: '/ip4/…/tcp/N/p2p/<nodeId>' }`) and forget one (`DELETE /peers/:nodeId`).
 */
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  apiPaths,
  type PeerListResponse,
  type PeerSummary,
  type RemovePeerResponse,
} from '../../../protocol/api.ts';
import { parseNodeId } from '../../../protocol/ids.ts';
import type { PeerBook } from '../../peers/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const addBody = z.object({ multiaddr: z.string().min(1).max(1000) }).strict();
const nodeIdParams = z.object({ nodeId: z.string().min(1).max(100) });

export function peersRouter({ peers }: { peers: PeerBook }): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.peers, validate({ query: noQuery }), async function listPeers(ctx) {
    ctx.body = { items: await peers.list() } satisfies PeerListResponse;
  });

  router.post(API_ROUTES.peers, validate({ query: noQuery }), async function addPeer(ctx) {
    const { multiaddr } = parseOrThrow(addBody, ctx.request.body ?? {});
    const result = await peers.add(multiaddr, sessionOf(ctx.state).username);
    ctx.status = result.added ? 201 : 200;
    ctx.set('Location', apiPaths.peer(result.peer.nodeId));
    ctx.body = result.peer satisfies PeerSummary;
  });

  router.delete(
    API_ROUTES.peer,
    validate({ query: noQuery, params: nodeIdParams }),
    async function removePeer(ctx) {
      const nodeId = parseNodeId(ctx.state.input.params.nodeId);
      ctx.body = (await peers.remove(nodeId, sessionOf(ctx.state).username)) satisfies RemovePeerResponse;
    },
  );

  return router;
}
