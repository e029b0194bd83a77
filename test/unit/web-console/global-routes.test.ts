/**
 * The global CEN's console URLs are links an officer sends: a global search with its filters, and
 * one global case by its member's node id and case id. When the global CEN does not answer, the
 * screens tell the WCO node being away from this node having no contribution agreement, and a
 * missing case from both, by the answer the officer's node gave.
 */
import { expect } from 'chai';
import { ApiRequestError } from '../../../web-console/src/api/http.ts';
import { globalFailureOf, globalPhotoUrl, globalExportUrl } from '../../../web-console/src/api/global.ts';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

const MEMBER = '12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN';
const CASE_ID = '01900000-0000-7000-8000-0000000000aa';

describe('web console: global CEN', () => {
  it('opens the global search with its filters and a global case from their URLs, and builds the same URLs', () => {
    const search = parseRoute('/global', '?itrArea=drugs&country=TZ');
    expect(search.screen).to.equal('global');
    expect(search.screen === 'global' && search.query.get('country')).to.equal('TZ');
    expect(paths.global(new URLSearchParams({ itrArea: 'drugs' }))).to.equal('/global?itrArea=drugs');
    expect(paths.global()).to.equal('/global');

    const link = paths.globalCase(MEMBER, CASE_ID);
    expect(link).to.equal(`/global/cases/${MEMBER}/${CASE_ID}`);
    expect(parseRoute(link, '')).to.deep.equal({ screen: 'global-case', member: MEMBER, id: CASE_ID });

    expect(parseRoute(`/global/cases/${MEMBER}`, '').screen).to.equal('not-found');
    expect(parseRoute(`/global/cases/not-a-node/${CASE_ID}`, '').screen).to.equal('not-found');
    expect(parseRoute(`/global/cases/${MEMBER}/not-a-case`, '').screen).to.equal('not-found');
  });

  it('asks the officer’s own node for photos and exports', () => {
    const hash = 'cd'.repeat(32);
    expect(globalPhotoUrl(hash, true)).to.equal(`/api/v1/global/photos/${hash}?size=thumb`);
    expect(globalPhotoUrl(hash)).to.equal(`/api/v1/global/photos/${hash}`);
    expect(globalExportUrl('xlsx', { itrArea: 'drugs', lang: 'ar' })).to.equal(
      '/api/v1/global/exports/cases.xlsx?itrArea=drugs&lang=ar',
    );
    expect(globalExportUrl('csv', {})).to.equal('/api/v1/global/exports/cases.csv');
  });

  it('tells an unreachable WCO node from a missing contribution agreement and a missing case', () => {
    const failure = (status: number, code: string, details?: unknown) =>
      globalFailureOf(new ApiRequestError(status, code, 'message', details));
    expect(failure(503, 'peer_unavailable')).to.equal('unreachable');
    // A national node without a contribution agreement in force reaches no global CEN.
    expect(failure(404, 'no_global_cen')).to.equal('no-agreement');
    expect(failure(502, 'peer_refused', { code: 'no-agreement' })).to.equal('no-agreement');
    expect(failure(404, 'not_found', { kind: 'global case', id: CASE_ID })).to.equal('not-found');
    expect(failure(404, 'not_found')).to.equal('not-found');
    expect(failure(502, 'peer_refused', { code: 'not-found' })).to.equal('not-found');
    expect(failure(500, 'internal')).to.equal('other');
    expect(globalFailureOf(new Error('boom'))).to.equal('other');
  });
});
