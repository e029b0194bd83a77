/**
 * `<cen-forum>`: the forum of the global CEN, held on the WCO node: threads, most recently active
 * first, with who started each and how many posts it holds; and a new thread. On a member's node
 * every request goes through the node to the WCO node, and a clear message says when it is away.
 */
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { listThreads, startThread, type ForumThread } from './api/forum.ts';
import { exchangeStyles, relativeTime } from './exchange-parts.ts';
import { FORUM_LIMITS } from '../../protocol/api.ts';
import { LocaleController, t } from './i18n/index.ts';
import { authorLine, forumFailure, forumMoreButton, forumStyles, postErrorView } from './cen-forum-parts.ts';
import { afterPage, loadingStatus, nextPageOf } from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

export class CenForum extends LitElement {
  static override styles = [sharedStyles, exchangeStyles, forumStyles];

  static override properties = {
    threads: { state: true },
    nextCursor: { state: true },
    status: { state: true },
    failure: { state: true },
    busy: { state: true },
    postError: { state: true },
  };

  declare threads: ForumThread[];
  declare nextCursor: string | undefined;
  declare status: 'loading' | 'ready' | 'failed';
  declare failure: string | undefined;
  declare busy: boolean;
  declare postError: string | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
    this.threads = [];
    this.nextCursor = undefined;
    this.status = 'loading';
    this.failure = undefined;
    this.busy = false;
    this.postError = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load(false);
  }

  async #load(more: boolean): Promise<void> {
    this.status = 'loading';
    try {
      const page = await listThreads(nextPageOf(more, this.nextCursor));
      this.threads = afterPage(more, this.threads, page.items);
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
    } catch (err) {
      this.failure = forumFailure(err);
      this.status = 'failed';
    }
  }

  readonly #start = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.postError = undefined;
    try {
      const text = (name: string) => {
        const value = form.get(name);
        return typeof value === 'string' ? value : '';
      };
      const { thread } = await startThread({ title: text('title'), body: text('body') });
      navigate(paths.forumThread(thread.id));
    } catch (err) {
      this.postError = forumFailure(err);
    } finally {
      this.busy = false;
    }
  };

  #renderNew() {
    return html`<details class="panel">
      <summary>${t('forum.newThread')}</summary>
      <form @submit=${this.#start}>
        <div class="field">
          <label for="title">${t('forum.titleField')}</label>
          <input id="title" name="title" required maxlength=${FORUM_LIMITS.title} />
        </div>
        <div class="field">
          <label for="body">${t('forum.message')}</label>
          <textarea id="body" name="body" required maxlength=${FORUM_LIMITS.body}></textarea>
        </div>
        ${postErrorView(this.postError)}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t('forum.startThread')}</button>
        </div>
      </form>
    </details>`;
  }

  override render() {
    return html`<h1>${t('forum.title')}</h1>
      <p class="hint">${t('forum.intro')}</p>
      ${can(this.#session.value, 'forum:post') ? this.#renderNew() : nothing}
      ${this.status === 'failed' ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${this.status === 'loading' ? loadingStatus() : nothing}
      ${this.status === 'ready' && this.threads.length === 0 ? html`<p>${t('forum.none')}</p>` : nothing}
      ${
        this.threads.length > 0
          ? html`<ol class="posts">
              ${this.threads.map(
                (thread) =>
                  html`<li>
                    <a href=${paths.forumThread(thread.id)}><bdi>${thread.title}</bdi></a>
                    <div class="hint">
                      ${authorLine(thread.author)} · ${t('forum.posts', { count: thread.posts })} ·
                      ${relativeTime(thread.lastPostAt)}
                    </div>
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      ${forumMoreButton(this.nextCursor, () => void this.#load(true))}`;
  }
}

customElements.define('cen-forum', CenForum);

declare global {
  interface HTMLElementTagNameMap {
    'cen-forum': CenForum;
  }
}
