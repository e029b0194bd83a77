/**
 * Who is a member of the WCO node and who is its WCO node: both read from the contribution
 * agreements in force (`type: 'wco-contribution'`), the only tie between a member's node and the
 * WCO node. Publications and the forum serve and reach nothing else.
 *
 * @example
 *   const member = memberOf(await agreements.states(), self, peer, new Date()); // on the WCO node
 *   if (!member) refuse('no-agreement');
 *   const [wco] = wcoNodesOf(await agreements.states(), self, new Date());     // on a member's node
 */
import { memberAgreementInForce, wcoAgreementsInForce, type AgreementState } from '../../policies/index.ts';
import type { Agreement } from '../../protocol/agreement.ts';

/** A member's node as the WCO node's agreement with it names it. */
export interface Member {
  nodeId: string;
  /** The administration's code in the agreement: its country. */
  country: string;
  name: string;
}

/** A WCO node this node has a contribution agreement in force with. */
export interface WcoNode {
  nodeId: string;
  name: string;
  /** The WCO party's signing key in the agreement (public JWK). */
  key: Agreement['parties'][number]['key'];
  /** This node as the agreement names it (its audience is matched against these). */
  self: Member;
}

/** On the WCO node: the member `peer`, when a contribution agreement with it is in force. */
export function memberOf(
  states: readonly AgreementState[],
  self: string,
  peer: string,
  now: Date,
): Member | undefined {
  const agreement = memberAgreementInForce(states, self, peer, now)?.agreement;
  if (!agreement) return undefined;
  const party = agreement.parties.find((p) => p.nodeId === peer);
  return party ? { nodeId: peer, country: party.administration, name: party.name } : undefined;
}

/** On a member's node: the WCO nodes it has a contribution agreement in force with. */
export function wcoNodesOf(states: readonly AgreementState[], self: string, now: Date): WcoNode[] {
  return wcoAgreementsInForce(states, self, now).flatMap(({ wco, state }) => {
    const me = state.agreement.parties.find((p) => p.nodeId === self);
    if (!me) return [];
    return [
      {
        nodeId: wco.nodeId,
        name: wco.name,
        key: wco.key,
        self: { nodeId: self, country: me.administration, name: me.name },
      },
    ];
  });
}
