/**
 * Branded identifiers. Every id that crosses a boundary (API path, CLI argument, peer message)
 * is parsed once by its parse function and travels as its brand afterwards.
 *
 * @example
 *   const id = parseCaseId(ctx.params.id); // throws InvalidIdError on anything but a UUIDv7
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CaseId = Brand<string, 'CaseId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type BusinessId = Brand<string, 'BusinessId'>;
export type NodeId = Brand<string, 'NodeId'>;
export type UserId = Brand<string, 'UserId'>;

export class InvalidIdError extends Error {
  override name = 'InvalidIdError';
  readonly kind: string;
  constructor(kind: string, value: unknown) {
    super(
      `not a valid ${kind} id: ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value}`,
    );
    this.kind = kind;
  }
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function parseUuidV7<T>(kind: string, value: unknown): T {
  if (typeof value !== 'string' || !UUID_V7.test(value)) throw new InvalidIdError(kind, value);
  return value as T;
}

export const isUuidV7 = (value: unknown): value is string => typeof value === 'string' && UUID_V7.test(value);
export const parseCaseId = (value: unknown): CaseId => parseUuidV7<CaseId>('case', value);
export const parsePersonId = (value: unknown): PersonId => parseUuidV7<PersonId>('person', value);
export const parseBusinessId = (value: unknown): BusinessId => parseUuidV7<BusinessId>('business', value);
export const parseUserId = (value: unknown): UserId => parseUuidV7<UserId>('user', value);

/** A libp2p peer id of an Ed25519 key, base58btc ("12D3KooW…"). */
const PEER_ID = /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/;
export const parseNodeId = (value: unknown): NodeId => {
  if (typeof value !== 'string' || !PEER_ID.test(value)) throw new InvalidIdError('node', value);
  return value as NodeId;
};
