/** What the middleware chain leaves on `ctx.state` for the handlers. */
import type { Session } from '../auth/sessions.ts';

export interface ApiState {
  /** The signed-in user's session, set by the access control for every route but signing in. */
  session?: Session;
  /** The raw session token from the cookie, for sign-out and password changes. */
  sessionToken?: string;
  /** The route template that matched (`/api/v1/cases/:id`), for logs and audit entries. */
  route?: string;
}

/** The session of a route behind the access control (which guarantees it). */
export function sessionOf(state: ApiState): Session {
  if (!state.session) throw new Error('the access control must run before this handler');
  return state.session;
}
