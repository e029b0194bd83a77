/**
 * A `fetch` that trusts exactly one certificate, as an officer does who has accepted their
 * node's self-signed certificate after comparing its fingerprint: for ApiClient against a node
 * that serves HTTPS (the installed appliance).
 *
 * @example
 *   const client = new ApiClient('https://10.0.0.2:8443', undefined, trustingFetch(certPem));
 */
import { request } from 'node:https';

export function trustingFetch(ca: string): typeof fetch {
  return async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? init.body : undefined;
    return new Promise<Response>((resolve, reject) => {
      const req = request(url, { method: init.method ?? 'GET', ca, headers, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const answer: [string, string][] = [];
          for (const [name, value] of Object.entries(res.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
              answer.push([name, one]);
            }
          }
          const status = res.statusCode ?? 0;
          const content = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(content, { status, headers: answer }));
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within 30 s`)));
      req.on('error', reject);
      req.end(body);
    });
  };
}
