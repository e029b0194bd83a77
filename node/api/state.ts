/** What the middleware chain leaves on `ctx.state` for the handlers. */
import type { Session } from '../auth/sessions.ts';

export interface ApiState {
  /** The signed-in user's session, set by `requireSession`. */
  session?: Session;
  /** The raw session token from the cookie, for sign-out. */
  sessionToken?: string;
}

/** The session of a route behind `requireSession` (which guarantees it). */
export function sessionOf(state: ApiState): Session {
  if (!state.session) throw new Error('requireSession must run before this handler');
  return state.session;
}
