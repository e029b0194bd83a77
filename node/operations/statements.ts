/**
 * The signed statements of `/cen/operations/1.0.0` (compact JWS, `policies/statements.ts`): an
 * operation's definition (signed by the organiser), a message (signed by the node it was posted
 * on), a member's answer to an invitation and its read receipt (signed by the member). Each is
 * opened, signature first, with its schema before anything reads it.
 */
import { z } from 'zod';
import { nodeIdSchema } from '../../protocol/agreement.ts';
import {
  OPERATION_FREE_FIELD_TYPES,
  OPERATION_CATALOGUE_FIELDS,
  OPERATION_LIMITS,
  OPERATION_MEMBER_STATUSES,
  type OperationDefinition,
  type OperationPhoto,
  type OperationReport,
} from '../../protocol/api.ts';

const isoDateTime = z.iso.datetime({ offset: true });
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A report as JSON: its values are checked against the template, not here. */
const REPORT_MAX_JSON = 64 * 1024;

const fieldTypes = [...Object.keys(OPERATION_CATALOGUE_FIELDS), ...OPERATION_FREE_FIELD_TYPES] as unknown as [
  string,
  ...string[],
];

export const definitionSchema = z.strictObject({
  id: z.uuidv7(),
  name: z.string().min(1).max(OPERATION_LIMITS.name),
  organiser: z.strictObject({ nodeId: nodeIdSchema, name: z.string().max(200).optional() }),
  members: z
    .array(
      z.strictObject({
        nodeId: nodeIdSchema,
        name: z.string().max(200).optional(),
        status: z.enum(OPERATION_MEMBER_STATUSES),
      }),
    )
    .max(OPERATION_LIMITS.members),
  period: z.strictObject({ start: isoDateTime, end: isoDateTime }),
  retentionDays: z.number().int().min(1).max(OPERATION_LIMITS.retentionDays),
  state: z.enum(['active', 'closed']),
  closedAt: isoDateTime.optional(),
  template: z.strictObject({
    version: z.number().int().min(1),
    fields: z
      .array(
        z.strictObject({
          key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
          type: z.enum(fieldTypes),
          label: z.string().min(1).max(OPERATION_LIMITS.label).optional(),
          required: z.boolean(),
        }),
      )
      .max(OPERATION_LIMITS.fields),
  }),
  version: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** The definition, signed by the organiser (`from`). */
export const operationStatementSchema = z.strictObject({
  from: nodeIdSchema,
  operation: definitionSchema,
});
export interface OperationStatement {
  from: string;
  operation: OperationDefinition;
}

export const messageStatementSchema = z
  .strictObject({
    from: nodeIdSchema,
    operationId: z.uuidv7(),
    id: z.uuidv7(),
    /** The user who wrote it, a username on `from`. */
    author: z.string().min(1).max(64),
    text: z.string().trim().min(1).max(OPERATION_LIMITS.text).optional(),
    report: z
      .record(z.string().max(40), z.unknown())
      .refine((r) => JSON.stringify(r).length <= REPORT_MAX_JSON, { message: 'the report is too large' })
      .optional(),
    /** The template version the author's node checked the report against. */
    templateVersion: z.number().int().min(1).optional(),
    /** The photos attached, as the author's node stored them (files travel beside the statement). */
    photos: z
      .array(
        z.strictObject({
          hash: z.string().regex(/^[0-9a-f]{64}$/),
          size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        }),
      )
      .min(1)
      .max(OPERATION_LIMITS.photos)
      .refine((photos) => new Set(photos.map((p) => p.hash)).size === photos.length, {
        message: 'a photo is attached once',
      })
      .optional(),
    at: isoDateTime,
  })
  .refine((m) => m.text !== undefined || m.report !== undefined || m.photos !== undefined, {
    message: 'a message has text, a report or photos',
  });
export interface MessageStatement {
  from: string;
  operationId: string;
  id: string;
  author: string;
  text?: string;
  report?: OperationReport;
  templateVersion?: number;
  photos?: OperationPhoto[];
  at: string;
}

export const answerStatementSchema = z.strictObject({
  from: nodeIdSchema,
  operationId: z.uuidv7(),
  answer: z.enum(['accept', 'decline']),
  at: isoDateTime,
});
export type AnswerStatement = z.infer<typeof answerStatementSchema>;

export const receiptStatementSchema = z.strictObject({
  from: nodeIdSchema,
  operationId: z.uuidv7(),
  readUpTo: seq,
  at: isoDateTime,
});
export type ReceiptStatement = z.infer<typeof receiptStatementSchema>;

/** The receipts map a delivery carries: JSON `{ nodeId: seq }`. */
export const receiptsSchema = z.record(nodeIdSchema, seq);
