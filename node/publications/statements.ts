/**
 * The statements the WCO node signs: a publication (`cen-publication+json`, over its canonical
 * JSON, each attachment named by its sha256) and a withdrawal (`cen-publication-withdrawal+json`).
 * Compact JWS by policies/statements.ts; a member's node opens them with the WCO node as the only
 * signer it accepts, and checks the agreement's key for that node too.
 *
 * @example
 *   const jws = await signStatement(PUBLICATION_JWS_TYPE, statement, key);
 *   const opened = await openPublication(jws, wco); // { ok, statement } | { ok: false, reason, detail }
 */
import { z } from 'zod';
import { openStatement, publicJwkOfNodeId, type OpenStatementResult } from '../../policies/index.ts';
import {
  PUBLICATION_ATTACHMENT_TYPES,
  PUBLICATION_KINDS,
  type PublicationAudience,
} from '../../protocol/api.ts';
import { PUBLICATION_JWS_TYPE, PUBLICATION_WITHDRAWAL_JWS_TYPE } from '../../protocol/protocols.ts';
import { LANGUAGES } from '../../protocol/vocabulary/index.ts';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_NAME_LENGTH,
  MAX_ATTACHMENTS,
  MAX_AUDIENCE_ENTRIES,
  MAX_BODY_LENGTH,
  MAX_REASON_LENGTH,
  MAX_TITLE_LENGTH,
} from './constants.ts';
import type { WcoNode } from './membership.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const instant = z.string().min(20).max(40);

export const audienceSchema = z
  .object({
    all: z.boolean(),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(MAX_AUDIENCE_ENTRIES),
    nodeIds: z.array(z.string().min(1).max(100)).max(MAX_AUDIENCE_ENTRIES),
  })
  .strict();

export const attachmentSchema = z
  .object({
    index: z
      .number()
      .int()
      .min(0)
      .max(MAX_ATTACHMENTS - 1),
    name: z.string().min(1).max(MAX_ATTACHMENT_NAME_LENGTH),
    mime: z.enum(PUBLICATION_ATTACHMENT_TYPES),
    size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const publicationStatementSchema = z
  .object({
    from: z.string(),
    id: z.string().regex(UUID),
    kind: z.enum(PUBLICATION_KINDS),
    title: z.string().min(1).max(MAX_TITLE_LENGTH),
    body: z.string().max(MAX_BODY_LENGTH),
    language: z.enum(LANGUAGES),
    audience: audienceSchema,
    attachments: z.array(attachmentSchema).max(MAX_ATTACHMENTS),
    fromName: z.string().min(1).max(200),
    createdAt: instant,
    publishedAt: instant,
  })
  .strict();
export type PublicationStatement = z.infer<typeof publicationStatementSchema>;

export const withdrawalStatementSchema = z
  .object({
    from: z.string(),
    publicationId: z.string().regex(UUID),
    reason: z.string().max(MAX_REASON_LENGTH),
    withdrawnAt: instant,
  })
  .strict();
export type WithdrawalStatement = z.infer<typeof withdrawalStatementSchema>;

/** Whether `member` is in `audience`. */
export function audienceIncludes(
  audience: PublicationAudience,
  member: { nodeId: string; country: string },
): boolean {
  return (
    audience.all || audience.nodeIds.includes(member.nodeId) || audience.countries.includes(member.country)
  );
}

/**
 * Opens a statement of the WCO node `wco`: the signature must verify with the key its node id
 * embeds, and that key must be the one the contribution agreement names for it.
 */
async function openFromWco<S extends z.ZodType<{ from: string }>>(
  jws: string,
  typ: string,
  schema: S,
  wco: Pick<WcoNode, 'nodeId' | 'key'>,
): Promise<OpenStatementResult<z.infer<S>>> {
  let embedded: string | undefined;
  try {
    embedded = publicJwkOfNodeId(wco.nodeId).x;
  } catch {
    embedded = undefined;
  }
  if (embedded === undefined || embedded !== wco.key.x)
    return { ok: false, reason: 'wrong-signer', detail: 'the agreement names another key for the WCO node' };
  return openStatement(jws, typ, schema, { signer: wco.nodeId });
}

export const openPublication = (jws: string, wco: Pick<WcoNode, 'nodeId' | 'key'>) =>
  openFromWco(jws, PUBLICATION_JWS_TYPE, publicationStatementSchema, wco);

export const openWithdrawal = (jws: string, wco: Pick<WcoNode, 'nodeId' | 'key'>) =>
  openFromWco(jws, PUBLICATION_WITHDRAWAL_JWS_TYPE, withdrawalStatementSchema, wco);
