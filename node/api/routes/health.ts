/** `/healthz`: for load balancers and systemd watchdogs; no session, no details beyond "ok". */
import { Router } from '@koa/router';
import { HEALTH_PATH, type HealthResponse } from '../../../protocol/api.ts';
import type { ApiState } from '../state.ts';

export function healthRouter(storeHealthy: () => Promise<boolean>): Router<ApiState> {
  const router = new Router<ApiState>();
  router.get(HEALTH_PATH, async function health(ctx) {
    const ok = await storeHealthy().catch(() => false);
    ctx.status = ok ? 200 : 503;
    ctx.body = {
      status: ok ? 'ok' : 'unavailable',
      store: ok ? 'ok' : 'unavailable',
    } satisfies HealthResponse;
  });
  return router;
}
