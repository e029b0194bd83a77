/**
 * A protobuf reader with a budget of fields. protobufjs allocates an object, a string or a view for
 * every field it decodes, so a frame of a few MiB made of empty entries (two bytes each) decodes
 * into forty times its size: a 3 MiB flood of empty records took 119 MiB of heap. Every decode of
 * bytes from outside (peer frames, records inside them) reads through this reader, which refuses
 * the frame once it has read `maxFields` field tags, before the objects pile up.
 *
 * The budget is far above any frame the nodes send: the largest (a chunk of about 1,000 records,
 * a page of operation entries, a case with 200 items) read under 30,000 tags.
 *
 * @example
 *   const frame = ExchangeFrame.decode(boundedReader(bytes));
 */
import protobuf from 'protobufjs/minimal.js';

/** Field tags one decode may read (each costs the decoder at most one allocation). */
export const MAX_DECODED_FIELDS = 100_000;

export class FieldBudgetError extends Error {
  override name = 'FieldBudgetError';
  constructor(maxFields: number) {
    super(`more than ${maxFields} fields in one message`);
  }
}

/** A reader over `bytes` that throws FieldBudgetError at the tag past `maxFields`. */
export function boundedReader(bytes: Uint8Array, maxFields: number = MAX_DECODED_FIELDS): protobuf.Reader {
  const reader = protobuf.Reader.create(bytes);
  const readTag = reader.tag.bind(reader);
  let left = maxFields;
  reader.tag = () => {
    if (--left < 0) throw new FieldBudgetError(maxFields);
    return readTag();
  };
  return reader;
}
