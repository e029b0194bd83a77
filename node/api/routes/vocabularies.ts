/** `/api/v1/vocabularies`: every code list with its labels in the six console languages. */
import { Router } from '@koa/router';
import { API_ROUTES, type VocabulariesResponse } from '../../../protocol/api.ts';
import { vocabularies } from '../../../protocol/vocabulary/index.ts';
import { noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';

export function vocabulariesRouter(): Router<ApiState> {
  const router = new Router<ApiState>();
  // Built once: the vocabularies are constants of this release.
  const all = Object.fromEntries(
    Object.entries(vocabularies).map(([name, vocabulary]) => [name, { name, terms: vocabulary.terms }]),
  ) as VocabulariesResponse;
  router.get(API_ROUTES.vocabularies, validate({ query: noQuery }), function listVocabularies(ctx) {
    ctx.body = all;
  });
  return router;
}
