/**
 * The agreements a node holds: installed sealed agreements and the revocations of either party,
 * verified on the way in and on every load, audited, and handed to `decide()` as
 * `AgreementState`s. The network side (proposing and countersigning over the `agreements` peer
 * protocol) builds on this.
 *
 * @example
 *   const agreements = new AgreementRegistry({ kv: store.kv, audit, nodeId: identity.nodeId });
 *   await agreements.install(sealedJson, 'maria');            // both signatures, this node a party
 *   const { revocation } = await agreements.revoke(id, 'ended', signingKey, 'maria');
 *   // … the partner: await agreements.addRevocation(revocation.jws, 'peer:12D3KooW…');
 *   const decision = decide(await agreements.active(), request, new Date());
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
  RevocationInvalidError,
  UnknownAgreementError,
} from './errors.ts';
