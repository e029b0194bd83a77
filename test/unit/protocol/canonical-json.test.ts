import { expect } from 'chai';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalForm, canonicalJson } from '../../../protocol/canonical-json.ts';

/**
 * What the reference gives: its text, or the fact that it refuses the value. It "writes" some
 * values JSON cannot hold (undefined, holes, functions) as something that is not JSON: refusing
 * those is the point.
 */
function reference(value: unknown): string {
  try {
    const text = canonicalize(value);
    if (text === undefined) return '(refused)';
    JSON.parse(text);
    return text;
  } catch {
    return '(refused)';
  }
}

function fast(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch (error) {
    expect(error).to.be.instanceOf(TypeError);
    return '(refused)';
  }
}

/** Strings with escapes, astral characters and lone surrogates; keys that sort differently by code unit and code point. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '\u0000',
    '\u001f',
    '"',
    '\\',
    '\\ud800',
    '\ud800',
    '\udfff',
    '😀',
    '\uffff',
    'é',
    '\u2028',
  ),
);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, NaN, Infinity, -Infinity),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value')),
    fc.dictionary(fc.oneof(text, fc.constantFrom('10', '2', 'a', 'B', '__proto__')), tie('value')),
  ),
}));

describe('canonical JSON (RFC 8785)', () => {
  it('writes exactly what the canonicalize package writes, and refuses what it refuses', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(fast(v)).to.equal(reference(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the stored form: what parsing the text gives back', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), value).filter((v) => reference(v) !== '(refused)'),
        (v) => {
          const { text, value: stored } = canonicalForm(v);
          expect(stored).to.deep.equal(JSON.parse(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('sorts keys by UTF-16 code unit and writes numbers in their shortest form', () => {
    expect(canonicalJson({ b: [1e21, -0, 0.1], a: { '😀': 1, '\uffff': 2 }, c: undefined })).to.equal(
      '{"a":{"😀":1,"\uffff":2},"b":[1e+21,0,0.1]}',
    );
  });

  it('agrees with the package on unusual values: toJSON, holes, symbols, cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    // eslint-disable-next-line no-sparse-arrays -- a hole is the point
    const holey = [1, , 3];
    const samples: unknown[] = [
      new Date(0),
      { when: new Date(0) },
      holey,
      { s: Symbol('s'), n: 1 },
      [Symbol('s')],
      { f: () => 1 },
      Object.create(null) as unknown,
      { 1: 'one', 0: 'zero' },
      new Map([[1, 2]]),
      cyclic,
      10n,
    ];
    samples.forEach((sample, i) => expect(fast(sample), `sample ${i}`).to.equal(reference(sample)));
  });
});
