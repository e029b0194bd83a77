/**
 * Which contribution agreements tie a member and a WCO node: the one in force between the two,
 * of type `wco-contribution`, naming the member (and never the WCO node) in its scope.
 */
import { expect } from 'chai';
import {
  draftAgreement,
  memberAgreementInForce,
  openAgreement,
  wcoAgreementsInForce,
  type AgreementState,
} from '../../../policies/index.ts';
import { openedAgreement, party, sealBoth, testNode, type TestNode } from './fixtures.ts';

describe('contribution agreements in force', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  let ke: TestNode, tz: TestNode, wco: TestNode;
  let keContributes: AgreementState, keTzBilateral: AgreementState;

  before(async () => {
    [ke, tz, wco] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('FR')]);
    const doc = draftAgreement({
      type: 'wco-contribution',
      parties: [party(ke), { ...party(wco), administration: 'WCO', name: 'World Customs Organization' }],
      legalBasis: { instrument: 'WCO CEN membership' },
      purposes: ['customs-enforcement'],
      modes: ['sync'],
      scope: { [ke.nodeId]: { recordKinds: ['seizure', 'offence'], itrAreas: ['drugs'], nominal: false } },
      handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
      validity: { from: '2026-01-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z' },
      profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
    });
    const opened = await openAgreement(await sealBoth(ke, wco, doc), { now });
    if (!opened.ok) throw new Error(opened.detail);
    keContributes = opened;
    keTzBilateral = await openedAgreement(ke, tz);
  });

  it('finds the member on the WCO node, and the WCO node on the member’s, from the same agreement', () => {
    const states = [keContributes, keTzBilateral];
    expect(memberAgreementInForce(states, wco.nodeId, ke.nodeId, now)).to.equal(keContributes);
    const found = wcoAgreementsInForce(states, ke.nodeId, now);
    expect(found.map(({ wco: party, state }) => [party.nodeId, state])).to.deep.equal([
      [wco.nodeId, keContributes],
    ]);
  });

  it('sees no contribution in a bilateral agreement, in the wrong direction, or out of its validity', () => {
    const states = [keContributes, keTzBilateral];
    expect(memberAgreementInForce(states, ke.nodeId, tz.nodeId, now)).to.equal(undefined);
    // The WCO node contributes nothing to the member: asked the other way round, no member.
    expect(memberAgreementInForce(states, ke.nodeId, wco.nodeId, now)).to.equal(undefined);
    expect(wcoAgreementsInForce(states, wco.nodeId, now)).to.deep.equal([]);
    expect(wcoAgreementsInForce([keTzBilateral], ke.nodeId, now)).to.deep.equal([]);
    const later = new Date('2027-06-01T00:00:00Z');
    expect(memberAgreementInForce(states, wco.nodeId, ke.nodeId, later)).to.equal(undefined);
    expect(wcoAgreementsInForce(states, ke.nodeId, later)).to.deep.equal([]);
  });
});
