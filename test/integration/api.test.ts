import { expect } from 'chai';
import {
  apiPaths,
  type ApiError,
  type CaseListResponse,
  type CasePage,
  type HealthResponse,
  type LinkedCasesResponse,
  type RevisionsResponse,
  type SessionResponse,
  type ValidationFailed,
  type VersionConflictDetails,
  type VocabulariesResponse,
} from '../../protocol/api.ts';
import type { PersonId, BusinessId } from '../../protocol/ids.ts';
import type { Business, Case, CaseInput, Person } from '../../protocol/records.ts';
import { ApiClient, startTestNode, type TestNode } from '../helpers/node.ts';
import { registerSecrets } from '../helpers/secrets.ts';

// Personal data of the fixtures below: none of it may reach a log line.
registerSecrets('personal data', [
  'Otieno',
  'James Ouma',
  '1984-07-21',
  'AK1234567',
  'Coastal Freight',
  'PVT-2019-88812',
]);

/** ISO 6346's own worked example: a container number with a valid check digit. */
const CONTAINER = 'CSQU3054383';
const UNKNOWN_CASE_ID = '01900000-0000-7000-8000-000000000000';

function seizure(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    kind: 'seizure',
    form: 'simplified',
    status: 'draft',
    seizureDate: '2026-03-14',
    location: { type: 'airport', code: 'NBO', name: 'Jomo Kenyatta International Airport' },
    detection: { method: 'risk-profiling' },
    items: [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 2.4, unit: 'kg' }],
    ...overrides,
  };
}

const idsOf = (records: { id: string }[]) => records.map((r) => r.id);

describe('HTTP API (real node over loopback)', function () {
  this.timeout(30_000);
  let t: TestNode;
  let api: ApiClient;

  before(async () => {
    t = await startTestNode({ country: 'KE' });
    api = await t.loginAs('officer');
  });
  after(async () => {
    await t?.close();
  });

  async function createCase(input: CaseInput): Promise<Case> {
    const response = await api.post<Case>(apiPaths.cases, input);
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    return response.body;
  }

  async function search(query: string): Promise<CasePage> {
    const response = await api.get<CasePage>(`${apiPaths.cases}?${query}`);
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    return response.body;
  }

  describe('sessions', () => {
    it('refuses every /api/v1 route without a session, with 401 and the error shape', async () => {
      const anonymous = new ApiClient(t.apiUrl);
      for (const path of [apiPaths.cases, apiPaths.vocabularies, apiPaths.session, '/api/v1/no-such-thing']) {
        const response = await anonymous.get<ApiError>(path);
        expect(response.status, path).to.equal(401);
        expect(response.body.error.code, path).to.equal('unauthenticated');
      }
      expect((await anonymous.post(apiPaths.cases, seizure())).status).to.equal(401);
    });

    it('signs in with the right password into an HttpOnly, SameSite=Strict cookie', async () => {
      await t.createUser('ana', 'officer', 'Pelican-Harbour-Lantern-2231');
      const client = new ApiClient(t.apiUrl);
      const response = await client.post<SessionResponse>(apiPaths.session, {
        username: 'ana',
        password: 'Pelican-Harbour-Lantern-2231',
      });
      expect(response.status).to.equal(200);
      expect(response.body.user).to.deep.equal({ username: 'ana', role: 'officer' });
      expect(response.body).to.include({ mustChangePassword: false, totpEnrolmentRequired: false });
      expect(response.body.permissions).to.include('case:write');
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).to.match(/^cen_session=[A-Za-z0-9_-]{43};/);
      expect(cookie.toLowerCase()).to.contain('httponly').and.to.contain('samesite=strict');
      expect((await client.get<SessionResponse>(apiPaths.session)).body.user.username).to.equal('ana');
    });

    it('refuses a wrong password or an unknown user with the same 401', async () => {
      const client = new ApiClient(t.apiUrl);
      const wrong = await client.post<ApiError>(apiPaths.session, {
        username: 'admin',
        password: 'not-the-password',
      });
      expect(wrong.status).to.equal(401);
      expect(wrong.headers.get('set-cookie')).to.equal(null);
      const unknown = await client.post<ApiError>(apiPaths.session, {
        username: 'nobody',
        password: 'whatever-it-is',
      });
      expect(unknown.status).to.equal(401);
      expect(unknown.body.error).to.deep.equal(wrong.body.error);
      expect(wrong.body.error.code).to.equal('invalid_credentials');
      expect((await client.get(apiPaths.cases)).status).to.equal(401);
    });

    it('signs out: the old cookie no longer works', async () => {
      const client = await t.loginAs('officer');
      const cookie = client.cookie;
      expect((await client.delete(apiPaths.session)).status).to.equal(204);
      expect((await new ApiClient(t.apiUrl, cookie).get(apiPaths.cases)).status).to.equal(401);
    });

    it('answers /healthz without a session', async () => {
      const response = await new ApiClient(t.apiUrl).get<HealthResponse>('/healthz');
      expect(response.status).to.equal(200);
      expect(response.body).to.deep.equal({ status: 'ok', store: 'ok' });
    });
  });

  describe('cases', () => {
    it('creates a case: 201, an id, version 1, the node country, a Location header', async () => {
      const response = await api.post<Case>(apiPaths.cases, seizure());
      expect(response.status).to.equal(201);
      expect(response.body.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(response.body).to.include({ version: 1, reportingCountry: 'KE', createdBy: 'officer1' });
      expect(response.headers.get('location')).to.equal(apiPaths.case(response.body.id));
      expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const read = await api.get<Case>(apiPaths.case(response.body.id));
      expect(read.status).to.equal(200);
      expect(read.body).to.deep.equal(response.body);
    });

    it('refuses bad input with 400 and the path of each bad field, storing nothing', async () => {
      const before = (await search('limit=500')).items.length;
      const noCommodity = { itrArea: 'drugs', quantity: 1 } as CaseInput['items'][number];
      const response = await api.post<ValidationFailed>(apiPaths.cases, seizure({ items: [noCommodity] }));
      expect(response.status).to.equal(400);
      expect(response.body.error.code).to.equal('validation_failed');
      const issues = response.body.error.details ?? [];
      expect(issues.map((i) => [i.path, i.rule])).to.deep.include(['items[0].commodity', 'required']);
      expect((await search('limit=500')).items.length).to.equal(before);
    });

    it('refuses bodies that are not JSON, not parseable, or too large', async () => {
      const truncated = await api.request<ApiError>('POST', apiPaths.cases, '{"kind":', {
        'content-type': 'application/json',
      });
      expect(truncated.status).to.equal(400);
      expect(truncated.body.error.code).to.equal('invalid_json');
      const text = await api.request('POST', apiPaths.cases, 'kind=seizure', {
        'content-type': 'text/plain',
      });
      expect(text.status).to.equal(415);
      const huge = await api.post<ApiError>(apiPaths.cases, {
        ...seizure(),
        narrative: 'x'.repeat(1_100_000),
      });
      expect(huge.status).to.equal(413);
      expect(huge.body.error.code).to.equal('payload_too_large');
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const unknown = await api.get<ApiError>(apiPaths.case(UNKNOWN_CASE_ID));
      expect(unknown.status).to.equal(404);
      expect(unknown.body.error.code).to.equal('not_found');
      const malformed = await api.get<ApiError>(apiPaths.case('not-an-id'));
      expect(malformed.status).to.equal(400);
      expect(malformed.body.error.code).to.equal('invalid_id');
      const update = await api.put<ApiError>(apiPaths.case(UNKNOWN_CASE_ID), { version: 1, case: seizure() });
      expect(update.status).to.equal(404);
    });

    it('updates with the current version (200, version 2) and refuses a stale one (409)', async () => {
      const created = await createCase(seizure());
      const updated = await api.put<Case>(apiPaths.case(created.id), {
        version: 1,
        case: seizure({ ref: 'KE/NBO/2026/0042' }),
      });
      expect(updated.status).to.equal(200);
      expect(updated.body).to.include({ version: 2, ref: 'KE/NBO/2026/0042' });
      const stale = await api.put<ApiError<VersionConflictDetails>>(apiPaths.case(created.id), {
        version: 1,
        case: seizure({ ref: 'late' }),
      });
      expect(stale.status).to.equal(409);
      expect(stale.body.error.code).to.equal('version_conflict');
      expect(stale.body.error.details).to.include({ current: 2, expected: 1 });
      expect((await api.get<Case>(apiPaths.case(created.id))).body.ref).to.equal('KE/NBO/2026/0042');
      const revisions = await api.get<RevisionsResponse>(apiPaths.caseRevisions(created.id));
      expect(revisions.body.items.map((r) => [r.version, r.op])).to.deep.equal([
        [1, 'create'],
        [2, 'update'],
      ]);
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      const created = await createCase(seizure());
      const [a, b] = await Promise.all([
        api.put(apiPaths.case(created.id), { version: 1, case: seizure({ ref: 'A' }) }),
        api.put(apiPaths.case(created.id), { version: 1, case: seizure({ ref: 'B' }) }),
      ]);
      expect([a.status, b.status].sort()).to.deep.equal([200, 409]);
      const winner = a.status === 200 ? 'A' : 'B';
      expect((await api.get<Case>(apiPaths.case(created.id))).body).to.include({ ref: winner, version: 2 });
    });

    it('soft-deletes: gone from search, still readable with deletedAt', async () => {
      const created = await createCase(seizure({ seizureDate: '2025-01-05', ref: 'DEL-1' }));
      const sameDay = 'from=2025-01-05&to=2025-01-05';
      expect(idsOf((await search(sameDay)).items)).to.include(created.id);
      expect((await api.delete(`${apiPaths.case(created.id)}?version=2`)).status).to.equal(409);
      expect((await api.delete(apiPaths.case(created.id))).status).to.equal(400); // no version
      const deleted = await api.delete<Case>(`${apiPaths.case(created.id)}?version=1`);
      expect(deleted.status).to.equal(200);
      expect(deleted.body.deletedAt).to.be.a('string');
      expect(idsOf((await search(sameDay)).items)).not.to.include(created.id);
      const read = await api.get<Case>(apiPaths.case(created.id));
      expect(read.status).to.equal(200);
      expect(read.body.deletedAt).to.equal(deleted.body.deletedAt);
    });
  });

  describe('search', () => {
    const ids: Record<string, string> = {};
    const cigarettes = (seizureDate: string, quantity: number, more: Partial<CaseInput> = {}) =>
      seizure({
        seizureDate,
        items: [{ itrArea: 'revenue', commodity: 'cigarettes', quantity, unit: 'sticks' }],
        ...more,
      });

    before(async () => {
      const inputs: [string, CaseInput][] = [
        ['cig1', cigarettes('2024-02-01', 50_000, { conveyance: { mode: 'sea-container' } })],
        ['cig2', cigarettes('2024-02-03', 9_000, { conveyance: { mode: 'road' } })],
        ['cig3', cigarettes('2024-02-05', 120_000, { conveyance: { mode: 'sea-container' } })],
        ['cig4', cigarettes('2024-02-07', 300, { route: { origin: 'AE', destination: 'KE' } })],
        ['cig5', cigarettes('2024-02-09', 4_000, { narrative: 'Hidden behind a false wall in the truck' })],
        [
          'ivory',
          seizure({
            seizureDate: '2024-02-04',
            items: [{ itrArea: 'environment', commodity: 'ivory', quantity: 30, unit: 'kg' }],
            route: { origin: 'KE', destination: 'VN' },
          }),
        ],
      ];
      for (const [name, input] of inputs) ids[name] = (await createCase(input)).id;
    });

    const february = 'from=2024-02-01&to=2024-02-28';
    const named = (...names: string[]) => names.map((n) => ids[n]);

    it('filters by commodity, date range, conveyance, route country and text', async () => {
      expect(idsOf((await search(`commodity=cigarettes&${february}`)).items)).to.deep.equal(
        named('cig5', 'cig4', 'cig3', 'cig2', 'cig1'),
      );
      expect(idsOf((await search(`conveyanceMode=sea-container&${february}`)).items)).to.deep.equal(
        named('cig3', 'cig1'),
      );
      expect(idsOf((await search('routeCountry=VN')).items)).to.deep.equal(named('ivory'));
      expect(idsOf((await search(`itrArea=environment&${february}`)).items)).to.deep.equal(named('ivory'));
      expect(idsOf((await search('q=false%20wall')).items)).to.deep.equal(named('cig5'));
    });

    it('pages with a cursor: every match once, newest first', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await search(
          `itrArea=revenue&${february}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.items.length).to.be.at.most(2);
        seen.push(...idsOf(page.items));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).to.deep.equal(named('cig5', 'cig4', 'cig3', 'cig2', 'cig1'));
    });

    it('refuses unknown parameters by name, bad dates and unknown codes with 400', async () => {
      const unknown = await api.get<ValidationFailed>(`${apiPaths.cases}?commodity=cigarettes&colour=red`);
      expect(unknown.status).to.equal(400);
      expect(unknown.body.error.details).to.deep.include({
        path: 'colour',
        rule: 'unknown-field',
        message: 'unknown query parameter "colour"',
      });
      const badDate = await api.get<ValidationFailed>(`${apiPaths.cases}?from=2024-13-01`);
      expect(badDate.status).to.equal(400);
      expect(badDate.body.error.details?.[0]).to.include({ path: 'from', rule: 'date' });
      expect((await api.get(`${apiPaths.cases}?commodity=banana`)).status).to.equal(400);
    });
  });

  describe('persons, businesses and correlation', () => {
    it('links cases through a shared container number', async () => {
      const container = { mode: 'sea-container', containerNumber: CONTAINER };
      const first = await createCase(seizure({ seizureDate: '2025-06-01', conveyance: container }));
      const second = await createCase(seizure({ seizureDate: '2025-06-20', conveyance: container }));
      const linked = await api.get<LinkedCasesResponse>(apiPaths.caseLinked(first.id));
      expect(linked.status).to.equal(200);
      expect(linked.body.items.map((l) => l.case.id)).to.deep.equal([second.id]);
      expect(linked.body.items[0]!.via).to.deep.include({ type: 'container', value: CONTAINER });
      const byIdentifier = await api.get<CaseListResponse>(apiPaths.identifierCases('container', CONTAINER));
      expect(idsOf(byIdentifier.body.items)).to.have.members([first.id, second.id]);
      expect((await api.get('/api/v1/identifiers/shoe-size/42/cases')).status).to.equal(400);
    });

    it('creates, reads, updates and deletes persons, and lists their cases', async () => {
      const created = await api.post<Person>(apiPaths.persons, {
        familyName: 'Otieno',
        givenNames: 'James',
        birthDate: '1984-07-21',
        nationality: 'KE',
        documents: [{ type: 'passport', number: 'AK1234567', country: 'KE' }],
      });
      expect(created.status).to.equal(201);
      expect(created.body).to.include({ version: 1, familyName: 'Otieno' });
      const person = created.body;
      const c = await createCase(seizure({ persons: [{ id: person.id, role: 'courier' }] }));
      expect(
        idsOf((await api.get<CaseListResponse>(apiPaths.personCases(person.id))).body.items),
      ).to.deep.equal([c.id]);
      const byDocument = await api.get<CaseListResponse>(apiPaths.identifierCases('document', 'AK1234567'));
      expect(idsOf(byDocument.body.items)).to.deep.equal([c.id]);

      const updated = await api.put<Person>(apiPaths.person(person.id), {
        version: 1,
        person: { familyName: 'Otieno', givenNames: 'James Ouma', documents: person.documents },
      });
      expect(updated.status).to.equal(200);
      expect(updated.body).to.include({ version: 2, givenNames: 'James Ouma' });
      const stale = await api.put(apiPaths.person(person.id), { version: 1, person: { familyName: 'X' } });
      expect(stale.status).to.equal(409);

      const nobody = '01900000-0000-7000-8000-000000000001' as PersonId;
      const missing = await api.post<ValidationFailed>(
        apiPaths.cases,
        seizure({ persons: [{ id: nobody, role: 'courier' }] }),
      );
      expect(missing.status).to.equal(400);
      expect(missing.body.error.details?.[0]).to.include({ path: 'persons[0].id' });

      const deleted = await api.delete<Person>(`${apiPaths.person(person.id)}?version=2`);
      expect(deleted.status).to.equal(200);
      expect(deleted.body.deletedAt).to.be.a('string');
      expect((await api.get<Person>(apiPaths.person(person.id))).body.deletedAt).to.equal(
        deleted.body.deletedAt,
      );
      expect(
        (await api.get<RevisionsResponse>(apiPaths.personRevisions(person.id))).body.items,
      ).to.have.length(3);
    });

    it('creates, reads, updates and deletes businesses, and lists their cases', async () => {
      const created = await api.post<Business>(apiPaths.businesses, {
        name: 'Coastal Freight Ltd',
        registrationNumber: 'PVT-2019-88812',
        country: 'KE',
      });
      expect(created.status).to.equal(201);
      const business = created.body;
      const c = await createCase(seizure({ businesses: [{ id: business.id, role: 'importer' }] }));
      const cases = await api.get<CaseListResponse>(apiPaths.businessCases(business.id));
      expect(idsOf(cases.body.items)).to.deep.equal([c.id]);
      const updated = await api.put<Business>(apiPaths.business(business.id), {
        version: 1,
        business: { name: 'Coastal Freight Limited' },
      });
      expect(updated.body).to.include({ version: 2, name: 'Coastal Freight Limited' });
      expect((await api.get<Business>(apiPaths.business(business.id))).body.name).to.equal(
        'Coastal Freight Limited',
      );
      expect((await api.delete(`${apiPaths.business(business.id)}?version=2`)).status).to.equal(200);
      const unknown = '01900000-0000-7000-8000-000000000002' as BusinessId;
      expect((await api.get(apiPaths.business(unknown))).status).to.equal(404);
      expect((await api.get(apiPaths.businessCases('nope'))).status).to.equal(400);
    });
  });

  it('serves every vocabulary with labels in six languages', async () => {
    const response = await api.get<VocabulariesResponse>(apiPaths.vocabularies);
    expect(response.status).to.equal(200);
    expect(response.body).to.include.keys(
      'country',
      'commodity',
      'itrArea',
      'conveyanceMode',
      'detectionMethod',
    );
    const cocaine = response.body.commodity.terms.find((term) => term.code === 'cocaine');
    expect(cocaine?.itrArea).to.equal('drugs');
    expect(Object.keys(cocaine?.labels ?? {})).to.have.members(['en', 'fr', 'es', 'ru', 'ar', 'pt']);
  });
});
