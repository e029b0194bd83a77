/**
 * Why the node refuses an agreement or a revocation. Each carries a stable `code` the API
 * answers with (`api/errors.ts`) and an HTTP status; tests assert them by `name`.
 */
import { NotFoundError } from '../errors.ts';

/** The common shape of a refusal, so the API translates them all in one place. */
export abstract class AgreementRefusedError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly details: Record<string, string | number> | undefined;
  constructor(message: string, details?: Record<string, string | number>) {
    super(message);
    this.details = details;
  }
}

/** The signatures do not verify, the document is malformed or was changed after signing. */
export class AgreementSignatureError extends AgreementRefusedError {
  override name = 'AgreementSignatureError';
  readonly code = 'agreement_invalid';
  readonly status = 400;
  readonly reason: string;
  constructor(reason: string, detail: string) {
    super(`the agreement does not verify (${reason}): ${detail}`, { reason });
    this.reason = reason;
  }
}

export class NotAPartyError extends AgreementRefusedError {
  override name = 'NotAPartyError';
  readonly code = 'agreement_not_a_party';
  readonly status = 422;
  constructor(agreementId: string, nodeId: string) {
    super(`this node (${nodeId}) is not a party to agreement ${agreementId}`, { agreementId });
  }
}

export class NotCountersignedError extends AgreementRefusedError {
  override name = 'NotCountersignedError';
  readonly code = 'agreement_not_countersigned';
  readonly status = 422;
  constructor(agreementId: string, missing: string) {
    super(
      `agreement ${agreementId} lacks the signature of ${missing}: both parties sign before it is installed`,
      { agreementId, missing },
    );
  }
}

export class OlderVersionError extends AgreementRefusedError {
  override name = 'OlderVersionError';
  readonly code = 'agreement_version_older';
  readonly status = 409;
  constructor(agreementId: string, installed: number, received: number) {
    super(`agreement ${agreementId} is installed at version ${installed}; version ${received} is older`, {
      agreementId,
      installed,
      received,
    });
  }
}

/** Same id and version as the one installed but another document, or another pair of parties. */
export class AgreementConflictError extends AgreementRefusedError {
  override name = 'AgreementConflictError';
  readonly code = 'agreement_conflict';
  readonly status = 409;
  constructor(agreementId: string, why: string) {
    super(`agreement ${agreementId} conflicts with the one installed: ${why}`, { agreementId });
  }
}

export class AlreadyRevokedError extends AgreementRefusedError {
  override name = 'AlreadyRevokedError';
  readonly code = 'agreement_revoked';
  readonly status = 409;
  constructor(agreementId: string, version: number) {
    super(`agreement ${agreementId} version ${version} is revoked already`, { agreementId, version });
  }
}

/** The very version offered for installation was revoked: revoked stays revoked. */
export class RevokedAgreementError extends AgreementRefusedError {
  override name = 'RevokedAgreementError';
  readonly code = 'agreement_revoked';
  readonly status = 409;
  constructor(agreementId: string, version: number) {
    super(
      `agreement ${agreementId} version ${version} was revoked and cannot be installed again: ` +
        'draft a new version with the partner and have both parties sign it',
      { agreementId, version },
    );
  }
}

export class RevocationInvalidError extends AgreementRefusedError {
  override name = 'RevocationInvalidError';
  readonly code = 'revocation_invalid';
  readonly status = 400;
  readonly reason: string;
  constructor(reason: string, detail: string) {
    super(`the revocation does not verify (${reason}): ${detail}`, { reason });
    this.reason = reason;
  }
}

/** No agreement with this id is installed (404 through `NotFoundError`). */
export class UnknownAgreementError extends NotFoundError {
  override name = 'UnknownAgreementError';
  constructor(id: string) {
    super('agreement', id);
  }
}

/** A proposal must carry this node's signature and only it: the partner countersigns on their node. */
export class ProposalNotSignedError extends AgreementRefusedError {
  override name = 'ProposalNotSignedError';
  readonly code = 'proposal_not_signed';
  readonly status = 422;
  constructor(agreementId: string, why: string) {
    super(`agreement ${agreementId} cannot be proposed: ${why}`, { agreementId });
  }
}

/** The agreement's validity has ended: nobody can put it in force any more. */
export class ProposalExpiredError extends AgreementRefusedError {
  override name = 'ProposalExpiredError';
  readonly code = 'proposal_expired';
  readonly status = 422;
  constructor(agreementId: string, until: string) {
    super(`agreement ${agreementId} expired on ${until}: draft a new version`, { agreementId, until });
  }
}

/** Another document under the same id and version, an older version, or one installed already. */
export class ProposalConflictError extends AgreementRefusedError {
  override name = 'ProposalConflictError';
  readonly code = 'proposal_conflict';
  readonly status = 409;
  constructor(agreementId: string, why: string, details: Record<string, string | number> = {}) {
    super(`agreement ${agreementId}: ${why}`, { agreementId, ...details });
  }
}

/** Countersigning or declining a proposal that is not open for it (this node's own, or answered). */
export class ProposalStateError extends AgreementRefusedError {
  override name = 'ProposalStateError';
  readonly code = 'proposal_not_open';
  readonly status = 409;
  constructor(agreementId: string, why: string, details: Record<string, string | number> = {}) {
    super(`the proposal of agreement ${agreementId} ${why}`, { agreementId, ...details });
  }
}

/** The agreements protocol does not run in this process (the API of a node without a peer host). */
export class ProposalsUnavailableError extends AgreementRefusedError {
  override name = 'ProposalsUnavailableError';
  readonly code = 'unavailable';
  readonly status = 503;
  constructor() {
    super('agreement proposals are not available on this node right now');
  }
}

/** No proposal with this agreement id (404 through `NotFoundError`). */
export class UnknownProposalError extends NotFoundError {
  override name = 'UnknownProposalError';
  constructor(id: string) {
    super('agreement proposal', id);
  }
}
