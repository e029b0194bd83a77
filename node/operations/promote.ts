/**
 * A report made into a national case: the administration whose officer posted a template report
 * turns it into a **draft** case of its own node, to complete and validate there. The report's
 * typed fields fill the case's fields (commodity and quantity an item, the route countries the
 * route, conveyance, concealment, detection, type of location, seizure date); everything else
 * (free fields, a second value of a field already used, the message's text) goes into the
 * narrative with its label, so nothing of the report is lost. The case names where it came from:
 * the operation in `operationId`, the message in the tag `operation-message:<id>`.
 *
 * Only the node that signed the report may do it (another member's report is that member's to
 * record), and once: the case id is written in the case's own batch (`operation-promotions`), so
 * even a crash leaves either both or neither. A case deleted since may be made again.
 *
 * @example
 *   const input = caseInputOfReport({ definition, entry, today: '2026-11-29' });
 *   const made = await promoteReport({ store, cases, self }, record, messageId, viewer);
 */
import {
  OPERATION_CATALOGUE_FIELDS,
  type OperationDefinition,
  type OperationFieldType,
  type OperationReportValue,
  type OperationTemplateField,
  type OperationThreadEntry,
} from '../../protocol/api.ts';
import type { Case, CaseInput, Item } from '../../protocol/records.ts';
import { VALIDATION_LIMITS } from '../../protocol/validation.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import { NotFoundError } from '../errors.ts';
import type { RecordStoreApi } from '../store/types.ts';
import { OperationRefusedError } from './errors.ts';
import { messageIdKey, OPERATIONS_NS, promotionKey } from './keys.ts';
import type { OperationRecord, Viewer } from './model.ts';
import type { OperationStore } from './store.ts';

/** The tag that names the message a case was made of. */
export const PROMOTED_TAG_PREFIX = 'operation-message:';

/** What promotion needs of the record store. */
export type CaseWriter = Pick<RecordStoreApi, 'createCases' | 'getCase'>;

/** How catalogue fields are named in a narrative (the node's records are written in English). */
const CATALOGUE_LABELS: Readonly<Record<keyof typeof OPERATION_CATALOGUE_FIELDS, string>> = {
  commodity: 'Commodity',
  'itr-area': 'ITR area',
  quantity: 'Quantity',
  route: 'Route',
  country: 'Country',
  'conveyance-mode': 'Conveyance',
  'concealment-method': 'Concealment method',
  'detection-method': 'Detection method',
  'location-type': 'Type of location',
  'seizure-date': 'Seizure date',
};

const isCatalogue = (type: string): type is keyof typeof OPERATION_CATALOGUE_FIELDS =>
  Object.hasOwn(OPERATION_CATALOGUE_FIELDS, type);

// eslint-disable-next-line no-control-regex -- the case store refuses these in a narrative
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Text as a narrative accepts it: line feeds kept, other control characters made spaces. */
const narrativeText = (text: string) =>
  text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, ' ').toWellFormed();

function labelOf(field: OperationTemplateField | undefined, key: string): string {
  if (field?.label) return field.label;
  if (field && isCatalogue(field.type)) return CATALOGUE_LABELS[field.type];
  return key;
}

/** A value as a narrative line shows it: vocabulary codes with their English label. */
function valueText(type: OperationFieldType | undefined, value: OperationReportValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.map((c) => `${vocabularies.country.label(c, 'en')} (${c})`).join(' > ');
  if (typeof value === 'object') return `${value.value} ${vocabularies.unit.label(value.unit, 'en')}`;
  const vocabulary = type !== undefined && isCatalogue(type) ? OPERATION_CATALOGUE_FIELDS[type] : null;
  return vocabulary && vocabularies[vocabulary].has(value)
    ? `${vocabularies[vocabulary].label(value, 'en')} (${value})`
    : value;
}

const isCode = (vocabulary: keyof typeof vocabularies, value: unknown): value is string =>
  vocabularies[vocabulary].has(value);

/**
 * The draft case a report becomes. `today` (YYYY-MM-DD, the node's clock) bounds the seizure
 * date: the report's, else the day it was written.
 */
export function caseInputOfReport({
  definition,
  entry,
  today,
}: {
  definition: OperationDefinition;
  entry: OperationThreadEntry;
  today: string;
}): CaseInput {
  const report = entry.report ?? {};
  const fields = new Map(definition.template.fields.map((f) => [f.key, f]));
  // Template order first, then keys of an older template version.
  const keys = [
    ...definition.template.fields.map((f) => f.key).filter((key) => report[key] !== undefined),
    ...Object.keys(report).filter((key) => !fields.has(key)),
  ];
  const input: CaseInput = {
    kind: 'seizure',
    form: 'simplified',
    status: 'draft',
    seizureDate: entry.at.slice(0, 10) <= today ? entry.at.slice(0, 10) : today,
    items: [],
    operationId: definition.id,
    tags: [`${PROMOTED_TAG_PREFIX}${entry.id ?? ''}`],
  };
  const lines: string[] = [];
  const used = new Set<string>();
  let commodity: string | undefined;
  let area: { key: string; value: string } | undefined;
  let quantity: { key: string; value: { value: number; unit: string } } | undefined;
  for (const key of keys) {
    const field = fields.get(key);
    const value = report[key]!;
    const type = field?.type;
    const line = () => lines.push(`${labelOf(field, key)}: ${narrativeText(valueText(type, value))}`);
    if (type === undefined || !isCatalogue(type) || used.has(type)) {
      line();
      continue;
    }
    used.add(type);
    if (type === 'commodity' && isCode('commodity', value)) commodity = value;
    else if (type === 'itr-area' && isCode('itrArea', value)) area = { key, value };
    else if (
      type === 'quantity' &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      value.value > 0 &&
      value.value <= VALIDATION_LIMITS.quantity &&
      isCode('unit', value.unit)
    )
      quantity = { key, value };
    else if (
      type === 'route' &&
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((c) => isCode('country', c))
    ) {
      // Origin first, destination last, the countries between them in transit.
      const [origin, ...rest] = value;
      const destination = rest.pop();
      input.route = {
        origin: origin!,
        ...(rest.length > 0 ? { transit: rest } : {}),
        ...(destination !== undefined ? { destination } : {}),
      };
    } else if (type === 'conveyance-mode' && isCode('conveyanceMode', value))
      input.conveyance = { mode: value };
    else if (type === 'concealment-method' && isCode('concealmentMethod', value))
      input.concealment = { method: value };
    else if (type === 'detection-method' && isCode('detectionMethod', value))
      input.detection = { method: value };
    else if (type === 'location-type' && isCode('locationType', value)) input.location = { type: value };
    else if (
      type === 'seizure-date' &&
      typeof value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      value <= today
    )
      input.seizureDate = value;
    else line();
  }
  // An item needs a commodity; an ITR area or a quantity without one stays in the narrative.
  const term = commodity === undefined ? undefined : vocabularies.commodity.get(commodity);
  if (term) {
    const item: Item = {
      itrArea: term.itrArea,
      commodity: term.code,
      ...(quantity ? { quantity: quantity.value.value, unit: quantity.value.unit } : {}),
    };
    input.items.push(item);
  }
  for (const [leftOver, key] of [
    [area && (!term || area.value !== term.itrArea) ? area.value : undefined, area?.key],
    [quantity && !term ? quantity.value : undefined, quantity?.key],
  ] as const) {
    if (leftOver !== undefined && key !== undefined)
      lines.push(`${labelOf(fields.get(key), key)}: ${valueText(fields.get(key)?.type, leftOver)}`);
  }
  const node =
    entry.from === definition.organiser.nodeId
      ? definition.organiser.name
      : definition.members.find((m) => m.nodeId === entry.from)?.name;
  const header =
    `Report #${entry.seq} of operation "${narrativeText(definition.name)}" (${definition.id}), ` +
    `posted by ${entry.author ?? 'unknown'}${node ? ` (${narrativeText(node)})` : ''} at ${entry.at}.`;
  const narrative = [header, entry.text ? narrativeText(entry.text) : '', lines.join('\n')]
    .filter((part) => part !== '')
    .join('\n\n');
  input.narrative =
    narrative.length <= VALIDATION_LIMITS.narrative
      ? narrative
      : `${narrative.slice(0, VALIDATION_LIMITS.narrative - 1)}…`.toWellFormed();
  return input;
}

/** The message `messageId` of the thread held here (the organiser indexes them; a member looks). */
async function messageOf(
  store: OperationStore,
  record: OperationRecord,
  messageId: string,
): Promise<OperationThreadEntry | undefined> {
  const operationId = record.definition.id;
  const seq = await store.messageSeq(operationId, messageIdKey(operationId, messageId));
  if (seq !== undefined) return (await store.entries(operationId, seq - 1, seq, 1))[0];
  let after = 0;
  while (after < record.head) {
    const entries = await store.entries(operationId, after, record.head, 500);
    if (entries.length === 0) return undefined;
    const found = entries.find((e) => e.kind === 'message' && e.id === messageId);
    if (found) return found;
    after = entries.at(-1)!.seq;
  }
  return undefined;
}

/**
 * Makes a draft case of report `messageId`, which this node (`self`) must have posted; run under
 * the operation's lock, so that two requests cannot both make it.
 */
export async function promoteReport(
  { store, cases, self, today }: { store: OperationStore; cases: CaseWriter; self: string; today: string },
  record: OperationRecord,
  messageId: string,
  viewer: Viewer,
): Promise<Case> {
  const operationId = record.definition.id;
  const entry = await messageOf(store, record, messageId);
  if (!entry) throw new NotFoundError('operation message', messageId);
  if (entry.from !== self) {
    throw new OperationRefusedError(
      'not-the-reporter',
      'only the administration that posted this report can make it a case, on its own node',
    );
  }
  if (entry.report === undefined)
    throw new OperationRefusedError(
      'not-a-report',
      'this message holds no report: only a report becomes a case',
    );
  const made = await store.promotion(operationId, messageId);
  if (made !== undefined) {
    const existing = await cases.getCase(made as Case['id']);
    if (existing && existing.deletedAt === undefined)
      throw new OperationRefusedError('already-promoted', `this report is already case ${made}`);
  }
  const input = caseInputOfReport({ definition: record.definition, entry, today });
  const [created] = await cases.createCases([input], viewer, {
    alsoWrite: ([stored]) => [
      {
        type: 'put',
        ns: OPERATIONS_NS.promotions,
        key: promotionKey(operationId, messageId),
        value: stored!.id,
      },
    ],
  });
  return created!;
}
