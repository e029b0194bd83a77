/**
 * Every API route, called as every role (and anonymously) on a real node, against a table written
 * here independently of the node's own rules: a route the table does not list, or that answers
 * differently from it, fails the test. Allowed means "not refused" (any status but 401/403: a
 * 400 for the empty body or a 404 for the made-up id is fine); denied means 403 `forbidden` for a
 * signed-in role and 401 for anonymous callers.
 */
import { expect } from 'chai';
import Koa from 'koa';
import { Router } from '@koa/router';
import { API_PREFIX } from '../../protocol/api.ts';
import type { Role } from '../../protocol/roles.ts';
import {
  accessControl,
  createApiRouter,
  ROUTE_RULES,
  routesOf,
  type ApiDeps,
  type ApiState,
} from '../../node/api/index.ts';
import { errorHandler } from '../../node/api/errors.ts';
import { silentLoggers } from '../../node/log.ts';
import { ApiClient, startTestNode, type TestNode } from '../helpers/node.ts';

const NATIONAL: readonly Role[] = ['officer', 'analyst', 'exchange-admin', 'national-admin', 'auditor'];
const WCO: readonly Role[] = ['wco-analyst', 'wco-admin', 'auditor'];
type Allowed = 'anyone' | 'signed-in' | readonly Role[];

const DATA_READERS = ['officer', 'analyst'] as const;
const DATA_WRITERS = ['officer'] as const;
const ACCOUNT_READERS = ['national-admin', 'wco-admin', 'auditor'] as const;
const ACCOUNT_MANAGERS = ['national-admin', 'wco-admin'] as const;
const AUDITORS = ['auditor'] as const;
/** Who signs agreements and adds peers, and who may look at them (the auditor and the contact point). */
const EXCHANGE_MANAGERS = ['exchange-admin', 'wco-admin'] as const;
const EXCHANGE_READERS = ['exchange-admin', 'national-admin', 'auditor', 'wco-admin'] as const;
/** Who may read what was exchanged with partners: the auditor and those who sign agreements. */
const EVIDENCE_READERS = ['exchange-admin', 'auditor', 'wco-admin'] as const;
/** Who keeps watch lists and reads their notifications: those who work with the cases. */
const WATCHERS = ['officer', 'analyst'] as const;

/** Who takes data away as files (audited): the analysts, national and WCO. */
const EXPORTERS = ['analyst', 'wco-analyst'] as const;

/** Who reads national statistics and data-quality figures: the analysts. */
const STATISTICIANS = ['analyst', 'wco-analyst'] as const;

/**
 * Who reads the global CEN: the WCO's analysts and administrator on the WCO node; on a national
 * node, officers and analysts reach it (the route answers 404 there: the WCO node holds it).
 */
const GLOBAL_READERS = ['officer', 'analyst', 'wco-analyst', 'wco-admin'] as const;

/** Who reads the WCO's publications: everyone but the auditor; who writes them: the WCO's staff. */
const PUBLICATION_READERS = [
  'officer',
  'analyst',
  'exchange-admin',
  'national-admin',
  'wco-analyst',
  'wco-admin',
] as const;
const PUBLICATION_WRITERS = ['wco-analyst', 'wco-admin'] as const;
/** Who reads and writes in the forum: those who work with enforcement information. */
const FORUM_USERS = ['officer', 'analyst', 'wco-analyst'] as const;
/** Who takes part in CENcomm operations, and who organises them (and answers invitations). */
const OPERATION_MEMBERS = ['officer', 'analyst', 'wco-analyst'] as const;
const OPERATION_MANAGERS = ['analyst', 'wco-analyst'] as const;

/** Who may call what: the policy of issue 3, restated by hand. */
const EXPECTED: Readonly<Record<string, Allowed>> = {
  'POST /session': 'anyone',
  'GET /session': 'signed-in',
  'POST /session/password': 'signed-in',
  'POST /session/totp': 'signed-in',
  'POST /session/totp/confirm': 'signed-in',
  'GET /vocabularies': 'signed-in',
  // First boot's setup: the first administrator (on a configured node GET says so, POST is 409).
  'GET /setup': ACCOUNT_MANAGERS,
  'POST /setup': ACCOUNT_MANAGERS,

  'GET /cases': DATA_READERS,
  'POST /cases': DATA_WRITERS,
  'GET /cases/:id': DATA_READERS,
  'PUT /cases/:id': DATA_WRITERS,
  'DELETE /cases/:id': DATA_WRITERS,
  'GET /cases/:id/revisions': DATA_READERS,
  'GET /cases/:id/linked': DATA_READERS,
  'GET /identifiers/:type/:value/cases': DATA_READERS,
  'POST /cases/:id/photos': DATA_WRITERS,
  'DELETE /cases/:id/photos/:hash': DATA_WRITERS,
  'GET /photos': DATA_READERS,
  'GET /photos/:hash': DATA_READERS,
  'GET /photos/:hash/similar': DATA_READERS,
  'GET /persons': DATA_READERS,
  'POST /persons': DATA_WRITERS,
  'GET /persons/:id': DATA_READERS,
  'PUT /persons/:id': DATA_WRITERS,
  'DELETE /persons/:id': DATA_WRITERS,
  'GET /persons/:id/revisions': DATA_READERS,
  'GET /persons/:id/cases': DATA_READERS,
  'GET /businesses': DATA_READERS,
  'POST /businesses': DATA_WRITERS,
  'GET /businesses/:id': DATA_READERS,
  'PUT /businesses/:id': DATA_WRITERS,
  'DELETE /businesses/:id': DATA_WRITERS,
  'GET /businesses/:id/revisions': DATA_READERS,
  'GET /businesses/:id/cases': DATA_READERS,

  'GET /users': ACCOUNT_READERS,
  'POST /users': ACCOUNT_MANAGERS,
  'PATCH /users/:username': ACCOUNT_MANAGERS,
  'POST /users/:username/reset': ACCOUNT_MANAGERS,
  'DELETE /users/:username/sessions': ACCOUNT_MANAGERS,

  'GET /agreements': EXCHANGE_READERS,
  'POST /agreements': EXCHANGE_MANAGERS,
  'GET /agreements/:id': EXCHANGE_READERS,
  'POST /agreements/:id/revoke': EXCHANGE_MANAGERS,
  'POST /agreements/:id/revocations': EXCHANGE_MANAGERS,
  'GET /agreements/proposals': EXCHANGE_READERS,
  'POST /agreements/proposals': EXCHANGE_MANAGERS,
  'GET /agreements/proposals/:id': EXCHANGE_READERS,
  'POST /agreements/proposals/:id/countersign': EXCHANGE_MANAGERS,
  'POST /agreements/proposals/:id/decline': EXCHANGE_MANAGERS,
  'GET /peers': EXCHANGE_READERS,
  'POST /peers': EXCHANGE_MANAGERS,
  'DELETE /peers/:nodeId': EXCHANGE_MANAGERS,
  'POST /peers/:nodeId/sync': EXCHANGE_MANAGERS,

  'POST /queries': DATA_READERS,
  'GET /queries': DATA_READERS,
  'GET /inbox': DATA_READERS,
  'GET /inbox/:owner/:id': DATA_READERS,
  'GET /partners': ['officer', ...OPERATION_MANAGERS],
  'POST /cases/:id/send': DATA_WRITERS,
  'GET /cases/:id/shares': DATA_WRITERS,
  'POST /cases/:id/recall': DATA_WRITERS,
  'GET /cases/:id/contribution': DATA_READERS,
  'GET /global/cases': GLOBAL_READERS,
  'GET /global/members': GLOBAL_READERS,
  'GET /global/cases/:member/:id': GLOBAL_READERS,
  'GET /global/photos/:hash': GLOBAL_READERS,
  'GET /global/stats': GLOBAL_READERS,
  'GET /global/itr': GLOBAL_READERS,
  'GET /global/itr.xlsx': GLOBAL_READERS,
  'GET /global/quality': GLOBAL_READERS,
  'GET /global/exports/cases.xlsx': EXPORTERS,
  'GET /global/exports/cases.csv': EXPORTERS,

  'GET /watchlists': WATCHERS,
  'POST /watchlists': WATCHERS,
  'GET /watchlists/:id': WATCHERS,
  'PUT /watchlists/:id': WATCHERS,
  'DELETE /watchlists/:id': WATCHERS,
  'POST /watchlists/:id/run': WATCHERS,
  'GET /notifications': WATCHERS,
  'POST /notifications/:id/read': WATCHERS,
  'GET /cases/:id/matches': DATA_READERS,
  'GET /inbox/:owner/:id/matches': DATA_READERS,

  'GET /imports/templates': DATA_WRITERS,
  'GET /imports/templates/:name': DATA_WRITERS,
  'GET /imports': DATA_WRITERS,
  'POST /imports': DATA_WRITERS,
  'GET /imports/:id': DATA_WRITERS,
  'GET /imports/:id/report.xlsx': DATA_WRITERS,

  'GET /stats': STATISTICIANS,
  'GET /stats/quality': STATISTICIANS,

  'GET /audit': AUDITORS,
  'GET /audit/export': AUDITORS,
  'GET /audit/verify': AUDITORS,
  'GET /evidence': EVIDENCE_READERS,
  'GET /evidence/export': EVIDENCE_READERS,
  'POST /evidence/verify': EVIDENCE_READERS,

  'GET /publications': PUBLICATION_READERS,
  'GET /publications/:id': PUBLICATION_READERS,
  'GET /publications/:id/attachments/:index': PUBLICATION_READERS,
  'POST /publications': PUBLICATION_WRITERS,
  'POST /publications/:id/publish': PUBLICATION_WRITERS,
  'POST /publications/:id/withdraw': PUBLICATION_WRITERS,
  'GET /forum/threads': FORUM_USERS,
  'POST /forum/threads': FORUM_USERS,
  'GET /forum/threads/:id': FORUM_USERS,
  'POST /forum/threads/:id/posts': FORUM_USERS,

  'GET /operations': OPERATION_MEMBERS,
  'POST /operations': OPERATION_MANAGERS,
  'GET /operations/:id': OPERATION_MEMBERS,
  'POST /operations/:id/accept': OPERATION_MANAGERS,
  'POST /operations/:id/decline': OPERATION_MANAGERS,
  'POST /operations/:id/members': OPERATION_MANAGERS,
  'DELETE /operations/:id/members/:nodeId': OPERATION_MANAGERS,
  'GET /operations/:id/template': OPERATION_MEMBERS,
  'PUT /operations/:id/template': OPERATION_MANAGERS,
  'PUT /operations/:id/participants': OPERATION_MANAGERS,
  'GET /operations/:id/messages': OPERATION_MEMBERS,
  'POST /operations/:id/messages': OPERATION_MEMBERS,
  'POST /operations/:id/photos': OPERATION_MEMBERS,
  'GET /operations/:id/photos/:hash': OPERATION_MEMBERS,
  'POST /operations/:id/read': OPERATION_MEMBERS,
  'GET /operations/:id/receipts': OPERATION_MEMBERS,
  'POST /operations/:id/close': OPERATION_MANAGERS,
  'GET /operations/:id/reports.xlsx': OPERATION_MANAGERS,
  'GET /operations/:id/reports.csv': OPERATION_MANAGERS,
  'GET /operations/:id/events': OPERATION_MEMBERS,
  // Making one's own report a case writes a case: the officers (who also take part).
  'POST /operations/:id/messages/:messageId/promote': DATA_WRITERS,

  'GET /exports/cases.xlsx': EXPORTERS,
  'GET /exports/cases.csv': EXPORTERS,
  'GET /exports/analyst-db': EXPORTERS,

  // Last: it ends the session that calls it.
  'DELETE /session': 'signed-in',
};

const stubDeps = {
  store: {},
  auth: {},
  audit: {},
  loggers: silentLoggers(),
  tls: false,
} as unknown as ApiDeps;

/** A concrete path for a route template, with ids that exist nowhere. */
function concretePath(template: string): string {
  return (
    API_PREFIX +
    template
      .replace(':id', '01900000-0000-7000-8000-0000000000aa')
      .replace(':username', 'nobody')
      .replace(':nodeId', '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA')
      .replace(':owner', '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA')
      .replace(':type', 'container')
      .replace(':value', 'CSQU3054383')
      .replace(':hash', 'ab'.repeat(32))
      .replace(':index', '0')
      .replace(':messageId', '01900000-0000-7000-8000-0000000000bb')
  );
}

function isAllowed(allowed: Allowed, role: Role | 'anonymous'): boolean {
  if (allowed === 'anyone') return true;
  if (role === 'anonymous') return false;
  return allowed === 'signed-in' || allowed.includes(role);
}

async function callEveryRoute(t: TestNode, roles: readonly Role[]): Promise<string[]> {
  const mismatches: string[] = [];
  const principals: (Role | 'anonymous')[] = ['anonymous', ...roles];
  for (const principal of principals) {
    const client = principal === 'anonymous' ? new ApiClient(t.apiUrl) : await t.loginAs(principal);
    for (const [key, allowed] of Object.entries(EXPECTED)) {
      const [method, template] = key.split(' ') as [string, string];
      const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
      const response = await client.request<{ error?: { code: string } }>(
        method,
        concretePath(template),
        body,
      );
      const expectAllowed = isAllowed(allowed, principal);
      const refusedWith = principal === 'anonymous' ? 401 : 403;
      const ok = expectAllowed
        ? response.status !== 401 && response.status !== 403
        : response.status === refusedWith &&
          response.body.error?.code === (principal === 'anonymous' ? 'unauthenticated' : 'forbidden');
      if (!ok) {
        mismatches.push(
          `${principal} ${key}: expected ${expectAllowed ? 'allowed' : `${refusedWith}`}, got ${response.status} ${response.body.error?.code ?? ''}`,
        );
      }
    }
  }
  return mismatches;
}

describe('permissions of every API route', function () {
  this.timeout(60_000);

  it('has a rule for every route the API answers, and a row in this table for each', () => {
    const routes = routesOf(createApiRouter(stubDeps)).sort();
    expect(
      routes.filter((route) => !(route in ROUTE_RULES)),
      'routes without a rule',
    ).to.deep.equal([]);
    expect(
      routes.filter((route) => !(route in EXPECTED)),
      'routes missing from this table',
    ).to.deep.equal([]);
    expect(
      Object.keys(ROUTE_RULES).filter((key) => !routes.includes(key)),
      'rules of no route',
    ).to.deep.equal([]);
    expect(Object.keys(EXPECTED).sort()).to.deep.equal(routes);
  });

  it('refuses a route that has no rule (fail closed)', async () => {
    const router = new Router<ApiState>({ prefix: API_PREFIX });
    router.get('/new-feature', (ctx) => {
      ctx.body = { secret: true };
    });
    const session = { username: 'ana', role: 'officer', pending: [], userId: 'u' };
    const auth = { sessionOf: () => Promise.resolve(session) } as unknown as ApiDeps['auth'];
    const audit = { append: () => Promise.resolve() } as unknown as ApiDeps['audit'];
    const app = new Koa<ApiState>()
      .use(errorHandler(silentLoggers().http))
      .use(accessControl({ router, auth, audit, log: silentLoggers().http, rules: {} }))
      .use(router.routes());
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}${API_PREFIX}/new-feature`);
      expect(response.status).to.equal(403);
      expect(JSON.stringify(await response.json())).not.to.contain('secret');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  describe('on a national node', () => {
    let t: TestNode;
    before(async () => {
      t = await startTestNode({ country: 'KE' });
    });
    after(async () => {
      await t?.close();
    });

    it('allows and denies each route for each role and anonymous callers as the table says', async () => {
      expect(await callEveryRoute(t, NATIONAL)).to.deep.equal([]);
    });

    it('records each refusal in the audit log', async () => {
      const auditor = await t.loginAs('auditor');
      const page = await auditor.get<{
        items: { action: string; actor: string; details?: Record<string, unknown> }[];
      }>(`${API_PREFIX}/audit?action=permission-denied&actor=officer1&limit=1000`);
      expect(page.status).to.equal(200);
      expect(page.body.items.map((e) => e.details?.route)).to.include('GET /api/v1/audit');
    });
  });

  describe('on the WCO node', () => {
    let t: TestNode;
    before(async () => {
      t = await startTestNode({ role: 'wco', name: 'World Customs Organization' });
    });
    after(async () => {
      await t?.close();
    });

    it('allows and denies each route for each WCO role and anonymous callers as the table says', async () => {
      expect(await callEveryRoute(t, WCO)).to.deep.equal([]);
    });
  });
});
