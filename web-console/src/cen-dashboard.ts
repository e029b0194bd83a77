/**
 * `<cen-dashboard>`: the latest cases and the last twelve months in two charts, cases by ITR area
 * and by month. The counts are computed here from `GET /cases` pages (at most `MAX_CASES`
 * cases, and the screen says so when it stopped there) until the node offers a statistics
 * endpoint.
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { Case } from '../../protocol/records.ts';
import { searchCases } from './api/cases.ts';
import './cen-bar-chart.ts';
import './cen-case-table.ts';
import { formatMonth, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label, vocabularies } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 500;
/** Enough for the charts' shape on a national node; a statistics endpoint replaces this. */
export const MAX_CASES = 5_000;
const RECENT = 10;
const MONTHS = 12;

export interface DashboardFigures {
  recent: Case[];
  total: number;
  truncated: boolean;
  byArea: { code: string; count: number }[];
  byMonth: { month: string; count: number }[];
}

/** The YYYY-MM of the `MONTHS` months ending with `today`'s, oldest first. */
export function lastMonths(today: Date, count = MONTHS): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    months.push(date.toISOString().slice(0, 7));
  }
  return months;
}

/** A case counts once in each ITR area its items fall in, and once in its seizure month. */
export function countCases(
  cases: readonly Case[],
  months: readonly string[],
): Pick<DashboardFigures, 'byArea' | 'byMonth'> {
  const areaCounts = new Map<string, number>(vocabularies.itrArea.codes.map((code) => [code, 0]));
  const monthCounts = new Map<string, number>(months.map((month) => [month, 0]));
  for (const c of cases) {
    for (const area of new Set(c.items.map((item) => item.itrArea))) {
      areaCounts.set(area, (areaCounts.get(area) ?? 0) + 1);
    }
    const month = c.seizureDate.slice(0, 7);
    if (monthCounts.has(month)) monthCounts.set(month, monthCounts.get(month)! + 1);
  }
  return {
    byArea: [...areaCounts].map(([code, count]) => ({ code, count })),
    byMonth: [...monthCounts].map(([month, count]) => ({ month, count })),
  };
}

async function loadFigures(signal: AbortSignal): Promise<DashboardFigures> {
  const months = lastMonths(new Date());
  const cases: Case[] = [];
  let cursor: string | undefined;
  let truncated = false;
  do {
    const page = await searchCases(
      { from: `${months[0]}-01`, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
      signal,
    );
    cases.push(...page.items);
    cursor = page.nextCursor;
    if (cursor && cases.length >= MAX_CASES) {
      truncated = true;
      break;
    }
  } while (cursor);
  return { recent: cases.slice(0, RECENT), total: cases.length, truncated, ...countCases(cases, months) };
}

export class CenDashboard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
        gap: 1rem;
      }
      .figures {
        margin-block-start: 0.75rem;
      }
      .figures td:last-child,
      .figures th:last-child {
        text-align: end;
      }
    `,
  ];

  readonly #figures = new Task(this, {
    task: async (_args, { signal }) => loadFigures(signal),
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  #figuresTable(caption: string, rows: { label: string; count: number }[]) {
    return html`<details class="figures">
      <summary>${t('dashboard.showFigures')}</summary>
      <table>
        <caption class="visually-hidden">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('dashboard.category')}</th>
            <th scope="col">${t('dashboard.cases')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <td>${row.label}</td>
                <td>${formatNumber(row.count)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  #renderFigures(figures: DashboardFigures) {
    const areas = figures.byArea.map((entry) => ({
      label: label('itrArea', entry.code),
      count: entry.count,
    }));
    const months = figures.byMonth.map((entry) => ({ label: formatMonth(entry.month), count: entry.count }));
    return html`
      <p>
        ${t('dashboard.total', { count: figures.total })}
        ${figures.truncated ? html`<span class="hint">${t('dashboard.truncated', { count: figures.total })}</span>` : nothing}
      </p>
      <div class="charts">
        <section class="panel" aria-labelledby="by-area">
          <h2 id="by-area">${t('dashboard.byArea')}</h2>
          <cen-bar-chart
            horizontal
            .labels=${areas.map((row) => row.label)}
            .values=${areas.map((row) => row.count)}
            name=${t('dashboard.byArea')}
          ></cen-bar-chart>
          ${this.#figuresTable(t('dashboard.byArea'), areas)}
        </section>
        <section class="panel" aria-labelledby="by-month">
          <h2 id="by-month">${t('dashboard.byMonth')}</h2>
          <cen-bar-chart
            .labels=${months.map((row) => row.label)}
            .values=${months.map((row) => row.count)}
            name=${t('dashboard.byMonth')}
          ></cen-bar-chart>
          ${this.#figuresTable(t('dashboard.byMonth'), months)}
        </section>
      </div>
      <section aria-labelledby="recent">
        <h2 id="recent">${t('dashboard.recent')}</h2>
        <cen-case-table .cases=${figures.recent} caption=${t('dashboard.recent')}></cen-case-table>
        <p><a href=${paths.cases()}>${t('dashboard.allCases')}</a></p>
      </section>
    `;
  }

  override render() {
    return html`
      <h1>${t('nav.dashboard')}</h1>
      ${this.#figures.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (figures) => this.#renderFigures(figures),
        error: () => html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`,
      })}
    `;
  }
}

customElements.define('cen-dashboard', CenDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cen-dashboard': CenDashboard;
  }
}
