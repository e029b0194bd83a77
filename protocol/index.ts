/**
 * The contract every other part of the project builds on, and that depends on nothing else in
 * the repository: record types (`records.ts`), branded ids (`ids.ts`), vocabularies with their
 * labels (`vocabulary/`), validation of submitted records (`validation.ts`), the protobuf form of
 * records (`proto/`, generated `gen/`, `codec.ts`, golden `vectors/`) and the HTTP API's paths
 * and bodies (`api.ts`).
 *
 * @example
 *   import { validateCaseInput, encodeCase, vocabularies, apiPaths } from '../protocol/index.ts';
 *   const result = validateCaseInput(body, { country: 'KE', today: '2026-11-02' });
 *   if (result.ok) console.error(vocabularies.commodity.label(result.value.items[0]!.commodity, 'fr'));
 *   await fetch(apiPaths.cases, { method: 'POST', body: JSON.stringify(body) });
 */
export * from './ids.ts';
export * from './records.ts';
export * from './validation-types.ts';
export * from './validation.ts';
export * from './vocabulary/index.ts';
export * from './codec.ts';
export * from './api.ts';
