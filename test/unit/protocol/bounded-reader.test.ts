/**
 * Decoding with a budget of fields: a frame flooded with empty entries is refused before its
 * objects pile up, and the largest legitimate messages stay far below the budget.
 */
import { expect } from 'chai';
import { boundedReader, FieldBudgetError, MAX_DECODED_FIELDS } from '../../../protocol/bounded-reader.ts';
import { decodeCase, DecodeError, encodeCase } from '../../../protocol/codec.ts';
import { cen as exchange } from '../../../protocol/gen/exchange.js';
import { cen as operations } from '../../../protocol/gen/operations.js';
import { cen as records } from '../../../protocol/gen/records.js';
import type { Case } from '../../../protocol/records.ts';
import { item, validCase } from '../../compliance/fixtures.ts';

const Frame = exchange.exchange.v1.ExchangeFrame;

/** The largest case validation allows in its lists, every list full. */
function largestCase(): Case {
  const hash = 'a'.repeat(64);
  return {
    ...validCase({
      items: Array.from({ length: 200 }, (_, i) => ({ ...item(i), packaging: 'box', brand: `brand ${i}` })),
      offenders: Array.from({ length: 100 }, () => ({
        nationality: 'KE',
        gender: 'male',
        ageBand: '35-44',
        role: 'importer',
      })),
      tags: Array.from({ length: 50 }, (_, i) => `tag-${i}`),
      route: { origin: 'CO', transit: Array.from({ length: 20 }, () => 'ES'), destination: 'KE' },
    }),
    photos: Array.from({ length: 100 }, () => ({
      hash,
      mime: 'image/jpeg',
      width: 800,
      height: 600,
      bytes: 1000,
    })),
    id: '01a22782-d085-74f6-9a43-999b5e31d921',
    version: 3,
  } as unknown as Case;
}

describe('boundedReader', () => {
  it('refuses a frame flooded with empty records at the field budget', () => {
    const flood = Frame.encode({
      chunk: { manifest: 'x', records: new Array(MAX_DECODED_FIELDS + 10).fill(new Uint8Array(0)) },
    }).finish();
    expect(() => Frame.decode(boundedReader(flood))).to.throw(FieldBudgetError, /more than 100000 fields/);
    // Without the budget the same frame decodes, into one object per empty record.
    expect(Frame.decode(flood).chunk?.records).to.have.length(MAX_DECODED_FIELDS + 10);
  });

  it('counts the fields of nested messages and of skipped unknown fields', () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({ seq: i + 1, kind: 'message', statement: 's' }));
    const frame = operations.operations.v1.OperationsFrame.encode({
      deliver: { operationId: 'op', entries },
    }).finish();
    // 1 deliver + 1 operation id + 40 entries × (1 + 3 fields) = 162 tags.
    expect(() => operations.operations.v1.OperationsFrame.decode(boundedReader(frame, 161))).to.throw(
      FieldBudgetError,
    );
    expect(
      operations.operations.v1.OperationsFrame.decode(boundedReader(frame, 162)).deliver?.entries,
    ).to.have.length(40);
    // Unknown fields (here: all of them, read as an exchange frame) are counted as they are skipped.
    expect(() => Frame.decode(boundedReader(frame, 10))).to.throw(FieldBudgetError);
  });

  it('leaves the largest case far below the budget, and a flooded case is a DecodeError', () => {
    const bytes = encodeCase(largestCase());
    expect(decodeCase(bytes).items).to.have.length(200);
    let fields = 0;
    const reader = boundedReader(bytes, Number.MAX_SAFE_INTEGER);
    const tag = reader.tag.bind(reader);
    reader.tag = () => (fields++, tag());
    records.v1.Case.decode(reader);
    // More than three times below the budget.
    expect(fields).to.be.above(1_000).and.below(30_000);
    const flooded = encodeCase({ ...largestCase(), tags: new Array<string>(MAX_DECODED_FIELDS).fill('t') });
    expect(() => decodeCase(flooded)).to.throw(DecodeError);
  });
});
