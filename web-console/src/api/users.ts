/**
 * `/api/v1/users`: accounts, for the contact point (national administrator): list, create (the
 * node answers a one-time password, shown once), change role or state, reset (a one-time code,
 * optionally removing the second factor) and end a user's sessions.
 *
 * @example
 *   const { oneTimePassword } = await createUser({ username: 'maria', role: 'officer' });
 */
import {
  apiPaths,
  type CreateUserRequest,
  type CreateUserResponse,
  type ResetUserRequest,
  type ResetUserResponse,
  type RevokeSessionsResponse,
  type UpdateUserRequest,
  type UserListResponse,
  type UserSummary,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { UserSummary };

export const listUsers = (signal?: AbortSignal) =>
  apiRequest<UserListResponse>('GET', apiPaths.users, undefined, signal ? { signal } : {});

export const createUser = (request: CreateUserRequest) =>
  apiRequest<CreateUserResponse>('POST', apiPaths.users, request);

export const updateUser = (username: string, change: UpdateUserRequest) =>
  apiRequest<UserSummary>('PATCH', apiPaths.user(username), change);

export const resetUser = (username: string, request: ResetUserRequest = {}) =>
  apiRequest<ResetUserResponse>('POST', apiPaths.userReset(username), request);

export const endSessions = (username: string) =>
  apiRequest<RevokeSessionsResponse>('DELETE', apiPaths.userSessions(username));
