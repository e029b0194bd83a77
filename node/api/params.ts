/**
 * Zod schemas for the API's query strings and request envelopes. Codes are checked against the
 * vocabularies here, so a search with an unknown commodity is refused (400) instead of
 * silently finding nothing.
 */
import { z } from 'zod';
import { CASE_STATUSES, IDENTIFIER_TYPES } from '../../protocol/records.ts';
import type { Vocabulary } from '../../protocol/vocabulary/vocabulary.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import { parseOrThrow } from './validate.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const date = z.string().refine(isCalendarDate, {
  message: 'a date is written YYYY-MM-DD and exists in the calendar',
  params: { rule: 'date' },
});

const code = (vocabulary: Vocabulary) =>
  z.string().refine((value) => vocabulary.has(value), {
    message: `not a code of the ${vocabulary.name} vocabulary`,
    params: { rule: 'vocabulary' },
  });

export const MAX_PAGE_SIZE = 500;

export const caseSearchQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    from: date.optional(),
    to: date.optional(),
    country: code(vocabularies.country).optional(),
    itrArea: code(vocabularies.itrArea).optional(),
    commodity: code(vocabularies.commodity).optional(),
    conveyanceMode: code(vocabularies.conveyanceMode).optional(),
    detectionMethod: code(vocabularies.detectionMethod).optional(),
    locationType: code(vocabularies.locationType).optional(),
    routeCountry: code(vocabularies.country).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    cursor: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  })
  .strict()
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
    params: { rule: 'date-range' },
  });

export type CaseSearchQuery = z.output<typeof caseSearchQuery>;

const identifierText = z.string().trim().min(1).max(100);

/** `GET /persons`: see `PersonSearchParams` in protocol/api.ts. */
export const personSearchQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    document: identifierText.optional(),
    nationality: code(vocabularies.country).optional(),
    cursor: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  })
  .strict();

/** `GET /businesses`: see `BusinessSearchParams` in protocol/api.ts. */
export const businessSearchQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    registration: identifierText.optional(),
    country: code(vocabularies.country).optional(),
    cursor: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  })
  .strict();

/** Routes that take no query parameters still refuse unknown ones, so typos surface. */
export const noQuery = z.object({}).strict();

/** `DELETE /…/:id?version=N`: the version the client saw, as for updates. */
export const deleteQuery = z.object({ version: z.coerce.number().int().min(1) }).strict();

export const identifierParams = z.object({
  type: z.enum(IDENTIFIER_TYPES),
  value: z.string().min(1).max(100),
});

/** `PUT /…/:id` bodies are `{ version, <resource>: input }`, e.g. `{ version: 3, case: {…} }`. */
export function parseUpdateBody(body: unknown, key: string): { version: number; input: unknown } {
  const schema = z
    .object({
      version: z.number().int().min(1),
      [key]: z.custom<unknown>((v) => v !== undefined, {
        message: `the changed record goes under \`${key}\``,
        params: { rule: 'required' },
      }),
    })
    .strict();
  // The key is computed, so zod cannot type it: the cast restates what the schema checked.
  const parsed = parseOrThrow(schema, body ?? {}) as { version: number } & Record<string, unknown>;
  return { version: parsed.version, input: parsed[key] };
}
