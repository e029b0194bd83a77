/**
 * `<cen-watch-matches>`: the watch-list rules a case matched, on the case view and on a received
 * case: each rule's name (a link to the rule), whether a partner shared it, and what matched (the
 * identifier, or the field and its code in words). Only rules the user may see are listed, and
 * the panel shows nothing at all when there are none, or when the role keeps no watch lists.
 *
 * Properties in: `record` (`{ type: 'case', id }` or `{ type: 'inbox', owner, id }`).
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { matchesOf, type WatchlistMatch, type WatchlistRecordRef } from './api/watchlists.ts';
import { badge, exchangeStyles, relativeTime } from './exchange-parts.ts';
import {
  WATCHLIST_PATTERN_FIELDS,
  type WatchlistMatchedField,
  type WatchlistPatternField,
} from '../../protocol/api.ts';
import { formatList, LocaleController, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const isPatternField = (field: string): field is WatchlistPatternField =>
  Object.hasOwn(WATCHLIST_PATTERN_FIELDS, field);

/** The name of a list type or pattern field in the current language. */
export const watchFieldLabel = (field: string): string =>
  isPatternField(field)
    ? tOptional(`watchlists.fields.${field}`, field)
    : tOptional(`watchlists.listTypes.${field}`, field);

/** A code of a pattern field, or an identifier, as a reader sees it. */
export const watchValueLabel = (field: string, value: string): string =>
  isPatternField(field) ? label(WATCHLIST_PATTERN_FIELDS[field], value) : value;

/** "Container number: MSKU1234565; Commodity: Cocaine" (an identifier withheld shows its kind only). */
export function matchedText(matched: readonly WatchlistMatchedField[]): string {
  const byField = new Map<string, string[]>();
  for (const { field, value } of matched) {
    const values = byField.get(field) ?? [];
    if (value !== undefined) values.push(watchValueLabel(field, value));
    byField.set(field, values);
  }
  return [...byField]
    .map(([field, values]) =>
      values.length > 0 ? `${watchFieldLabel(field)}: ${formatList(values)}` : watchFieldLabel(field),
    )
    .join('; ');
}

export class CenWatchMatches extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      .watch {
        border-inline-start: 4px solid #c98a00;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      li + li {
        margin-block-start: 0.35rem;
      }
    `,
  ];

  static override properties = {
    record: { attribute: false },
  };

  /** The record whose matches to show. */
  declare record: WatchlistRecordRef | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #matches = new Task(this, {
    task: async ([type, owner, id, allowed], { signal }) => {
      if (!id || !allowed) return [];
      const record: WatchlistRecordRef = type === 'inbox' ? { type, owner, id } : { type: 'case', id };
      return (await matchesOf(record, signal)).items;
    },
    // Primitives: a host that renders `.record=${{ … }}` again must not fetch again.
    args: () =>
      [
        this.record?.type ?? 'case',
        this.record?.type === 'inbox' ? this.record.owner : '',
        this.record?.id ?? '',
        can(this.#session.value, 'watchlist:manage'),
      ] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.record = undefined;
  }

  #renderMatch(match: WatchlistMatch) {
    return html`<li>
      <a href=${paths.watchlist(match.ruleId)}><bdi>${match.ruleName}</bdi></a>
      ${match.received ? badge(t('watchlists.fromPartner'), 'neutral') : nothing}
      <div class="hint">${matchedText(match.matched)} · ${relativeTime(match.at)}</div>
    </li>`;
  }

  override render() {
    return this.#matches.render({
      complete: (matches) =>
        matches.length === 0
          ? nothing
          : html`<section class="panel watch" aria-labelledby="watch-matches">
              <h2 id="watch-matches">${t('watchlists.matchedRules', { count: matches.length })}</h2>
              <ul>
                ${matches.map((match) => this.#renderMatch(match))}
              </ul>
            </section>`,
      // A failure here must not hide the case: the panel is left out.
      error: () => nothing,
    });
  }
}

customElements.define('cen-watch-matches', CenWatchMatches);

declare global {
  interface HTMLElementTagNameMap {
    'cen-watch-matches': CenWatchMatches;
  }
}
