/**
 * A watch-list rule as one node shares it with a partner: a statement naming both nodes and the
 * agreement, signed by the owner node as a compact JWS of `typ` `cen-watchlist+json`
 * (`policies/statements.ts`). It carries what the rule says and never who wrote or owns it. A
 * withdrawal (the rule was deleted or is no longer shared) is a statement with `withdraw` in
 * place of `rule`.
 *
 * @example
 *   const jws = await signStatement(WATCHLIST_JWS_TYPE, ruleStatement(rule, self, peer, agreement, now), key);
 *   const opened = await openStatement(jws, WATCHLIST_JWS_TYPE, watchlistStatementSchema, { signer: peer });
 */
import { z } from 'zod';
import { nodeIdSchema } from '../../protocol/agreement.ts';
import { WATCHLIST_KINDS, type WatchlistRule } from '../../protocol/api.ts';
import { isUuidV7 } from '../../protocol/ids.ts';
import type { RuleBody } from './rules.ts';

const ruleId = z.string().refine(isUuidV7, 'is not a rule id (UUIDv7)');

/**
 * The shape only: what the rule says is checked afterwards with `checkRuleBody`, the check every
 * rule a user writes passes, so a partner's rule is refused exactly like a user's.
 */
export const watchlistStatementSchema = z
  .strictObject({
    from: nodeIdSchema,
    to: nodeIdSchema,
    agreementId: z.string().min(1).max(100),
    agreementVersion: z.number().int().min(1),
    at: z.string().max(40),
    rule: z
      .strictObject({
        id: ruleId,
        version: z.number().int().min(1),
        name: z.unknown(),
        description: z.unknown().optional(),
        kind: z.enum(WATCHLIST_KINDS),
        list: z.unknown().optional(),
        pattern: z.unknown().optional(),
        active: z.boolean(),
      })
      .optional(),
    withdraw: z.strictObject({ id: ruleId, version: z.number().int().min(1) }).optional(),
  })
  .refine(
    (s) => (s.rule === undefined) !== (s.withdraw === undefined),
    'holds either a rule or a withdrawal',
  );

export type WatchlistStatement = z.infer<typeof watchlistStatementSchema>;

interface Addressing {
  from: string;
  to: string;
  agreementId: string;
  agreementVersion: number;
  at: string;
}

/** The statement sharing `rule` (its body, id and version; never its owners or author). */
export function ruleStatement(rule: WatchlistRule, addressing: Addressing): WatchlistStatement {
  const body: RuleBody = {
    name: rule.name,
    ...(rule.description === undefined ? {} : { description: rule.description }),
    kind: rule.kind,
    ...(rule.list ? { list: rule.list } : {}),
    ...(rule.pattern ? { pattern: rule.pattern } : {}),
    active: rule.active,
  };
  return { ...addressing, rule: { id: rule.id, version: rule.version, ...body } };
}

/** The statement withdrawing a rule the partner holds at `version`. */
export function withdrawalStatement(id: string, version: number, addressing: Addressing): WatchlistStatement {
  return { ...addressing, withdraw: { id, version } };
}
