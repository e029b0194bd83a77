/**
 * What the forum screens share: how an author is named (the officer, their administration's
 * node and country, or the WCO), the message shown when the WCO node is away or a post is
 * refused, the "More" button, and the styles of posts (text as typed, line breaks kept).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ForumAuthor } from '../../protocol/api.ts';
import { ApiRequestError } from './api/http.ts';
import { t } from './i18n/index.ts';

export function authorLine(author: ForumAuthor): TemplateResult {
  return html`<strong><bdi>${author.name}</bdi></strong> ·
    <bdi>${author.nodeName}</bdi>${author.country ? html` (${author.country})` : html` (${t('forum.wco')})`}`;
}

/** The failure of a forum request in words: the WCO node away, or something else. */
export function forumFailure(err: unknown): string {
  if (err instanceof ApiRequestError && err.code === 'peer_unavailable') return t('forum.unavailable');
  if (err instanceof ApiRequestError && err.code === 'validation_failed') return err.message;
  return t('forum.failed');
}

/** A post that was refused, said where it was written. */
export function postErrorView(postError: string | undefined): TemplateResult | typeof nothing {
  return postError ? html`<p class="message error" role="alert">${postError}</p>` : nothing;
}

/** "More" while the list has a next page. */
export function forumMoreButton(
  nextCursor: string | undefined,
  onMore: () => void,
): TemplateResult | typeof nothing {
  return nextCursor ? html`<button class="secondary" @click=${onMore}>${t('forum.more')}</button>` : nothing;
}

export const forumStyles = css`
  .post-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin-block: 0.5rem 0;
  }
  ol.posts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.posts > li {
    border: 1px solid var(--cen-line, #d0d4d9);
    border-radius: var(--cen-radius, 4px);
    padding: 0.75rem 1rem;
    margin-block-end: 0.5rem;
  }
`;
