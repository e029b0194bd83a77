/**
 * Agreements between nodes and the one function that decides every transfer: the agreement
 * model, sealing and opening (JWS JSON, EdDSA, one signature per party, `typ` pinned),
 * revocation, the pure, fail-closed `decide()`, and the anonymised projection of a case that
 * members contribute to the WCO (`anonymiseCase`, anonymise.ts). Depends on `protocol/` only.
 *
 * @example
 *   const key = signingKeyFromLibp2p(identity.privateKey);
 *   const sealed = await signAgreement(draftAgreement(draft), key);      // first party
 *   const both = await countersign(sealed, partnerKey);                  // second party
 *   const opened = await openAgreement(both, { now: new Date() });       // verify, then read
 *   if (opened.ok) {
 *     const decision = decide([opened], { direction: 'outbound', mode: 'sync',
 *       localNodeId, peerNodeId, record }, new Date());
 *     if (decision.allow) send(decision.projection); else log(decision.reason);
 *   }
 */
export * from './anonymise.ts';
export * from './decide.ts';
export * from './keys.ts';
export * from './model.ts';
export * from './projection.ts';
export * from './revocation.ts';
export * from './seal.ts';
export * from './statements.ts';
export * from './wco.ts';
