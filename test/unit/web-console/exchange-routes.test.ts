/**
 * The exchange screens' URLs: deep links officers and exchange administrators send each other
 * (a partner's case in the inbox, an agreement, a proposal to review) open their screen, and the
 * console builds the same URLs it parses.
 */
import { expect } from 'chai';
import { v7 } from 'uuid';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

const NODE_ID = '12D3KooWGajs9LmPiwbmHRsfy9Nxxe8fXTkj33MkphNSrrcs2uTw';

describe('web console: exchange screen URLs', () => {
  it('opens partners, agreements, an agreement and a proposal from their URLs', () => {
    const id = v7();
    expect(parseRoute('/peers', '')).to.deep.equal({ screen: 'peers' });
    expect(parseRoute('/agreements/', '')).to.deep.equal({ screen: 'agreements' });
    expect(parseRoute(paths.agreement(id), '')).to.deep.equal({ screen: 'agreement', id });
    expect(parseRoute(paths.proposal(id), '')).to.deep.equal({ screen: 'proposal', id });
    expect(parseRoute('/agreements/not-an-id', '').screen).to.equal('not-found');
    expect(parseRoute('/agreements/proposals', '').screen).to.equal('not-found');
    expect(parseRoute('/queries', '')).to.deep.equal({ screen: 'queries' });
  });

  it('opens the inbox with its filters and one received case by its owner and id', () => {
    const id = v7();
    const inbox = parseRoute('/inbox', `?owner=${NODE_ID}&mode=on-demand`);
    expect(inbox.screen).to.equal('inbox');
    expect(inbox.screen === 'inbox' && inbox.query.get('mode')).to.equal('on-demand');
    expect(paths.inbox(new URLSearchParams({ mode: 'sync' }))).to.equal('/inbox?mode=sync');
    expect(paths.inbox()).to.equal('/inbox');
    expect(parseRoute(paths.inboxItem(NODE_ID, id), '')).to.deep.equal({
      screen: 'inbox-item',
      owner: NODE_ID,
      id,
    });
    // The owner must be a node id and the case a UUIDv7: anything else is no page.
    expect(parseRoute(`/inbox/KE/${id}`, '').screen).to.equal('not-found');
    expect(parseRoute(`/inbox/${NODE_ID}/42`, '').screen).to.equal('not-found');
  });
});
