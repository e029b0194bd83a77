/**
 * Bulk upload of cases, `/api/v1/imports` (permission `import`): the templates
 * (`GET /imports/templates`, `GET /imports/templates/<name>.xlsx?lang=fr`), a dry run
 * (`POST /imports?dryRun=true`, multipart field `file`: 200 with the row-by-row report), an
 * import (`POST /imports`: 202 with the job, which runs in the background), its progress and
 * report (`GET /imports/:id`) and the report as a spreadsheet (`GET /imports/:id/report.xlsx`).
 * What a file may be and what happens to its rows is node/import's business; this file streams
 * the multipart body (busboy) to it and answers. Each dry run and import is in the audit log
 * (`import`), written by the import service when the job ends.
 */
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { Router } from '@koa/router';
import busboy from 'busboy';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  type ImportJobSummary,
  type ImportListResponse,
  type ImportReport,
  type ImportTemplateListResponse,
} from '../../../protocol/api.ts';
import { isUuidV7 } from '../../../protocol/ids.ts';
import { IMPORT_TEMPLATES, isImportTemplateName, templateColumns } from '../../../protocol/import-columns.ts';
import { LANGUAGES } from '../../../protocol/vocabulary/vocabulary.ts';
import { NotFoundError } from '../../errors.ts';
import {
  buildTemplate,
  ImportFileError,
  ImportsUnavailableError,
  type ImportService,
  type ReceiveOptions,
} from '../../import/index.ts';
import { fileTooLarge } from '../../import/sources.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

/** Multipart framing around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const uploadQuery = z.object({ dryRun: z.enum(['true', 'false']).optional() }).strict();
const templateQuery = z.object({ lang: z.enum(LANGUAGES).optional() }).strict();

/** Streams the one file of an upload into the import service, which stores and checks it. */
function receiveUpload(
  req: IncomingMessage,
  imports: ImportService,
  options: Omit<ReceiveOptions, 'fileName'>,
): Promise<ImportJobSummary> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: imports.limits.maxFileBytes, files: 1, fields: 0, parts: 2 },
      });
    } catch {
      reject(new ImportFileError('the multipart body has no boundary: send the file as a browser form does'));
      return;
    }
    let received: Promise<ImportJobSummary> | undefined;
    let problem: Error | undefined;
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || received) {
        problem ??= new ImportFileError(
          name === 'file' ? 'send one file per upload' : `the file goes in the field "file", not "${name}"`,
        );
        stream.resume();
        return;
      }
      received = imports.receiveStream(stream, { ...options, fileName: info.filename });
      received.catch(() => undefined); // answered on close
    });
    parser.on('field', (name) => {
      problem ??= new ImportFileError(`unknown field "${name}": the upload has one field, "file"`);
    });
    parser.on('fieldsLimit', () => (problem ??= new ImportFileError('the upload has one field, "file"')));
    parser.on('filesLimit', () => (problem ??= new ImportFileError('send one file per upload')));
    parser.on('partsLimit', () => (problem ??= new ImportFileError('send only the file')));
    parser.on('error', () => reject(new ImportFileError('the multipart body could not be read')));
    parser.on('close', () => {
      if (!received) {
        reject(problem ?? new ImportFileError('the request holds no file: send it in the field "file"'));
        return;
      }
      if (problem) {
        const refused = problem;
        received.then(
          () => reject(refused),
          () => reject(refused),
        );
        return;
      }
      received.then(resolve, reject);
    });
    req.on('error', () => reject(new ImportFileError('the upload was interrupted')));
    req.pipe(parser);
  });
}

/** A multipart form, and not larger than the limit allows (refused before a byte is read). */
function assertUpload(ctx: Context, imports: ImportService): void {
  if (!ctx.is('multipart/form-data'))
    throw new ImportFileError('send the file as multipart/form-data, in the field "file"', 415);
  const length = ctx.request.length;
  if (length !== undefined && length > imports.limits.maxFileBytes + MULTIPART_OVERHEAD_BYTES)
    throw fileTooLarge(length, imports.limits);
}

/** An import id from the path: anything but a UUIDv7 names no import. */
function importId(ctx: Context): string {
  const id = (ctx.params as Record<string, string>).id;
  if (!isUuidV7(id)) throw new NotFoundError('import', String(id).slice(0, 80));
  return id;
}

export function importsRouter(deps: { imports: ImportService | undefined }): Router<ApiState> {
  const router = new Router<ApiState>();
  const service = (): ImportService => {
    if (!deps.imports) throw new ImportsUnavailableError();
    return deps.imports;
  };

  // Before `/imports/:id`, which would read "templates" as an id.
  router.get(API_ROUTES.importTemplates, validate({ query: noQuery }), function listTemplates(ctx) {
    ctx.body = {
      items: IMPORT_TEMPLATES.map((name) => ({
        name,
        ...(name === 'generic' ? {} : { itrArea: name }),
        columns: templateColumns(name).length,
      })),
    } satisfies ImportTemplateListResponse;
  });

  router.get(API_ROUTES.importTemplate, validate({ query: templateQuery }), async function template(ctx) {
    const file = String(ctx.params.name);
    const name = file.replace(/\.xlsx$/, '');
    if (!file.endsWith('.xlsx') || !isImportTemplateName(name))
      throw new NotFoundError('template', file.slice(0, 80));
    const lang = ctx.state.input.query.lang ?? 'en';
    ctx.type = XLSX_TYPE;
    ctx.attachment(`cen-import-${name}-${lang}.xlsx`);
    ctx.body = await buildTemplate(name, lang);
  });

  router.get(API_ROUTES.imports, validate({ query: noQuery }), async function listImports(ctx) {
    ctx.body = { items: await service().list() } satisfies ImportListResponse;
  });

  router.post(API_ROUTES.imports, validate({ query: uploadQuery }), async function upload(ctx) {
    const imports = service();
    assertUpload(ctx, imports);
    const dryRun = ctx.state.input.query.dryRun === 'true';
    const job = await receiveUpload(ctx.req, imports, { by: sessionOf(ctx.state).username, dryRun });
    if (dryRun) {
      ctx.body = (await imports.runDryRun(job.id)) satisfies ImportReport;
      return;
    }
    ctx.status = 202;
    ctx.body = (await imports.startImport(job.id)) satisfies ImportJobSummary;
  });

  router.get(API_ROUTES.import, validate({ query: noQuery }), async function importStatus(ctx) {
    const id = importId(ctx);
    const report = await service().get(id);
    if (!report) throw new NotFoundError('import', id);
    ctx.body = report satisfies ImportReport;
  });

  router.get(API_ROUTES.importReport, validate({ query: noQuery }), async function importReport(ctx) {
    const id = importId(ctx);
    const imports = service();
    if (!(await imports.get(id))) throw new NotFoundError('import', id);
    const body = new PassThrough();
    ctx.type = XLSX_TYPE;
    ctx.attachment(`cen-import-${id}-report.xlsx`);
    ctx.body = body;
    imports.writeReport(id, body).catch((err: unknown) => body.destroy(err as Error));
  });

  return router;
}
