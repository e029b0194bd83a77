/**
 * Why a publication request is refused; tests assert them by `name`. Those an API caller can
 * cause carry the HTTP status the one error translator answers with (`status`, `expose`).
 */

/** Authoring is the WCO node's: a member's node only receives publications. */
export class NotAWcoNodeError extends Error {
  override name = 'NotAWcoNodeError';
  readonly status = 409;
  readonly expose = true;
  constructor() {
    super('publications are written on the WCO node; this node receives them');
  }
}

/** Publishing what is not a draft, withdrawing what is not published. */
export class PublicationStateError extends Error {
  override name = 'PublicationStateError';
  readonly status = 409;
  readonly expose = true;
  constructor(id: string, state: string, wanted: string) {
    super(`publication ${id} is ${state}: only a ${wanted} one can be changed this way`);
  }
}

/** The attachment is not one of the accepted types, judged by its bytes. */
export class UnsupportedAttachmentError extends Error {
  override name = 'UnsupportedAttachmentError';
  readonly status = 415;
  readonly expose = true;
  readonly detected: string;
  constructor(name: string, detected: string) {
    super(
      `${name}: attachments may be PDF, PNG, JPEG, WebP, XLSX or plain text, and this file is ${detected === 'unknown' ? 'none of them' : detected}`,
    );
    this.detected = detected;
  }
}

export class AttachmentTooLargeError extends Error {
  override name = 'AttachmentTooLargeError';
  readonly status = 413;
  readonly expose = true;
  constructor(max: number) {
    super(`an attachment may be at most ${Math.round(max / (1024 * 1024))} MB`);
  }
}

/** The multipart request is not a publication as the API describes it. */
export class BadPublicationUploadError extends Error {
  override name = 'BadPublicationUploadError';
  readonly status: 400 | 415;
  readonly expose = true;
  constructor(message: string, status: 400 | 415 = 400) {
    super(message);
    this.status = status;
  }
}

/**
 * A member's node refused what the WCO node sent (a signature that does not verify, a signer
 * that is not the WCO party of a contribution agreement in force, an attachment whose bytes do not
 * match the signed sha256, a publication for another audience): nothing of it is stored.
 */
export class PublicationRefusedError extends Error {
  override name = 'PublicationRefusedError';
  readonly reason: string;
  constructor(reason: string, detail: string) {
    super(`publication refused (${reason}): ${detail}`);
    this.reason = reason;
  }
}

/** The WCO node answered a request with a refusal. */
export class PublicationsRequestRefusedError extends Error {
  override name = 'PublicationsRequestRefusedError';
  readonly code: string;
  constructor(code: string, message: string) {
    super(`the WCO node refused: ${message}`);
    this.code = code;
  }
}
