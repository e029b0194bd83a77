/** Real node keys and sealed agreements for the policies tests. */
import type { KeyObject } from 'node:crypto';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import caseFull from '../../../protocol/vectors/case-full.json' with { type: 'json' };
import { CASE_FIELD_PATHS, type Agreement, type DirectionScope } from '../../../protocol/agreement.ts';
import type { Case } from '../../../protocol/records.ts';
import {
  countersign,
  draftAgreement,
  openAgreement,
  publicJwkOfNodeId,
  signAgreement,
  signingKeyFromLibp2p,
  type AgreementDraft,
  type OpenedAgreement,
} from '../../../policies/index.ts';

export interface TestNode {
  nodeId: string;
  key: KeyObject;
  country: string;
}

export async function testNode(country: string): Promise<TestNode> {
  const privateKey = await generateKeyPair('Ed25519');
  return {
    nodeId: peerIdFromPrivateKey(privateKey).toString(),
    key: signingKeyFromLibp2p(privateKey),
    country,
  };
}

export const party = (node: TestNode) => ({
  administration: node.country,
  name: `Customs ${node.country}`,
  nodeId: node.nodeId,
  key: publicJwkOfNodeId(node.nodeId),
});

export const ALL_TOP_LEVEL = CASE_FIELD_PATHS.filter((p) => !p.includes('.'));

export function bilateralDraft(a: TestNode, b: TestNode, overrides: Partial<Agreement> = {}): AgreementDraft {
  const scope: DirectionScope = {
    recordKinds: ['seizure', 'offence'],
    itrAreas: ['drugs'],
    fields: ALL_TOP_LEVEL.filter((p) => p !== 'origin'),
    redact: ['conveyance.vehicleRegistration'],
    nominal: false,
  };
  return {
    type: 'bilateral',
    parties: [party(a), party(b)],
    legalBasis: { instrument: 'Customs mutual assistance agreement', articles: ['4'] },
    purposes: ['customs-enforcement'],
    modes: ['sync', 'on-demand'],
    scope: { [a.nodeId]: scope, [b.nodeId]: scope },
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 365 },
    validity: { from: '2026-01-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z' },
    ...overrides,
  };
}

export async function sealBoth(a: TestNode, b: TestNode, doc: Agreement) {
  return countersign(await signAgreement(doc, a.key), b.key);
}

export async function openedAgreement(
  a: TestNode,
  b: TestNode,
  overrides: Partial<Agreement> = {},
): Promise<OpenedAgreement> {
  const sealed = await sealBoth(a, b, draftAgreement(bilateralDraft(a, b, overrides)));
  const opened = await openAgreement(sealed, { now: new Date('2026-06-01T00:00:00Z') });
  if (!opened.ok) throw new Error(`fixture did not open: ${opened.reason} ${opened.detail}`);
  return opened;
}

/** The full golden case without provenance: a record this node owns. */
export function ownCase(): Case {
  const record = structuredClone(caseFull) as unknown as Case;
  delete record.origin;
  return record;
}

export const fullCase = () => structuredClone(caseFull) as unknown as Case;
