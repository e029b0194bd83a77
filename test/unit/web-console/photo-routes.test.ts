/**
 * The Photos screen's URLs are links too: a photo search with its filters, and the photos like
 * one photo (`?similar=<hash>&case=<id>`), open the same screen in a new tab.
 */
import { expect } from 'chai';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

const HASH = 'ab'.repeat(32);
const CASE_ID = '01900000-0000-7000-8000-0000000000aa';

describe('web console: photo screen URLs', () => {
  it('opens the photo search with its filters, and the similar photos of one photo', () => {
    const search = parseRoute('/photos', '?caption=pallet&itrArea=drugs');
    expect(search.screen).to.equal('photos');
    expect(search.screen === 'photos' && search.query.get('caption')).to.equal('pallet');

    const link = paths.photos(new URLSearchParams({ similar: HASH, case: CASE_ID }));
    expect(link).to.equal(`/photos?similar=${HASH}&case=${CASE_ID}`);
    const [pathname, search2] = link.split('?') as [string, string];
    const similar = parseRoute(pathname, `?${search2}`);
    expect(similar.screen === 'photos' && similar.query.get('similar')).to.equal(HASH);

    expect(paths.photos()).to.equal('/photos');
    expect(parseRoute('/photos/', '').screen).to.equal('photos');
    expect(parseRoute(`/photos/${HASH}`, '').screen).to.equal('not-found');
  });
});
