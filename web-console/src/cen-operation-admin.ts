/**
 * `<cen-operation-admin operation-id=…>` (managers, `operation:manage`): without an id, a new
 * operation (name, period, retention, members chosen from the partners with an agreement in
 * force, this node's participants, the report template); with one, the organiser's desk: members
 * with how far each has received and read the thread (invite, remove), the template editor,
 * extraction of every report (XLSX, CSV) and closing. On a member's node it holds this node's
 * participants only.
 *
 * The template editor offers the catalogue of typed fields (the case vocabulary) and free fields
 * the organiser labels, each required or optional; a catalogue field appears once.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { OPERATION_LIMITS } from '../../protocol/api.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import {
  addMember,
  closeOperation,
  createOperation,
  getOperation,
  listPartners,
  putParticipants,
  putTemplate,
  removeMember,
  reportsUrl,
  type OperationDetail,
  type OperationTemplateField,
  type PartnerSummary,
} from './api/operations.ts';
import {
  CATALOGUE_TYPES,
  FREE_TYPES,
  isCatalogueType,
  operationStyles,
  stateText,
  statusText,
  typeText,
} from './cen-operation-parts.ts';
import { failureSummary, fieldErrors } from './form-summary.ts';
import { currentLanguage, formatNumber, LocaleController, t } from './i18n/index.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** Today and a month on, as the date inputs want them. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const DEFAULT_DAYS = 30;
const DEFAULT_RETENTION_DAYS = 365;

const splitNames = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((name) => name.trim())
    .filter(Boolean);

export class CenOperationAdmin extends LitElement {
  static override styles = [
    sharedStyles,
    operationStyles,
    css`
      ul.template {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      ul.template > li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        border-block-end: 1px solid #ccd6e0;
        padding-block-end: 0.5rem;
      }
      ul.template > li > span {
        display: flex;
        flex-direction: column;
      }
      ul.members {
        list-style: none;
        padding: 0;
      }
      section {
        margin-block-end: 1.5rem;
      }
    `,
  ];

  static override properties = {
    operationId: { type: String, attribute: 'operation-id' },
    detail: { state: true },
    partners: { state: true },
    fields: { state: true },
    status: { state: true },
    failure: { state: true },
    issues: { state: true },
    notice: { state: true },
    busy: { state: true },
    confirmClose: { state: true },
  };

  /** The operation to manage; empty for a new one. */
  declare operationId: string;
  declare detail: OperationDetail | undefined;
  declare partners: PartnerSummary[];
  /** The template as edited, not yet saved. */
  declare fields: OperationTemplateField[];
  declare status: 'loading' | 'ready' | 'not-found' | 'failed';
  declare failure: string | undefined;
  declare issues: ValidationIssue[];
  declare notice: string | undefined;
  declare busy: boolean;
  declare confirmClose: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.operationId = '';
    this.detail = undefined;
    this.partners = [];
    this.fields = [];
    this.status = 'loading';
    this.failure = undefined;
    this.issues = [];
    this.notice = undefined;
    this.busy = false;
    this.confirmClose = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.operationId) void this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('operationId') && this.operationId) void this.#load();
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    try {
      if (this.operationId) {
        this.detail = await getOperation(this.operationId);
        this.fields = this.detail.definition.template.fields.map((f) => ({ ...f }));
      }
      if (!this.detail || this.detail.role === 'organiser') {
        // Officers' partners list is the same one: a manager without it still manages the rest.
        this.partners = await listPartners()
          .then((list) => list.items)
          .catch(() => []);
      }
      this.status = 'ready';
    } catch (err) {
      this.failure = err instanceof ApiRequestError ? err.message : String(err);
      this.status = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'failed';
    }
  }

  /** Runs a change, showing what went wrong or `done` as a notice. */
  async #run(change: () => Promise<unknown>, done: string): Promise<boolean> {
    this.busy = true;
    this.failure = undefined;
    this.issues = [];
    this.notice = undefined;
    try {
      await change();
      this.notice = done;
      return true;
    } catch (err) {
      this.failure = err instanceof ApiRequestError ? err.message : String(err);
      this.issues = issuesOf(err);
      return false;
    } finally {
      this.busy = false;
    }
  }

  // --- template editor ----------------------------------------------------------------------

  #addField = (event: SubmitEvent | Event) => {
    event.preventDefault();
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#new-field-type');
    const type = select?.value;
    if (!type) return;
    let key: string = type;
    if (!isCatalogueType(type)) {
      let n = 1;
      while (this.fields.some((f) => f.key === `field-${n}`)) n++;
      key = `field-${n}`;
    }
    if (this.fields.some((f) => f.key === key)) return;
    const field = {
      key,
      type,
      required: false,
      ...(isCatalogueType(type) ? {} : { label: '' }),
    } as OperationTemplateField;
    this.fields = [...this.fields, field];
    if (select) select.value = '';
  };

  #changeField(index: number, change: Partial<OperationTemplateField>): void {
    this.fields = this.fields.map((f, i) => (i === index ? { ...f, ...change } : f));
  }

  #removeField(index: number): void {
    this.fields = this.fields.filter((_, i) => i !== index);
  }

  /** The fields as the node takes them: labels trimmed, catalogue fields without an empty label. */
  #templateFields(): OperationTemplateField[] {
    return this.fields.map((f) => {
      const label = f.label?.trim();
      const { label: _label, ...rest } = f;
      return label ? { ...rest, label } : isCatalogueType(f.type) ? rest : { ...rest, label: '' };
    });
  }

  #renderTemplateEditor(prefix: string) {
    const used = new Set(this.fields.map((f) => f.key));
    return html`<fieldset class="template-editor">
      <legend>${t('operations.template')}</legend>
      <p class="hint">${t('operations.templateIntro')}</p>
      ${this.fields.length === 0 ? html`<p>${t('operations.noFields')}</p>` : nothing}
      <ul class="template">
        ${this.fields.map((field, i) => {
          const id = `field-${i}`;
          const path = `${prefix}[${i}]`;
          return html`<li>
            <strong>${typeText(field.type)}</strong>
            ${
              isCatalogueType(field.type)
                ? nothing
                : html`<span>
                    <label for=${`${id}-label`}>${t('operations.fieldLabel')}</label>
                    <input
                      id=${`${id}-label`}
                      dir="auto"
                      required
                      maxlength=${OPERATION_LIMITS.label}
                      .value=${field.label ?? ''}
                      @input=${(e: Event) => this.#changeField(i, { label: (e.target as HTMLInputElement).value })}
                    />
                    ${fieldErrors(this.issues, `${path}.label`, `${id}-label`)}
                  </span>`
            }
            <span>
              <label>
                <input
                  type="checkbox"
                  .checked=${field.required}
                  @change=${(e: Event) => this.#changeField(i, { required: (e.target as HTMLInputElement).checked })}
                />
                ${t('operations.fieldRequired')}
                <span class="visually-hidden">(${field.label || typeText(field.type)})</span>
              </label>
            </span>
            <button type="button" class="secondary" @click=${() => this.#removeField(i)}>
              ${t('operations.removeField', { field: field.label || typeText(field.type) })}
            </button>
          </li>`;
        })}
      </ul>
      <div class="inline">
        <span>
          <label for="new-field-type">${t('operations.fieldType')}</label>
          <select id="new-field-type">
            <option value="">${t('operations.choose')}</option>
            <optgroup label=${t('operations.catalogue')}>
              ${CATALOGUE_TYPES.map(
                (type) => html`<option value=${type} ?disabled=${used.has(type)}>${typeText(type)}</option>`,
              )}
            </optgroup>
            <optgroup label=${t('operations.freeFields')}>
              ${FREE_TYPES.map((type) => html`<option value=${type}>${typeText(type)}</option>`)}
            </optgroup>
          </select>
        </span>
        <button type="button" class="secondary" @click=${this.#addField}>${t('operations.addField')}</button>
      </div>
    </fieldset>`;
  }

  // --- creating -----------------------------------------------------------------------------

  readonly #create = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v.trim() : '';
    };
    const start = value('start');
    const end = value('end');
    let created: OperationDetail | undefined;
    await this.#run(async () => {
      created = await createOperation({
        name: value('name'),
        members: data.getAll('members').filter((m): m is string => typeof m === 'string'),
        template: { fields: this.#templateFields() },
        // The period runs from the start of its first day to the end of its last (UTC).
        period: { start: `${start}T00:00:00.000Z`, end: `${end}T23:59:59.999Z` },
        retentionDays: Number(value('retention')),
        participants: splitNames(value('participants')),
      });
    }, '');
    if (created) navigate(paths.operation(created.definition.id));
    else await this.#focusSummary();
  };

  async #focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-status')?.focus();
  }

  #fieldName = (path: string): string => {
    const known: Record<string, string> = {
      name: t('operations.name'),
      members: t('operations.members'),
      period: t('operations.period'),
      retentionDays: t('operations.retentionDays'),
      participants: t('operations.participants'),
    };
    const top = path.split(/[.[]/)[0] ?? path;
    if (known[top]) return known[top];
    const field = /^(?:template\.)?fields\[(\d+)\]/.exec(path);
    if (field) {
      const f = this.fields[Number(field[1])];
      return f ? f.label || typeText(f.type) : t('operations.template');
    }
    return path;
  };

  #focusField = (path: string): void => {
    const ids: Record<string, string> = {
      name: 'name',
      members: 'members',
      period: 'start',
      retentionDays: 'retention',
      participants: 'participants',
    };
    const top = path.split(/[.[]/)[0] ?? path;
    const field = /^(?:template\.)?fields\[(\d+)\]/.exec(path);
    const id = field ? `field-${field[1]}-label` : (ids[top] ?? '');
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  #renderSummary() {
    if (!this.failure) return nothing;
    return failureSummary({
      text: this.failure,
      issues: this.issues,
      fieldName: this.#fieldName,
      focusField: this.#focusField,
    });
  }

  #renderCreate() {
    const today = new Date();
    const later = new Date(today.getTime() + DEFAULT_DAYS * 86_400_000);
    return html`<p><a href=${paths.operations}>${t('operations.back')}</a></p>
      <h1>${t('operations.createTitle')}</h1>
      ${this.#renderSummary()}
      <form class="panel" @submit=${this.#create}>
        <div class="field">
          <label for="name">${t('operations.name')}</label>
          <input id="name" name="name" required dir="auto" maxlength=${OPERATION_LIMITS.name} />
        </div>
        <div class="inline">
          <span>
            <label for="start">${t('operations.start')}</label>
            <input id="start" name="start" type="date" required .value=${dayOf(today)} />
          </span>
          <span>
            <label for="end">${t('operations.end')}</label>
            <input id="end" name="end" type="date" required .value=${dayOf(later)} />
          </span>
          <span>
            <label for="retention">${t('operations.retentionDays')}</label>
            <input
              id="retention"
              name="retention"
              type="number"
              min="1"
              max=${OPERATION_LIMITS.retentionDays}
              required
              .value=${String(DEFAULT_RETENTION_DAYS)}
            />
          </span>
        </div>
        <fieldset id="members" tabindex="-1">
          <legend>${t('operations.members')}</legend>
          <p class="hint">${t('operations.membersHint')}</p>
          ${
            this.partners.length === 0
              ? html`<p>${t('operations.noPartners')}</p>`
              : html`<ul class="members">
                  ${this.partners.map(
                    (p) =>
                      html`<li>
                        <label>
                          <input type="checkbox" name="members" value=${p.nodeId} />
                          <bdi>${p.name}</bdi> (${p.administration})
                        </label>
                      </li>`,
                  )}
                </ul>`
          }
        </fieldset>
        <div class="field">
          <label for="participants">${t('operations.participants')}</label>
          <input id="participants" name="participants" aria-describedby="participants-hint" />
          <div class="hint" id="participants-hint">${t('operations.participantsHint')}</div>
        </div>
        ${this.#renderTemplateEditor('template.fields')}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t('operations.create')}</button>
        </div>
      </form>`;
  }

  // --- the organiser's desk -----------------------------------------------------------------

  readonly #saveTemplate = async () => {
    const saved = await this.#run(async () => {
      const template = await putTemplate(this.operationId, this.#templateFields());
      this.detail = await getOperation(this.operationId);
      this.fields = template.fields.map((f) => ({ ...f }));
    }, t('operations.templateSaved'));
    if (!saved) await this.#focusSummary();
  };

  readonly #saveParticipants = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('participants');
    await this.#run(async () => {
      this.detail = await putParticipants(
        this.operationId,
        splitNames(typeof value === 'string' ? value : ''),
      );
    }, t('operations.participantsSaved'));
  };

  readonly #invite = async (event: SubmitEvent) => {
    event.preventDefault();
    const nodeId = new FormData(event.target as HTMLFormElement).get('partner');
    if (typeof nodeId !== 'string' || !nodeId) return;
    await this.#run(async () => {
      this.detail = await addMember(this.operationId, nodeId);
    }, t('operations.invited'));
  };

  async #remove(nodeId: string): Promise<void> {
    await this.#run(async () => {
      this.detail = await removeMember(this.operationId, nodeId);
    }, t('operations.removed'));
  }

  async #close(): Promise<void> {
    await this.#run(async () => {
      this.detail = await closeOperation(this.operationId);
      this.confirmClose = false;
    }, t('operations.closedDone'));
  }

  #renderDesk(detail: OperationDetail) {
    const definition = detail.definition;
    const organiser = detail.role === 'organiser';
    const open = detail.state === 'active' || detail.state === 'planned';
    const current = new Set(
      (detail.progress ?? [])
        .filter((m) => m.status === 'invited' || m.status === 'accepted')
        .map((m) => m.nodeId),
    );
    const invitable = this.partners.filter((p) => !current.has(p.nodeId));
    const language = currentLanguage();
    return html`<p>
        <a href=${paths.operations}>${t('operations.back')}</a> ·
        <a href=${paths.operation(definition.id)}>${t('operations.openRoom')}</a>
      </p>
      <h1><bdi>${definition.name}</bdi></h1>
      <p class="hint">${stateText(detail.state)}</p>
      ${this.notice ? html`<p class="message success" role="status">${this.notice}</p>` : nothing}
      ${this.#renderSummary()}
      ${
        organiser
          ? html`<section aria-labelledby="members-title">
              <h2 id="members-title">${t('operations.members')}</h2>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t('operations.memberNode')}</th>
                      <th scope="col">${t('operations.myStatus')}</th>
                      <th scope="col">${t('operations.delivered')}</th>
                      <th scope="col">${t('operations.readUpTo')}</th>
                      <th scope="col"><span class="visually-hidden">${t('operations.remove')}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${(detail.progress ?? []).map(
                      (m) =>
                        html`<tr>
                          <td><bdi>${m.name ?? m.nodeId}</bdi></td>
                          <td>${statusText(m.status)}</td>
                          <td>${formatNumber(m.delivered)}</td>
                          <td>${formatNumber(m.readUpTo)}</td>
                          <td>
                            ${
                              open && (m.status === 'invited' || m.status === 'accepted')
                                ? html`<button
                                    type="button"
                                    class="danger"
                                    ?disabled=${this.busy}
                                    @click=${() => void this.#remove(m.nodeId)}
                                  >
                                    ${t('operations.removeMember', { name: m.name ?? m.nodeId })}
                                  </button>`
                                : nothing
                            }
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${
                open && invitable.length > 0
                  ? html`<form class="inline" @submit=${this.#invite}>
                      <span>
                        <label for="partner">${t('operations.inviteWhom')}</label>
                        <select id="partner" name="partner" required>
                          ${invitable.map(
                            (p) => html`<option value=${p.nodeId}>${p.name} (${p.administration})</option>`,
                          )}
                        </select>
                      </span>
                      <button type="submit" ?disabled=${this.busy}>${t('operations.addMember')}</button>
                    </form>`
                  : nothing
              }
            </section>`
          : nothing
      }
      <section aria-labelledby="participants-title">
        <h2 id="participants-title">${t('operations.participants')}</h2>
        <form class="inline" @submit=${this.#saveParticipants}>
          <span>
            <label for="participants">${t('operations.participantsField')}</label>
            <input
              id="participants"
              name="participants"
              aria-describedby="participants-hint"
              .value=${detail.participants.join(', ')}
            />
            <span class="hint" id="participants-hint">${t('operations.participantsHint')}</span>
          </span>
          <button type="submit" ?disabled=${this.busy}>${t('operations.saveParticipants')}</button>
        </form>
      </section>
      ${
        organiser
          ? html`<section>
                ${this.#renderTemplateEditor('fields')}
                ${
                  open
                    ? html`<div class="actions">
                        <button
                          type="button"
                          class="save-template"
                          ?disabled=${this.busy}
                          @click=${this.#saveTemplate}
                        >
                          ${t('operations.saveTemplate')}
                        </button>
                      </div>`
                    : nothing
                }
              </section>
              <section aria-labelledby="extraction-title">
                <h2 id="extraction-title">${t('operations.extraction')}</h2>
                <p class="hint">${t('operations.extractionIntro')}</p>
                <p class="actions">
                  <a class="button" href=${reportsUrl(definition.id, 'xlsx', language)} download
                    >${t('operations.downloadXlsx')}</a
                  >
                  <a class="button secondary" href=${reportsUrl(definition.id, 'csv', language)} download
                    >${t('operations.downloadCsv')}</a
                  >
                </p>
              </section>
              ${
                open
                  ? html`<section aria-labelledby="close-title">
                      <h2 id="close-title">${t('operations.close')}</h2>
                      <p class="hint">${t('operations.closeIntro')}</p>
                      ${
                        this.confirmClose
                          ? html`<div class="actions">
                              <button
                                type="button"
                                class="danger"
                                ?disabled=${this.busy}
                                @click=${() => void this.#close()}
                              >
                                ${t('operations.closeConfirm')}
                              </button>
                              <button
                                type="button"
                                class="secondary"
                                @click=${() => (this.confirmClose = false)}
                              >
                                ${t('operations.cancel')}
                              </button>
                            </div>`
                          : html`<button
                              type="button"
                              class="danger"
                              @click=${() => (this.confirmClose = true)}
                            >
                              ${t('operations.close')}
                            </button>`
                      }
                    </section>`
                  : nothing
              }`
          : nothing
      }`;
  }

  override render() {
    if (this.status === 'loading') return html`<p role="status">${t('app.loading')}</p>`;
    if (this.status === 'not-found')
      return html`<p><a href=${paths.operations}>${t('operations.back')}</a></p>
        <p class="message error" role="alert">${t('operations.notFound')}</p>`;
    if (this.status === 'failed')
      return html`<p><a href=${paths.operations}>${t('operations.back')}</a></p>
        <p class="message error" role="alert">${this.failure}</p>`;
    return this.detail ? this.#renderDesk(this.detail) : this.#renderCreate();
  }
}

customElements.define('cen-operation-admin', CenOperationAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'cen-operation-admin': CenOperationAdmin;
  }
}
