/**
 * What partners receive of a case's photos: the metadata the node stored at upload travels when
 * an agreement's scope includes `photos` (and passes the receiver's own check), a redaction such
 * as `photos.gps` removes the position, and a scope without `photos` sends none. The files
 * themselves do not travel with the exchange.
 */
import { expect } from 'chai';
import { decide } from '../../../policies/index.ts';
import type { CaseFieldPath, DirectionScope } from '../../../protocol/agreement.ts';
import type { PhotoMeta } from '../../../protocol/records.ts';
import { validateCaseInput } from '../../../protocol/validation.ts';
import { openedAgreement, ownCase, testNode, type TestNode } from '../policies/fixtures.ts';

const NOW = new Date('2026-06-01T00:00:00Z');

const uploaded: PhotoMeta = {
  hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  mime: 'image/jpeg',
  caption: 'False floor',
  width: 3024,
  height: 4032,
  shareWithWco: false,
  thumbHash: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  bytes: 1_204_332,
  gps: { lat: -4.0435, lon: 39.6682 },
  phash: '3c1e0f8f87c3e1f0',
  uploadedAt: '2026-05-02T08:00:00.000Z',
  uploadedBy: 'otieno',
};

describe('photos: what the exchange carries of them', () => {
  let ke: TestNode;
  let tz: TestNode;

  before(async () => {
    [ke, tz] = await Promise.all([testNode('KE'), testNode('TZ')]);
  });

  const scopeWith = (fields: CaseFieldPath[], redact: CaseFieldPath[] = []): DirectionScope => ({
    recordKinds: ['seizure', 'offence'],
    itrAreas: ['drugs'],
    fields,
    redact,
    nominal: false,
  });

  it('sends the uploaded metadata under a scope that includes photos, and the receiver accepts it', async () => {
    const agreement = await openedAgreement(ke, tz, {
      scope: { [ke.nodeId]: scopeWith(['id', 'kind', 'seizureDate', 'items', 'photos']) },
    });
    const record = { ...ownCase(), photos: [uploaded] };
    const out = decide(
      [agreement],
      { direction: 'outbound', mode: 'sync', localNodeId: ke.nodeId, peerNodeId: tz.nodeId, record },
      NOW,
    );
    expect(out.allow, JSON.stringify(out)).to.equal(true);
    if (!out.allow) return;
    expect(out.projection.photos).to.deep.equal([uploaded]);

    const back = decide(
      [agreement],
      {
        direction: 'inbound',
        mode: 'sync',
        localNodeId: tz.nodeId,
        peerNodeId: ke.nodeId,
        record: out.projection,
      },
      NOW,
    );
    expect(back.allow, JSON.stringify(back)).to.equal(true);
    // And the metadata is valid photo metadata wherever it lands.
    const checked = validateCaseInput(
      {
        kind: 'seizure',
        form: 'simplified',
        status: 'draft',
        seizureDate: '2026-05-01',
        items: [],
        photos: [uploaded],
      },
      { country: 'KE', today: '2026-06-01' },
    );
    expect(checked.ok, JSON.stringify(checked)).to.equal(true);
  });

  it('leaves out what the agreement redacts, and every photo when photos are not in scope', async () => {
    const redacting = await openedAgreement(ke, tz, {
      scope: {
        [ke.nodeId]: scopeWith(
          ['id', 'kind', 'seizureDate', 'items', 'photos'],
          ['photos.gps', 'photos.uploadedBy'],
        ),
      },
    });
    const record = { ...ownCase(), photos: [uploaded] };
    const request = {
      direction: 'outbound' as const,
      mode: 'sync' as const,
      localNodeId: ke.nodeId,
      peerNodeId: tz.nodeId,
      record,
    };
    const redacted = decide([redacting], request, NOW);
    expect(redacted.allow).to.equal(true);
    if (redacted.allow) {
      const { gps: _gps, uploadedBy: _by, ...rest } = uploaded;
      expect(redacted.projection.photos).to.deep.equal([rest]);
    }

    const without = await openedAgreement(ke, tz, {
      scope: { [ke.nodeId]: scopeWith(['id', 'kind', 'seizureDate', 'items']) },
    });
    const none = decide([without], request, NOW);
    expect(none.allow).to.equal(true);
    if (none.allow) expect(none.projection).to.not.have.property('photos');
  });
});
