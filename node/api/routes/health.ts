/**
 * `/healthz`: for load balancers and systemd watchdogs; no session, no details beyond the
 * store's state ("ok", "unavailable", or "damaged" when a scrub found a part it cannot read).
 */
import { Router } from '@koa/router';
import { HEALTH_PATH, type HealthResponse, type StoreHealth } from '../../../protocol/api.ts';
import type { ApiState } from '../state.ts';

export function healthRouter(storeHealth: () => Promise<StoreHealth>): Router<ApiState> {
  const router = new Router<ApiState>();
  router.get(HEALTH_PATH, async function health(ctx) {
    const store = await storeHealth().catch((): StoreHealth => 'unavailable');
    ctx.status = store === 'ok' ? 200 : 503;
    ctx.body = { status: store === 'ok' ? 'ok' : 'unavailable', store } satisfies HealthResponse;
  });
  return router;
}
