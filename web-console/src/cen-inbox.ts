/**
 * `<cen-inbox>`: the cases partners sent this node under an agreement, newest first, filtered by
 * partner and by how they came (pull sync or sent on demand). Each row carries its provenance:
 * from whom, under which agreement, when it arrived and when it will be purged, and for a case
 * sent on demand the covering message and who sent it. The filters live in the URL
 * (`/inbox?owner=<node id>&mode=on-demand`), so a filtered inbox is a link.
 *
 * Properties in: `query` (the URL's search parameters; the shell sets it).
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { ApiRequestError } from './api/http.ts';
import {
  INBOX_MODES,
  listInbox,
  type InboxItemSummary,
  type InboxMode,
  type InboxParams,
} from './api/inbox.ts';
import {
  exchangeStyles,
  modeLabel,
  relativeTime,
  senderText,
  shortNodeId,
  type Sender,
} from './exchange-parts.ts';
import { formatDate, formatDateTime, formatList, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { loadingStatus, moreButton, pagesSoFar, MorePages, type CursorPages } from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 50;
/** How much of a covering message the list shows; the case's page shows all of it. */
const EXCERPT = 140;

const NODE_ID = /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/;

/** The filters of a URL query, anything else dropped. */
export function inboxParamsOf(query: URLSearchParams): InboxParams {
  const params: InboxParams = {};
  const owner = query.get('owner')?.trim();
  if (owner && NODE_ID.test(owner)) params.owner = owner;
  const mode = query.get('mode');
  if ((INBOX_MODES as readonly string[]).includes(mode ?? '')) params.mode = mode as InboxMode;
  return params;
}

type Results = CursorPages<InboxItemSummary>;

export class CenInbox extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      .count {
        font-weight: 600;
      }
      .message-excerpt {
        font-size: 0.9rem;
      }
    `,
  ];

  static override properties = {
    query: { attribute: false },
  };

  declare query: URLSearchParams;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  /** Partners seen in any answer, for the partner filter (the inbox is all an officer sees of them). */
  readonly #senders = new Map<string, Sender>();

  readonly #results = new Task(this, {
    task: async ([queryText], { signal }) => {
      const page = await listInbox(
        { ...inboxParamsOf(new URLSearchParams(queryText)), limit: PAGE_SIZE },
        signal,
      );
      this.#remember(page.items);
      return { items: page.items, nextCursor: page.nextCursor } satisfies Results;
    },
    args: () => [this.query.toString()] as const,
  });

  /** The pages "more results" reads after the first. */
  readonly #pages = new MorePages<InboxItemSummary>(this, async (cursor) => {
    const page = await listInbox({ ...inboxParamsOf(this.query), limit: PAGE_SIZE, cursor });
    this.#remember(page.items);
    return page;
  });

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.#pages.reset();
  }

  #remember(items: readonly InboxItemSummary[]): void {
    for (const item of items) this.#senders.set(item.owner.nodeId, item.owner);
  }

  readonly #filter = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    for (const name of ['owner', 'mode'] as const) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') query.set(name, value);
    }
    navigate(paths.inbox(query));
  };

  #renderFilters() {
    const params = inboxParamsOf(this.query);
    const senders = [...this.#senders.values()];
    if (params.owner && !this.#senders.has(params.owner))
      senders.push({ nodeId: params.owner, country: '', name: shortNodeId(params.owner) });
    return html`<form class="panel" role="search" aria-label=${t('inbox.filters')} @submit=${this.#filter}>
      <div class="filters">
        <div class="field">
          <label for="owner">${t('inbox.partner')}</label>
          <select id="owner" name="owner">
            <option value="">${t('filters.any')}</option>
            ${senders.map(
              (sender) =>
                html`<option value=${sender.nodeId} ?selected=${sender.nodeId === params.owner}>
                  ${senderText(sender)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="mode">${t('inbox.mode')}</label>
          <select id="mode" name="mode">
            <option value="">${t('filters.any')}</option>
            ${INBOX_MODES.map((mode) => html`<option value=${mode} ?selected=${mode === params.mode}>${modeLabel(mode)}</option>`)}
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit">${t('filters.search')}</button>
        <a class="button secondary" href=${paths.inbox()}>${t('filters.clear')}</a>
      </div>
    </form>`;
  }

  #renderRow(item: InboxItemSummary, readAgreements: boolean) {
    const what = [
      item.kind ? label('caseKind', item.kind) : '',
      item.seizureDate ? formatDate(item.seizureDate) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const goods = formatList([
      ...item.itrAreas.map((area) => label('itrArea', area)),
      ...item.commodities.map((code) => label('commodity', code)),
    ]);
    const message = item.message ?? '';
    return html`<tr>
      <td>
        ${relativeTime(item.receivedAt)}
        <div class="hint">${formatDateTime(item.receivedAt)}</div>
      </td>
      <th scope="row"><bdi>${senderText(item.owner)}</bdi></th>
      <td>
        <a href=${paths.inboxItem(item.owner.nodeId, item.id)}>${what || t('inbox.openCase')}</a>
        ${goods ? html`<div class="hint">${goods}</div>` : nothing}
      </td>
      <td>
        ${modeLabel(item.mode)}
        ${
          item.mode === 'on-demand' && (message || item.sentBy)
            ? html`<div class="message-excerpt">
                ${item.sentBy ? html`<span class="hint">${t('inbox.sentBy', { user: item.sentBy })}</span>` : nothing}
                ${message ? html`<div dir="auto">${message.length > EXCERPT ? `${message.slice(0, EXCERPT)}…` : message}</div>` : nothing}
              </div>`
            : nothing
        }
      </td>
      <td>
        ${
          readAgreements
            ? html`<a href=${paths.agreement(item.agreementId)}
                >${t('agreements.versionN', { version: item.agreementVersion })}</a
              >`
            : t('agreements.versionN', { version: item.agreementVersion })
        }
        <div class="hint">
          <bdi class="mono" title=${item.agreementId}>${item.agreementId.slice(-12)}</bdi>
        </div>
      </td>
      <td>${formatDate(item.purgeAt.slice(0, 10))}</td>
    </tr>`;
  }

  #renderResults(results: Results) {
    const { items, nextCursor } = pagesSoFar(results, this.#pages.more);
    if (items.length === 0) return html`<p role="status">${t('inbox.none')}</p>`;
    const readAgreements = can(this.#session.value, 'agreement:read');
    return html`<p class="count" role="status">${t('inbox.shown', { count: items.length })}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${t('nav.inbox')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('inbox.receivedAt')}</th>
              <th scope="col">${t('inbox.from')}</th>
              <th scope="col">${t('inbox.case')}</th>
              <th scope="col">${t('inbox.how')}</th>
              <th scope="col">${t('fields.agreementId')}</th>
              <th scope="col">${t('inbox.purgeAt')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((item) => this.#renderRow(item, readAgreements))}
          </tbody>
        </table>
      </div>
      ${moreButton(nextCursor, this.#pages.loading, (cursor) => this.#pages.load(cursor))}`;
  }

  override render() {
    return html`
      <h1>${t('nav.inbox')}</h1>
      <p class="hint">${t('inbox.intro')}</p>
      ${this.#renderFilters()}
      ${this.#results.render({
        pending: loadingStatus,
        complete: (results) => this.#renderResults(results),
        error: (err) =>
          html`<p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 403 ? t('users.forbidden') : t('app.loadFailed')}
          </p>`,
      })}
    `;
  }
}

customElements.define('cen-inbox', CenInbox);

declare global {
  interface HTMLElementTagNameMap {
    'cen-inbox': CenInbox;
  }
}
