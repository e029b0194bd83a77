/**
 * What the importer relies on in the store: `createCases` writes the extra operations it is given
 * (the row keys) in the same batch as the cases, made from the cases as stored, and a refused
 * batch writes neither.
 */
import { expect } from 'chai';
import { ValidationError } from '../../../node/errors.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { RecordStore } from '../../../node/store/records.ts';
import { syntheticInputs } from '../../helpers/import-fixtures.ts';

describe('store batches for imports', () => {
  it('writes the extra operations with the cases, from the cases as stored, or nothing at all', async () => {
    const kv = new MemoryKv();
    const store = await RecordStore.open({ kv, country: 'KE' });
    try {
      const inputs = syntheticInputs(3, 5);
      const cases = await store.createCases(
        inputs,
        { username: 'ana' },
        {
          alsoWrite: (stored) =>
            stored.map((c, i) => ({ type: 'put', ns: 'import-keys', key: `row-${i}`, value: c.id })),
        },
      );
      for (let i = 0; i < 3; i++) expect(await kv.get('import-keys', `row-${i}`)).to.equal(cases[i]!.id);

      const before = (await store.counts()).cases;
      const refused = await store
        .createCases(
          [inputs[0], { ...inputs[1], seizureDate: '2025-02-30' }],
          { username: 'ana' },
          {
            alsoWrite: () => [{ type: 'put', ns: 'import-keys', key: 'refused', value: 'x' }],
          },
        )
        .catch((err: unknown) => err);
      expect(refused).to.be.instanceOf(ValidationError);
      expect(await kv.get('import-keys', 'refused')).to.equal(undefined);
      expect((await store.counts()).cases).to.equal(before);
    } finally {
      await store.close();
    }
  });
});
