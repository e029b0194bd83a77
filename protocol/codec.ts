/**
 * Binary form of the records (protobuf, `protocol/proto/records.proto`) and back, for peer
 * messages and compact storage. Decoding returns exactly the JSON shape of `records.ts`: optional
 * fields absent when they were absent, arrays the JSON type requires always present.
 *
 * Decoding proves only that the bytes are well-formed protobuf: random bytes often are. Validate
 * the decoded record (and check signatures where there are any) before using it.
 *
 * @example
 *   const bytes = encodeCase(stored);
 *   const back = decodeCase(bytes); // deep-equals `stored`
 */
import type { Reader } from 'protobufjs/minimal.js';
import { boundedReader } from './bounded-reader.ts';
import { cen } from './gen/records.js';
import type { BusinessId, CaseId, NodeId, PersonId } from './ids.ts';
import type {
  Address,
  Business,
  BusinessLink,
  Case,
  CaseForm,
  CaseKind,
  CaseStatus,
  Concealment,
  Conveyance,
  Direction,
  Handling,
  IdentityDocument,
  Item,
  Location,
  Offender,
  Person,
  PersonLink,
  PhotoMeta,
  Provenance,
  RecordMeta,
  Route,
} from './records.ts';

const pb = cen.v1;

/** The bytes are not a well-formed protobuf message of the expected type. */
export class DecodeError extends Error {
  override name = 'DecodeError';
  readonly messageType: string;
  constructor(messageType: string, cause: unknown) {
    super(`not a valid ${messageType} message: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.messageType = messageType;
  }
}

/**
 * Copies the fields of `source` listed in `keys` that are present (protobufjs leaves absent
 * `optional` fields null on the prototype) onto `base`.
 */
function withPresent<T>(base: Partial<T>, source: object, keys: readonly (keyof T & string)[]): T {
  const out: Record<string, unknown> = base;
  const from = source as Record<string, unknown>;
  for (const key of keys) {
    const value = from[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out as T;
}

const some = <M extends object, T>(message: M | null | undefined, convert: (m: M) => T): T | undefined =>
  message === null || message === undefined ? undefined : convert(message);

const toLocation = (m: cen.v1.Location.$Properties): Location =>
  withPresent<Location>({ type: m.type ?? '' }, m, ['code', 'name', 'lat', 'lon']);
const toConveyance = (m: cen.v1.Conveyance.$Properties): Conveyance =>
  withPresent<Conveyance>({ mode: m.mode ?? '' }, m, [
    'carrier',
    'flightOrVoyage',
    'containerNumber',
    'vehicleRegistration',
    'imo',
  ]);
const toConcealment = (m: cen.v1.Concealment.$Properties): Concealment =>
  withPresent<Concealment>({ method: m.method ?? '' }, m, ['description']);
const toRoute = (m: cen.v1.Route.$Properties): Route => {
  const route = withPresent<Route>({}, m, ['origin', 'departure', 'destination']);
  if (m.transit && m.transit.length > 0) route.transit = [...m.transit];
  return route;
};
const toItem = (m: cen.v1.Item.$Properties): Item =>
  withPresent<Item>({ itrArea: m.itrArea ?? '', commodity: m.commodity ?? '' }, m, [
    'hsCode',
    'description',
    'quantity',
    'unit',
    'valueUsd',
    'brand',
    'citesSpecies',
  ]);
const toOffender = (m: cen.v1.Offender.$Properties): Offender =>
  withPresent<Offender>({}, m, ['nationality', 'gender', 'ageBand', 'role']);
const toPhoto = (m: cen.v1.PhotoMeta.$Properties): PhotoMeta => {
  const photo = withPresent<PhotoMeta>({ hash: m.hash ?? '', mime: m.mime ?? '' }, m, [
    'caption',
    'width',
    'height',
    'shareWithWco',
    'thumbHash',
    'bytes',
    'phash',
    'uploadedAt',
    'uploadedBy',
  ]);
  const gps = some(m.gps, (g) => ({ lat: g.lat ?? 0, lon: g.lon ?? 0 }));
  if (gps) photo.gps = gps;
  return photo;
};
const toHandling = (m: cen.v1.Handling.$Properties): Handling => ({
  code: m.code ?? '',
  source: m.source ?? '',
  reliability: m.reliability ?? 0,
});
const toProvenance = (m: cen.v1.Provenance.$Properties): Provenance => ({
  nodeId: (m.nodeId ?? '') as NodeId,
  country: m.country ?? '',
  agreementId: m.agreementId ?? '',
  receivedAt: m.receivedAt ?? '',
  manifest: m.manifest ?? '',
});
const toAddress = (m: cen.v1.Address.$Properties): Address =>
  withPresent<Address>({}, m, ['line', 'city', 'postcode', 'country']);
const toDocument = (m: cen.v1.IdentityDocument.$Properties): IdentityDocument =>
  withPresent<IdentityDocument>({ type: m.type ?? '', number: m.number ?? '' }, m, ['country', 'expires']);

interface MetaMessage {
  version?: number | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}
const META_OPTIONAL = ['createdBy', 'updatedBy', 'deletedAt'] as const;
function meta(m: MetaMessage): RecordMeta {
  return withPresent<RecordMeta>(
    { version: m.version ?? 0, createdAt: m.createdAt ?? '', updatedAt: m.updatedAt ?? '' },
    m,
    META_OPTIONAL,
  );
}

function toCase(m: cen.v1.Case): Case {
  const value: Case = {
    ...withPresent<Case>(
      {
        id: m.id as CaseId,
        kind: m.kind as CaseKind,
        offenceTypes: [...m.offenceTypes],
        form: m.form as CaseForm,
        status: m.status as CaseStatus,
        reportingCountry: m.reportingCountry,
        seizureDate: m.seizureDate,
        items: m.items.map(toItem),
        offenders: m.offenders.map(toOffender),
        persons: m.persons.map((p): PersonLink => ({ id: (p.id ?? '') as PersonId, role: p.role ?? '' })),
        businesses: m.businesses.map((b): BusinessLink => ({
          id: (b.id ?? '') as BusinessId,
          role: b.role ?? '',
        })),
        photos: m.photos.map(toPhoto),
        tags: [...m.tags],
      },
      m,
      ['ref', 'office', 'narrative', 'operationId'],
    ),
    ...meta(m),
  };
  if (m.direction !== null && m.direction !== undefined) value.direction = m.direction as Direction;
  const location = some(m.location, toLocation);
  if (location) value.location = location;
  const detection = some(m.detection, (d) => ({ method: d.method ?? '' }));
  if (detection) value.detection = detection;
  const conveyance = some(m.conveyance, toConveyance);
  if (conveyance) value.conveyance = conveyance;
  const concealment = some(m.concealment, toConcealment);
  if (concealment) value.concealment = concealment;
  const route = some(m.route, toRoute);
  if (route) value.route = route;
  const handling = some(m.handling, toHandling);
  if (handling) value.handling = handling;
  const origin = some(m.origin, toProvenance);
  if (origin) value.origin = origin;
  return value;
}

function toPerson(m: cen.v1.Person): Person {
  return {
    ...withPresent<Person>(
      {
        id: m.id as PersonId,
        familyName: m.familyName,
        documents: m.documents.map(toDocument),
        addresses: m.addresses.map(toAddress),
      },
      m,
      ['givenNames', 'birthDate', 'birthPlace', 'nationality', 'gender', 'notes'],
    ),
    ...meta(m),
  };
}

function toBusiness(m: cen.v1.Business): Business {
  return {
    ...withPresent<Business>(
      { id: m.id as BusinessId, name: m.name, addresses: m.addresses.map(toAddress) },
      m,
      ['registrationNumber', 'vatNumber', 'country', 'notes'],
    ),
    ...meta(m),
  };
}

/** Decodes through a reader with a budget of fields (bounded-reader.ts): the bytes come from outside. */
function decode<M, T>(
  messageType: string,
  bytes: Uint8Array,
  read: (reader: Reader) => M,
  convert: (m: M) => T,
): T {
  let message: M;
  try {
    message = read(boundedReader(bytes));
  } catch (error) {
    throw new DecodeError(messageType, error);
  }
  return convert(message);
}

// Plain records are valid encoder input: protobufjs reads own properties by field name.
export const encodeCase = (value: Case): Uint8Array => pb.Case.encode(value).finish();
export const decodeCase = (bytes: Uint8Array): Case =>
  decode('Case', bytes, (r) => pb.Case.decode(r), toCase);
export const encodePerson = (value: Person): Uint8Array => pb.Person.encode(value).finish();
export const decodePerson = (bytes: Uint8Array): Person =>
  decode('Person', bytes, (r) => pb.Person.decode(r), toPerson);
export const encodeBusiness = (value: Business): Uint8Array => pb.Business.encode(value).finish();
export const decodeBusiness = (bytes: Uint8Array): Business =>
  decode('Business', bytes, (r) => pb.Business.decode(r), toBusiness);
export const encodePhotoMeta = (value: PhotoMeta): Uint8Array => pb.PhotoMeta.encode(value).finish();
export const decodePhotoMeta = (bytes: Uint8Array): PhotoMeta =>
  decode('PhotoMeta', bytes, (r) => pb.PhotoMeta.decode(r), toPhoto);
