/**
 * What the operation screens share: the words for states, roles and member statuses, a
 * template field's title, a report value in the reader's language (vocabulary codes as labels),
 * and the report form's controls built from the template (read back by cen-operation-report.ts).
 *
 * @example
 *   html`<form>${reportControls(template.fields, issues, routeLengths, addRouteCountry)}</form>`;
 *   valueText(field, { value: 12.5, unit: 'kg' }); // '12.5 Kilograms (kg)'
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  OPERATION_CATALOGUE_FIELDS,
  OPERATION_FREE_FIELD_TYPES,
  OPERATION_LIMITS,
  type OperationDefinition,
  type OperationReportValue,
  type OperationTemplateField,
} from '../../protocol/api.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { describedBy, fieldErrors, fieldLabel } from './form-summary.ts';
import { formatDate, formatNumber, t, tOptional } from './i18n/index.ts';
import { label, options, type VocabularyName } from './i18n/vocabulary.ts';

export const CATALOGUE_TYPES = Object.keys(
  OPERATION_CATALOGUE_FIELDS,
) as (keyof typeof OPERATION_CATALOGUE_FIELDS)[];
export const FREE_TYPES = OPERATION_FREE_FIELD_TYPES;
export const FIELD_TYPES: readonly string[] = [...CATALOGUE_TYPES, ...FREE_TYPES];

export const isCatalogueType = (type: string): type is keyof typeof OPERATION_CATALOGUE_FIELDS =>
  Object.hasOwn(OPERATION_CATALOGUE_FIELDS, type);

export const stateText = (state: string) => tOptional(`operations.states.${state}`, state);
export const roleText = (role: string) => tOptional(`operations.roles.${role}`, role);
export const statusText = (status: string) => tOptional(`operations.statuses.${status}`, status);
export const typeText = (type: string) => tOptional(`operations.fieldTypes.${type}`, type);

/** The organiser's label for a free field; a catalogue field is named in the reader's language. */
export function fieldTitle(field: Pick<OperationTemplateField, 'type' | 'label'>): string {
  return field.label ?? typeText(field.type);
}

/** An administration's name as the definition gives it, or its shortened node id. */
export function nodeName(definition: OperationDefinition, nodeId: string): string {
  if (definition.organiser.nodeId === nodeId) return definition.organiser.name ?? shortId(nodeId);
  return definition.members.find((m) => m.nodeId === nodeId)?.name ?? shortId(nodeId);
}

const shortId = (nodeId: string) => `…${nodeId.slice(-8)}`;

const vocabularyOf = (type: string): VocabularyName | undefined =>
  isCatalogueType(type) ? (OPERATION_CATALOGUE_FIELDS[type] ?? undefined) : undefined;

/** A report value as the reader reads it: codes as labels in the current language. */
export function valueText(field: OperationTemplateField | undefined, value: OperationReportValue): string {
  const type = field?.type;
  if (typeof value === 'boolean') return value ? t('operations.yes') : t('operations.no');
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.map((code) => label('country', code)).join(' → ');
  if (typeof value === 'object') return `${formatNumber(value.value)} ${label('unit', value.unit)}`;
  if (type === 'date' || type === 'seizure-date') return formatDate(value);
  const vocabulary = type ? vocabularyOf(type) : undefined;
  return vocabulary ? label(vocabulary, value) : value;
}

const controlId = (key: string) => `report-${key}`;

function select(id: string, name: string, vocabulary: VocabularyName, extra: Record<string, unknown> = {}) {
  return html`<select
    id=${id}
    name=${name}
    aria-describedby=${extra.describedBy ?? nothing}
    ?required=${extra.required === true}
    aria-invalid=${extra.invalid ? 'true' : nothing}
  >
    <option value="">${t('operations.choose')}</option>
    ${options(vocabulary).map((o) => html`<option value=${o.code}>${o.label}</option>`)}
  </select>`;
}

/**
 * One control (or group) per template field, named `report.<key>` (a quantity adds
 * `report.<key>.unit`, a route `report.<key>.<n>`), with its issues under it.
 */
export function reportControls(
  fields: readonly OperationTemplateField[],
  issues: readonly ValidationIssue[],
  routeLengths: ReadonlyMap<string, number>,
  addRouteCountry: (key: string) => void,
): TemplateResult[] {
  return fields.map((field) => {
    const id = controlId(field.key);
    const path = `report.${field.key}`;
    const name = path;
    const title = fieldTitle(field);
    const invalid = issues.some((issue) => issue.path === path);
    const describedByIds = describedBy(issues, path, id, false);
    const common = { required: field.required, invalid, describedBy: describedByIds };
    const errors = fieldErrors(issues, path, id);
    if (field.type === 'quantity') {
      return html`<fieldset class="field" aria-describedby=${describedByIds}>
        <legend>
          ${title}${field.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}
        </legend>
        <div class="inline">
          <span>
            <label for=${id}>${t('operations.quantityValue')}</label>
            <input
              id=${id}
              name=${name}
              type="number"
              min="0"
              step="any"
              inputmode="decimal"
              ?required=${field.required}
              aria-invalid=${invalid ? 'true' : nothing}
            />
          </span>
          <span>
            <label for=${`${id}-unit`}>${t('operations.unit')}</label>
            ${select(`${id}-unit`, `${name}.unit`, 'unit', { required: field.required })}
          </span>
        </div>
        ${errors}
      </fieldset>`;
    }
    if (field.type === 'route') {
      const length = routeLengths.get(field.key) ?? 2;
      return html`<fieldset class="field" aria-describedby=${describedByIds}>
        <legend>
          ${title}${field.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}
        </legend>
        <div class="inline">
          ${Array.from(
            { length },
            (_, i) =>
              html`<span>
                <label for=${i === 0 ? id : `${id}-${i}`}
                  >${t('operations.routeCountry', { position: i + 1 })}</label
                >
                ${select(i === 0 ? id : `${id}-${i}`, `${name}.${i}`, 'country', i === 0 ? common : {})}
              </span>`,
          )}
        </div>
        ${
          length < OPERATION_LIMITS.routeCountries
            ? html`<button type="button" class="secondary" @click=${() => addRouteCountry(field.key)}>
                ${t('operations.addCountry')}
              </button>`
            : nothing
        }
        ${errors}
      </fieldset>`;
    }
    const vocabulary = vocabularyOf(field.type);
    let control: TemplateResult;
    if (vocabulary) control = select(id, name, vocabulary, common);
    else if (field.type === 'yes-no')
      control = html`<select
        id=${id}
        name=${name}
        ?required=${field.required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedByIds}
      >
        <option value="">${t('operations.choose')}</option>
        <option value="yes">${t('operations.yes')}</option>
        <option value="no">${t('operations.no')}</option>
      </select>`;
    else if (field.type === 'date' || field.type === 'seizure-date')
      control = html`<input
        id=${id}
        name=${name}
        type="date"
        ?required=${field.required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedByIds}
      />`;
    else if (field.type === 'number')
      control = html`<input
        id=${id}
        name=${name}
        type="number"
        step="any"
        ?required=${field.required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedByIds}
      />`;
    else
      control = html`<input
        id=${id}
        name=${name}
        type="text"
        dir="auto"
        maxlength=${OPERATION_LIMITS.fieldText}
        ?required=${field.required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedByIds}
      />`;
    return html`<div class="field">${fieldLabel(id, title, field.required)} ${control} ${errors}</div>`;
  });
}

export const operationStyles = css`
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .inline > span {
    display: flex;
    flex-direction: column;
  }
  .pill {
    display: inline-block;
    padding-inline: 0.5rem;
    border-radius: 1rem;
    background: #e8eef5;
    color: #10365a;
    font-size: 0.9rem;
  }
  .pill.unread {
    background: #0b4f8a;
    color: #fff;
  }
  .required {
    color: #a4161a;
  }
`;
