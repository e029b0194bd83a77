/**
 * What the person and business edit screens share: read the record, edit a working copy, send it
 * back with the version that was read (`PUT { version, person|business }`), show each issue of a
 * 400 answer next to its field (matched by the issue's path) and in a summary, and on a 409 say
 * that someone saved in between and offer to reload, as the case form does.
 *
 * @example
 *   class CenPersonForm extends RecordForm<Person, PersonInput> {
 *     protected readonly kind = 'person';
 *     protected fetchRecord = getPerson;
 *     protected saveRecord = updatePerson;
 *     protected renderFields() { return html`${this.text('familyName', 'fields.familyName', { required: true })}`; }
 *   }
 */
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ValidationIssue } from '../../protocol/api.ts';
import type { RecordMeta } from '../../protocol/records.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import { getAt, parsePath, prune, setAt } from './case-draft.ts';
import { LocaleController, t, tOptional, type MessageKey } from './i18n/index.ts';
import { describedBy, failureSummary, fieldErrors, fieldLabel } from './form-summary.ts';
import { options, type VocabularyName } from './i18n/vocabulary.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

export const idOf = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

type Failure = 'conflict' | 'invalid' | 'unreachable' | 'other' | 'not-found' | 'load';

export interface FieldOptions {
  required?: boolean;
  type?: 'text' | 'date';
  hint?: MessageKey;
}

/** The input part of a stored record: what a PUT sends back. */
export function recordInputOf<R extends RecordMeta & { id: string }>(
  stored: R,
): Omit<R, keyof RecordMeta | 'id'> {
  const {
    id: _id,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    createdBy: _createdBy,
    updatedBy: _updatedBy,
    deletedAt: _deletedAt,
    ...input
  } = stored;
  return structuredClone(input);
}

export abstract class RecordForm<
  Stored extends RecordMeta & { id: string },
  Input extends object,
> extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .rows > fieldset {
        background: #fafbfc;
      }
      .row-actions {
        display: flex;
        justify-content: flex-end;
      }
      .summary ul {
        margin-block: 0.25rem 0;
        padding-inline-start: 1.2rem;
      }
      .summary button {
        background: none;
        border: none;
        color: var(--cen-error, #a4001d);
        text-decoration: underline;
        padding: 0;
        font-weight: 400;
        text-align: start;
      }
      .required {
        color: var(--cen-error, #a4001d);
      }
    `,
  ];

  static override properties = {
    recordId: { attribute: 'record-id' },
    draft: { state: true },
    issues: { state: true },
    failure: { state: true },
    saving: { state: true },
    loading: { state: true },
  };

  declare recordId: string;
  declare draft: Input | undefined;
  declare issues: ValidationIssue[];
  declare failure: Failure | undefined;
  declare saving: boolean;
  declare loading: boolean;

  protected abstract readonly kind: 'person' | 'business';
  protected abstract fetchRecord(id: string, signal: AbortSignal): Promise<Stored>;
  protected abstract saveRecord(id: string, version: number, input: Input): Promise<Stored>;
  protected abstract renderFields(draft: Input): TemplateResult;

  /** The version read, sent back with the change. */
  #version = 0;
  #loadAbort: AbortController | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.recordId = '';
    this.draft = undefined;
    this.issues = [];
    this.failure = undefined;
    this.saving = false;
    this.loading = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('recordId') && this.recordId) void this.#load(this.recordId);
  }

  override disconnectedCallback(): void {
    this.#loadAbort?.abort();
    super.disconnectedCallback();
  }

  async #load(id: string): Promise<void> {
    this.#loadAbort?.abort();
    const abort = new AbortController();
    this.#loadAbort = abort;
    this.loading = true;
    this.failure = undefined;
    this.issues = [];
    try {
      const stored = await this.fetchRecord(id, abort.signal);
      this.#version = stored.version;
      this.draft = recordInputOf(stored) as unknown as Input;
    } catch (err) {
      if (abort.signal.aborted) return;
      this.failure = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'load';
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  #viewPath(): string {
    return this.kind === 'person' ? paths.person(this.recordId) : paths.business(this.recordId);
  }

  // ---------------------------------------------------------------------------------------------
  // Controls, by the paths the API names in its issues

  protected set(path: string, value: unknown): void {
    if (!this.draft) return;
    setAt(this.draft, path, value);
    this.requestUpdate();
  }

  #issuesAt(path: string): ValidationIssue[] {
    return this.issues.filter((issue) => issue.path === path);
  }

  protected errors(path: string) {
    return fieldErrors(this.issues, path, idOf(path));
  }

  #describedBy(path: string, hint?: MessageKey): string | typeof nothing {
    return describedBy(this.issues, path, idOf(path), hint !== undefined);
  }

  #label(path: string, key: MessageKey, required?: boolean) {
    return fieldLabel(idOf(path), t(key), required);
  }

  #hint(path: string, hint?: MessageKey) {
    return hint ? html`<div class="hint" id=${`${idOf(path)}-hint`}>${t(hint)}</div>` : nothing;
  }

  protected text(path: string, key: MessageKey, opts: FieldOptions = {}): TemplateResult {
    const value = getAt(this.draft, path);
    return html`<div class="field">
      ${this.#label(path, key, opts.required)}
      <input
        id=${idOf(path)}
        type=${opts.type ?? 'text'}
        dir="auto"
        autocomplete="off"
        .value=${live(typeof value === 'string' ? value : '')}
        ?required=${opts.required ?? false}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path, opts.hint)}
        @input=${(event: Event) => this.set(path, (event.target as HTMLInputElement).value)}
      />
      ${this.#hint(path, opts.hint)} ${this.errors(path)}
    </div>`;
  }

  protected textarea(path: string, key: MessageKey): TemplateResult {
    const value = getAt(this.draft, path);
    return html`<div class="field">
      ${this.#label(path, key)}
      <textarea
        id=${idOf(path)}
        dir="auto"
        .value=${live(typeof value === 'string' ? value : '')}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path)}
        @input=${(event: Event) => this.set(path, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${this.errors(path)}
    </div>`;
  }

  protected select(path: string, key: MessageKey, vocabulary: VocabularyName, opts: FieldOptions = {}) {
    const value = getAt(this.draft, path);
    const current = typeof value === 'string' ? value : '';
    return html`<div class="field">
      ${this.#label(path, key, opts.required)}
      <select
        id=${idOf(path)}
        ?required=${opts.required ?? false}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path, opts.hint)}
        @change=${(event: Event) => {
          const selected = (event.target as HTMLSelectElement).value;
          this.set(path, selected === '' ? undefined : selected);
        }}
      >
        <option value="" ?selected=${current === ''}>${t('form.choose')}</option>
        ${options(vocabulary).map((option) => html`<option value=${option.code} ?selected=${option.code === current}>${option.label}</option>`)}
      </select>
      ${this.#hint(path, opts.hint)} ${this.errors(path)}
    </div>`;
  }

  /** Repeated rows (documents, addresses), each a fieldset with its own remove button. */
  protected rows<T>(
    path: string,
    legend: (number: number) => string,
    remove: (number: number) => string,
    renderRow: (row: T, prefix: string) => TemplateResult,
  ) {
    const list = (getAt(this.draft, path) as T[] | undefined) ?? [];
    return html`<div class="rows">
      ${list.map(
        (row, index) =>
          html`<fieldset>
            <legend>${legend(index + 1)}</legend>
            ${renderRow(row, `${path}[${index}]`)}
            <div class="row-actions">
              <button type="button" class="danger" @click=${() => this.#removeRow(path, index)}>
                ${remove(index + 1)}
              </button>
            </div>
          </fieldset>`,
      )}
    </div>`;
  }

  protected addRow(path: string, row: unknown): void {
    const list = (getAt(this.draft, path) as unknown[] | undefined) ?? [];
    this.set(path, [...list, row]);
    // Issues name rows by index: once rows move, old issues would point at the wrong row.
    this.issues = [];
  }

  #removeRow(path: string, index: number): void {
    const list = (getAt(this.draft, path) as unknown[] | undefined) ?? [];
    this.set(
      path,
      list.filter((_, i) => i !== index),
    );
    this.issues = [];
  }

  /** Persons and businesses hold addresses alike. */
  protected addresses(): TemplateResult {
    return html`<fieldset>
      <legend>${t('fields.addresses')}</legend>
      ${this.errors('addresses')}
      ${this.rows(
        'addresses',
        (number) => t('recordForm.addressNumber', { number }),
        (number) => t('recordForm.removeAddress', { number }),
        (_row, prefix) =>
          html`<div class="grid">
            ${this.text(`${prefix}.line`, 'fields.line')}
            ${this.text(`${prefix}.postcode`, 'fields.postcode')}
            ${this.text(`${prefix}.city`, 'fields.city')}
            ${this.select(`${prefix}.country`, 'fields.country', 'country')}
          </div>`,
      )}
      <button type="button" class="secondary" @click=${() => this.addRow('addresses', {})}>
        ${t('recordForm.addAddress')}
      </button>
    </fieldset>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Saving

  readonly #save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.saving || !this.draft) return;
    this.saving = true;
    this.failure = undefined;
    this.issues = [];
    try {
      const saved = await this.saveRecord(this.recordId, this.#version, prune(this.draft));
      navigate(this.kind === 'person' ? paths.person(saved.id) : paths.business(saved.id));
    } catch (err) {
      const issues = issuesOf(err);
      if (issues.length > 0) {
        this.issues = issues;
        this.failure = 'invalid';
      } else if (err instanceof ApiRequestError && err.code === 'version_conflict') {
        this.failure = 'conflict';
      } else if (err instanceof ApiRequestError && err.status === 0) {
        this.failure = 'unreachable';
      } else {
        this.failure = 'other';
      }
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#form-status')?.focus(),
      );
    } finally {
      this.saving = false;
    }
  };

  readonly #reload = () => {
    if (this.recordId) void this.#load(this.recordId);
  };

  readonly #focusField = (path: string) => {
    this.renderRoot.querySelector<HTMLElement>(`#${idOf(path)}`)?.focus();
  };

  #fieldName(path: string): string {
    if (path === '') return t(this.kind === 'person' ? 'person.title' : 'business.title');
    return parsePath(path)
      .map((segment) =>
        typeof segment === 'number' ? String(segment + 1) : tOptional(`fields.${segment}`, segment),
      )
      .join(' › ');
  }

  #renderStatus() {
    if (!this.failure) return nothing;
    const person = this.kind === 'person';
    const message: Record<Failure, MessageKey> = {
      conflict: person ? 'recordForm.personConflict' : 'recordForm.businessConflict',
      invalid: 'recordForm.invalid',
      unreachable: 'app.unreachable',
      other: 'recordForm.saveFailed',
      'not-found': person ? 'person.notFound' : 'business.notFound',
      load: 'app.loadFailed',
    };
    return failureSummary({
      text:
        this.failure === 'invalid'
          ? t('recordForm.invalid', { count: this.issues.length })
          : t(message[this.failure]),
      reload:
        this.failure === 'conflict'
          ? { label: t(person ? 'recordForm.reloadPerson' : 'recordForm.reloadBusiness'), run: this.#reload }
          : undefined,
      issues: this.failure === 'invalid' ? this.issues : undefined,
      fieldName: (path) => this.#fieldName(path),
      focusField: (path) => this.#focusField(path),
    });
  }

  override render() {
    const title = t(this.kind === 'person' ? 'recordForm.editPerson' : 'recordForm.editBusiness');
    if (this.loading || (!this.draft && !this.failure))
      return html`<h1>${title}</h1>
        <p role="status">${t('app.loading')}</p>`;
    if (!this.draft || this.failure === 'not-found' || this.failure === 'load')
      return html`<h1>${title}</h1>
        ${this.#renderStatus()}`;
    return html`
      <h1>${title}</h1>
      ${this.#renderStatus()}
      <form @submit=${this.#save} novalidate>
        ${this.renderFields(this.draft)}
        <div class="actions">
          <button type="submit" ?disabled=${this.saving}>${t('form.saveChanges')}</button>
          <a class="button secondary" href=${this.#viewPath()}>${t('form.cancel')}</a>
        </div>
      </form>
    `;
  }
}
