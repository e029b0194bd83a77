/**
 * Finding persons and businesses over the API of a real node: by name, document, registration
 * and country, page by page, with bad parameters refused, and every search audited without
 * the words searched for.
 */
import { expect } from 'chai';
import {
  API_PREFIX,
  apiPaths,
  type AuditPage,
  type BusinessPage,
  type PersonPage,
  type ValidationFailed,
} from '../../protocol/api.ts';
import type { Business, Person, PersonInput } from '../../protocol/records.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { registerSecrets } from '../helpers/secrets.ts';

registerSecrets('personal data', [
  'Nyambura',
  'Wairimu',
  'Kariuki',
  'KE778899',
  'Kilindini Traders',
  'CPR-2020-5512',
]);

function person(overrides: Partial<PersonInput>): PersonInput {
  return {
    familyName: 'Nyambura',
    givenNames: 'Grace',
    birthDate: '1990-02-03',
    nationality: 'KE',
    ...overrides,
  };
}

describe('finding persons and businesses (real node over loopback)', function () {
  this.timeout(30_000);
  let t: TestNode;
  let officer: ApiClient;
  let grace: Person;

  before(async () => {
    t = await startTestNode({ country: 'KE' });
    officer = await t.loginAs('officer');
    const create = async (input: PersonInput) => (await officer.post<Person>(apiPaths.persons, input)).body;
    grace = await create(person({ documents: [{ type: 'passport', number: 'KE778899', country: 'KE' }] }));
    await create(person({ familyName: 'Wairimu', givenNames: 'Njeri' }));
    await create(person({ familyName: 'Kariuki', givenNames: 'Nyokabi', nationality: 'TZ' }));
  });
  after(async () => {
    await t?.close();
  });

  const names = (page: PersonPage) => page.items.map((p) => p.familyName);

  it('finds persons by the start of a name, a document number and a nationality', async () => {
    const byName = await officer.get<PersonPage>(`${apiPaths.persons}?q=${encodeURIComponent('NYA')}`);
    expect(byName.status).to.equal(200);
    expect(names(byName.body)).to.deep.equal(['Nyambura']);
    const byGiven = await officer.get<PersonPage>(`${apiPaths.persons}?q=ny`);
    // Ordered by the word that matched: Nyambura, then Nyokabi (Kariuki's given name).
    expect(names(byGiven.body)).to.deep.equal(['Nyambura', 'Kariuki']);
    const byDocument = await officer.get<PersonPage>(`${apiPaths.persons}?document=ke-778%20899`);
    expect(byDocument.body.items.map((p) => p.id)).to.deep.equal([grace.id]);
    const tanzanians = await officer.get<PersonPage>(`${apiPaths.persons}?nationality=TZ`);
    expect(names(tanzanians.body)).to.deep.equal(['Kariuki']);
    const all = await officer.get<PersonPage>(apiPaths.persons);
    expect(names(all.body)).to.deep.equal(['Kariuki', 'Nyambura', 'Wairimu']);
  });

  it('pages with the cursor it returns', async () => {
    const first = await officer.get<PersonPage>(`${apiPaths.persons}?limit=2`);
    expect(first.body.items).to.have.length(2);
    expect(first.body.nextCursor).to.be.a('string');
    const second = await officer.get<PersonPage>(
      `${apiPaths.persons}?limit=2&cursor=${encodeURIComponent(first.body.nextCursor!)}`,
    );
    expect(names(second.body)).to.deep.equal(['Wairimu']);
    expect(second.body.nextCursor).to.equal(undefined);
  });

  it('refuses unknown and malformed parameters with 400 and the field', async () => {
    for (const [query, path] of [
      ['colour=red', 'colour'],
      ['nationality=XX', 'nationality'],
      ['limit=0', 'limit'],
      ['cursor=not-ours', 'cursor'],
      ['registration=1', 'registration'],
    ] as const) {
      const response = await officer.get<ValidationFailed>(`${apiPaths.persons}?${query}`);
      expect(response.status, query).to.equal(400);
      expect(response.body.error.details?.[0]?.path, query).to.equal(path);
    }
    expect((await officer.get(`${apiPaths.businesses}?document=1`)).status).to.equal(400);
    expect((await officer.get(`${apiPaths.businesses}?country=ZZ`)).status).to.equal(400);
  });

  it('finds businesses by name, registration and country', async () => {
    const created = await officer.post<Business>(apiPaths.businesses, {
      name: 'Kilindini Traders',
      registrationNumber: 'CPR-2020-5512',
      country: 'KE',
    });
    await officer.post<Business>(apiPaths.businesses, { name: 'Zanzibar Spice Co', country: 'TZ' });
    const byName = await officer.get<BusinessPage>(`${apiPaths.businesses}?q=kilin`);
    expect(byName.body.items.map((b) => b.id)).to.deep.equal([created.body.id]);
    const byRegistration = await officer.get<BusinessPage>(`${apiPaths.businesses}?registration=cpr20205512`);
    expect(byRegistration.body.items.map((b) => b.name)).to.deep.equal(['Kilindini Traders']);
    const byCountry = await officer.get<BusinessPage>(`${apiPaths.businesses}?country=TZ`);
    expect(byCountry.body.items.map((b) => b.name)).to.deep.equal(['Zanzibar Spice Co']);
  });

  it('audits each search with the ids it showed, never the words searched for', async () => {
    await officer.get<PersonPage>(`${apiPaths.persons}?q=Wairimu`);
    const auditor = await t.loginAs('auditor');
    const page = await auditor.get<AuditPage>(
      `${API_PREFIX}/audit?action=nominal-read&actor=officer1&limit=1000`,
    );
    const searches = page.body.items.filter((entry) => entry.details?.view === 'search');
    const last = searches.find((entry) => entry.details?.type === 'person' && entry.details.results === 1);
    expect(last, 'an audit entry for the search').not.to.equal(undefined);
    expect(last!.details?.ids).to.have.length(1);
    const text = JSON.stringify(page.body.items);
    for (const word of ['Wairimu', 'NYA', 'KE778899', 'ke-778', 'cpr20205512', 'kilin'])
      expect(text, word).not.to.contain(word);
  });

  it('lets analysts search and refuses roles without nominal access', async () => {
    const analyst = await t.loginAs('analyst');
    expect((await analyst.get(apiPaths.persons)).status).to.equal(200);
    const admin = await t.loginAs('national-admin');
    expect((await admin.get(apiPaths.persons)).status).to.equal(403);
    expect((await admin.get(apiPaths.businesses)).status).to.equal(403);
  });
});
