/**
 * What an attachment is, judged by its bytes like a photo (node/photos/sniff.ts): the name and
 * the declared type are the sender's word. PDF, PNG, JPEG and WebP by their signatures; XLSX as a
 * zip holding a workbook's parts; plain text as UTF-8 without control characters that is not
 * HTML, SVG or XML (a page a browser would run). Anything else is refused.
 *
 * @example
 *   const checked = checkAttachment('seizures.xlsx', bytes, 0); // { index, name, mime, size, sha256 }
 */
import { basename } from 'node:path';
import type { PublicationAttachment } from '../../protocol/api.ts';
import { sha256Hex } from '../../policies/index.ts';
import { ValidationError } from '../errors.ts';
import { describeContent, sniffImage } from '../photos/sniff.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_NAME_LENGTH } from './constants.ts';
import { AttachmentTooLargeError, UnsupportedAttachmentError } from './errors.ts';
import { textIssues } from './text.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF = Buffer.from('%PDF-', 'latin1');
// eslint-disable-next-line no-control-regex -- control characters other than tab and line breaks
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The accepted type of `bytes`, or undefined. */
export function attachmentType(bytes: Uint8Array): PublicationAttachment['mime'] | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, PDF.length).equals(PDF)) return 'application/pdf';
  const image = sniffImage(bytes);
  if (image) return image;
  if (buffer.subarray(0, 4).equals(ZIP)) {
    // A workbook's zip names its parts in clear in the local headers and central directory.
    const names = buffer.toString('latin1');
    return names.includes('[Content_Types].xml') && names.includes('xl/workbook') ? XLSX : undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (BINARY.test(text)) return undefined;
  return ['unknown'].includes(describeContent(bytes)) ? 'text/plain' : undefined;
}

/** The file name as shown: its last path segment, one line. */
export function attachmentName(name: string): string {
  const bare = basename(name.replace(/\\/g, '/')).trim();
  const issues = textIssues('attachment', bare, { max: MAX_ATTACHMENT_NAME_LENGTH });
  if (issues.length > 0) throw new ValidationError(issues);
  return bare;
}

/** Checks one uploaded attachment and describes it; throws when it is refused. */
export function checkAttachment(name: string, bytes: Uint8Array, index: number): PublicationAttachment {
  const shown = attachmentName(name);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(MAX_ATTACHMENT_BYTES);
  if (bytes.byteLength === 0)
    throw new ValidationError([
      { path: `attachments[${index}]`, rule: 'required', message: 'the file is empty' },
    ]);
  const mime = attachmentType(bytes);
  if (!mime) throw new UnsupportedAttachmentError(shown, describeContent(bytes));
  return { index, name: shown, mime, size: bytes.byteLength, sha256: sha256Hex(bytes) };
}
