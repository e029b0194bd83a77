/**
 * `/api/v1/exports`: the result of a case search as a workbook or CSV (`cases.xlsx`,
 * `cases.csv`, with the search parameters of `GET /cases` and `lang`), and the analyst database
 * (`analyst-db`, a zip; persons and businesses only for a role that may read nominal data). All
 * need the `export` permission and are recorded in the audit log.
 *
 * The query is checked before anything is sent, so a bad filter is an ordinary 400. The case
 * export then streams: the handler returns with the response body still open, and the rows are
 * written into it page by page as the client reads (a closed download stops the export and is
 * recorded as failed). The analyst database is built first, in a scratch directory, then streamed
 * and removed.
 */
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Router, type RouterContext } from '@koa/router';
import { API_ROUTES } from '../../../protocol/api.ts';
import type { AuditLog } from '../../audit/index.ts';
import { can } from '../../auth/roles.ts';
import {
  buildAnalystExport,
  CONTENT_TYPES,
  ExportAbortedError,
  exportCases,
  parseExportQuery,
  type CaseExportFormat,
  type Requester,
} from '../../export/index.ts';
import { events, type Logger } from '../../log.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { sessionOf, type ApiState } from '../state.ts';

export interface ExportsRouterDeps {
  store: RecordStoreApi;
  audit: AuditLog;
  log: Logger;
  /** Where analyst databases are built (default the system's temp directory). */
  tempDir?: string;
}

type Ctx = RouterContext<ApiState>;

const today = () => new Date().toISOString().slice(0, 10);

function requesterOf(ctx: Ctx): Requester {
  return { actor: sessionOf(ctx.state).username, ...(ctx.ip ? { ip: ctx.ip } : {}) };
}

/**
 * The body the export writes into while koa sends it. A failure once bytes have gone cannot
 * become an error answer: it is logged and the connection is cut, so the client sees an
 * incomplete download rather than a file that looks whole.
 */
function streamInto(ctx: Ctx, log: Logger, write: (body: PassThrough) => Promise<unknown>): void {
  const body = new PassThrough();
  ctx.body = body;
  const { method } = ctx;
  const route = ctx.state.route ?? ctx.path;
  write(body).catch((err: unknown) => {
    if (!(err instanceof ExportAbortedError))
      events.httpServerError(log, { method, route, err, requestId: randomUUID() });
    body.destroy();
    ctx.res.destroy();
  });
}

export function exportsRouter(deps: ExportsRouterDeps): Router<ApiState> {
  const router = new Router<ApiState>();

  const sendCases = (format: CaseExportFormat) =>
    function exportCaseList(ctx: Ctx): void {
      const { filters, lang } = parseExportQuery(ctx.query);
      const who = requesterOf(ctx);
      ctx.type = CONTENT_TYPES[format];
      ctx.attachment(`cen-cases-${today()}.${format}`);
      ctx.set('Cache-Control', 'no-store');
      streamInto(ctx, deps.log, (body) => exportCases(deps, who, { format, filters, lang }, body));
    };

  router.get(API_ROUTES.exportCasesXlsx, sendCases('xlsx'));
  router.get(API_ROUTES.exportCasesCsv, sendCases('csv'));

  router.get(API_ROUTES.exportAnalystDb, async function exportAnalystDatabase(ctx) {
    const { filters, lang } = parseExportQuery(ctx.query);
    const session = sessionOf(ctx.state);
    const built = await buildAnalystExport(deps, requesterOf(ctx), {
      filters,
      lang,
      nominal: can(session.role, 'nominal:read'),
      ...(deps.tempDir === undefined ? {} : { tempDir: deps.tempDir }),
    });
    ctx.type = CONTENT_TYPES.zip;
    ctx.attachment(`cen-analyst-db-${built.summary.exportedAt.slice(0, 10)}.zip`);
    ctx.set('Cache-Control', 'no-store');
    streamInto(ctx, deps.log, (body) => built.sendTo(body));
  });

  return router;
}
