/**
 * `GET /metrics`: the node's Prometheus metrics, outside `/api/v1` and without a session. With a
 * `metricsToken` in the configuration every scrape must send `Authorization: Bearer <token>`;
 * without one, only this machine (a loopback address) may scrape. The numbers hold no personal
 * data, but they tell how busy the node is and with whom it exchanges, so they are not public.
 */
import { timingSafeEqual } from 'node:crypto';
import { Router } from '@koa/router';
import { METRICS_PATH } from '../../../protocol/api.ts';
import { isLoopbackHost } from '../../config.ts';
import { AuthenticationError, ForbiddenError } from '../../errors.ts';
import type { NodeMetrics } from '../../metrics/index.ts';
import type { ApiState } from '../state.ts';

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may scrape: with a token, whoever sends it (wherever from: a proxy on this machine makes
 * every client look local); without one, loopback clients only. Throws the refusal.
 */
export function checkMetricsAccess(
  request: { remoteAddress: string | undefined; authorization: string },
  token: string | undefined,
): void {
  if (token !== undefined) {
    const sent = /^Bearer (.+)$/.exec(request.authorization)?.[1];
    if (sent === undefined || !sameToken(sent, token)) {
      throw new AuthenticationError('send the metrics token of the node configuration as a bearer token');
    }
  } else if (!isLoopbackHost(request.remoteAddress ?? '')) {
    throw new ForbiddenError(
      'metrics are served to this machine only, or with the metrics token of the configuration',
    );
  }
}

export function metricsRouter(
  metrics: NodeMetrics,
  options: { token?: string | undefined } = {},
): Router<ApiState> {
  const router = new Router<ApiState>();
  router.get(METRICS_PATH, async function serveMetrics(ctx) {
    checkMetricsAccess(
      { remoteAddress: ctx.socket.remoteAddress, authorization: ctx.get('authorization') },
      options.token,
    );
    const { text, contentType } = await metrics.exposition();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = contentType;
    ctx.body = text;
  });
  return router;
}
