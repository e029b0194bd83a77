/** Errors of the accounts area; the API's translator maps them like the node's own errors. */
export class UserExistsError extends Error {
  override name = 'UserExistsError';
  readonly username: string;
  constructor(username: string) {
    super(`a user named ${JSON.stringify(username)} already exists`);
    this.username = username;
  }
}
