/**
 * `<cen-case-form>`: creates a case, or edits one (`caseId` set). The simplified form asks for
 * what a first report needs; the full form adds offences, conveyance details, concealment,
 * route, offenders, linked persons and businesses and handling codes. Persons and businesses are
 * found and linked with `<cen-party-picker>`, or created on the spot.
 *
 * The node validates: each issue of a 400 answer appears next to its field (matched by the
 * issue's path) and in a summary at the top. Saving an edit sends the version that was read;
 * when someone saved in between, the node answers 409 and the form says so and offers to reload.
 *
 * Properties in: `caseId` (absent for a new case).
 */
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ValidationIssue } from '../../protocol/api.ts';
import { CASE_KINDS, STATUS_TRANSITIONS, type CaseInput, type CaseStatus } from '../../protocol/records.ts';
import { createBusiness } from './api/businesses.ts';
import { createCase, getCase, inputOf, updateCase } from './api/cases.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import { createPerson } from './api/persons.ts';
import './cen-party-picker.ts';
import type { PartyPicked } from './cen-party-picker.ts';
import { emptyDraft, emptyItem, getAt, localToday, parsePath, prune, setAt } from './case-draft.ts';
import { LocaleController, t, tOptional, type MessageKey } from './i18n/index.ts';
import { describedBy, failureSummary, fieldErrors, fieldLabel } from './form-summary.ts';
import {
  commodityOptions,
  defaultUnitOf,
  options,
  type Option,
  type VocabularyName,
} from './i18n/vocabulary.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const idOf = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

interface ControlOptions {
  required?: boolean;
  hint?: MessageKey;
  autocomplete?: string;
}

type Failure = 'conflict' | 'invalid' | 'unreachable' | 'other' | 'not-found' | 'load';

export class CenCaseForm extends LitElement {
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
      .inline-form {
        border-style: dashed;
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
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
      }
      .choices label {
        font-weight: 400;
        display: inline-flex;
        align-items: center;
      }
      .required {
        color: var(--cen-error, #a4001d);
      }
      .linked-name {
        font-weight: 600;
        margin-block: 0 0.5rem;
      }
    `,
  ];

  static override properties = {
    caseId: { attribute: 'case-id' },
    draft: { state: true },
    issues: { state: true },
    failure: { state: true },
    saving: { state: true },
    loading: { state: true },
    newPerson: { state: true },
    newBusiness: { state: true },
  };

  declare caseId: string | undefined;
  declare draft: CaseInput;
  declare issues: ValidationIssue[];
  declare failure: Failure | undefined;
  declare saving: boolean;
  declare loading: boolean;
  declare newPerson: Record<string, string>;
  declare newBusiness: Record<string, string>;

  /** The version read, sent back with the change; the stored status bounds the allowed moves. */
  #version = 0;
  #storedStatus: CaseStatus | undefined;
  #loadAbort: AbortController | undefined;
  /** Names of the records linked in this session, shown beside their identifiers. */
  readonly #linkedNames = new Map<string, string>();

  constructor() {
    super();
    new LocaleController(this);
    this.caseId = undefined;
    this.draft = emptyDraft(localToday());
    this.issues = [];
    this.failure = undefined;
    this.saving = false;
    this.loading = false;
    this.newPerson = {};
    this.newBusiness = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && this.caseId) void this.#load(this.caseId);
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
      const stored = await getCase(id, abort.signal);
      this.#version = stored.version;
      this.#storedStatus = stored.status;
      this.draft = inputOf(stored);
      if (this.draft.items.length === 0) this.draft.items.push(emptyItem());
    } catch (err) {
      if (abort.signal.aborted) return;
      this.failure = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'load';
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Editing

  #set(path: string, value: unknown): void {
    setAt(this.draft, path, value);
    this.requestUpdate();
  }

  #issuesAt(path: string): ValidationIssue[] {
    return this.issues.filter((issue) => issue.path === path);
  }

  #errors(path: string) {
    return fieldErrors(this.issues, path, idOf(path));
  }

  #describedBy(path: string, hint?: MessageKey): string | typeof nothing {
    return describedBy(this.issues, path, idOf(path), hint !== undefined);
  }

  #labelFor(path: string, key: MessageKey, required?: boolean) {
    return fieldLabel(idOf(path), t(key), required);
  }

  #text(
    path: string,
    key: MessageKey,
    opts: ControlOptions & { type?: 'text' | 'date' } = {},
  ): TemplateResult {
    const value = getAt(this.draft, path);
    return html`<div class="field">
      ${this.#labelFor(path, key, opts.required)}
      <input
        id=${idOf(path)}
        type=${opts.type ?? 'text'}
        .value=${live(typeof value === 'string' ? value : '')}
        ?required=${opts.required ?? false}
        autocomplete=${opts.autocomplete ?? 'off'}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path, opts.hint)}
        @input=${(event: Event) => this.#set(path, (event.target as HTMLInputElement).value)}
      />
      ${opts.hint ? html`<div class="hint" id=${`${idOf(path)}-hint`}>${t(opts.hint)}</div>` : nothing}
      ${this.#errors(path)}
    </div>`;
  }

  #number(path: string, key: MessageKey, opts: ControlOptions & { step?: string } = {}): TemplateResult {
    const value = getAt(this.draft, path);
    return html`<div class="field">
      ${this.#labelFor(path, key, opts.required)}
      <input
        id=${idOf(path)}
        type="number"
        inputmode="decimal"
        step=${opts.step ?? 'any'}
        .value=${live(typeof value === 'number' ? String(value) : '')}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path, opts.hint)}
        @input=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          this.#set(
            path,
            input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber,
          );
        }}
      />
      ${opts.hint ? html`<div class="hint" id=${`${idOf(path)}-hint`}>${t(opts.hint)}</div>` : nothing}
      ${this.#errors(path)}
    </div>`;
  }

  #textarea(path: string, key: MessageKey, opts: ControlOptions = {}): TemplateResult {
    const value = getAt(this.draft, path);
    return html`<div class="field">
      ${this.#labelFor(path, key, opts.required)}
      <textarea
        id=${idOf(path)}
        dir="auto"
        .value=${live(typeof value === 'string' ? value : '')}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path, opts.hint)}
        @input=${(event: Event) => this.#set(path, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${opts.hint ? html`<div class="hint" id=${`${idOf(path)}-hint`}>${t(opts.hint)}</div>` : nothing}
      ${this.#errors(path)}
    </div>`;
  }

  #select(
    path: string,
    key: MessageKey,
    choices: VocabularyName | Option[],
    opts: ControlOptions & { numeric?: boolean; onChange?: (value: string) => void } = {},
  ): TemplateResult {
    const value = getAt(this.draft, path);
    const current = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const list = typeof choices === 'string' ? options(choices) : choices;
    return html`<div class="field">
      ${this.#labelFor(path, key, opts.required)}
      <select
        id=${idOf(path)}
        ?required=${opts.required ?? false}
        aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(path, opts.hint)}
        @change=${(event: Event) => {
          const selected = (event.target as HTMLSelectElement).value;
          this.#set(path, selected === '' ? undefined : opts.numeric ? Number(selected) : selected);
          opts.onChange?.(selected);
        }}
      >
        <option value="" ?selected=${current === ''}>${t('form.choose')}</option>
        ${list.map((option) => html`<option value=${option.code} ?selected=${option.code === current}>${option.label}</option>`)}
      </select>
      ${opts.hint ? html`<div class="hint" id=${`${idOf(path)}-hint`}>${t(opts.hint)}</div>` : nothing}
      ${this.#errors(path)}
    </div>`;
  }

  #addRow(path: string, row: unknown): void {
    const list = (getAt(this.draft, path) as unknown[] | undefined) ?? [];
    this.#set(path, [...list, row]);
    // Issues name rows by index: once rows move, old issues would point at the wrong row.
    this.issues = [];
  }

  #removeRow(path: string, index: number): void {
    const list = (getAt(this.draft, path) as unknown[] | undefined) ?? [];
    this.#set(
      path,
      list.filter((_, i) => i !== index),
    );
    this.issues = [];
  }

  #rows<T>(
    path: string,
    legendKey: MessageKey,
    removeKey: MessageKey,
    renderRow: (row: T, prefix: string) => TemplateResult,
  ) {
    const list = (getAt(this.draft, path) as T[] | undefined) ?? [];
    return html`<div class="rows">
      ${list.map(
        (row, index) =>
          html`<fieldset>
            <legend>${t(legendKey, { number: index + 1 })}</legend>
            ${renderRow(row, `${path}[${index}]`)}
            <div class="row-actions">
              <button type="button" class="danger" @click=${() => this.#removeRow(path, index)}>
                ${t(removeKey, { number: index + 1 })}
              </button>
            </div>
          </fieldset>`,
      )}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  #renderGeneral(full: boolean) {
    const statuses: readonly CaseStatus[] = this.#storedStatus
      ? STATUS_TRANSITIONS[this.#storedStatus]
      : ['draft', 'validated'];
    const statusOptions = options('caseStatus').filter((option) =>
      (statuses as readonly string[]).includes(option.code),
    );
    const offenceTypes = this.draft.offenceTypes ?? [];
    return html`<fieldset>
      <legend>${t('form.general')}</legend>
      <div class="grid">
        ${this.#select(
          'kind',
          'fields.kind',
          options('caseKind').filter((o) => (CASE_KINDS as readonly string[]).includes(o.code)),
          { required: true },
        )}
        ${this.#select('status', 'fields.status', statusOptions, { required: true, hint: 'form.statusHint' })}
        ${this.#text('seizureDate', 'fields.seizureDate', { type: 'date', required: true })}
        ${this.#select('detection.method', 'fields.detectionMethod', 'detectionMethod')}
        ${this.#text('ref', 'fields.ref', { hint: 'form.refHint' })}
        ${full ? html`${this.#text('office', 'fields.office')} ${this.#select('direction', 'fields.direction', 'direction')}` : nothing}
      </div>
      ${
        full
          ? html`<fieldset>
              <legend>${t('fields.offenceTypes')}</legend>
              <div class="choices">
                ${options('offenceType').map(
                  (option, index) =>
                    html`<label>
                      <input
                        type="checkbox"
                        .checked=${live(offenceTypes.includes(option.code))}
                        @change=${(event: Event) => {
                          const checked = (event.target as HTMLInputElement).checked;
                          const next = checked
                            ? [...offenceTypes, option.code]
                            : offenceTypes.filter((code) => code !== option.code);
                          this.#set('offenceTypes', next.length > 0 ? next : undefined);
                        }}
                        id=${`f-offenceTypes-${index}`}
                      />${option.label}
                    </label>`,
                )}
              </div>
              ${this.#errors('offenceTypes')}
            </fieldset>`
          : nothing
      }
    </fieldset>`;
  }

  #renderLocation(full: boolean) {
    return html`<fieldset>
      <legend>${t('fields.location')}</legend>
      <div class="grid">
        ${this.#select('location.type', 'fields.locationType', 'locationType')}
        ${this.#text('location.code', 'fields.locationCode', { hint: 'form.locationCodeHint' })}
        ${this.#text('location.name', 'fields.locationName')}
        ${full ? html`${this.#number('location.lat', 'fields.latitude')} ${this.#number('location.lon', 'fields.longitude')}` : nothing}
      </div>
      ${this.#errors('location')}
    </fieldset>`;
  }

  #renderItems(full: boolean) {
    return html`<fieldset>
      <legend>${t('fields.items')}</legend>
      ${this.#errors('items')}
      ${this.#rows<CaseInput['items'][number]>(
        'items',
        'form.itemNumber',
        'form.removeItem',
        (item, prefix) =>
          html`<div class="grid">
            ${this.#select(`${prefix}.itrArea`, 'fields.itrArea', 'itrArea', {
              required: true,
              onChange: () => {
                setAt(this.draft, `${prefix}.commodity`, '');
                this.requestUpdate();
              },
            })}
            ${this.#select(
              `${prefix}.commodity`,
              'fields.commodity',
              commodityOptions(item.itrArea || undefined),
              {
                required: true,
                onChange: (commodity) => {
                  const unit = defaultUnitOf(commodity);
                  if (unit && !item.unit) this.#set(`${prefix}.unit`, unit);
                },
              },
            )}
            ${this.#number(`${prefix}.quantity`, 'fields.quantity')}
            ${this.#select(`${prefix}.unit`, 'fields.unit', 'unit')}
            ${this.#text(`${prefix}.description`, 'fields.description')}
            ${
              full
                ? html`${this.#text(`${prefix}.hsCode`, 'fields.hsCode', { hint: 'form.hsCodeHint' })}
                  ${this.#number(`${prefix}.valueUsd`, 'fields.valueUsd')}
                  ${this.#text(`${prefix}.brand`, 'fields.brand')}
                  ${this.#text(`${prefix}.citesSpecies`, 'fields.citesSpecies')}`
                : nothing
            }
          </div>`,
      )}
      <button type="button" class="secondary" @click=${() => this.#addRow('items', emptyItem())}>
        ${t('form.addItem')}
      </button>
    </fieldset>`;
  }

  #renderTransport(full: boolean) {
    const transit = this.draft.route?.transit ?? [];
    return html`<fieldset>
        <legend>${t('fields.conveyance')}</legend>
        <div class="grid">
          ${this.#select('conveyance.mode', 'fields.conveyanceMode', 'conveyanceMode')}
          ${
            full
              ? html`${this.#text('conveyance.carrier', 'fields.carrier')}
                ${this.#text('conveyance.flightOrVoyage', 'fields.flightOrVoyage')}
                ${this.#text('conveyance.containerNumber', 'fields.containerNumber', { hint: 'form.containerHint' })}
                ${this.#text('conveyance.vehicleRegistration', 'fields.vehicleRegistration')}
                ${this.#text('conveyance.imo', 'fields.imo', { hint: 'form.imoHint' })}`
              : nothing
          }
        </div>
        ${this.#errors('conveyance')}
      </fieldset>
      ${
        full
          ? html`<fieldset>
                <legend>${t('fields.concealment')}</legend>
                <div class="grid">
                  ${this.#select('concealment.method', 'fields.concealmentMethod', 'concealmentMethod')}
                </div>
                ${this.#textarea('concealment.description', 'fields.concealmentDescription')}
                ${this.#errors('concealment')}
              </fieldset>
              <fieldset>
                <legend>${t('fields.route')}</legend>
                <div class="grid">
                  ${this.#select('route.origin', 'fields.routeOrigin', 'country')}
                  ${this.#select('route.departure', 'fields.routeDeparture', 'country')}
                  ${this.#select('route.destination', 'fields.routeDestination', 'country')}
                </div>
                ${transit.map(
                  (_, index) =>
                    html`<div class="grid">
                      ${this.#select(`route.transit[${index}]`, 'form.transitCountry', 'country')}
                      <div class="field">
                        <button
                          type="button"
                          class="danger"
                          @click=${() => this.#removeRow('route.transit', index)}
                        >
                          ${t('form.removeTransit', { number: index + 1 })}
                        </button>
                      </div>
                    </div>`,
                )}
                <button type="button" class="secondary" @click=${() => this.#addRow('route.transit', '')}>
                  ${t('form.addTransit')}
                </button>
                ${this.#errors('route')} ${this.#errors('route.transit')}
              </fieldset>`
          : nothing
      }`;
  }

  #renderOffenders() {
    return html`<fieldset>
      <legend>${t('fields.offenders')}</legend>
      <p class="hint">${t('form.offendersHint')}</p>
      ${this.#rows(
        'offenders',
        'form.offenderNumber',
        'form.removeOffender',
        (_row, prefix) =>
          html`<div class="grid">
            ${this.#select(`${prefix}.nationality`, 'fields.nationality', 'country')}
            ${this.#select(`${prefix}.gender`, 'fields.gender', 'gender')}
            ${this.#select(`${prefix}.ageBand`, 'fields.ageBand', 'ageBand')}
            ${this.#select(`${prefix}.role`, 'fields.offenderRole', 'offenderRole')}
          </div>`,
      )}
      <button type="button" class="secondary" @click=${() => this.#addRow('offenders', {})}>
        ${t('form.addOffender')}
      </button>
    </fieldset>`;
  }

  readonly #createPerson = async () => {
    const input = prune({
      familyName: this.newPerson.familyName?.trim() ?? '',
      givenNames: this.newPerson.givenNames?.trim(),
      birthDate: this.newPerson.birthDate,
      nationality: this.newPerson.nationality,
    });
    try {
      const person = await createPerson(input);
      this.#linkedNames.set(person.id, [person.familyName, person.givenNames].filter(Boolean).join(', '));
      this.#addRow('persons', { id: person.id, role: this.newPerson.role ?? '' });
      this.newPerson = {};
    } catch (err) {
      this.#showIssues(err, 'newPerson');
    }
  };

  readonly #createBusiness = async () => {
    const input = prune({
      name: this.newBusiness.name?.trim() ?? '',
      registrationNumber: this.newBusiness.registrationNumber?.trim(),
      country: this.newBusiness.country,
    });
    try {
      const business = await createBusiness(input);
      this.#linkedNames.set(business.id, business.name);
      this.#addRow('businesses', { id: business.id, role: this.newBusiness.role ?? '' });
      this.newBusiness = {};
    } catch (err) {
      this.#showIssues(err, 'newBusiness');
    }
  };

  /** A small form inside the case form for a record that does not exist yet. */
  #inlineRecord(
    scope: 'newPerson' | 'newBusiness',
    legend: MessageKey,
    fields: { name: string; key: MessageKey; type?: 'text' | 'date'; vocabulary?: VocabularyName }[],
    submit: () => Promise<void>,
    submitKey: MessageKey,
  ) {
    const values = this[scope];
    const update = (name: string, value: string) => {
      this[scope] = { ...values, [name]: value };
    };
    return html`<fieldset class="inline-form">
      <legend>${t(legend)}</legend>
      <div class="grid">
        ${fields.map((field) => {
          const path = `${scope}.${field.name}`;
          const control = field.vocabulary
            ? html`<select
                id=${idOf(path)}
                aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
                @change=${(e: Event) => update(field.name, (e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${!values[field.name]}>${t('form.choose')}</option>
                ${options(field.vocabulary).map((o) => html`<option value=${o.code} ?selected=${values[field.name] === o.code}>${o.label}</option>`)}
              </select>`
            : html`<input
                id=${idOf(path)}
                type=${field.type ?? 'text'}
                autocomplete="off"
                .value=${live(values[field.name] ?? '')}
                aria-invalid=${this.#issuesAt(path).length > 0 ? 'true' : 'false'}
                @input=${(e: Event) => update(field.name, (e.target as HTMLInputElement).value)}
              />`;
          return html`<div class="field">
            <label for=${idOf(path)}>${t(field.key)}</label>${control} ${this.#errors(path)}
          </div>`;
        })}
      </div>
      <button type="button" class="secondary" @click=${submit}>${t(submitKey)}</button>
    </fieldset>`;
  }

  #link(path: 'persons' | 'businesses', picked: PartyPicked): void {
    this.#linkedNames.set(picked.id, picked.name);
    this.#addRow(path, { id: picked.id, role: picked.role });
  }

  #linkedName(row: { id?: string }) {
    const name = row.id ? this.#linkedNames.get(row.id) : undefined;
    return name ? html`<p class="linked-name"><bdi>${name}</bdi></p>` : nothing;
  }

  #renderLinks() {
    return html`<fieldset>
        <legend>${t('fields.persons')}</legend>
        ${this.#rows(
          'persons',
          'form.personNumber',
          'form.removePerson',
          (row: { id?: string }, prefix) =>
            html`${this.#linkedName(row)}
              <div class="grid">
                ${this.#text(`${prefix}.id`, 'form.recordId', { hint: 'form.recordIdHint' })}
                ${this.#select(`${prefix}.role`, 'fields.personRole', 'personRole')}
              </div>`,
        )}
        <fieldset class="picker">
          <legend>${t('form.linkPerson')}</legend>
          <cen-party-picker
            kind="person"
            @cen-party-picked=${(event: CustomEvent<PartyPicked>) => this.#link('persons', event.detail)}
          ></cen-party-picker>
        </fieldset>
        ${this.#inlineRecord(
          'newPerson',
          'form.newPerson',
          [
            { name: 'familyName', key: 'fields.familyName' },
            { name: 'givenNames', key: 'fields.givenNames' },
            { name: 'birthDate', key: 'fields.birthDate', type: 'date' },
            { name: 'nationality', key: 'fields.nationality', vocabulary: 'country' },
            { name: 'role', key: 'fields.personRole', vocabulary: 'personRole' },
          ],
          this.#createPerson,
          'form.createAndLink',
        )}
      </fieldset>
      <fieldset>
        <legend>${t('fields.businesses')}</legend>
        ${this.#rows(
          'businesses',
          'form.businessNumber',
          'form.removeBusiness',
          (row: { id?: string }, prefix) =>
            html`${this.#linkedName(row)}
              <div class="grid">
                ${this.#text(`${prefix}.id`, 'form.recordId', { hint: 'form.recordIdHint' })}
                ${this.#select(`${prefix}.role`, 'fields.businessRole', 'businessRole')}
              </div>`,
        )}
        <fieldset class="picker">
          <legend>${t('form.linkBusiness')}</legend>
          <cen-party-picker
            kind="business"
            @cen-party-picked=${(event: CustomEvent<PartyPicked>) => this.#link('businesses', event.detail)}
          ></cen-party-picker>
        </fieldset>
        ${this.#inlineRecord(
          'newBusiness',
          'form.newBusiness',
          [
            { name: 'name', key: 'fields.businessName' },
            { name: 'registrationNumber', key: 'fields.registrationNumber' },
            { name: 'country', key: 'fields.country', vocabulary: 'country' },
            { name: 'role', key: 'fields.businessRole', vocabulary: 'businessRole' },
          ],
          this.#createBusiness,
          'form.createAndLink',
        )}
      </fieldset>`;
  }

  #renderNarrative(full: boolean) {
    return html`<fieldset>
      <legend>${t('fields.narrative')}</legend>
      ${this.#textarea('narrative', 'fields.narrative', { hint: 'form.narrativeHint' })}
      ${
        full
          ? html`<div class="field">
              <label for="f-tags">${t('fields.tags')}</label>
              <input
                id="f-tags"
                .value=${live((this.draft.tags ?? []).join(', '))}
                aria-describedby="f-tags-hint"
                @change=${(event: Event) => {
                  const tags = (event.target as HTMLInputElement).value
                    .split(',')
                    .map((tag) => tag.trim())
                    .filter(Boolean);
                  this.#set('tags', tags.length > 0 ? tags : undefined);
                }}
              />
              <div class="hint" id="f-tags-hint">${t('form.tagsHint')}</div>
              ${this.#errors('tags')}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #renderHandling() {
    return html`<fieldset>
      <legend>${t('fields.handling')}</legend>
      <p class="hint">${t('form.handlingHint')}</p>
      <div class="grid">
        ${this.#select('handling.code', 'fields.handlingCode', 'handlingCode')}
        ${this.#select('handling.source', 'fields.sourceEvaluation', 'sourceEvaluation')}
        ${this.#select('handling.reliability', 'fields.informationReliability', 'informationReliability', { numeric: true })}
      </div>
      ${this.#errors('handling')}
    </fieldset>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Saving

  #showIssues(err: unknown, scope?: 'newPerson' | 'newBusiness'): void {
    const issues = issuesOf(err);
    if (issues.length > 0) {
      this.issues = scope
        ? issues.map((issue) => ({ ...issue, path: issue.path ? `${scope}.${issue.path}` : scope }))
        : issues;
      this.failure = 'invalid';
    } else if (err instanceof ApiRequestError && err.code === 'version_conflict') {
      this.failure = 'conflict';
    } else if (err instanceof ApiRequestError && err.status === 0) {
      this.failure = 'unreachable';
    } else {
      this.failure = 'other';
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-status')?.focus());
  }

  readonly #save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    this.failure = undefined;
    this.issues = [];
    const input = prune(this.draft);
    try {
      const saved = this.caseId
        ? await updateCase(this.caseId, this.#version, input)
        : await createCase(input);
      navigate(paths.case(saved.id));
    } catch (err) {
      this.#showIssues(err);
    } finally {
      this.saving = false;
    }
  };

  readonly #reload = () => {
    if (this.caseId) void this.#load(this.caseId);
  };

  readonly #focusField = (path: string) => {
    this.renderRoot.querySelector<HTMLElement>(`#${idOf(path)}`)?.focus();
  };

  #fieldName(path: string): string {
    if (path === '') return t('form.wholeCase');
    return parsePath(path)
      .map((segment) =>
        typeof segment === 'number' ? String(segment + 1) : tOptional(`fields.${segment}`, segment),
      )
      .join(' › ');
  }

  #renderStatus() {
    if (!this.failure) return nothing;
    const message: Record<Failure, MessageKey> = {
      conflict: 'form.conflict',
      invalid: 'form.invalid',
      unreachable: 'app.unreachable',
      other: 'form.saveFailed',
      'not-found': 'caseView.notFound',
      load: 'app.loadFailed',
    };
    return failureSummary({
      text:
        this.failure === 'invalid'
          ? t('form.invalid', { count: this.issues.length })
          : t(message[this.failure]),
      reload: this.failure === 'conflict' ? { label: t('form.reload'), run: this.#reload } : undefined,
      issues: this.failure === 'invalid' ? this.issues : undefined,
      fieldName: (path) => this.#fieldName(path),
      focusField: (path) => this.#focusField(path),
    });
  }

  override render() {
    const editing = Boolean(this.caseId);
    const title = editing ? t('caseForm.editTitle') : t('caseForm.newTitle');
    if (this.loading)
      return html`<h1>${title}</h1>
        <p role="status">${t('app.loading')}</p>`;
    if (this.failure === 'not-found' || this.failure === 'load')
      return html`<h1>${title}</h1>
        ${this.#renderStatus()}`;
    const full = this.draft.form === 'full';
    return html`
      <h1>${title}</h1>
      ${this.#renderStatus()}
      <form @submit=${this.#save} novalidate>
        <fieldset>
          <legend>${t('fields.form')}</legend>
          <div class="choices">
            ${options('caseForm').map(
              (option) =>
                html`<label>
                  <input
                    type="radio"
                    name="form"
                    value=${option.code}
                    .checked=${live(this.draft.form === option.code)}
                    @change=${() => this.#set('form', option.code)}
                  />${option.label}
                </label>`,
            )}
          </div>
          <p class="hint">${full ? t('form.fullHint') : t('form.simplifiedHint')}</p>
        </fieldset>
        ${this.#renderGeneral(full)} ${this.#renderLocation(full)} ${this.#renderItems(full)}
        ${this.#renderTransport(full)}
        ${full ? html`${this.#renderOffenders()} ${this.#renderLinks()}` : nothing}
        ${this.#renderNarrative(full)} ${full ? this.#renderHandling() : nothing}
        <div class="actions">
          <button type="submit" ?disabled=${this.saving}>
            ${editing ? t('form.saveChanges') : t('form.create')}
          </button>
          <a class="button secondary" href=${editing && this.caseId ? paths.case(this.caseId) : paths.cases()}
            >${t('form.cancel')}</a
          >
        </div>
      </form>
    `;
  }
}

customElements.define('cen-case-form', CenCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-form': CenCaseForm;
  }
}
