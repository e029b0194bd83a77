/**
 * `<cen-import>`: bulk upload of cases for officers (permission `import`). They download a
 * template (generic or a commodity family's, headers in their language), choose a filled-in file,
 * check it (a dry run: every refused row with its column and the broken rule, in their language,
 * and the whole report as a spreadsheet), then import it and watch a progress bar until the
 * summary: stored now, already imported, refused. Their recent uploads are listed below.
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { IMPORT_TEMPLATES } from '../../protocol/import-columns.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import {
  getImport,
  listImports,
  reportUrl,
  templateUrl,
  uploadImport,
  type ImportJobSummary,
  type ImportReport,
  type ImportRowError,
} from './api/imports.ts';
import { badge, exchangeStyles } from './exchange-parts.ts';
import {
  currentLanguage,
  formatDateTime,
  formatNumber,
  LocaleController,
  t,
  tOptional,
} from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** How often a running import is asked for its progress. */
const POLL_MS = 500;

type Busy = 'checking' | 'uploading' | undefined;

const ruleText = (error: Pick<ImportRowError, 'rule' | 'message'>) =>
  tOptional(`imports.rules.${error.rule}`, tOptional(`validation.${error.rule}`, error.message));

const stateBadge = (job: ImportJobSummary) =>
  badge(
    tOptional(`imports.states.${job.state}`, job.state),
    job.state === 'done' ? 'good' : job.state === 'failed' ? 'bad' : 'waiting',
  );

export class CenImport extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      .templates {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        padding: 0;
        list-style: none;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-block-start: 0.75rem;
      }
      dl.summary {
        display: grid;
        grid-template-columns: max-content max-content;
        gap: 0.25rem 1.5rem;
      }
      dl.summary dt {
        font-weight: 600;
      }
      dl.summary dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      progress {
        inline-size: 100%;
        max-inline-size: 32rem;
        block-size: 1.25rem;
      }
    `,
  ];

  static override properties = {
    file: { state: true },
    busy: { state: true },
    report: { state: true },
    failure: { state: true },
    headerIssues: { state: true },
  };

  /** The file chosen, until it is sent. */
  declare file: File | undefined;
  declare busy: Busy;
  /** The dry run's report, or the import's (live while it runs). */
  declare report: ImportReport | ImportJobSummary | undefined;
  declare failure: string | undefined;
  /** Header problems of a refused import (unknown or repeated columns). */
  declare headerIssues: ValidationIssue[];

  #polling: ReturnType<typeof setTimeout> | undefined;

  readonly #recent = new Task(this, {
    task: async (_args, { signal }) => (await listImports(signal)).items,
    args: () => [] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.file = undefined;
    this.busy = undefined;
    this.report = undefined;
    this.failure = undefined;
    this.headerIssues = [];
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#polling);
    super.disconnectedCallback();
  }

  readonly #choose = (event: Event) => {
    this.file = (event.target as HTMLInputElement).files?.[0];
    this.report = undefined;
    this.failure = undefined;
    this.headerIssues = [];
  };

  #explain(err: unknown): void {
    this.headerIssues = issuesOf(err);
    if (this.headerIssues.length > 0) {
      this.failure = t('imports.headerProblems');
      return;
    }
    if (!(err instanceof ApiRequestError) || err.status === 0) this.failure = t('app.unreachable');
    else if (err.status === 413) this.failure = `${t('imports.tooLarge')} ${err.message}`;
    else if (err.status === 415) this.failure = `${t('imports.unsupported')} ${err.message}`;
    else if (err.status === 403) this.failure = t('users.forbidden');
    else this.failure = `${t('imports.failed')} ${err.message}`;
  }

  readonly #send = async (dryRun: boolean) => {
    clearTimeout(this.#polling);
    const file = this.file;
    this.failure = undefined;
    this.headerIssues = [];
    this.report = undefined;
    if (!file) {
      this.failure = t('imports.noFile');
      this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.focus();
      return;
    }
    this.busy = dryRun ? 'checking' : 'uploading';
    try {
      if (dryRun) this.report = await uploadImport(file, { dryRun: true });
      else {
        this.report = await uploadImport(file, { dryRun: false });
        this.#follow(this.report.id);
      }
    } catch (err) {
      this.#explain(err);
    } finally {
      this.busy = undefined;
      void this.#recent.run();
    }
  };

  /** Asks for the import's progress until it is done. */
  #follow(id: string): void {
    this.#polling = setTimeout(() => {
      getImport(id)
        .then((report) => {
          this.report = report;
          if (report.state === 'done' || report.state === 'failed') void this.#recent.run();
          else this.#follow(id);
        })
        .catch((err: unknown) => this.#explain(err));
    }, POLL_MS);
  }

  #renderTemplates(): TemplateResult {
    const lang = currentLanguage();
    return html`<section class="panel" aria-labelledby="templates-title">
      <h2 id="templates-title">${t('imports.templatesTitle')}</h2>
      <p class="hint">${t('imports.templatesIntro')}</p>
      <ul class="templates">
        ${IMPORT_TEMPLATES.map(
          (name) =>
            html`<li>
              <a href=${templateUrl(name, lang)} download
                >${name === 'generic' ? t('imports.generic') : label('itrArea', name)}</a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderForm(): TemplateResult {
    return html`<section class="panel" aria-labelledby="file-title">
      <h2 id="file-title">${t('imports.fileTitle')}</h2>
      <label for="import-file">${t('imports.file')}</label>
      <input
        id="import-file"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        @change=${this.#choose}
      />
      <div class="actions">
        <button type="button" ?disabled=${this.busy !== undefined} @click=${() => this.#send(true)}>
          ${this.busy === 'checking' ? t('imports.checking') : t('imports.check')}
        </button>
        <button type="button" ?disabled=${this.busy !== undefined} @click=${() => this.#send(false)}>
          ${this.busy === 'uploading' ? t('imports.uploading') : t('imports.import')}
        </button>
      </div>
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${
        this.headerIssues.length > 0
          ? html`<ul>
              ${this.headerIssues.map((issue) => html`<li><bdi>${issue.message}</bdi></li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #renderProgress(job: ImportJobSummary): TemplateResult {
    const total = Math.max(job.total, job.done, 1);
    return html`<div>
      <progress
        max=${total}
        value=${job.done}
        aria-label=${t('imports.progressLabel')}
        aria-valuetext=${t('imports.progress', { done: formatNumber(job.done), total: formatNumber(job.total) })}
      ></progress>
      <p role="status">
        ${t('imports.progress', { done: formatNumber(job.done), total: formatNumber(job.total) })}
      </p>
    </div>`;
  }

  #renderErrors(report: ImportReport): TemplateResult {
    if (report.errors.length === 0) return html`<p>${t('imports.noErrors')}</p>`;
    return html`<h3>${t('imports.errorsTitle')}</h3>
      ${
        report.truncated
          ? html`<p class="hint">
              ${t('imports.truncated', { shown: formatNumber(report.errors.length), total: formatNumber(report.errorCount) })}
            </p>`
          : nothing
      }
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${t('imports.errorsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('imports.row')}</th>
              <th scope="col">${t('imports.column')}</th>
              <th scope="col">${t('imports.problem')}</th>
              <th scope="col">${t('imports.value')}</th>
            </tr>
          </thead>
          <tbody>
            ${report.errors.map(
              (error) =>
                html`<tr>
                  <th scope="row">${formatNumber(error.row)}</th>
                  <td>
                    <bdi>${error.column}</bdi>
                    ${error.cell ? html`<div class="hint"><bdi class="mono">${error.cell}</bdi></div>` : nothing}
                  </td>
                  <td>
                    ${ruleText(error)}
                    ${
                      // The node's own sentence is English: it adds the detail (the codes allowed…).
                      currentLanguage() === 'en' ? html`<div class="hint">${error.message}</div>` : nothing
                    }
                  </td>
                  <td><bdi>${error.value ?? ''}</bdi></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  #renderResult(report: ImportReport | ImportJobSummary): TemplateResult {
    const finished = report.state === 'done' || report.state === 'failed';
    const figures: [string, number][] = [
      [t('imports.rows'), report.rows],
      [t('imports.valid'), report.valid],
      [t('imports.invalid'), report.invalid],
      [t('imports.duplicates'), report.duplicates],
      ...(report.dryRun ? [] : ([[t('imports.created'), report.created]] as [string, number][])),
    ];
    return html`<section class="panel" aria-labelledby="result-title" aria-live="polite">
      <h2 id="result-title">${t('imports.summaryTitle')} ${stateBadge(report)}</h2>
      <p class="hint"><bdi>${report.fileName}</bdi></p>
      ${finished ? nothing : this.#renderProgress(report)}
      ${
        finished
          ? html`<p role="status">${report.dryRun ? t('imports.dryRunDone') : t('imports.importDone')}</p>`
          : nothing
      }
      ${report.failure ? html`<p class="message error">${report.failure}</p>` : nothing}
      <dl class="summary">
        ${figures.map(
          ([name, value]) =>
            html`<dt>${name}</dt>
              <dd>${formatNumber(value)}</dd>`,
        )}
      </dl>
      ${finished && 'errors' in report ? this.#renderErrors(report) : nothing}
      ${
        finished
          ? html`<p>
              <a href=${reportUrl(report.id)} download>${t('imports.report')}</a>
              ${
                !report.dryRun && report.created > 0
                  ? html` · <a href=${paths.cases()}>${t('imports.viewCases')}</a>`
                  : nothing
              }
            </p>`
          : nothing
      }
    </section>`;
  }

  #renderRecent(jobs: readonly ImportJobSummary[]): TemplateResult {
    if (jobs.length === 0) return html`<p>${t('imports.noneYet')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('imports.recentTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('imports.fileName')}</th>
            <th scope="col">${t('imports.when')}</th>
            <th scope="col">${t('imports.kind')}</th>
            <th scope="col">${t('imports.state')}</th>
            <th scope="col">${t('imports.rows')}</th>
            <th scope="col">${t('imports.created')}</th>
            <th scope="col">${t('imports.by')}</th>
          </tr>
        </thead>
        <tbody>
          ${jobs.map(
            (job) =>
              html`<tr>
                <th scope="row"><bdi>${job.fileName}</bdi></th>
                <td>${formatDateTime(job.createdAt)}</td>
                <td>${job.dryRun ? t('imports.dryRun') : t('imports.importKind')}</td>
                <td>${stateBadge(job)}</td>
                <td>${formatNumber(job.rows)}</td>
                <td>${job.dryRun ? '' : formatNumber(job.created)}</td>
                <td><bdi>${job.startedBy}</bdi></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    return html`
      <h1>${t('imports.title')}</h1>
      <p>${t('imports.intro')}</p>
      ${this.#renderTemplates()} ${this.#renderForm()}
      ${this.report ? this.#renderResult(this.report) : nothing}
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">${t('imports.recentTitle')}</h2>
        ${this.#recent.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (jobs) => this.#renderRecent(jobs),
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
    `;
  }
}

customElements.define('cen-import', CenImport);

declare global {
  interface HTMLElementTagNameMap {
    'cen-import': CenImport;
  }
}
