/** Why the query service refuses; tests assert them by `name`. A partner's refusal is a result, not one of these. */

/** The service is stopped (the node is shutting down): it neither asks nor answers. */
export class QueryServiceStoppedError extends Error {
  override name = 'QueryServiceStoppedError';
  constructor() {
    super('the query service is stopped');
  }
}
