/**
 * The agreements a node holds: installed sealed agreements and the revocations of either party,
 * verified on the way in and on every load, audited, and handed to `decide()` as
 * `AgreementState`s. The network side, `/cen/agreements/1.0.0`, builds on this: one node
 * proposes an agreement it signed, the partner's exchange administrator countersigns it on their
 * own node, both install it; a revocation reaches the partner by itself (`proposals.ts` keeps
 * the proposals and the messages owed to partners, `protocol.ts` carries them).
 *
 * @example
 *   const agreements = new AgreementRegistry({ kv: store.kv, audit, nodeId: identity.nodeId });
 *   await agreements.install(sealedJson, 'maria');            // both signatures, this node a party
 *   const { revocation } = await agreements.revoke(id, 'ended', signingKey, 'maria');
 *   // … the partner: await agreements.addRevocation(revocation.jws, 'peer:12D3KooW…');
 *   const decision = decide(await agreements.active(), request, new Date());
 *
 *   // Over the network instead of by hand:
 *   const proposals = new AgreementProposals({ kv, audit, agreements, nodeId, signingKey });
 *   await agreementsProtocol({ peerHost, proposals, agreements, peers, audit, log }).start();
 *   await proposals.propose(signedByThisNode, 'as agreed in Arusha', 'maria'); // → the partner
 *   // … on the partner's node: await proposals.countersign(id, 'juma');      // both install it
 */
export {
  AGREEMENTS_NAMESPACE,
  AgreementRegistry,
  DEFAULT_REVOCATION_REASON,
  REVOCATIONS_NAMESPACE,
  type AgreementRegistryOptions,
  type InstallResult,
  type RevocationResult,
} from './registry.ts';
export {
  AgreementConflictError,
  AgreementRefusedError,
  AgreementSignatureError,
  AlreadyRevokedError,
  NotAPartyError,
  NotCountersignedError,
  OlderVersionError,
  ProposalConflictError,
  ProposalExpiredError,
  ProposalNotSignedError,
  ProposalStateError,
  ProposalsUnavailableError,
  RevocationInvalidError,
  RevokedAgreementError,
  UnknownAgreementError,
  UnknownProposalError,
} from './errors.ts';
export {
  AgreementProposals,
  DELIVERIES_NAMESPACE,
  DELIVERY_KINDS,
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  PROPOSALS_NAMESPACE,
  REFUSAL_CODES,
  type AgreementProposalsOptions,
  type CountersignResult,
  type DeliveryKind,
  type ProposalDeliverer,
  type ProposeResult,
  type Receipt,
  type RefusalCode,
  type StoredDelivery,
} from './proposals.ts';
export {
  AGREEMENT_FRAME_TIMEOUT_MS,
  AGREEMENT_MAX_STREAMS,
  AgreementsProtocol,
  agreementsProtocol,
  DEFAULT_DELIVERY_RETRY_MS,
  DELIVERY_DIAL_TIMEOUT_MS,
  MAX_DELIVERY_BACKOFF_MS,
  pendingPeersOf,
  type AgreementEvidence,
  type AgreementsPeerHost,
  type AgreementsProtocolComponents,
  type AgreementsProtocolInit,
} from './protocol.ts';
