/**
 * `<cen-queries>`: hit/no-hit look-ups at partners. An officer or analyst picks what to look up (a
 * container, an identity document, a ship's IMO number, a company registration), types the value
 * and sees one line per partner whose agreement allows queries: a hit with how many of its cases
 * match, no hit, or why the partner could not answer, with how long it took. Nothing is copied:
 * a hit says whom to ask. Their own recent queries are listed below; roles that read the evidence
 * log (exchange administrators, auditors) also see what partners asked this node.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { QueryIdentifierType, QuerySide, ValidationIssue } from '../../protocol/api.ts';
import { ApiRequestError, formText, issuesOf } from './api/http.ts';
import {
  listQueryLog,
  runQuery,
  type QueryLogEntry,
  type QueryPeerResult,
  type QueryResponse,
} from './api/queries.ts';
import { badge, exchangeStyles, relativeTime, shortNodeId } from './exchange-parts.ts';
import { describedBy, fieldErrors, fieldLabel } from './form-summary.ts';
import { formatDateTime, formatNumber, LocaleController, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/**
 * What an officer looks up, in the order they think of it. `registration` (a registration number
 * as the case index holds it) is left out: to an officer it is the same question as `company`.
 */
export const QUERY_TYPES: readonly QueryIdentifierType[] = ['container', 'document', 'imo', 'company'];
const VALUE_MAX = 100;
const LOG_SIZE = 25;

const typeLabel = (type: string) => tOptional(`queries.types.${type}`, type);
const partnerOf = (result: { peer: string; name?: string | undefined; country?: string | undefined }) =>
  result.name ?? (result.country ? label('country', result.country) : shortNodeId(result.peer));

export class CenQueries extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      .query-form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        gap: 0 1rem;
        align-items: start;
      }
    `,
  ];

  static override properties = {
    type: { state: true },
    response: { state: true },
    issues: { state: true },
    failure: { state: true },
    busy: { state: true },
  };

  declare type: QueryIdentifierType;
  declare response: QueryResponse | undefined;
  declare issues: ValidationIssue[];
  declare failure: string | undefined;
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #asked = new Task(this, {
    task: async ([allowed], { signal }) =>
      allowed ? (await listQueryLog({ side: 'asked', limit: LOG_SIZE }, signal)).items : [],
    args: () => [can(this.#session.value, 'query:run')] as const,
  });

  readonly #answered = new Task(this, {
    task: async ([allowed], { signal }) =>
      allowed ? (await listQueryLog({ side: 'answered', limit: LOG_SIZE }, signal)).items : [],
    args: () => [can(this.#session.value, 'evidence:read')] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.type = 'container';
    this.response = undefined;
    this.issues = [];
    this.failure = undefined;
    this.busy = false;
  }

  readonly #ask = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const type = formText(data, 'type') as QueryIdentifierType;
    const value = formText(data, 'value');
    this.failure = undefined;
    this.response = undefined;
    this.issues = value ? [] : [{ path: 'value', rule: 'required', message: 'required' }];
    if (this.issues.length > 0) {
      this.renderRoot.querySelector<HTMLInputElement>('#query-value')?.focus();
      return;
    }
    this.busy = true;
    try {
      this.response = await runQuery({ type, value });
      void this.#asked.run();
    } catch (err) {
      this.issues = issuesOf(err);
      if (this.issues.length === 0) {
        this.failure =
          err instanceof ApiRequestError && err.status === 0
            ? t('app.unreachable')
            : err instanceof ApiRequestError && err.status === 403
              ? t('users.forbidden')
              : t('queries.failed');
      }
    } finally {
      this.busy = false;
    }
  };

  #renderOutcome(result: QueryPeerResult) {
    if ('error' in result) {
      const why = result.code ? tOptional(`queries.codes.${result.code}`, result.code) : '';
      return html`${badge(t(`queries.outcomes.${result.error}`), 'bad')}
      ${why ? html`<div class="hint">${why}</div>` : nothing}`;
    }
    return result.hit
      ? badge(t('queries.hit', { count: result.matches }), 'waiting')
      : badge(t('queries.outcomes.no-hit'), 'neutral');
  }

  #renderResults(response: QueryResponse) {
    const hits = response.results.filter((result) => 'hit' in result && result.hit).length;
    return html`<section aria-labelledby="results">
      <h2 id="results">
        ${t('queries.resultsFor', { type: typeLabel(response.type), value: response.value })}
      </h2>
      ${
        response.results.length === 0
          ? html`<p class="message warning" role="status">${t('queries.noPartners')}</p>`
          : html`<p role="status">
                ${t('queries.summary', { count: response.results.length, hits: formatNumber(hits) })}
              </p>
              <div class="table-wrap">
                <table>
                  <caption class="visually-hidden">
                    ${t('queries.resultsCaption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('exchange.partner')}</th>
                      <th scope="col">${t('queries.answer')}</th>
                      <th scope="col">${t('queries.latency')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${response.results.map(
                      (result) =>
                        html`<tr>
                          <th scope="row">
                            <bdi>${partnerOf(result)}</bdi>
                            ${result.country && result.name ? html`<div class="hint">${label('country', result.country)}</div>` : nothing}
                          </th>
                          <td>${this.#renderOutcome(result)}</td>
                          <td>${t('queries.ms', { ms: formatNumber(result.ms) })}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
    </section>`;
  }

  #renderForm() {
    const issues = this.issues;
    const hintKey = `queries.hints.${this.type}`;
    return html`<form class="panel" novalidate @submit=${this.#ask}>
      <h2>${t('queries.ask')}</h2>
      <p class="hint">${t('queries.intro')}</p>
      <div class="query-form">
        <div class="field">
          ${fieldLabel('query-type', t('queries.type'), true)}
          <select
            id="query-type"
            name="type"
            required
            @change=${(event: Event) => (this.type = (event.target as HTMLSelectElement).value as QueryIdentifierType)}
            aria-invalid=${issues.some((issue) => issue.path === 'type') ? 'true' : 'false'}
            aria-describedby=${describedBy(issues, 'type', 'query-type', false)}
          >
            ${QUERY_TYPES.map((type) => html`<option value=${type} ?selected=${type === this.type}>${typeLabel(type)}</option>`)}
          </select>
          ${fieldErrors(issues, 'type', 'query-type')}
        </div>
        <div class="field">
          ${fieldLabel('query-value', t('queries.value'), true)}
          <input
            id="query-value"
            name="value"
            required
            maxlength=${VALUE_MAX}
            autocomplete="off"
            spellcheck="false"
            dir="ltr"
            aria-invalid=${issues.some((issue) => issue.path === 'value') ? 'true' : 'false'}
            aria-describedby=${describedBy(issues, 'value', 'query-value', true)}
          />
          <div class="hint" id="query-value-hint">${tOptional(hintKey, '')}</div>
          ${fieldErrors(issues, 'value', 'query-value')}
        </div>
      </div>
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      <button type="submit" ?disabled=${this.busy}>
        ${this.busy ? t('queries.asking') : t('queries.submit')}
      </button>
    </form>`;
  }

  #renderLog(entries: readonly QueryLogEntry[], side: QuerySide) {
    if (entries.length === 0) return html`<p>${t('queries.logEmpty')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${side === 'asked' ? t('queries.askedTitle') : t('queries.answeredTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('caseView.when')}</th>
            <th scope="col">${side === 'asked' ? t('queries.askedOf') : t('queries.askedBy')}</th>
            <th scope="col">${t('queries.type')}</th>
            <th scope="col">${t('queries.value')}</th>
            <th scope="col">${t('queries.answer')}</th>
            ${side === 'asked' ? html`<th scope="col">${t('caseView.who')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) =>
              html`<tr>
                <td>
                  ${relativeTime(entry.at)}
                  <div class="hint">${formatDateTime(entry.at)}</div>
                </td>
                <th scope="row">
                  <bdi
                    >${partnerOf({ peer: entry.peer, name: entry.peerName, country: entry.peerCountry })}</bdi
                  >
                </th>
                <td>${typeLabel(entry.type)}</td>
                <td><bdi class="mono">${entry.value}</bdi></td>
                <td>
                  ${tOptional(`queries.outcomes.${entry.outcome}`, entry.outcome)}
                  ${entry.outcome === 'hit' && entry.matches !== undefined ? html`(${formatNumber(entry.matches)})` : nothing}
                  ${entry.code ? html`<div class="hint">${tOptional(`queries.codes.${entry.code}`, entry.code)}</div>` : nothing}
                </td>
                ${side === 'asked' ? html`<td><bdi>${entry.actor ?? ''}</bdi></td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderLogSection(side: QuerySide) {
    const task = side === 'asked' ? this.#asked : this.#answered;
    const id = `${side}-title`;
    return html`<section aria-labelledby=${id}>
      <h2 id=${id}>${side === 'asked' ? t('queries.askedTitle') : t('queries.answeredTitle')}</h2>
      ${side === 'answered' ? html`<p class="hint">${t('queries.answeredIntro')}</p>` : nothing}
      ${task.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (entries) => this.#renderLog(entries, side),
        error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
      })}
    </section>`;
  }

  override render() {
    const session = this.#session.value;
    const ask = can(session, 'query:run');
    return html`
      <h1>${t('nav.queries')}</h1>
      ${ask ? this.#renderForm() : nothing} ${this.response ? this.#renderResults(this.response) : nothing}
      ${ask ? this.#renderLogSection('asked') : nothing}
      ${can(session, 'evidence:read') ? this.#renderLogSection('answered') : nothing}
    `;
  }
}

customElements.define('cen-queries', CenQueries);

declare global {
  interface HTMLElementTagNameMap {
    'cen-queries': CenQueries;
  }
}
