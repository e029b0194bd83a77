import { expect } from 'chai';
import { CASE_FORMS, CASE_KINDS, CASE_STATUSES, DIRECTIONS } from '../../../protocol/records.ts';
import {
  commoditiesOf,
  LANGUAGES,
  VOCABULARY_NAMES,
  vocabularies,
} from '../../../protocol/vocabulary/index.ts';
import { ISO_3166_ALPHA2 } from '../../../protocol/scripts/countries.ts';

// The codes other parts of the project (seed data, importers, partners) rely on: exactly these, in this order.
const EXPECTED: Partial<Record<(typeof VOCABULARY_NAMES)[number], string[]>> = {
  itrArea: [
    'drugs',
    'environment',
    'ipr-health-safety',
    'revenue',
    'security',
    'cultural-heritage',
    'money-laundering',
  ],
  offenceType: [
    'smuggling',
    'undeclared',
    'misdeclaration',
    'undervaluation',
    'origin-fraud',
    'ipr-infringement',
    'prohibited-goods',
    'restricted-without-licence',
    'cites-violation',
    'false-documents',
    'money-laundering',
    'other',
  ],
  detectionMethod: [
    'routine-control',
    'risk-profiling',
    'intelligence',
    'random',
    'detector-dog',
    'scanner',
    'tip-off',
    'other',
  ],
  locationType: ['airport', 'seaport', 'land-border', 'inland', 'postal-centre', 'express-courier', 'other'],
  conveyanceMode: [
    'air-passenger',
    'air-cargo',
    'sea-container',
    'sea-vessel',
    'road',
    'rail',
    'postal',
    'express-courier',
    'pedestrian',
    'other',
  ],
  concealmentMethod: [
    'baggage',
    'on-body',
    'in-body',
    'cargo',
    'hidden-compartment',
    'postal-item',
    'vehicle',
    'clothing',
    'other',
  ],
  unit: ['kg', 'g', 'l', 'ml', 'pieces', 'sticks', 'tablets', 'plants', 'pairs', 'm3', 'usd', 'other'],
  gender: ['male', 'female', 'unknown'],
  ageBand: ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-plus', 'unknown'],
  offenderRole: ['courier', 'organiser', 'driver', 'passenger', 'importer', 'exporter', 'other'],
  personRole: ['suspect', 'courier', 'driver', 'passenger', 'owner', 'consignee', 'witness', 'other'],
  businessRole: [
    'importer',
    'exporter',
    'consignor',
    'consignee',
    'carrier',
    'declarant',
    'freight-forwarder',
    'owner',
    'other',
  ],
  documentType: ['passport', 'identity-card', 'driving-licence', 'residence-permit', 'seaman-book', 'other'],
  handlingCode: ['H0', 'H1', 'H2', 'H3'],
  sourceEvaluation: ['A', 'B', 'C', 'X'],
  informationReliability: ['1', '2', '3', '4'],
  caseKind: [...CASE_KINDS],
  caseForm: [...CASE_FORMS],
  caseStatus: [...CASE_STATUSES],
  direction: [...DIRECTIONS],
};

const COMMODITIES_BY_AREA: Record<string, string[]> = {
  drugs: [
    'cannabis-herbal',
    'cannabis-resin',
    'cannabis-oil',
    'cannabis-plants',
    'cocaine',
    'heroin',
    'opium',
    'methamphetamine',
    'amphetamine',
    'captagon',
    'mdma',
    'khat',
    'tramadol',
    'fentanyl',
    'ketamine',
    'new-psychoactive-substances',
    'precursors',
  ],
  revenue: ['cigarettes', 'tobacco-other', 'alcohol', 'fuel', 'sugar', 'revenue-other'],
  'ipr-health-safety': [
    'counterfeit-clothing',
    'counterfeit-footwear',
    'counterfeit-accessories',
    'counterfeit-electronics',
    'counterfeit-medicines',
    'counterfeit-cosmetics',
    'counterfeit-toys',
    'counterfeit-spare-parts',
    'unsafe-food',
  ],
  environment: [
    'ivory',
    'rhino-horn',
    'pangolin-scales',
    'live-animals',
    'timber',
    'ozone-depleting-substances',
    'hazardous-waste',
    'wildlife-other',
  ],
  security: ['firearms', 'ammunition', 'explosives', 'firearm-parts', 'dual-use-goods'],
  'cultural-heritage': ['archaeological-objects', 'artworks', 'manuscripts', 'coins-antique'],
  'money-laundering': ['cash', 'bearer-instruments', 'gold', 'precious-stones'],
};

describe('vocabularies', () => {
  for (const [name, codes] of Object.entries(EXPECTED)) {
    it(`${name} holds exactly the agreed codes`, () => {
      expect(vocabularies[name as keyof typeof vocabularies].codes).to.deep.equal(codes);
    });
  }

  it('commodity holds exactly the agreed codes, each in its ITR area', () => {
    for (const [area, codes] of Object.entries(COMMODITIES_BY_AREA)) {
      expect(
        commoditiesOf(area).map((t) => t.code),
        area,
      ).to.deep.equal(codes);
    }
    expect(vocabularies.commodity.codes).to.have.length(Object.values(COMMODITIES_BY_AREA).flat().length);
  });

  it('country holds every officially assigned ISO 3166-1 alpha-2 code', () => {
    expect(vocabularies.country.codes).to.deep.equal(ISO_3166_ALPHA2);
    expect(vocabularies.country.codes).to.have.length(249);
    expect(vocabularies.country.label('CI', 'fr')).to.equal('Côte d’Ivoire');
    expect(vocabularies.country.has('XK')).to.equal(false); // user-assigned, not official
  });

  it('labels every term in all six languages, with no label left as a bare code or blank', () => {
    for (const name of VOCABULARY_NAMES) {
      for (const term of vocabularies[name].terms) {
        for (const lang of LANGUAGES) {
          const label = term.labels[lang];
          expect(label, `${name}.${term.code}.${lang}`).to.be.a('string').and.match(/\S/);
          expect(label.trim(), `${name}.${term.code}.${lang}`).to.equal(label);
        }
        // Arabic labels must be written in Arabic script, not copied from another language.
        expect(term.labels.ar, `${name}.${term.code}.ar`).to.match(/[\u0600-\u06ff]/);
        expect(term.labels.ru, `${name}.${term.code}.ru`).to.match(/[\u0400-\u04ff]|^[A-Z0-9]/);
      }
    }
  });

  it('gives each commodity a known unit and HS codes that are digits and agree with its prefixes', () => {
    for (const term of vocabularies.commodity.terms) {
      expect(vocabularies.itrArea.has(term.itrArea), term.code).to.equal(true);
      expect(vocabularies.unit.has(term.defaultUnit), term.code).to.equal(true);
      if (term.hsCode !== undefined) {
        expect(term.hsCode, term.code).to.match(/^\d{4}(\d{2})?$/);
        const prefixes = term.hsPrefixes ?? [term.hsCode.slice(0, 4)];
        expect(
          prefixes.some((p) => term.hsCode!.startsWith(p)),
          `${term.code} hsCode outside its prefixes`,
        ).to.equal(true);
      }
      for (const prefix of term.hsPrefixes ?? []) expect(prefix, term.code).to.match(/^\d{2}(\d{2})*$/);
    }
  });

  it('returns labels by language and falls back to the code for unknown codes', () => {
    expect(vocabularies.itrArea.label('drugs', 'fr')).to.equal('Drogues');
    expect(vocabularies.commodity.get('cigarettes')?.hsCode).to.equal('240220');
    expect(vocabularies.unit.label('not-a-unit', 'ar')).to.equal('not-a-unit');
  });
});
