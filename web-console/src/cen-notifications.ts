/**
 * `<cen-notifications>`: the user's notifications of watch-list matches, newest first: which rule
 * matched which case (this node's, or one a partner sent), on what, and when. Unread ones stand
 * out and can be marked read, one at a time or by opening the case; "Unread only" narrows the
 * list, and "More" pages back in time.
 */
import { css, html, LitElement, nothing } from 'lit';
import {
  listNotifications,
  markNotificationRead,
  type NotificationListResponse,
  type WatchlistNotification,
} from './api/notifications.ts';
import { badge, exchangeStyles, relativeTime } from './exchange-parts.ts';
import { matchedText } from './cen-watch-matches.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { afterPage, loadingStatus, nextPageOf } from './list-parts.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const PAGE = 50;

export class CenNotifications extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border: 1px solid var(--cen-line, #d0d4d9);
        border-radius: var(--cen-radius, 4px);
        padding: 0.75rem 1rem;
        margin-block-end: 0.5rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: baseline;
        justify-content: space-between;
      }
      li.unread {
        border-inline-start: 4px solid #c98a00;
        background: #fffbea;
      }
      .what {
        flex: 1 1 20rem;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        align-items: center;
        margin-block-end: 1rem;
      }
      .toolbar label {
        display: inline-flex;
        align-items: center;
        font-weight: normal;
        margin: 0;
      }
    `,
  ];

  static override properties = {
    items: { state: true },
    unread: { state: true },
    nextCursor: { state: true },
    unreadOnly: { state: true },
    status: { state: true },
  };

  declare items: WatchlistNotification[];
  declare unread: number;
  declare nextCursor: string | undefined;
  declare unreadOnly: boolean;
  declare status: 'loading' | 'ready' | 'failed';

  constructor() {
    super();
    new LocaleController(this);
    this.items = [];
    this.unread = 0;
    this.nextCursor = undefined;
    this.unreadOnly = false;
    this.status = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load(false);
  }

  async #load(more: boolean): Promise<void> {
    this.status = 'loading';
    try {
      const page: NotificationListResponse = await listNotifications({
        unread: this.unreadOnly,
        limit: PAGE,
        ...nextPageOf(more, this.nextCursor),
      });
      this.items = afterPage(more, this.items, page.items);
      this.unread = page.unread;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  readonly #markRead = async (notification: WatchlistNotification) => {
    try {
      const read = await markNotificationRead(notification.id);
      this.items = this.items.map((item) => (item.id === read.id ? read : item));
      this.unread = Math.max(0, this.unread - 1);
    } catch {
      this.status = 'failed';
    }
  };

  readonly #toggleUnread = (event: Event) => {
    this.unreadOnly = (event.target as HTMLInputElement).checked;
    void this.#load(false);
  };

  #recordLink(notification: WatchlistNotification) {
    const record = notification.record;
    const href = record.type === 'case' ? paths.case(record.id) : paths.inboxItem(record.owner, record.id);
    const text = record.type === 'case' ? t('watchlists.openCase') : t('watchlists.openReceived');
    // Opening the case is reading the notification.
    return html`<a
      href=${href}
      @click=${() => (notification.read ? undefined : void this.#markRead(notification))}
      >${text}</a
    >`;
  }

  #renderItem(notification: WatchlistNotification) {
    return html`<li class=${notification.read ? 'read' : 'unread'}>
      <div class="what">
        <strong><bdi>${notification.ruleName}</bdi></strong>
        ${notification.received ? badge(t('watchlists.fromPartner'), 'neutral') : nothing}
        ${notification.read ? nothing : badge(t('watchlists.unread'), 'waiting')}
        <div>${matchedText(notification.matched)}</div>
        <div class="hint">
          ${relativeTime(notification.at)} · ${formatDateTime(notification.at)} ·
          ${notification.record.type === 'case' ? t('watchlists.ownCase') : t('watchlists.receivedCase')}
        </div>
      </div>
      <div class="actions">
        ${this.#recordLink(notification)}
        ${
          notification.read
            ? nothing
            : html`<button type="button" class="secondary" @click=${() => this.#markRead(notification)}>
                ${t('watchlists.markRead')}
              </button>`
        }
      </div>
    </li>`;
  }

  override render() {
    return html`
      <h1>${t('watchlists.notificationsTitle')}</h1>
      <p class="hint">${t('watchlists.notificationsIntro')}</p>
      <div class="toolbar">
        <p role="status" aria-live="polite">${t('watchlists.unreadCount', { count: this.unread })}</p>
        <label
          ><input type="checkbox" .checked=${this.unreadOnly} @change=${this.#toggleUnread} />${t(
            'watchlists.unreadOnly',
          )}</label
        >
        <a href=${paths.watchlists}>${t('watchlists.manage')}</a>
      </div>
      ${this.status === 'failed' ? html`<p class="message error" role="alert">${t('app.loadFailed')}</p>` : nothing}
      ${
        this.items.length === 0 && this.status === 'ready'
          ? html`<p>${t('watchlists.noNotifications')}</p>`
          : html`<ol aria-label=${t('watchlists.notificationsTitle')}>
              ${this.items.map((notification) => this.#renderItem(notification))}
            </ol>`
      }
      ${this.status === 'loading' ? loadingStatus() : nothing}
      ${
        this.nextCursor && this.status === 'ready'
          ? html`<button type="button" class="secondary" @click=${() => this.#load(true)}>
              ${t('watchlists.older')}
            </button>`
          : nothing
      }
    `;
  }
}

customElements.define('cen-notifications', CenNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'cen-notifications': CenNotifications;
  }
}
