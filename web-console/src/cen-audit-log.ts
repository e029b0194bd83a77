/**
 * `<cen-audit-log>`: the audit log for auditors, newest first, filtered by period, action, user,
 * target and outcome, with more entries loaded by cursor; a check of the whole hash chain (which
 * names the first entry that was changed, removed or inserted) and the export as JSON Lines.
 * Details are shown as the node stored them: ids and codes, never personal values.
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import {
  AUDIT_EXPORT_PATH,
  listAudit,
  verifyAudit,
  type AuditEntry,
  type AuditSearchParams,
  type AuditVerifyResponse,
} from './api/audit.ts';
import { ApiRequestError, formText } from './api/http.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';
import { formatDateTime, formatNumber, LocaleController, t, tOptional } from './i18n/index.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 100;

const OUTCOMES = ['ok', 'denied', 'failed'] as const;

const actionLabel = (action: string) => tOptional(`audit.actions.${action}`, action);

interface Entries {
  items: AuditEntry[];
  nextCursor: string | undefined;
}

export class CenAuditLog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0 1rem;
      }
      td.details {
        font-size: 0.85rem;
      }
    `,
  ];

  static override properties = {
    query: { state: true },
    more: { state: true },
    verification: { state: true },
    verifying: { state: true },
  };

  declare query: AuditSearchParams;
  declare more: Entries | undefined;
  declare verification: AuditVerifyResponse | 'failed' | undefined;
  declare verifying: boolean;

  readonly #entries = new Task(this, {
    task: async ([query], { signal }): Promise<Entries> => {
      const page = await listAudit({ ...query, limit: PAGE_SIZE }, signal);
      return { items: page.items, nextCursor: page.nextCursor };
    },
    args: () => [this.query] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.query = {};
    this.more = undefined;
    this.verification = undefined;
    this.verifying = false;
  }

  readonly #verify = async () => {
    this.verifying = true;
    try {
      this.verification = await verifyAudit();
    } catch {
      this.verification = 'failed';
    } finally {
      this.verifying = false;
    }
  };

  #renderVerification() {
    const result = this.verification;
    if (result === undefined) return nothing;
    if (result === 'failed') return html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`;
    if (result.ok) {
      return html`<p class="message success" role="status">
        ${t('audit.chainIntact', { count: result.checked })}
      </p>`;
    }
    return html`<p class="message error" role="alert">
      ${t('audit.chainBroken', { seq: formatNumber(result.firstBad?.seq), reason: result.firstBad?.reason ?? '' })}
    </p>`;
  }

  readonly #filter = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query: AuditSearchParams = {};
    for (const name of ['from', 'to', 'action', 'actor', 'target'] as const) {
      const value = formText(data, name);
      if (value) query[name] = value;
    }
    const outcome = formText(data, 'outcome');
    if ((OUTCOMES as readonly string[]).includes(outcome))
      query.outcome = outcome as (typeof OUTCOMES)[number];
    this.more = undefined;
    this.query = query;
  };

  async #loadMore(cursor: string): Promise<void> {
    const page = await listAudit({ ...this.query, limit: PAGE_SIZE, cursor });
    this.more = { items: [...(this.more?.items ?? []), ...page.items], nextCursor: page.nextCursor };
  }

  #renderEntries(entries: Entries) {
    const items = [...entries.items, ...(this.more?.items ?? [])];
    const nextCursor = this.more ? this.more.nextCursor : entries.nextCursor;
    if (items.length === 0) return html`<p>${t('audit.none')}</p>`;
    return html`<p role="status">${t('audit.shown', { count: items.length })}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${t('nav.audit')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('audit.seq')}</th>
              <th scope="col">${t('audit.at')}</th>
              <th scope="col">${t('audit.action')}</th>
              <th scope="col">${t('audit.actor')}</th>
              <th scope="col">${t('audit.target')}</th>
              <th scope="col">${t('audit.outcome')}</th>
              <th scope="col">${t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (entry) =>
                html`<tr>
                  <td class="mono">${String(entry.seq)}</td>
                  <td>${formatDateTime(entry.at)}</td>
                  <td>${actionLabel(entry.action)}</td>
                  <td><bdi>${entry.actor}</bdi></td>
                  <td><bdi class="mono">${entry.target ?? ''}</bdi></td>
                  <td>${tOptional(`audit.outcomes.${entry.outcome}`, entry.outcome)}</td>
                  <td class="details mono">
                    <bdi>${entry.details ? JSON.stringify(entry.details) : ''}</bdi>
                    ${entry.ip ? html`<div class="hint"><bdi>${entry.ip}</bdi></div>` : nothing}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        nextCursor
          ? html`<div class="actions">
              <button class="secondary" @click=${() => this.#loadMore(nextCursor)}>${t('audit.more')}</button>
            </div>`
          : nothing
      }`;
  }

  override render() {
    return html`
      <h1>${t('nav.audit')}</h1>
      <form class="panel" role="search" aria-label=${t('audit.filters')} @submit=${this.#filter}>
        <div class="filters">
          <div class="field">
            <label for="from">${t('filters.from')}</label>
            <input id="from" name="from" type="date" />
          </div>
          <div class="field">
            <label for="to">${t('filters.to')}</label>
            <input id="to" name="to" type="date" />
          </div>
          <div class="field">
            <label for="action">${t('audit.action')}</label>
            <select id="action" name="action">
              <option value="">${t('filters.any')}</option>
              ${AUDIT_ACTIONS.map((action) => html`<option value=${action}>${actionLabel(action)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="actor">${t('audit.actor')}</label>
            <input id="actor" name="actor" autocomplete="off" spellcheck="false" />
          </div>
          <div class="field">
            <label for="target">${t('audit.target')}</label>
            <input id="target" name="target" autocomplete="off" spellcheck="false" />
          </div>
          <div class="field">
            <label for="outcome">${t('audit.outcome')}</label>
            <select id="outcome" name="outcome">
              <option value="">${t('filters.any')}</option>
              ${OUTCOMES.map((outcome) => html`<option value=${outcome}>${t(`audit.outcomes.${outcome}`)}</option>`)}
            </select>
          </div>
        </div>
        <div class="actions"><button type="submit">${t('filters.search')}</button></div>
      </form>
      <div class="actions">
        <button id="verify" class="secondary" ?disabled=${this.verifying} @click=${this.#verify}>
          ${t('audit.verify')}
        </button>
        <a class="button secondary" href=${AUDIT_EXPORT_PATH} download="audit-log.jsonl"
          >${t('audit.export')}</a
        >
      </div>
      ${this.#renderVerification()}
      ${this.#entries.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (entries) => this.#renderEntries(entries),
        error: (err) =>
          html`<p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 403 ? t('audit.forbidden') : t('app.loadFailed')}
          </p>`,
      })}
    `;
  }
}

customElements.define('cen-audit-log', CenAuditLog);

declare global {
  interface HTMLElementTagNameMap {
    'cen-audit-log': CenAuditLog;
  }
}
