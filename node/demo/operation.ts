/**
 * The demo's running operation (CENcomm, docs/decisions/0012-operations.md): Kenya's analyst
 * organises "Operation demo" with Tanzania and Belgium as members (both have an agreement with
 * Kenya), each member's analyst accepts on its own node and names its officer a participant, and
 * Tanzania's officer posts one report (commodity, quantity with unit, route) that the organiser
 * relays to Kenya and Belgium. Everything goes through the nodes' HTTP API, as the console would.
 * A later run of the demo finds the operation again and posts one more report.
 *
 * @example
 *   const result = await runDemoOperation({ organiser: ke, members: [tz, be], poster: 'tz' }, signal);
 *   console.log(formatDemoOperation(result));
 */
import {
  apiPaths,
  type OperationDetail,
  type OperationListResponse,
  type OperationMessagesResponse,
  type PostOperationMessageResponse,
} from '../../protocol/api.ts';

export const DEMO_OPERATION = {
  name: 'Operation demo',
  template: {
    fields: [
      { key: 'commodity', type: 'commodity', required: true },
      { key: 'quantity', type: 'quantity', required: true },
      { key: 'route', type: 'route', required: false },
    ],
  },
  report: { commodity: 'heroin', quantity: { value: 4.2, unit: 'kg' }, route: ['PK', 'AE', 'TZ', 'BE'] },
  text: 'Heroin in the false floor of a container bound for Antwerp, found at Dar es Salaam',
} as const;

/** How long the invitations, answers and the report may take to travel between running nodes. */
const OPERATION_TIMEOUT_MS = 60_000;

export class DemoOperationError extends Error {
  override name = 'DemoOperationError';
}

/** A demo node as the operation needs it: where its API is and who signs in. */
export interface DemoOperationNode {
  key: string;
  apiUrl: string;
  nodeId: string;
  /** Organises or answers invitations (`operation:manage`). */
  analyst: { username: string; password: string };
  /** Takes part: named a participant, posts the report on the poster's node. */
  officer: { username: string; password: string };
}

export interface DemoOperationResult {
  id: string;
  name: string;
  /** Per node: its part (organiser, or the member's status) and the messages its thread holds. */
  nodes: { key: string; part: string; messages: number }[];
  /** The report just posted, and the nodes it reached. */
  report: { id: string; from: string; reached: string[] };
}

/** A signed-in user of one node: JSON over its API with the session cookie. */
class DemoSession {
  readonly #apiUrl: string;
  readonly #cookie: string;

  private constructor(apiUrl: string, cookie: string) {
    this.#apiUrl = apiUrl;
    this.#cookie = cookie;
  }

  static async open(apiUrl: string, user: { username: string; password: string }): Promise<DemoSession> {
    const res = await fetch(`${apiUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(user),
    });
    if (!res.ok)
      throw new DemoOperationError(`signing in as ${user.username} at ${apiUrl} failed (${res.status})`);
    await res.body?.cancel();
    return new DemoSession(apiUrl, res.headers.get('set-cookie')?.split(';')[0] ?? '');
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.#apiUrl}${path}`, {
      method,
      headers: {
        cookie: this.#cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  }

  async expect<T>(method: string, path: string, status: number, body?: unknown): Promise<T> {
    const res = await this.call<T>(method, path, body);
    if (res.status !== status) {
      throw new DemoOperationError(
        `${method} ${path} at ${this.#apiUrl} answered ${res.status}: ${JSON.stringify(res.body)}`,
      );
    }
    return res.body;
  }

  async close(): Promise<void> {
    await this.call('DELETE', '/api/v1/session').catch(() => undefined);
  }
}

async function poll<T>(read: () => Promise<T | undefined>, what: string, signal: AbortSignal): Promise<T> {
  const deadline = Date.now() + OPERATION_TIMEOUT_MS;
  for (;;) {
    if (signal.aborted) throw new DemoOperationError(`stopped while waiting until ${what}`);
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new DemoOperationError(`${what} did not happen within ${OPERATION_TIMEOUT_MS / 1000} s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Every message id of the operation's thread as `session`'s node holds it. */
async function messageIds(session: DemoSession, id: string): Promise<string[]> {
  const ids: string[] = [];
  let after = 0;
  for (;;) {
    const page = await session.expect<OperationMessagesResponse>(
      'GET',
      `${apiPaths.operationMessages(id)}?after=${after}&limit=1000`,
      200,
    );
    ids.push(...page.items.filter((e) => e.kind === 'message' && e.id !== undefined).map((e) => e.id!));
    if (page.nextAfter === undefined) return ids;
    after = page.nextAfter;
  }
}

/**
 * Organises the demo operation (or finds it again), has every member accept, posts one report
 * on `poster`'s node and waits until the organiser and every other member hold it.
 */
export async function runDemoOperation(
  nodes: { organiser: DemoOperationNode; members: readonly DemoOperationNode[]; poster: string },
  signal: AbortSignal,
): Promise<DemoOperationResult> {
  const { organiser, members } = nodes;
  const poster = members.find((m) => m.key === nodes.poster);
  if (!poster) throw new DemoOperationError(`${nodes.poster} is not a member of the demo operation`);
  const sessions: DemoSession[] = [];
  const open = async (node: DemoOperationNode, who: 'analyst' | 'officer') => {
    const session = await DemoSession.open(node.apiUrl, node[who]);
    sessions.push(session);
    return session;
  };
  try {
    const [organising, answering, posting] = await Promise.all([
      open(organiser, 'analyst'),
      Promise.all(members.map((m) => open(m, 'analyst'))),
      open(poster, 'officer'),
    ]);
    const known = await organising.expect<OperationListResponse>('GET', apiPaths.operations, 200);
    let id = known.items.find(
      (o) => o.role === 'organiser' && o.definition.name === DEMO_OPERATION.name && o.state === 'active',
    )?.definition.id;
    if (id === undefined) {
      const created = await organising.expect<OperationDetail>('POST', apiPaths.operations, 201, {
        name: DEMO_OPERATION.name,
        members: members.map((m) => m.nodeId),
        template: DEMO_OPERATION.template,
        participants: [organiser.officer.username],
      });
      id = created.definition.id;
    }
    const operationId = id;

    // Each member's analyst accepts on its own node, once the invitation is there.
    await Promise.all(
      members.map(async (member, i) => {
        const session = answering[i]!;
        const status = await poll(
          async () => {
            const list = await session.expect<OperationListResponse>('GET', apiPaths.operations, 200);
            return list.items.find((o) => o.definition.id === operationId)?.status;
          },
          `${member.key} receives the invitation`,
          signal,
        );
        if (status !== 'accepted') {
          await session.expect('POST', apiPaths.operationAccept(operationId), 200, {
            participants: [member.officer.username],
          });
        }
      }),
    );
    await poll(
      async () => {
        const detail = await organising.expect<OperationDetail>('GET', apiPaths.operation(operationId), 200);
        return detail.progress?.every((m) => m.status === 'accepted') ? true : undefined;
      },
      `${organiser.key} holds every acceptance`,
      signal,
    );

    const posted = await posting.expect<PostOperationMessageResponse>(
      'POST',
      apiPaths.operationMessages(operationId),
      201,
      { text: DEMO_OPERATION.text, report: DEMO_OPERATION.report },
    );
    const readers = [
      { node: organiser, session: organising },
      ...members.map((node, i) => ({ node, session: answering[i]! })),
    ];
    const held = await Promise.all(
      readers.map(({ node, session }) =>
        poll(
          async () => {
            const ids = await messageIds(session, operationId);
            return ids.includes(posted.id) ? ids.length : undefined;
          },
          `${node.key} holds the report`,
          signal,
        ),
      ),
    );
    const detail = await organising.expect<OperationDetail>('GET', apiPaths.operation(operationId), 200);
    return {
      id: operationId,
      name: detail.definition.name,
      nodes: readers.map(({ node }, i) => ({
        key: node.key,
        part:
          node === organiser
            ? 'organiser'
            : (detail.progress?.find((m) => m.nodeId === node.nodeId)?.status ?? 'unknown'),
        messages: held[i]!,
      })),
      report: {
        id: posted.id,
        from: poster.key,
        reached: readers.filter(({ node }) => node !== poster).map(({ node }) => node.key),
      },
    };
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
}

/** The operation's section of the demo's printout. */
export function formatDemoOperation(result: DemoOperationResult, analystPasswordFile: string): string {
  const rows = [
    ['node', 'part', 'messages held'],
    ...result.nodes.map((n) => [n.key, n.part, String(n.messages)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  return [
    `Operation "${result.name}" (CENcomm: the organiser numbers and relays one signed thread):`,
    ...table,
    '',
    `A report (commodity, quantity and unit, route) posted by ${result.report.from}'s officer reached ` +
      `${result.report.reached.join(' and ')}`,
    'through the organiser; officers see it under Operations. The analysts, who organise operations,',
    `answer invitations and extract the reports, sign in as "analyst" (password in`,
    `${analystPasswordFile}).`,
  ].join('\n');
}
