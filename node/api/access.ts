/**
 * Who may call which route, decided in ONE place: `ROUTE_RULES` gives every API route (method and
 * template, as `API_ROUTES` spells it) the permission it needs, and `accessControl` checks it
 * before any handler runs. A route that a router answers but the table does not name is refused
 * (403) and logged as a bug, and a test enumerates the router to fail on it first.
 *
 * Restricted sessions (a password to change, a second factor to enrol) may call only the routes
 * marked `restricted`; anything else answers 403 with the step to do.
 *
 * @example
 *   const api = new Router({ prefix: API_PREFIX });
 *   app.use(accessControl({ router: api, auth, audit, log }));
 *   app.use(api.routes());
 */
import type { Router } from '@koa/router';
import type { Context, Next } from 'koa';
import { API_PREFIX, API_ROUTES } from '../../protocol/api.ts';
import type { Permission } from '../../protocol/roles.ts';
import type { AuditLog } from '../audit/index.ts';
import { SessionRestrictedError, type Auth } from '../auth/index.ts';
import { can } from '../auth/roles.ts';
import { AuthenticationError, ForbiddenError } from '../errors.ts';
import { events, type Logger } from '../log.ts';
import { readSessionToken } from './middleware.ts';
import type { ApiState } from './state.ts';

export type RouteRule =
  /** No session needed: signing in. */
  | { access: 'public' }
  /** Any signed-in user; `restricted` lets a session with pending steps call it too. */
  | { access: 'session'; restricted?: boolean }
  /** A signed-in user whose role holds the permission. */
  | { permission: Permission }
  /** A signed-in user whose role holds any one of the permissions. */
  | { anyOf: readonly [Permission, ...Permission[]] }
  /**
   * A signed-in user whose role holds the permission a query parameter's value asks for
   * (`GET /queries?side=answered` needs `evidence:read`); `otherwise` when the parameter is
   * absent or has another value (which the route's validation then refuses).
   */
  | { permissionBy: { param: string; values: Readonly<Record<string, Permission>>; otherwise: Permission } };

const R = API_ROUTES;
const session = { access: 'session' } as const;
const firstSteps = { access: 'session', restricted: true } as const;
const needs = (permission: Permission) => ({ permission }) as const;
const needsAny = (...anyOf: [Permission, ...Permission[]]) => ({ anyOf }) as const;

/** Every API route, `METHOD /template` relative to `/api/v1`, with what it needs. */
export const ROUTE_RULES: Readonly<Record<string, RouteRule>> = {
  // Session: signing in, and the first steps a restricted session must take.
  [`POST ${R.session}`]: { access: 'public' },
  [`GET ${R.session}`]: firstSteps,
  [`DELETE ${R.session}`]: firstSteps,
  [`POST ${R.sessionPassword}`]: firstSteps,
  [`POST ${R.sessionTotp}`]: firstSteps,
  [`POST ${R.sessionTotpConfirm}`]: firstSteps,

  [`GET ${R.vocabularies}`]: session,

  // First boot: on a pending node only the first administrator exists (node/setup.ts).
  [`GET ${R.setup}`]: needs('node:manage'),
  [`POST ${R.setup}`]: needs('node:manage'),

  [`GET ${R.cases}`]: needs('case:read'),
  [`POST ${R.cases}`]: needs('case:write'),
  [`GET ${R.case}`]: needs('case:read'),
  [`PUT ${R.case}`]: needs('case:write'),
  [`DELETE ${R.case}`]: needs('case:write'),
  [`GET ${R.caseRevisions}`]: needs('case:read'),
  [`GET ${R.caseLinked}`]: needs('case:read'),
  [`GET ${R.identifierCases}`]: needs('case:read'),
  [`POST ${R.casePhotos}`]: needs('case:write'),
  [`DELETE ${R.casePhoto}`]: needs('case:write'),
  [`GET ${R.photos}`]: needs('case:read'),
  [`GET ${R.photo}`]: needs('case:read'),
  [`GET ${R.photoSimilar}`]: needs('case:read'),

  [`GET ${R.persons}`]: needs('nominal:read'),
  [`POST ${R.persons}`]: needs('nominal:write'),
  [`GET ${R.person}`]: needs('nominal:read'),
  [`PUT ${R.person}`]: needs('nominal:write'),
  [`DELETE ${R.person}`]: needs('nominal:write'),
  [`GET ${R.personRevisions}`]: needs('nominal:read'),
  [`GET ${R.personCases}`]: needs('nominal:read'),

  [`GET ${R.businesses}`]: needs('nominal:read'),
  [`POST ${R.businesses}`]: needs('nominal:write'),
  [`GET ${R.business}`]: needs('nominal:read'),
  [`PUT ${R.business}`]: needs('nominal:write'),
  [`DELETE ${R.business}`]: needs('nominal:write'),
  [`GET ${R.businessRevisions}`]: needs('nominal:read'),
  [`GET ${R.businessCases}`]: needs('nominal:read'),

  [`GET ${R.users}`]: needs('user:read'),
  [`POST ${R.users}`]: needs('user:manage'),
  [`PATCH ${R.user}`]: needs('user:manage'),
  [`POST ${R.userReset}`]: needs('user:reset'),
  [`DELETE ${R.userSessions}`]: needs('user:manage'),

  [`GET ${R.agreements}`]: needs('agreement:read'),
  [`POST ${R.agreements}`]: needs('agreement:manage'),
  [`GET ${R.agreement}`]: needs('agreement:read'),
  [`POST ${R.agreementRevoke}`]: needs('agreement:manage'),
  [`POST ${R.agreementRevocations}`]: needs('agreement:manage'),
  [`GET ${R.agreementProposals}`]: needs('agreement:read'),
  [`POST ${R.agreementProposals}`]: needs('agreement:manage'),
  [`GET ${R.agreementProposal}`]: needs('agreement:read'),
  [`POST ${R.agreementProposalCountersign}`]: needs('agreement:manage'),
  [`POST ${R.agreementProposalDecline}`]: needs('agreement:manage'),

  [`POST ${R.peerSync}`]: needs('peer:manage'),
  [`GET ${R.inbox}`]: needs('inbox:read'),
  [`GET ${R.inboxItem}`]: needs('inbox:read'),
  // Officers choose where to send a case; organisers of operations choose their members.
  [`GET ${R.partners}`]: needsAny('exchange:send', 'operation:manage'),
  [`POST ${R.caseSend}`]: needs('exchange:send'),
  [`GET ${R.caseShares}`]: needs('exchange:send'),
  [`POST ${R.caseRecall}`]: needs('exchange:send'),
  // Whether a case reached the WCO node: anyone who reads the case.
  [`GET ${R.caseContribution}`]: needs('case:read'),
  // The global CEN on the WCO node: its analysts search it, its administrator follows members'
  // contributions up.
  [`GET ${R.globalCases}`]: needsAny('global:read', 'global:manage'),
  [`GET ${R.globalMembers}`]: needsAny('global:read', 'global:manage'),
  // On a member's node, through it: officers and analysts (the WCO node trusts this check).
  [`GET ${R.globalCase}`]: needsAny('global:read', 'global:manage'),
  [`GET ${R.globalPhoto}`]: needsAny('global:read', 'global:manage'),
  [`GET ${R.globalStats}`]: needsAny('global:read', 'global:manage'),
  // Released figures on the WCO node (docs/decisions/0010): its analysts and its administrator.
  [`GET ${R.globalItr}`]: needsAny('global:read', 'global:manage'),
  [`GET ${R.globalItrXlsx}`]: needsAny('global:read', 'global:manage'),
  [`GET ${R.globalQuality}`]: needsAny('global:read', 'global:manage'),
  // Files of global results: `export`, and the handler checks `global:read` too.
  [`GET ${R.globalExportXlsx}`]: needs('export'),
  [`GET ${R.globalExportCsv}`]: needs('export'),

  [`GET ${R.peers}`]: needs('peer:read'),
  [`POST ${R.peers}`]: needs('peer:manage'),
  [`DELETE ${R.peer}`]: needs('peer:manage'),

  [`POST ${R.queries}`]: needs('query:run'),
  [`GET ${R.queries}`]: {
    permissionBy: { param: 'side', values: { answered: 'evidence:read' }, otherwise: 'query:run' },
  },

  [`GET ${R.watchlists}`]: needs('watchlist:manage'),
  [`POST ${R.watchlists}`]: needs('watchlist:manage'),
  [`GET ${R.watchlist}`]: needs('watchlist:manage'),
  [`PUT ${R.watchlist}`]: needs('watchlist:manage'),
  [`DELETE ${R.watchlist}`]: needs('watchlist:manage'),
  [`POST ${R.watchlistRun}`]: needs('watchlist:manage'),
  [`GET ${R.notifications}`]: needs('watchlist:manage'),
  [`POST ${R.notificationRead}`]: needs('watchlist:manage'),
  // The rules a record matched: anyone who reads the record; each sees only the rules they may.
  [`GET ${R.caseMatches}`]: needs('case:read'),
  [`GET ${R.inboxItemMatches}`]: needs('inbox:read'),

  [`GET ${R.stats}`]: needs('stats:read'),
  [`GET ${R.statsQuality}`]: needs('stats:read'),

  // Exports are audited; the analyst database holds persons and businesses only for nominal:read.
  [`GET ${R.exportCasesXlsx}`]: needs('export'),
  [`GET ${R.exportCasesCsv}`]: needs('export'),
  [`GET ${R.exportAnalystDb}`]: needs('export'),

  // Bulk upload: officers (templates, dry runs, imports, their progress and reports).
  [`GET ${R.importTemplates}`]: needs('import'),
  [`GET ${R.importTemplate}`]: needs('import'),
  [`GET ${R.imports}`]: needs('import'),
  [`POST ${R.imports}`]: needs('import'),
  [`GET ${R.import}`]: needs('import'),
  [`GET ${R.importReport}`]: needs('import'),

  [`GET ${R.audit}`]: needs('audit:read'),
  [`GET ${R.auditExport}`]: needs('audit:read'),
  [`GET ${R.auditVerify}`]: needs('audit:read'),

  [`GET ${R.evidence}`]: needs('evidence:read'),
  [`GET ${R.evidenceExport}`]: needs('evidence:read'),
  [`POST ${R.evidenceVerify}`]: needs('evidence:read'),

  // Publications: read by everyone who works with enforcement information; written, published
  // and withdrawn on the WCO node by those who manage them (who also read their drafts).
  [`GET ${R.publications}`]: needsAny('publication:read', 'publication:manage'),
  [`GET ${R.publication}`]: needsAny('publication:read', 'publication:manage'),
  [`GET ${R.publicationAttachment}`]: needsAny('publication:read', 'publication:manage'),
  [`POST ${R.publications}`]: needs('publication:manage'),
  [`POST ${R.publicationPublish}`]: needs('publication:manage'),
  [`POST ${R.publicationWithdraw}`]: needs('publication:manage'),
  // The forum, held on the WCO node and reached through a member's own node.
  [`GET ${R.forumThreads}`]: needs('forum:read'),
  [`POST ${R.forumThreads}`]: needs('forum:post'),
  [`GET ${R.forumThread}`]: needs('forum:read'),
  [`POST ${R.forumPosts}`]: needs('forum:post'),
  // CENcomm operations: members read and post; managers organise, answer invitations, extract.
  [`GET ${R.operations}`]: needs('operation:read'),
  [`POST ${R.operations}`]: needs('operation:manage'),
  [`GET ${R.operation}`]: needs('operation:read'),
  [`POST ${R.operationAccept}`]: needs('operation:manage'),
  [`POST ${R.operationDecline}`]: needs('operation:manage'),
  [`POST ${R.operationMembers}`]: needs('operation:manage'),
  [`DELETE ${R.operationMember}`]: needs('operation:manage'),
  [`GET ${R.operationTemplate}`]: needs('operation:read'),
  [`PUT ${R.operationTemplate}`]: needs('operation:manage'),
  [`PUT ${R.operationParticipants}`]: needs('operation:manage'),
  [`GET ${R.operationMessages}`]: needs('operation:read'),
  [`POST ${R.operationMessages}`]: needs('operation:post'),
  [`POST ${R.operationPhotos}`]: needs('operation:post'),
  [`GET ${R.operationPhoto}`]: needs('operation:read'),
  [`POST ${R.operationRead}`]: needs('operation:read'),
  [`GET ${R.operationReceipts}`]: needs('operation:read'),
  [`POST ${R.operationClose}`]: needs('operation:manage'),
  [`GET ${R.operationReportsXlsx}`]: needs('operation:manage'),
  [`GET ${R.operationReportsCsv}`]: needs('operation:manage'),
  [`GET ${R.operationEvents}`]: needs('operation:read'),
  // A report made into a case of this node: a case is written, by a participant (checked by the service).
  [`POST ${R.operationMessagePromote}`]: needs('case:write'),
};

/** The permissions a rule asks of this request (any one will do); undefined when a session is enough. */
function permissionsOf(rule: RouteRule, query: Context['query']): readonly Permission[] | undefined {
  if ('permission' in rule) return [rule.permission];
  if ('anyOf' in rule) return rule.anyOf;
  if (!('permissionBy' in rule)) return undefined;
  const { param, values, otherwise } = rule.permissionBy;
  const value = query[param];
  return [typeof value === 'string' && Object.hasOwn(values, value) ? values[value]! : otherwise];
}

/** The rule key of a router layer: `GET /cases/:id` for `/api/v1/cases/:id`. */
export function ruleKey(method: string, layerPath: string): string {
  const relative = layerPath.startsWith(API_PREFIX) ? layerPath.slice(API_PREFIX.length) : layerPath;
  return `${method === 'HEAD' ? 'GET' : method} ${relative}`;
}

/** Every route the router answers, as rule keys (HEAD folded into GET). */
export function routesOf(router: Router<ApiState>): string[] {
  const keys = new Set<string>();
  for (const layer of router.stack) {
    for (const method of layer.methods) if (method !== 'HEAD') keys.add(ruleKey(method, String(layer.path)));
  }
  return [...keys];
}

export interface AccessControlOptions {
  /** The `/api/v1` router, to find which of its routes a request reaches. */
  router: Router<ApiState>;
  auth: Auth;
  audit: AuditLog;
  log: Logger;
  rules?: Readonly<Record<string, RouteRule>>;
}

const isApiPath = (path: string): boolean => path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);

export function accessControl(options: AccessControlOptions) {
  const { router, auth, audit, log } = options;
  const rules = options.rules ?? ROUTE_RULES;
  return async function controlAccess(ctx: Context, next: Next): Promise<void> {
    if (!isApiPath(ctx.path)) {
      await next();
      return;
    }
    const state = ctx.state as ApiState;
    // Every route layer that will run for this request must allow it, not only the first.
    const layers = router
      .match(ctx.path, ctx.method)
      .pathAndMethod.filter((layer) => layer.methods.length > 0);
    if (layers[0]) state.route = String(layers[0].path);
    const found = layers.map((layer) => {
      const route = String(layer.path);
      return { route, rule: rules[ruleKey(ctx.method, route)] };
    });
    if (
      found.length > 0 &&
      found.every(({ rule }) => rule !== undefined && 'access' in rule && rule.access === 'public')
    ) {
      await next();
      return;
    }

    const token = readSessionToken(ctx);
    const current = await auth.sessionOf(token);
    // An unknown path answers 401 too without a session: nothing is told to strangers.
    if (!current) throw new AuthenticationError();
    state.session = current;
    state.sessionToken = token;

    for (const { route, rule } of found) {
      if (rule === undefined) {
        events.routeWithoutRule(log, { method: ctx.method, route });
        throw new ForbiddenError('this endpoint has no permission rule and is refused until it gets one');
      }
      const restrictedOk = 'access' in rule && rule.access !== 'public' && rule.restricted === true;
      if (current.pending.length > 0 && !restrictedOk) {
        throw new SessionRestrictedError(
          current.pending[0] === 'password-change' ? 'password_change_required' : 'totp_enrolment_required',
        );
      }
      const permissions = permissionsOf(rule, ctx.query);
      if (permissions !== undefined && !permissions.some((p) => can(current.role, p))) {
        const permission = permissions.join(' or ');
        events.permissionDenied(log, {
          method: ctx.method,
          route,
          user: current.username,
          permission,
        });
        await audit.append({
          action: 'permission-denied',
          actor: current.username,
          outcome: 'denied',
          details: { permission, route: `${ctx.method} ${route}`.slice(0, 200) },
          ...(ctx.ip ? { ip: ctx.ip.slice(0, 64) } : {}),
        });
        throw new ForbiddenError(`your role (${current.role}) does not allow this: it needs ${permission}`);
      }
    }
    await next();
  };
}
