/**
 * The publications' and the forum's console URLs are links officers send each other: the list,
 * the composer, one publication, the forum and one thread open from their URLs, and the console
 * builds the same URLs; anything else under them is not found.
 */
import { expect } from 'chai';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

const ID = '01900000-0000-7000-8000-0000000000aa';

describe('web console: publications and forum URLs', () => {
  it('opens each screen from its URL and builds the same URLs', () => {
    expect(parseRoute(paths.publications, '')).to.deep.equal({ screen: 'publications' });
    expect(parseRoute(paths.newPublication, '')).to.deep.equal({ screen: 'publication-new' });
    expect(paths.publication(ID)).to.equal(`/publications/${ID}`);
    expect(parseRoute(paths.publication(ID), '')).to.deep.equal({ screen: 'publication', id: ID });
    expect(parseRoute(paths.forum, '')).to.deep.equal({ screen: 'forum' });
    expect(paths.forumThread(ID)).to.equal(`/forum/${ID}`);
    expect(parseRoute(paths.forumThread(ID), '')).to.deep.equal({ screen: 'forum-thread', id: ID });
  });

  it('answers not found for anything else under them', () => {
    for (const path of [
      '/publications/not-an-id',
      `/publications/${ID}/edit`,
      '/forum/new',
      `/forum/${ID}/posts`,
    ])
      expect(parseRoute(path, '').screen, path).to.equal('not-found');
  });
});
