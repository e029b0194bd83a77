/**
 * `<cen-watchlist-form>`: one watch-list rule, new or existing. A list rule holds identifiers of
 * one kind, pasted one per line (commas and semicolons separate too); a pattern rule picks codes
 * from the vocabularies for any of the case fields it tests (every field it names must match, any
 * code of a field will do). The owners are notified of matches and may change the rule; "Share
 * with partners" offers it to every partner whose agreement allows queries. An owner can also run
 * a saved rule over the cases held now, since a rule only looks at cases that change after it.
 * A rule a partner shared is shown read-only.
 *
 * Properties in: `ruleId` (empty for a new rule).
 */
import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  WATCHLIST_LIMITS,
  WATCHLIST_LIST_TYPES,
  WATCHLIST_PATTERN_FIELDS,
  type ValidationIssue,
  type WatchlistKind,
  type WatchlistListType,
  type WatchlistPattern,
  type WatchlistPatternField,
} from '../../protocol/api.ts';
import { ApiRequestError, formText, issuesOf } from './api/http.ts';
import {
  createRule,
  deleteRule,
  getRule,
  runRule,
  updateRule,
  type WatchlistRule,
  type WatchlistRuleInput,
} from './api/watchlists.ts';
import { watchFieldLabel, watchValueLabel } from './cen-watch-matches.ts';
import { ruleState, ruleSummary } from './cen-watchlists.ts';
import { exchangeStyles, relativeTime } from './exchange-parts.ts';
import { describedBy, failureSummary, fieldErrors, fieldLabel } from './form-summary.ts';
import { formatDateTime, formatList, formatNumber, LocaleController, t } from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { commodityOptions, label, options } from './i18n/vocabulary.ts';
import { navigate, paths } from './router.ts';
import { sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const PATTERN_FIELDS = Object.keys(WATCHLIST_PATTERN_FIELDS) as WatchlistPatternField[];

/** Identifiers as pasted: one per line, or separated by commas or semicolons. */
export function splitIdentifiers(text: string): string[] {
  return text
    .split(/[\n\r,;]+/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

const fieldId = (path: string) => `rule-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export class CenWatchlistForm extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      fieldset {
        border: 1px solid var(--cen-line, #d0d4d9);
        border-radius: var(--cen-radius, 4px);
        padding: 0.75rem 1rem;
        margin-block-end: 1rem;
      }
      legend {
        font-weight: 600;
        padding-inline: 0.25rem;
      }
      .choice {
        display: inline-flex;
        align-items: center;
        font-weight: normal;
        margin-inline-end: 1.5rem;
      }
      select[multiple] {
        min-block-size: 7rem;
      }
      .pattern {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        gap: 0 1rem;
      }
      dl.fields {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  static override properties = {
    ruleId: { attribute: 'rule-id' },
    rule: { state: true },
    kind: { state: true },
    listType: { state: true },
    issues: { state: true },
    failure: { state: true },
    notice: { state: true },
    busy: { state: true },
    loading: { state: true },
  };

  /** The rule to edit; empty for a new one. */
  declare ruleId: string;
  declare rule: WatchlistRule | undefined;
  declare kind: WatchlistKind;
  declare listType: WatchlistListType;
  declare issues: ValidationIssue[];
  declare failure: { text: string; conflict?: boolean } | undefined;
  declare notice: string | undefined;
  declare busy: boolean;
  declare loading: 'loading' | 'ready' | 'not-found' | 'failed';

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
    this.ruleId = '';
    this.rule = undefined;
    this.kind = 'list';
    this.listType = 'container';
    this.issues = [];
    this.failure = undefined;
    this.notice = undefined;
    this.busy = false;
    this.loading = 'ready';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ruleId')) void this.#load();
  }

  async #load(): Promise<void> {
    this.issues = [];
    this.failure = undefined;
    if (!this.ruleId) {
      this.rule = undefined;
      this.loading = 'ready';
      return;
    }
    this.loading = 'loading';
    try {
      const rule = await getRule(this.ruleId);
      this.rule = rule;
      this.kind = rule.kind;
      this.listType = rule.list?.type ?? 'container';
      this.loading = 'ready';
    } catch (err) {
      this.loading = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'failed';
    }
  }

  #input(form: HTMLFormElement): WatchlistRuleInput {
    const data = new FormData(form);
    const description = formText(data, 'description');
    const owners = formText(data, 'owners')
      .split(/[\s,;]+/)
      .filter((owner) => owner !== '');
    const base = {
      name: formText(data, 'name'),
      ...(description ? { description } : {}),
      ...(owners.length > 0 ? { owners } : {}),
      active: data.get('active') === 'on',
      shared: data.get('shared') === 'on',
    };
    if (this.kind === 'list') {
      const values = splitIdentifiers(
        typeof data.get('values') === 'string' ? (data.get('values') as string) : '',
      );
      return { ...base, kind: 'list', list: { type: this.listType, values } };
    }
    const pattern: WatchlistPattern = {};
    for (const field of PATTERN_FIELDS) {
      const codes = data
        .getAll(`pattern.${field}`)
        .filter((code): code is string => typeof code === 'string');
      if (codes.length > 0) pattern[field] = codes;
    }
    return { ...base, kind: 'pattern', pattern };
  }

  readonly #save = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = this.#input(event.target as HTMLFormElement);
    this.busy = true;
    this.failure = undefined;
    this.notice = undefined;
    this.issues = [];
    try {
      const saved = this.rule
        ? await updateRule(this.rule.id, this.rule.version, input)
        : await createRule(input);
      this.rule = saved;
      this.notice = t('watchlists.saved');
      if (!this.ruleId) navigate(paths.watchlist(saved.id), { replace: true });
    } catch (err) {
      this.issues = issuesOf(err);
      const conflict = err instanceof ApiRequestError && err.code === 'version_conflict';
      this.failure = {
        text:
          this.issues.length > 0
            ? t('watchlists.fixFields')
            : conflict
              ? t('form.conflict')
              : err instanceof ApiRequestError && err.status === 403
                ? t('users.forbidden')
                : t('watchlists.saveFailed'),
        conflict,
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#form-status')?.focus();
    } finally {
      this.busy = false;
    }
  };

  readonly #delete = async () => {
    const rule = this.rule;
    if (!rule || !confirm(t('watchlists.confirmDelete', { name: rule.name }))) return;
    this.busy = true;
    try {
      await deleteRule(rule.id, rule.version);
      navigate(paths.watchlists);
    } catch (err) {
      this.failure = {
        text:
          err instanceof ApiRequestError && err.code === 'version_conflict'
            ? t('form.conflict')
            : t('watchlists.saveFailed'),
        conflict: err instanceof ApiRequestError && err.code === 'version_conflict',
      };
    } finally {
      this.busy = false;
    }
  };

  readonly #run = async () => {
    const rule = this.rule;
    if (!rule) return;
    this.busy = true;
    this.notice = undefined;
    try {
      const result = await runRule(rule.id);
      this.notice = t('watchlists.ran', { count: result.checked, matched: formatNumber(result.matched) });
    } catch {
      this.failure = { text: t('watchlists.runFailed') };
    } finally {
      this.busy = false;
    }
  };

  #fieldName = (path: string): string => {
    const [root, second] = path.split(/[.[]/);
    if (root === 'list') return second === 'type' ? t('watchlists.listType') : t('watchlists.values');
    if (root === 'pattern') return second ? watchFieldLabel(second) : t('watchlists.pattern');
    const names: Record<string, string> = {
      name: t('watchlists.name'),
      description: t('watchlists.description'),
      owners: t('watchlists.owners'),
      kind: t('watchlists.kind'),
      shared: t('watchlists.share'),
      active: t('watchlists.activeLabel'),
    };
    return names[root ?? ''] ?? path;
  };

  #focusField = (path: string) => {
    const [root, second] = path.split(/[.[]/);
    const id =
      root === 'list'
        ? second === 'type'
          ? 'rule-list-type'
          : 'rule-list-values'
        : root === 'pattern' && second
          ? fieldId(`pattern.${second}`)
          : fieldId(root ?? '');
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  /** The refusals of single identifiers, by their place in the list as sent. */
  #valueIssues(values: readonly string[]) {
    const mine = this.issues.filter((issue) => issue.path.startsWith('list.values'));
    if (mine.length === 0) return nothing;
    return html`<div class="field-error" id="rule-list-values-error">
      ${mine.map((issue) => {
        const index = /\[(\d+)\]/.exec(issue.path)?.[1];
        const value = index === undefined ? undefined : values[Number(index)];
        return html`<div>
          ${index === undefined ? nothing : html`${t('watchlists.entry', { n: Number(index) + 1 })} `}
          ${value ? html`<bdi class="mono">${value}</bdi>: ` : nothing}${issueText(issue)}
        </div>`;
      })}
    </div>`;
  }

  #sentValues(): string[] {
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('#rule-list-values');
    return splitIdentifiers(textarea?.value ?? '');
  }

  #renderListFields(rule: WatchlistRule | undefined) {
    const issues = this.issues;
    const hasValueIssues = issues.some((issue) => issue.path.startsWith('list.values'));
    return html`<div class="field">
        ${fieldLabel('rule-list-type', t('watchlists.listType'), true)}
        <select
          id="rule-list-type"
          name="listType"
          @change=${(event: Event) => (this.listType = (event.target as HTMLSelectElement).value as WatchlistListType)}
        >
          ${WATCHLIST_LIST_TYPES.map((type) => html`<option value=${type} ?selected=${type === this.listType}>${watchFieldLabel(type)}</option>`)}
        </select>
        ${fieldErrors(issues, 'list.type', 'rule-list-type')}
      </div>
      <div class="field">
        ${fieldLabel('rule-list-values', t('watchlists.values'), true)}
        <textarea
          id="rule-list-values"
          name="values"
          dir="ltr"
          spellcheck="false"
          autocomplete="off"
          aria-invalid=${hasValueIssues ? 'true' : 'false'}
          aria-describedby=${hasValueIssues ? 'rule-list-values-hint rule-list-values-error' : 'rule-list-values-hint'}
          .value=${rule?.list?.values.join('\n') ?? ''}
        ></textarea>
        <div class="hint" id="rule-list-values-hint">
          ${t('watchlists.valuesHint', { max: formatNumber(WATCHLIST_LIMITS.values) })}
        </div>
        ${this.#valueIssues(this.#sentValues())}
      </div>`;
  }

  #renderPatternFields(rule: WatchlistRule | undefined) {
    const issues = this.issues;
    const chosen = (field: WatchlistPatternField) => new Set(rule?.pattern?.[field] ?? []);
    return html`<p class="hint" id="rule-pattern-hint">${t('watchlists.patternHint')}</p>
      ${fieldErrors(issues, 'pattern', 'rule-pattern')}
      <div class="pattern">
        ${PATTERN_FIELDS.map((field) => {
          const id = fieldId(`pattern.${field}`);
          const path = `pattern.${field}`;
          const selected = chosen(field);
          const list =
            field === 'commodity' ? commodityOptions(undefined) : options(WATCHLIST_PATTERN_FIELDS[field]);
          return html`<div class="field">
            ${fieldLabel(id, watchFieldLabel(field))}
            <select
              id=${id}
              name=${path}
              multiple
              size="5"
              aria-invalid=${issues.some((issue) => issue.path.startsWith(path)) ? 'true' : 'false'}
              aria-describedby=${describedBy(issues, path, id, false)}
            >
              ${list.map((option) => html`<option value=${option.code} ?selected=${selected.has(option.code)}>${option.label}</option>`)}
            </select>
            ${fieldErrors(issues, path, id)}
          </div>`;
        })}
      </div>`;
  }

  #renderForm(rule: WatchlistRule | undefined) {
    const issues = this.issues;
    const username = this.#session.value?.user.username ?? '';
    const text = (
      path: string,
      key: Parameters<typeof t>[0],
      value: string,
      required = false,
      long = false,
    ) => {
      const id = fieldId(path);
      return html`<div class="field">
        ${fieldLabel(id, t(key), required)}
        ${
          long
            ? html`<textarea
                id=${id}
                name=${path}
                dir="auto"
                maxlength=${WATCHLIST_LIMITS.description}
                aria-invalid=${issues.some((issue) => issue.path === path) ? 'true' : 'false'}
                aria-describedby=${describedBy(issues, path, id, false)}
                .value=${value}
              ></textarea>`
            : html`<input
                id=${id}
                name=${path}
                dir="auto"
                ?required=${required}
                maxlength=${WATCHLIST_LIMITS.name}
                aria-invalid=${issues.some((issue) => issue.path === path) ? 'true' : 'false'}
                aria-describedby=${describedBy(issues, path, id, false)}
                .value=${value}
              />`
        }
        ${fieldErrors(issues, path, id)}
      </div>`;
    };
    const ownerIssues = issues.filter((issue) => issue.path.startsWith('owners'));
    return html`<form class="panel" novalidate @submit=${this.#save}>
      ${
        this.failure
          ? failureSummary({
              text: this.failure.text,
              reload: this.failure.conflict
                ? { label: t('form.reload'), run: () => void this.#load() }
                : undefined,
              issues,
              fieldName: this.#fieldName,
              focusField: this.#focusField,
            })
          : nothing
      }
      ${text('name', 'watchlists.name', rule?.name ?? '', true)}
      ${text('description', 'watchlists.description', rule?.description ?? '', false, true)}
      <fieldset>
        <legend>${t('watchlists.kind')}</legend>
        ${(['list', 'pattern'] as const).map(
          (kind) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="kind"
                value=${kind}
                .checked=${this.kind === kind}
                @change=${() => (this.kind = kind)}
              />${t(kind === 'list' ? 'watchlists.kindList' : 'watchlists.kindPattern')}</label
            >`,
        )}
      </fieldset>
      ${this.kind === 'list' ? this.#renderListFields(rule) : this.#renderPatternFields(rule)}
      <div class="field">
        ${fieldLabel('rule-owners', t('watchlists.owners'))}
        <input
          id="rule-owners"
          name="owners"
          dir="ltr"
          autocomplete="off"
          aria-invalid=${ownerIssues.length > 0 ? 'true' : 'false'}
          aria-describedby=${ownerIssues.length > 0 ? 'rule-owners-hint rule-owners-error' : 'rule-owners-hint'}
          .value=${(rule?.owners ?? [username]).join(', ')}
        />
        <div class="hint" id="rule-owners-hint">${t('watchlists.ownersHint')}</div>
        ${
          ownerIssues.length > 0
            ? html`<div class="field-error" id="rule-owners-error">
                ${ownerIssues.map((issue) => html`<div>${issue.rule === 'owner' ? t('watchlists.badOwner') : issueText(issue)}</div>`)}
              </div>`
            : nothing
        }
      </div>
      <div class="field">
        <label class="choice"
          ><input type="checkbox" id="rule-active" name="active" .checked=${rule?.active ?? true} />${t(
            'watchlists.activeLabel',
          )}</label
        >
      </div>
      <div class="field">
        <label class="choice"
          ><input
            type="checkbox"
            id="rule-shared"
            name="shared"
            aria-describedby="rule-shared-hint"
            .checked=${rule?.shared ?? false}
          />${t('watchlists.share')}</label
        >
        <div class="hint" id="rule-shared-hint">${t('watchlists.shareHint')}</div>
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>
          ${rule ? t('watchlists.save') : t('watchlists.create')}
        </button>
        ${
          rule
            ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${this.#run}>
                  ${t('watchlists.run')}
                </button>
                <button type="button" class="danger" ?disabled=${this.busy} @click=${this.#delete}>
                  ${t('watchlists.delete')}
                </button>`
            : nothing
        }
        <a class="button secondary" href=${paths.watchlists}>${t('watchlists.back')}</a>
      </div>
    </form>`;
  }

  /** A partner's rule: what it looks for, from whom, and whether it still evaluates. */
  #renderReceived(rule: WatchlistRule) {
    const origin = rule.origin!;
    const pattern = Object.entries(rule.pattern ?? {}) as [WatchlistPatternField, string[]][];
    return html`<section class="panel">
        <p class="hint">${t('watchlists.readOnly')}</p>
        <dl class="fields">
          <dt>${t('watchlists.sharedBy')}</dt>
          <dd>
            <bdi>${origin.name ?? ''}</bdi>
            ${origin.country ? html`(${label('country', origin.country)})` : nothing}
          </dd>
          <dt>${t('watchlists.state')}</dt>
          <dd>${ruleState(rule)}</dd>
          <dt>${t('watchlists.received')}</dt>
          <dd>${formatDateTime(origin.receivedAt)} (${relativeTime(origin.receivedAt)})</dd>
          ${
            rule.description
              ? html`<dt>${t('watchlists.description')}</dt>
                  <dd><bdi>${rule.description}</bdi></dd>`
              : nothing
          }
          <dt>${t('watchlists.looksFor')}</dt>
          <dd>${ruleSummary(rule)}</dd>
          ${
            rule.list
              ? html`<dt>${watchFieldLabel(rule.list.type)}</dt>
                  <dd><bdi class="mono">${formatList(rule.list.values)}</bdi></dd>`
              : pattern.map(
                  ([field, codes]) =>
                    html`<dt>${watchFieldLabel(field)}</dt>
                      <dd>${formatList(codes.map((code) => watchValueLabel(field, code)))}</dd>`,
                )
          }
          <dt>${t('watchlists.owners')}</dt>
          <dd><bdi>${formatList(rule.owners)}</bdi></dd>
        </dl>
      </section>
      <div class="actions">
        <button type="button" class="secondary" ?disabled=${this.busy || !rule.active} @click=${this.#run}>
          ${t('watchlists.run')}
        </button>
        <a class="button secondary" href=${paths.watchlists}>${t('watchlists.back')}</a>
      </div>`;
  }

  override render() {
    const rule = this.rule;
    const title = this.ruleId ? (rule?.name ?? t('watchlists.rule')) : t('watchlists.newRule');
    if (this.loading === 'loading')
      return html`<h1>${t('watchlists.rule')}</h1>
        <p role="status">${t('app.loading')}</p>`;
    if (this.loading === 'not-found' || this.loading === 'failed') {
      return html`<h1>${t('watchlists.rule')}</h1>
        <p class="message error" role="alert">
          ${this.loading === 'not-found' ? t('watchlists.notFound') : t('app.loadFailed')}
        </p>
        <p><a href=${paths.watchlists}>${t('watchlists.back')}</a></p>`;
    }
    return html`
      <h1><bdi>${title}</bdi></h1>
      ${this.notice ? html`<p class="message success" role="status">${this.notice}</p>` : nothing}
      ${rule?.origin ? this.#renderReceived(rule) : this.#renderForm(rule)}
    `;
  }
}

customElements.define('cen-watchlist-form', CenWatchlistForm);

declare global {
  interface HTMLElementTagNameMap {
    'cen-watchlist-form': CenWatchlistForm;
  }
}
