/**
 * The console's rules for finding persons and businesses: what typed text becomes as an API
 * search, and the URLs of the list and edit screens.
 */
import { expect } from 'chai';
import { v7 } from 'uuid';
import { businessSearchOf, personSearchOf } from '../../../web-console/src/party-search.ts';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

describe('web console: finding persons and businesses', () => {
  it('searches names as name words and text with a digit as a document or registration number', () => {
    expect(personSearchOf('  otieno  ')).to.deep.equal({ q: 'otieno' });
    expect(personSearchOf('Ochieng Peter')).to.deep.equal({ q: 'Ochieng Peter' });
    expect(personSearchOf('AK 773 0142')).to.deep.equal({ document: 'AK 773 0142' });
    expect(personSearchOf('   ')).to.deep.equal({});
    expect(businessSearchOf('Acme Freight')).to.deep.equal({ q: 'Acme Freight' });
    expect(businessSearchOf('PVT-2019-44871')).to.deep.equal({ registration: 'PVT-2019-44871' });
    // Digits of other scripts count as digits too (Arabic-Indic here).
    expect(personSearchOf('١٢٣٤٥')).to.deep.equal({ document: '١٢٣٤٥' });
  });

  it('opens the list and edit screens from their URLs, and builds the same URLs', () => {
    const id = v7();
    const persons = parseRoute('/persons', '?q=otieno');
    expect(persons.screen).to.equal('persons');
    expect(persons.screen === 'persons' && persons.query.get('q')).to.equal('otieno');
    expect(parseRoute('/businesses/', '').screen).to.equal('businesses');
    expect(parseRoute(paths.editPerson(id), '')).to.deep.equal({ screen: 'person-edit', id });
    expect(parseRoute(paths.editBusiness(id), '')).to.deep.equal({ screen: 'business-edit', id });
    expect(parseRoute(paths.person(id), '')).to.deep.equal({ screen: 'person', id });
    expect(parseRoute('/persons/not-an-id/edit', '').screen).to.equal('not-found');
    expect(paths.persons(new URLSearchParams({ q: 'a b' }))).to.equal('/persons?q=a+b');
    expect(paths.businesses()).to.equal('/businesses');
  });
});
