/**
 * The global CEN, on every kind of node: on the WCO node the routes read its own global store,
 * on a member's node they ask the WCO node over `/cen/global/1.0.0` on the user's behalf (a
 * `GlobalSource`, node/global/source.ts), so officers need no second account.
 * - `GET /global/cases`: the anonymised cases members contributed, with the national search
 *   filters and paging (`country` is the contributing member's), newest seizure first;
 * - `GET /global/cases/:member/:id`: one of them;
 * - `GET /global/photos/:hash` (`?size=thumb`): a photo a global case keeps;
 * - `GET /global/stats`: released global statistics (disclosure-controlled on the WCO node);
 * - `GET /global/exports/cases.xlsx|.csv`: the search's results (search parameters and `lang`)
 *   written here with node/export's writer and columns, the reporting country being the
 *   contributing member's; needs `export` as well as `global:read`, and is audited;
 * - `GET /global/members` (the WCO node only): each contributing member and how far its
 *   contributions have arrived.
 * A national node without a contribution agreement in force answers 404; one whose WCO node is
 * away, 503 "the WCO node is unreachable".
 */
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Router, type RouterContext } from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  type GlobalCase,
  type GlobalCasePage,
  type GlobalMemberListResponse,
} from '../../../protocol/api.ts';
import type { Case } from '../../../protocol/records.ts';
import type { AuditLog } from '../../audit/index.ts';
import { can } from '../../auth/roles.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import {
  CONTENT_TYPES,
  EXPORT_PAGE_SIZE,
  ExportAbortedError,
  filterCodes,
  parseExportQuery,
  writeCases,
  type CaseExportFormat,
  type CaseFilters,
} from '../../export/index.ts';
import type { GlobalSource, GlobalStore, GlobalUser } from '../../global/index.ts';
import { events, type Logger } from '../../log.ts';
import { parsePhotoHash } from '../../photos/index.ts';
import { caseSearchQuery, noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

export interface GlobalRouterDeps {
  /** The WCO node's global store (`/global/members`); absent on a member's node. */
  global?: GlobalStore | undefined;
  /** Where the global CEN is read: the store itself on the WCO node, the WCO node from a member's. */
  source?: GlobalSource | undefined;
  audit?: Pick<AuditLog, 'append'> | undefined;
  log?: Logger | undefined;
}

type Ctx = RouterContext<ApiState>;

const photoQuery = z.object({ size: z.enum(['full', 'thumb']).optional() }).strict();
const caseParams = z.object({ member: z.string().min(1).max(100), id: z.string().min(1).max(100) });
/** The statistics' parameters go to the node that computes them, which checks them. */
const statsQuery = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/), z.string().max(200));

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A global case as a row of the national export: the record with the lists a record always has,
 * and the reporting country the contributing member's (the WCO node vouches for it, the record
 * only says so).
 */
export function exportableCase(found: GlobalCase): Case {
  return {
    offenceTypes: [],
    items: [],
    offenders: [],
    persons: [],
    businesses: [],
    photos: [],
    tags: [],
    ...found.case,
    reportingCountry: found.member.country,
  } as Case;
}

export function globalRouter(deps: GlobalRouterDeps): Router<ApiState> {
  const router = new Router<ApiState>();
  const held = (ctx: Context): GlobalStore => {
    if (!deps.global) ctx.throw(404, 'this node does not hold the global CEN: the WCO node does');
    return deps.global;
  };
  const source = (ctx: Context): GlobalSource => {
    if (!deps.source) ctx.throw(404, 'this node reaches no global CEN');
    return deps.source;
  };
  const userOf = (ctx: { state: ApiState }): GlobalUser => {
    const { username, role } = sessionOf(ctx.state);
    return { username, role };
  };

  router.get(API_ROUTES.globalCases, validate({ query: caseSearchQuery }), async function searchGlobal(ctx) {
    ctx.body = (await source(ctx).search(ctx.state.input.query, userOf(ctx))) satisfies GlobalCasePage;
  });

  router.get(API_ROUTES.globalCase, validate({ query: noQuery }), async function openGlobalCase(ctx) {
    const parsed = caseParams.safeParse(ctx.params);
    if (!parsed.success) {
      throw new ValidationError([
        { path: 'member', rule: 'max', message: 'a global case is named by its member node id and case id' },
      ]);
    }
    const { member, id } = parsed.data;
    ctx.body = (await source(ctx).getCase(member, id, userOf(ctx))) satisfies GlobalCase;
  });

  router.get(API_ROUTES.globalPhoto, validate({ query: photoQuery }), async function serveGlobalPhoto(ctx) {
    const hash = parsePhotoHash(ctx.params.hash);
    const photo = await source(ctx).photo(hash, ctx.state.input.query.size ?? 'full', userOf(ctx));
    // The bytes never change, but the right to see them ends with the case's withdrawal.
    ctx.set('Cache-Control', 'private, max-age=300');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.type = photo.mime;
    ctx.body = photo.bytes;
  });

  router.get(API_ROUTES.globalStats, validate({ query: statsQuery }), async function globalStats(ctx) {
    const from = source(ctx);
    if (!from.stats) throw new NotFoundError('global statistics', 'this node');
    ctx.body = await from.stats(ctx.state.input.query, userOf(ctx));
  });

  const exportGlobal = (format: CaseExportFormat) =>
    async function exportGlobalCases(ctx: Ctx): Promise<void> {
      // The table asks for `export`; the global CEN needs its own permission too.
      if (!can(sessionOf(ctx.state).role, 'global:read')) throw new ForbiddenError();
      const from = source(ctx);
      const { filters, lang } = parseExportQuery(ctx.query);
      const user = userOf(ctx);
      // The first page is read before anything is sent: an unreachable WCO node is an ordinary 503.
      const first = await from.search({ ...filters, limit: EXPORT_PAGE_SIZE }, user);
      async function* pages(): AsyncGenerator<Case[]> {
        let page: GlobalCasePage = first;
        for (;;) {
          if (page.items.length > 0) yield page.items.map(exportableCase);
          if (page.nextCursor === undefined) return;
          page = await from.search({ ...filters, limit: EXPORT_PAGE_SIZE, cursor: page.nextCursor }, user);
        }
      }
      ctx.type = CONTENT_TYPES[format];
      ctx.attachment(`cen-global-cases-${today()}.${format}`);
      ctx.set('Cache-Control', 'no-store');
      const body = new PassThrough();
      ctx.body = body;
      const route = ctx.state.route ?? ctx.path;
      const audit = (count: number, outcome: 'ok' | 'failed') =>
        recordGlobalExport(deps.audit, {
          actor: user.username,
          ip: ctx.ip,
          format,
          filters,
          lang,
          count,
          outcome,
        });
      let rows = 0;
      writeCases(pages(), body, { format, lang, onRows: (done) => (rows = done) })
        .then((result) => audit(result.rows, 'ok'))
        .catch(async (err: unknown) => {
          await audit(rows, 'failed').catch(() => undefined);
          if (!(err instanceof ExportAbortedError) && deps.log)
            events.httpServerError(deps.log, { method: 'GET', route, err, requestId: randomUUID() });
          // Bytes have gone: the client must see an incomplete download, not a whole-looking file.
          body.destroy();
          ctx.res.destroy();
        });
    };

  router.get(API_ROUTES.globalExportXlsx, exportGlobal('xlsx'));
  router.get(API_ROUTES.globalExportCsv, exportGlobal('csv'));

  router.get(API_ROUTES.globalMembers, validate({ query: noQuery }), async function listMembers(ctx) {
    ctx.body = { items: await held(ctx).members() } satisfies GlobalMemberListResponse;
  });

  return router;
}

/** What the audit log keeps of a global export: as of a national one (`export`), marked `global`. */
async function recordGlobalExport(
  audit: Pick<AuditLog, 'append'> | undefined,
  input: {
    actor: string;
    ip: string;
    format: CaseExportFormat;
    filters: CaseFilters;
    lang: string;
    count: number;
    outcome: 'ok' | 'failed';
  },
): Promise<void> {
  await audit?.append({
    action: 'export',
    actor: input.actor,
    outcome: input.outcome,
    details: {
      format: input.format,
      scope: 'global',
      filters: filterCodes(input.filters),
      lang: input.lang,
      count: input.count,
    },
    ...(input.ip ? { ip: input.ip.slice(0, 64) } : {}),
  });
}
