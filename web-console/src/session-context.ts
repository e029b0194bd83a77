/**
 * The signed-in user and what their role may do, shared with every screen through @lit/context:
 * the shell provides it, and screens show only what the role can use (the node enforces the
 * permissions regardless, and answers 403 to anything else).
 *
 * @example
 *   readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
 *   if (can(this.#session.value, 'case:write')) …
 */
import { createContext } from '@lit/context';
import type { Permission, SessionUser } from '../../protocol/api.ts';

export interface ConsoleSession {
  /** `role` is a string: a newer node may hold roles this console does not know yet. */
  user: Omit<SessionUser, 'role'> & { role: string };
  expiresAt?: string;
  /** The role's permissions as the node reported them; absent from nodes that predate them. */
  permissions?: readonly Permission[];
}

export const sessionContext = createContext<ConsoleSession | undefined>(Symbol('cen-session'));

/** Whether the signed-in role holds `permission`; without a permission list, the node decides. */
export function can(session: ConsoleSession | undefined, permission: Permission): boolean {
  if (!session) return false;
  return session.permissions === undefined || session.permissions.includes(permission);
}
