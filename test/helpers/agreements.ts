/**
 * Agreements between test nodes, sealed with the nodes' real identity keys, as two exchange
 * administrators would: one drafts and signs, the other countersigns.
 *
 * @example
 *   const [ke, tz] = await Promise.all([partyOf(keNode, 'KE'), partyOf(tzNode, 'TZ')]);
 *   const sealed = await sealBetween(ke, tz, agreementBetween(ke, tz));
 */
import type { KeyObject } from 'node:crypto';
import { loadIdentity } from '../../node/identity.ts';
import {
  countersign,
  draftAgreement,
  publicJwkOfNodeId,
  signAgreement,
  signingKeyFromLibp2p,
  type SealedAgreement,
} from '../../policies/index.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import type { TestNode } from './node.ts';

export interface Party {
  nodeId: string;
  key: KeyObject;
  country: string;
}

export async function partyOf(node: TestNode, country: string): Promise<Party> {
  const identity = await loadIdentity(node.dataDir);
  return { nodeId: identity.nodeId, key: signingKeyFromLibp2p(identity.privateKey), country };
}

/**
 * A year-long bilateral agreement for drug cases, non-nominal, sync and query, from a minute ago;
 * `options` change the modes, ITR areas, fields, nominal data, maximum handling code and retention.
 */
export function agreementBetween(
  a: Party,
  b: Party,
  options: {
    version?: number;
    id?: string;
    modes?: Agreement['modes'];
    itrAreas?: string[];
    nominal?: boolean;
    maxCode?: Agreement['handling']['maxCode'];
    fields?: Agreement['scope'][string]['fields'];
    retentionDays?: number;
  } = {},
): Agreement {
  const scope = {
    recordKinds: ['seizure', 'offence'] as ('seizure' | 'offence')[],
    itrAreas: options.itrAreas ?? ['drugs'],
    fields: options.fields ?? (['kind', 'seizureDate', 'items'] as Agreement['scope'][string]['fields']),
    nominal: options.nominal ?? false,
  };
  const from = new Date(Date.now() - 60_000);
  return draftAgreement({
    ...(options.id ? { id: options.id } : {}),
    version: options.version ?? 1,
    type: 'bilateral',
    parties: [a, b].map((p) => ({
      administration: p.country,
      name: `Customs ${p.country}`,
      nodeId: p.nodeId,
      key: publicJwkOfNodeId(p.nodeId),
    })) as Agreement['parties'],
    legalBasis: { instrument: 'Customs mutual assistance agreement' },
    purposes: ['customs-enforcement'],
    modes: options.modes ?? ['sync', 'query'],
    scope: { [a.nodeId]: scope, [b.nodeId]: scope },
    handling: {
      maxCode: options.maxCode ?? 'H2',
      onwardTransfer: 'prohibited',
      retentionDays: options.retentionDays ?? 365,
    },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 365 * 86_400_000).toISOString() },
  });
}

/** Signed by `a`, countersigned by `b`. */
export async function sealBetween(a: Party, b: Party, doc: Agreement): Promise<SealedAgreement> {
  return countersign(await signAgreement(doc, a.key), b.key);
}
