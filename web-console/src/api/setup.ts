/**
 * `/api/v1/setup`: the first boot's setup of a node installed by the package, and `/healthz`,
 * which tells the console that the setup is pending.
 *
 * @example
 *   if (await setupPending()) showSetupPage(await setupStatus());
 */
import {
  apiPaths,
  HEALTH_PATH,
  type HealthResponse,
  type SetupRequest,
  type SetupResponse,
  type SetupStatusResponse,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { SetupRequest, SetupResponse, SetupStatusResponse };

/** Whether the node serves only its setup (no session needed: `/healthz` is public). */
export async function setupPending(): Promise<boolean> {
  try {
    const response = await fetch(HEALTH_PATH, { headers: { accept: 'application/json' } });
    return ((await response.json()) as HealthResponse).setup === 'pending';
  } catch {
    return false;
  }
}

export const setupStatus = () => apiRequest<SetupStatusResponse>('GET', apiPaths.setup);

export const completeSetup = (request: SetupRequest) =>
  apiRequest<SetupResponse>('POST', apiPaths.setup, request);
