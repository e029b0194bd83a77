/**
 * `/api/v1/setup`: the first boot's setup page. A node installed by the package starts with its
 * setup pending (`cen-node init --setup-later`); its first administrator reads where it listens
 * and the machine's addresses (GET) and gives the administration's name, role, country and
 * listening addresses (POST), after which the same process goes on as the configured node.
 * On a configured node GET says so and POST answers 409 `setup_complete`.
 *
 * The work is the controller's (node/setup.ts for a pending node, `configuredNodeSetup` here for a
 * configured one); this router only validates the shape and hands the request over.
 *
 * @example
 *   api.use(setupRouter({ setup: configuredNodeSetup({ current, tls: true }) }).routes());
 */
import { networkInterfaces } from 'node:os';
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  type InterfaceAddress,
  type ListeningAddresses,
  type SetupResponse,
  type SetupStatusResponse,
} from '../../../protocol/api.ts';
import { NODE_ROLES, SetupCompleteError } from '../../config.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

/** Who finishes the setup, for the audit log. */
export interface SetupActor {
  username: string;
  ip?: string;
}

export interface SetupController {
  status(): Promise<SetupStatusResponse>;
  /** Validates and applies `input` (a `SetupRequest`); SetupCompleteError on a configured node. */
  complete(actor: SetupActor, input: unknown): Promise<SetupResponse>;
  /** Called once the answer to a successful `complete` has left: the node may now restart its services. */
  afterResponse?(): void;
}

const port = z.number().int().min(1).max(65535);
const host = z.string().trim().min(1).max(253);

/** The shape of `SetupRequest`; the values are judged as `init` judges them (`parseConfig`). */
export const setupRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: z.enum(NODE_ROLES),
    country: z.string().trim().min(1).max(100).optional(),
    apiHost: host,
    apiPort: port,
    p2pHost: host.optional(),
    p2pPort: port,
  })
  .strict();
export type SetupRequestInput = z.output<typeof setupRequestSchema>;

/**
 * The machine's own addresses (not loopback), for the setup's suggestions and the self-signed
 * certificate's names. IPv6 link-local addresses are left out: they need a zone to be used.
 */
export function interfaceAddresses(): InterfaceAddress[] {
  const found: InterfaceAddress[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const entry of addresses ?? []) {
      if (entry.internal || /^fe80:/i.test(entry.address)) continue;
      found.push({ name, address: entry.address, family: entry.family === 'IPv6' ? 'IPv6' : 'IPv4' });
    }
  }
  return found;
}

/** A configured node's answer: nothing is pending, and a setup is refused. */
export function configuredNodeSetup(options: { current: ListeningAddresses; tls: boolean }): SetupController {
  return {
    status: () =>
      Promise.resolve({
        pending: false,
        current: options.current,
        interfaces: interfaceAddresses(),
        tls: options.tls,
      }),
    complete: () => Promise.reject(new SetupCompleteError()),
  };
}

class NoSetupError extends Error {
  override name = 'NoSetupError';
  readonly status = 404;
  constructor() {
    super('this node has no setup to show');
  }
}

/** Without a controller (an API built for tests), GET answers 404 and POST 409. */
export function setupRouter({ setup }: { setup?: SetupController | undefined }): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.setup, validate({ query: noQuery }), async function setupStatus(ctx) {
    if (!setup) throw new NoSetupError();
    ctx.body = await setup.status();
  });

  router.post(API_ROUTES.setup, validate({ query: noQuery }), async function completeSetup(ctx) {
    const session = sessionOf(ctx.state);
    const input = parseOrThrow(setupRequestSchema, ctx.request.body);
    if (!setup) throw new SetupCompleteError();
    ctx.body = await setup.complete({ username: session.username, ...(ctx.ip ? { ip: ctx.ip } : {}) }, input);
    // The restricted node closes only once this answer has left, or the console would never read it.
    if (setup.afterResponse) ctx.res.once('close', () => setup.afterResponse?.());
  });

  return router;
}
