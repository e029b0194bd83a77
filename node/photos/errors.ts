/**
 * Why a photo is refused; tests assert them by `name`. Each carries the HTTP status the API
 * answers with (`status`, `expose`), which the API's one error translator turns into
 * `payload_too_large`, `unsupported_media_type` or `bad_request` with this message.
 */

/** The file is not a JPEG, PNG or WebP image, whatever its name or declared type says. */
export class UnsupportedPhotoTypeError extends Error {
  override name = 'UnsupportedPhotoTypeError';
  readonly status = 415;
  readonly expose = true;
  /** What the first bytes look like (`html`, `pdf`, `gif`, `unknown`…). */
  readonly detected: string;
  constructor(detected: string) {
    super(
      `only JPEG, PNG and WebP photos are accepted, and this file is ${detected === 'unknown' ? 'none of them' : detected}, whatever its name or declared type says`,
    );
    this.detected = detected;
  }
}

/** Over the size or pixel limit. */
export class PhotoTooLargeError extends Error {
  override name = 'PhotoTooLargeError';
  readonly status = 413;
  readonly expose = true;
  readonly limit: 'bytes' | 'pixels';
  constructor(limit: 'bytes' | 'pixels', max: number) {
    super(
      limit === 'bytes'
        ? `the photo is larger than ${Math.round(max / (1024 * 1024))} MB: send a smaller copy`
        : `the photo has more than ${Math.round(max / 1_000_000)} megapixels: send a smaller copy`,
    );
    this.limit = limit;
  }
}

/** The bytes start like an image but do not decode (truncated, corrupt, or a lie). */
export class UnreadablePhotoError extends Error {
  override name = 'UnreadablePhotoError';
  readonly status = 400;
  readonly expose = true;
  constructor(format: string) {
    super(`the ${format} file could not be read as an image: it may be damaged or incomplete`);
  }
}

/** The multipart request is not a photo upload as the API describes it. */
export class BadPhotoUploadError extends Error {
  override name = 'BadPhotoUploadError';
  readonly status: 400 | 415;
  readonly expose = true;
  constructor(message: string, status: 400 | 415 = 400) {
    super(message);
    this.status = status;
  }
}
