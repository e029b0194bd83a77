/**
 * Which contribution agreements tie a member's node and a WCO node now. A `wco-contribution`
 * agreement names the member in its scope (what the member contributes) and never the WCO node;
 * the one in force between two nodes is the one `agreementFor` picks. Everything that serves
 * members (contributions, the global CEN, publications, the forum, purges) asks these two
 * questions, so they are answered once.
 *
 * @example
 *   const state = memberAgreementInForce(states, wcoNodeId, peer, now);   // on the WCO node
 *   if (!state) refuse('no-agreement');
 *   for (const { wco, state } of wcoAgreementsInForce(states, self, now)) push(wco.nodeId, state); // on a member's node
 */
import type { Agreement } from '../protocol/agreement.ts';
import { agreementFor, type AgreementState } from './decide.ts';

const contributes = (agreement: Agreement, member: string, wco: string): boolean =>
  agreement.type === 'wco-contribution' &&
  Object.hasOwn(agreement.scope, member) &&
  !Object.hasOwn(agreement.scope, wco);

/** On the WCO node `self`: the contribution agreement in force with `member` (either profile), if any. */
export function memberAgreementInForce(
  states: readonly AgreementState[],
  self: string,
  member: string,
  now: Date,
): AgreementState | undefined {
  const state = agreementFor(states, self, member, now);
  return state && contributes(state.agreement, member, self) ? state : undefined;
}

/** On a member's node `self`: each WCO node it has a contribution agreement in force with, and that agreement. */
export function wcoAgreementsInForce(
  states: readonly AgreementState[],
  self: string,
  now: Date,
): { wco: Agreement['parties'][number]; state: AgreementState }[] {
  const found = new Map<string, { wco: Agreement['parties'][number]; state: AgreementState }>();
  for (const { agreement } of states) {
    if (agreement.type !== 'wco-contribution' || !Object.hasOwn(agreement.scope, self)) continue;
    const wco = agreement.parties.find((p) => p.nodeId !== self);
    if (!wco || found.has(wco.nodeId)) continue;
    const state = agreementFor(states, self, wco.nodeId, now);
    if (!state || !contributes(state.agreement, self, wco.nodeId)) continue;
    found.set(wco.nodeId, {
      wco: state.agreement.parties.find((p) => p.nodeId === wco.nodeId) ?? wco,
      state,
    });
  }
  return [...found.values()];
}
