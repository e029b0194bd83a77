/** The watch lists' console URLs are deep links: each opens its screen, anything else is not found. */
import { expect } from 'chai';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

describe('watch-list routes of the console', () => {
  it('opens the watch lists, a new rule, a rule and the notifications from their URLs', () => {
    const id = '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b';
    expect(parseRoute(paths.watchlists, '')).to.deep.equal({ screen: 'watchlists' });
    expect(parseRoute(paths.newWatchlist, '')).to.deep.equal({ screen: 'watchlist-new' });
    expect(parseRoute(paths.watchlist(id), '')).to.deep.equal({ screen: 'watchlist', id });
    expect(parseRoute(`${paths.watchlist(id)}/`, '')).to.deep.equal({ screen: 'watchlist', id });
    expect(parseRoute(paths.notifications, '')).to.deep.equal({ screen: 'notifications' });
    for (const wrong of ['/watchlists/not-an-id', `/watchlists/${id}/edit`, '/notifications/x'])
      expect(parseRoute(wrong, ''), wrong).to.deep.equal({ screen: 'not-found' });
  });
});
