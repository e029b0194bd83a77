/**
 * Why the watch lists refuse; tests assert them by `name`. A partner's refusal is a result, not
 * one of these. The two refusals of a user are `ForbiddenError`s, so the API answers them 403.
 */
import { ForbiddenError } from '../errors.ts';

/** A rule received from a partner is the partner's: it is read here, never edited. */
export class ReceivedRuleReadOnlyError extends ForbiddenError {
  override name = 'ReceivedRuleReadOnlyError';
  constructor(id: string) {
    super(`rule ${id} was shared by a partner and is read-only on this node`);
  }
}

/** Only a rule's owners (and its author) may change, run or delete it. */
export class NotRuleOwnerError extends ForbiddenError {
  override name = 'NotRuleOwnerError';
  constructor(id: string) {
    super(`only the owners of rule ${id} may change it`);
  }
}

/** The service is stopped (the node is shutting down): it neither evaluates nor shares. */
export class WatchlistServiceStoppedError extends Error {
  override name = 'WatchlistServiceStoppedError';
  constructor() {
    super('the watch-list service is stopped');
  }
}
