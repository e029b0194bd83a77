/**
 * A member that joins an operation late reads its whole backlog: KE organises with TZ, TZ's
 * officer posts three messages, then KE invites UG; once UG accepts on its own node, UG's officer
 * reads the three messages in order, each once, and what follows as it comes.
 */
import { expect } from 'chai';
import {
  apiPaths,
  type OperationDetail,
  type OperationListResponse,
  type OperationMessagesResponse,
  type PostOperationMessageResponse,
} from '../../protocol/api.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { eventually, linkPartners, OPERATIONS_P2P, runOperation } from '../helpers/operations.ts';

describe('operations: a late joiner', function () {
  this.timeout(60_000);
  let ke: TestNode, tz: TestNode, ug: TestNode;

  before(async () => {
    [ke, tz, ug] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', p2p: OPERATIONS_P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Revenue Authority', p2p: OPERATIONS_P2P }),
      startTestNode({ country: 'UG', name: 'Uganda Revenue Authority', p2p: OPERATIONS_P2P }),
    ]);
    await linkPartners([
      [ke, tz],
      [ke, ug],
    ]);
  });

  after(async () => {
    await Promise.all([ke?.close(), tz?.close(), ug?.close()]);
  });

  const texts = async (client: ApiClient, id: string): Promise<string[]> => {
    const page = await client.get<OperationMessagesResponse>(`${apiPaths.operationMessages(id)}?limit=1000`);
    expect(page.status).to.equal(200);
    return page.body.items.filter((e) => e.kind === 'message').map((e) => e.text ?? '');
  };

  it('reads every message posted before it joined, in order, once each, and those after', async () => {
    const [keAnalyst, tzAnalyst, tzOfficer, ugAnalyst, ugOfficer] = await Promise.all([
      ke.loginAs('analyst'),
      tz.loginAs('analyst'),
      tz.loginAs('officer'),
      ug.loginAs('analyst'),
      ug.loginAs('officer'),
    ]);
    const id = await runOperation(keAnalyst, [{ node: tz, analyst: tzAnalyst }], {
      name: 'Operation Backlog',
      participants: ['officer1'],
      template: { fields: [] },
    });
    const before = ['first sighting', 'second sighting', 'third sighting'];
    for (const text of before) {
      const posted = await tzOfficer.post<PostOperationMessageResponse>(apiPaths.operationMessages(id), {
        text,
      });
      expect(posted.status, JSON.stringify(posted.body)).to.equal(201);
    }

    const invited = await keAnalyst.post<OperationDetail>(apiPaths.operationMembers(id), {
      nodeId: ug.node.nodeId,
    });
    expect(invited.status, JSON.stringify(invited.body)).to.equal(200);
    await eventually(async () => {
      const list = await ugAnalyst.get<OperationListResponse>(apiPaths.operations);
      return list.body.items.some((o) => o.definition.id === id && o.status === 'invited');
    }, 'UG holds the invitation');
    const accepted = await ugAnalyst.post<OperationDetail>(apiPaths.operationAccept(id), {
      participants: ['officer1'],
    });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);

    await eventually(
      async () => (await texts(ugOfficer, id)).length >= before.length,
      'UG holds the backlog',
    );
    expect(await texts(ugOfficer, id)).to.deep.equal(before);

    const after = await tzOfficer.post<PostOperationMessageResponse>(apiPaths.operationMessages(id), {
      text: 'fourth sighting',
    });
    expect(after.status).to.equal(201);
    await eventually(
      async () => (await texts(ugOfficer, id)).length === before.length + 1,
      'UG holds the message posted after it joined',
    );
    expect(await texts(ugOfficer, id)).to.deep.equal([...before, 'fourth sighting']);
  });
});
