/**
 * `<cen-forum-thread thread-id=…>`: one forum thread with its posts, oldest first, each with its
 * author (officer, administration and country, or the WCO) and time, the text exactly as
 * written; "More" reads the next page; and a reply for those who may post.
 */
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { FORUM_LIMITS } from '../../protocol/api.ts';
import { ApiRequestError } from './api/http.ts';
import { readThread, replyToThread, type ForumPost, type ForumThread } from './api/forum.ts';
import { exchangeStyles } from './exchange-parts.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { authorLine, forumFailure, forumMoreButton, forumStyles, postErrorView } from './cen-forum-parts.ts';
import { afterPage, loadingStatus, nextPageOf } from './list-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

export class CenForumThread extends LitElement {
  static override styles = [sharedStyles, exchangeStyles, forumStyles];

  static override properties = {
    threadId: { type: String, attribute: 'thread-id' },
    thread: { state: true },
    posts: { state: true },
    nextCursor: { state: true },
    status: { state: true },
    failure: { state: true },
    busy: { state: true },
    postError: { state: true },
  };

  /** The thread to show. */
  declare threadId: string;
  declare thread: ForumThread | undefined;
  declare posts: ForumPost[];
  declare nextCursor: string | undefined;
  declare status: 'loading' | 'ready' | 'not-found' | 'failed';
  declare failure: string | undefined;
  declare busy: boolean;
  declare postError: string | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
    this.threadId = '';
    this.thread = undefined;
    this.posts = [];
    this.nextCursor = undefined;
    this.status = 'loading';
    this.failure = undefined;
    this.busy = false;
    this.postError = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('threadId') && this.threadId) void this.#load(false);
  }

  async #load(more: boolean): Promise<void> {
    if (!more) this.status = 'loading';
    try {
      const detail = await readThread(this.threadId, nextPageOf(more, this.nextCursor));
      this.thread = detail.thread;
      this.posts = afterPage(more, this.posts, detail.posts);
      this.nextCursor = detail.nextCursor;
      this.status = 'ready';
    } catch (err) {
      this.failure = forumFailure(err);
      this.status = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'failed';
    }
  }

  readonly #reply = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = new FormData(form).get('body');
    const body = typeof value === 'string' ? value : '';
    this.busy = true;
    this.postError = undefined;
    try {
      const post = await replyToThread(this.threadId, { body });
      form.reset();
      // The reply shows at once when every earlier post is on the page; otherwise at the end of "More".
      if (!this.nextCursor) this.posts = [...this.posts, post];
      if (this.thread)
        this.thread = { ...this.thread, posts: this.thread.posts + 1, lastPostAt: post.createdAt };
    } catch (err) {
      this.postError = forumFailure(err);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const back = html`<p><a href=${paths.forum}>${t('forum.back')}</a></p>`;
    if (this.status === 'loading') return html`${back} ${loadingStatus()}`;
    if (this.status === 'not-found')
      return html`${back}
        <p class="message error" role="alert">${t('forum.notFound')}</p>`;
    if (this.status === 'failed' || !this.thread)
      return html`${back}
        <p class="message error" role="alert">${this.failure}</p>`;
    return html`${back}
      <h1><bdi>${this.thread.title}</bdi></h1>
      <ol class="posts">
        ${this.posts.map(
          (post) =>
            html`<li>
              <div class="hint">${authorLine(post.author)} · ${formatDateTime(post.createdAt)}</div>
              <p class="post-body" dir="auto">${post.body}</p>
            </li>`,
        )}
      </ol>
      ${forumMoreButton(this.nextCursor, () => void this.#load(true))}
      ${
        can(this.#session.value, 'forum:post')
          ? html`<form class="panel" @submit=${this.#reply}>
              <label for="reply">${t('forum.reply')}</label>
              <textarea id="reply" name="body" required maxlength=${FORUM_LIMITS.body}></textarea>
              ${postErrorView(this.postError)}
              <div class="actions">
                <button type="submit" ?disabled=${this.busy}>${t('forum.send')}</button>
              </div>
            </form>`
          : nothing
      }`;
  }
}

customElements.define('cen-forum-thread', CenForumThread);

declare global {
  interface HTMLElementTagNameMap {
    'cen-forum-thread': CenForumThread;
  }
}
