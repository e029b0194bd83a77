/**
 * `<cen-watchlists>`: the watch lists of the user. First the rules they own: name, what each
 * looks for (how many identifiers of which kind, or the pattern's fields), whether it is active
 * and shared with partners, its owners and when it last changed; then the rules partners shared
 * with this node (read-only here), from whom and whether they still evaluate. "New rule" opens
 * the form.
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { WatchlistPatternField } from '../../protocol/api.ts';
import { listRules, type WatchlistRule } from './api/watchlists.ts';
import { watchFieldLabel, watchValueLabel } from './cen-watch-matches.ts';
import { badge, exchangeStyles, relativeTime } from './exchange-parts.ts';
import { formatDateTime, formatList, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** What a rule looks for, in one line. */
export function ruleSummary(rule: WatchlistRule): string {
  if (rule.kind === 'list' && rule.list) {
    return t('watchlists.listSummary', {
      count: rule.list.values.length,
      type: watchFieldLabel(rule.list.type),
    });
  }
  const fields = Object.entries(rule.pattern ?? {}) as [WatchlistPatternField, string[]][];
  // A few codes read best by name; a long list by how many it holds.
  return fields
    .map(
      ([field, codes]) =>
        `${watchFieldLabel(field)}: ${
          codes.length <= 3
            ? formatList(codes.map((code) => watchValueLabel(field, code)))
            : formatNumber(codes.length)
        }`,
    )
    .join(' + ');
}

export function ruleState(rule: WatchlistRule) {
  if (rule.active) return badge(t('watchlists.active'), 'good');
  if (rule.deactivatedReason === 'agreement-ended') return badge(t('watchlists.agreementEnded'), 'bad');
  if (rule.deactivatedReason === 'withdrawn') return badge(t('watchlists.withdrawn'), 'neutral');
  return badge(t('watchlists.inactive'), 'neutral');
}

export class CenWatchlists extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      td .hint {
        margin-block-start: 0.15rem;
      }
    `,
  ];

  readonly #rules = new Task(this, {
    task: async (_args, { signal }) => (await listRules(signal)).items,
    args: () => [] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  #renderOwn(rules: readonly WatchlistRule[]) {
    if (rules.length === 0) return html`<p>${t('watchlists.noRules')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('watchlists.ownTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('watchlists.name')}</th>
            <th scope="col">${t('watchlists.looksFor')}</th>
            <th scope="col">${t('watchlists.state')}</th>
            <th scope="col">${t('watchlists.owners')}</th>
            <th scope="col">${t('watchlists.changed')}</th>
          </tr>
        </thead>
        <tbody>
          ${rules.map(
            (rule) =>
              html`<tr>
                <th scope="row">
                  <a href=${paths.watchlist(rule.id)}><bdi>${rule.name}</bdi></a>
                  ${rule.description ? html`<div class="hint"><bdi>${rule.description}</bdi></div>` : nothing}
                </th>
                <td>${ruleSummary(rule)}</td>
                <td>
                  ${ruleState(rule)} ${rule.shared ? badge(t('watchlists.sharedBadge'), 'waiting') : nothing}
                </td>
                <td><bdi>${formatList(rule.owners)}</bdi></td>
                <td>
                  ${relativeTime(rule.updatedAt)}
                  <div class="hint">${formatDateTime(rule.updatedAt)}</div>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderReceived(rules: readonly WatchlistRule[]) {
    if (rules.length === 0) return html`<p>${t('watchlists.noReceived')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('watchlists.receivedTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('watchlists.name')}</th>
            <th scope="col">${t('watchlists.sharedBy')}</th>
            <th scope="col">${t('watchlists.looksFor')}</th>
            <th scope="col">${t('watchlists.state')}</th>
            <th scope="col">${t('watchlists.received')}</th>
          </tr>
        </thead>
        <tbody>
          ${rules.map(
            (rule) =>
              html`<tr>
                <th scope="row">
                  <a href=${paths.watchlist(rule.id)}><bdi>${rule.name}</bdi></a>
                </th>
                <td>
                  <bdi>${rule.origin?.name ?? ''}</bdi>
                  ${rule.origin?.country ? html`<div class="hint">${label('country', rule.origin.country)}</div>` : nothing}
                </td>
                <td>${ruleSummary(rule)}</td>
                <td>${ruleState(rule)}</td>
                <td>${relativeTime(rule.updatedAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    return html`
      <h1>${t('watchlists.title')}</h1>
      <p class="hint">${t('watchlists.intro')}</p>
      <div class="actions">
        <a class="button" href=${paths.newWatchlist}>${t('watchlists.newRule')}</a>
        <a class="button secondary" href=${paths.notifications}>${t('watchlists.notificationsTitle')}</a>
      </div>
      ${this.#rules.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (rules) => html`
          <section aria-labelledby="own">
            <h2 id="own">${t('watchlists.ownTitle')}</h2>
            ${this.#renderOwn(rules.filter((rule) => !rule.origin))}
          </section>
          <section aria-labelledby="received">
            <h2 id="received">${t('watchlists.receivedTitle')}</h2>
            <p class="hint">${t('watchlists.receivedIntro')}</p>
            ${this.#renderReceived(rules.filter((rule) => rule.origin))}
          </section>
        `,
        error: () => html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`,
      })}
    `;
  }
}

customElements.define('cen-watchlists', CenWatchlists);

declare global {
  interface HTMLElementTagNameMap {
    'cen-watchlists': CenWatchlists;
  }
}
