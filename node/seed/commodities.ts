/**
 * What each commodity's seizures look like, after the WCO Illicit Trade Reports: how often it is
 * seized (relative weight in number of cases), the routes it travels, by which conveyance, hidden
 * how, in what quantities (log-normal median and spread per conveyance) and at what price.
 *
 * Weights are per mille of all cases and add up to roughly 1000: cannabis and cigarettes dominate,
 * counterfeits and tramadol/captagon are common, cocaine, heroin and methamphetamine fewer, ivory,
 * rhino horn, pangolin scales, cultural objects and firearms rare, cash moderate.
 */

export type ConveyanceMode =
  | 'air-passenger'
  | 'air-cargo'
  | 'sea-container'
  | 'sea-vessel'
  | 'road'
  | 'rail'
  | 'postal'
  | 'express-courier'
  | 'pedestrian';

/** A trafficking chain: one origin, one country from each transit group, one destination. */
export interface RouteChain {
  weight: number;
  from: readonly string[];
  via?: readonly (readonly string[])[];
  to: readonly string[];
}

/** Median and log-normal sigma of the quantity seized. */
export type Size = readonly [median: number, sigma: number];

export interface CommodityProfile {
  commodity: string;
  itrArea: string;
  weight: number;
  unit: string;
  /** Counted things (pieces, tablets, sticks) are whole numbers. */
  integer?: boolean;
  /** Seizure size by conveyance; `default` for the others. */
  size: Partial<Record<ConveyanceMode, Size>> & { default: Size };
  /** Wholesale value of one unit in USD at the destination. */
  priceUsd: number;
  modes: readonly (readonly [ConveyanceMode, number])[];
  /** Sets of offence types, one picked per case. */
  offences: readonly (readonly string[])[];
  descriptions: readonly string[];
  /** Goods used as cover in cargo: "hidden among {cover}". */
  cover?: readonly string[];
  /** Extra concealments for this commodity, weighted in with the conveyance's usual ones. */
  concealments?: Partial<Record<ConveyanceMode, readonly ConcealmentOption[]>>;
  brands?: readonly string[];
  species?: readonly string[];
  routes: readonly RouteChain[];
  /** Probability that a case in a producing country is a domestic seizure (inland, no border). */
  domestic?: number;
  /** Persons and businesses recur within a network, not across unrelated trades. */
  network: string;
}

export interface ConcealmentOption {
  method: string;
  description: string;
  weight: number;
}

const SOUTH_AMERICA_COCA = ['CO', 'PE', 'BO'];
const COCAINE_HUBS = ['EC', 'BR', 'PA', 'DO', 'VE'];
const WEST_AFRICA = ['GN', 'GW', 'SN', 'GH', 'NG', 'TG', 'BJ', 'CI'];
const EU_COCAINE_MARKETS = ['ES', 'NL', 'BE', 'GB', 'FR', 'DE', 'IT', 'PT'];
const WESTERN_EUROPE = ['BE', 'NL', 'DE', 'FR', 'GB', 'ES', 'IT'];
const EAST_AFRICA_COAST = ['KE', 'TZ', 'MZ'];
const IVORY_SOURCES = ['KE', 'TZ', 'MZ', 'NG', 'UG', 'CG', 'CM', 'AO'];
const ASIAN_WILDLIFE_MARKETS = ['VN', 'CN', 'MY', 'TH', 'HK', 'KH', 'LA'];
const AIR_HUBS = ['ET', 'AE', 'QA', 'TR'];
const COUNTERFEIT_SOURCES = ['CN', 'HK', 'TR', 'VN', 'IN'];
const AFRICAN_MARKETS = ['NG', 'KE', 'TZ', 'GH', 'UG', 'ZA', 'SN', 'CI'];

export const COMMODITIES: readonly CommodityProfile[] = [
  // ---------------------------------------------------------------- drugs
  {
    commodity: 'cannabis-herbal',
    itrArea: 'drugs',
    weight: 140,
    unit: 'kg',
    size: {
      'air-passenger': [4, 0.9],
      postal: [0.4, 1.1],
      'express-courier': [1, 1.2],
      road: [40, 1.6],
      'sea-container': [800, 1.2],
      default: [8, 1.6],
    },
    priceUsd: 2500,
    modes: [
      ['road', 30],
      ['air-passenger', 18],
      ['postal', 16],
      ['express-courier', 8],
      ['pedestrian', 8],
      ['sea-container', 6],
      ['sea-vessel', 4],
      ['rail', 2],
    ],
    offences: [['smuggling'], ['smuggling', 'prohibited-goods'], ['prohibited-goods']],
    descriptions: [
      'Dried herbal cannabis in vacuum-sealed bags',
      'Compressed bricks of herbal cannabis',
      'Cannabis buds in heat-sealed pouches',
      'Dried cannabis leaves and stems in sacks',
    ],
    cover: ['maize flour sacks', 'charcoal bags', 'fresh vegetables', 'used clothing bales', 'furniture'],
    routes: [
      { weight: 4, from: ['KE', 'TZ', 'UG', 'ET', 'RW'], to: ['KE', 'TZ', 'UG', 'SO', 'RW'] },
      { weight: 3, from: ['NG', 'GH', 'SN', 'CI', 'TG'], to: ['NG', 'GH', 'BJ', 'NE', 'ML'] },
      { weight: 3, from: ['ZA', 'LS', 'SZ', 'MW', 'MZ'], to: ['ZA', 'BW', 'NA', 'ZW', 'GB'] },
      { weight: 4, from: ['US', 'CA', 'TH'], to: ['GB', 'DE', 'NL', 'BE', 'FR', 'IE'] },
      { weight: 2, from: ['JM', 'CO', 'MX'], via: [['DO', 'PA']], to: ['GB', 'ES', 'NL', 'US'] },
      { weight: 2, from: ['AL', 'MA'], to: ['IT', 'GR', 'ES', 'FR'] },
      { weight: 1, from: ['IN', 'NP'], to: ['IN', 'BD', 'LK'] },
    ],
    domestic: 0.35,
    network: 'cannabis',
  },
  {
    commodity: 'cannabis-resin',
    itrArea: 'drugs',
    weight: 60,
    unit: 'kg',
    size: {
      'air-passenger': [3, 0.8],
      road: [90, 1.5],
      'sea-vessel': [900, 1.2],
      'sea-container': [700, 1.1],
      postal: [0.3, 1],
      default: [10, 1.6],
    },
    priceUsd: 3500,
    modes: [
      ['road', 35],
      ['sea-vessel', 20],
      ['air-passenger', 10],
      ['sea-container', 10],
      ['pedestrian', 10],
      ['postal', 8],
      ['rail', 2],
    ],
    offences: [['smuggling'], ['smuggling', 'prohibited-goods']],
    descriptions: [
      'Cannabis resin (hashish) in 250 g tablets',
      'Hashish bars marked with a logo',
      'Cannabis resin slabs wrapped in cling film',
    ],
    cover: ['fresh vegetables', 'tomatoes', 'citrus fruit', 'frozen fish'],
    concealments: {
      'sea-vessel': [
        {
          method: 'cargo',
          description: 'in bales on board a rigid-hulled inflatable boat (go-fast)',
          weight: 4,
        },
      ],
    },
    routes: [
      { weight: 6, from: ['MA'], via: [['ES']], to: ['FR', 'BE', 'NL', 'IT', 'GB', 'DE'] },
      { weight: 3, from: ['MA'], to: ['ES', 'PT', 'DZ', 'LY'] },
      { weight: 2, from: ['AF', 'PK'], via: [['IR']], to: ['TR', 'AE', 'SA'] },
      { weight: 1, from: ['LB'], to: ['SY', 'JO', 'EG'] },
    ],
    domestic: 0.15,
    network: 'cannabis',
  },
  {
    commodity: 'cannabis-oil',
    itrArea: 'drugs',
    weight: 8,
    unit: 'l',
    size: { default: [0.4, 1.2] },
    priceUsd: 9000,
    modes: [
      ['postal', 40],
      ['express-courier', 30],
      ['air-passenger', 20],
      ['road', 10],
    ],
    offences: [['prohibited-goods'], ['smuggling', 'misdeclaration']],
    descriptions: [
      'Cannabis oil in vape cartridges',
      'THC distillate in small bottles',
      'Cannabis-infused edibles and oil',
    ],
    routes: [{ weight: 1, from: ['US', 'CA', 'TH'], to: ['GB', 'DE', 'NL', 'BE', 'FR', 'AE', 'KE', 'ZA'] }],
    network: 'cannabis',
  },
  {
    commodity: 'cannabis-plants',
    itrArea: 'drugs',
    weight: 6,
    unit: 'plants',
    integer: true,
    size: { default: [60, 1.4] },
    priceUsd: 300,
    modes: [
      ['road', 70],
      ['pedestrian', 20],
      ['rail', 10],
    ],
    offences: [['prohibited-goods']],
    descriptions: ['Cannabis plants uprooted at an illegal plantation', 'Cannabis seedlings in pots'],
    routes: [
      {
        weight: 1,
        from: ['KE', 'TZ', 'NG', 'GH', 'ZA', 'MA', 'AL', 'CO'],
        to: ['KE', 'TZ', 'NG', 'GH', 'ZA', 'MA', 'BE', 'NL'],
      },
    ],
    domestic: 0.9,
    network: 'cannabis',
  },
  {
    commodity: 'cocaine',
    itrArea: 'drugs',
    weight: 40,
    unit: 'kg',
    size: {
      'air-passenger': [2.5, 0.8],
      'air-cargo': [25, 1.2],
      'sea-container': [250, 1.2],
      'sea-vessel': [900, 1.0],
      postal: [0.25, 1.0],
      'express-courier': [1.2, 1.0],
      default: [5, 1.5],
    },
    priceUsd: 32000,
    modes: [
      ['sea-container', 30],
      ['air-passenger', 38],
      ['air-cargo', 6],
      ['express-courier', 8],
      ['postal', 8],
      ['sea-vessel', 6],
      ['road', 4],
    ],
    offences: [['smuggling'], ['smuggling', 'prohibited-goods']],
    descriptions: [
      'Cocaine hydrochloride in 1 kg bricks stamped with a logo',
      'White powder testing positive for cocaine',
      'Cocaine in pellets',
      'Liquid cocaine impregnated in clothing',
    ],
    cover: ['bananas', 'pineapples', 'frozen fish', 'coffee beans', 'scrap metal', 'cut flowers', 'avocados'],
    concealments: {
      'air-passenger': [
        { method: 'in-body', description: 'in swallowed pellets, detected by a body scan', weight: 6 },
        { method: 'baggage', description: 'under a false bottom of the suitcase', weight: 4 },
      ],
      'sea-container': [
        {
          method: 'cargo',
          description: 'in holdalls placed behind the container doors after sealing (rip-on/rip-off)',
          weight: 5,
        },
      ],
    },
    routes: [
      { weight: 8, from: SOUTH_AMERICA_COCA, via: [COCAINE_HUBS], to: EU_COCAINE_MARKETS },
      { weight: 3, from: SOUTH_AMERICA_COCA, via: [['BR'], WEST_AFRICA], to: EU_COCAINE_MARKETS },
      { weight: 3, from: ['BR', 'BO'], via: [['ET', 'QA', 'AE']], to: ['KE', 'TZ', 'ZA', 'NG', 'GH', 'MZ'] },
      { weight: 3, from: ['CO', 'PE'], via: [['MX', 'PA']], to: ['US', 'CA'] },
      { weight: 1, from: ['CO', 'PE', 'BO'], via: [['BR', 'CL']], to: ['AU', 'CN', 'HK'] },
    ],
    network: 'cocaine',
  },
  {
    commodity: 'heroin',
    itrArea: 'drugs',
    weight: 15,
    unit: 'kg',
    size: {
      'air-passenger': [2, 0.8],
      road: [40, 1.4],
      'sea-vessel': [200, 1.1],
      'sea-container': [120, 1.2],
      default: [5, 1.3],
    },
    priceUsd: 25000,
    modes: [
      ['road', 35],
      ['air-passenger', 30],
      ['sea-vessel', 12],
      ['sea-container', 10],
      ['postal', 5],
      ['air-cargo', 8],
    ],
    offences: [['smuggling'], ['smuggling', 'prohibited-goods']],
    descriptions: ['Brown heroin in taped packages', 'Heroin base powder', 'Heroin in capsules'],
    cover: ['dried fruit', 'marble slabs', 'carpets', 'spices', 'cement'],
    concealments: {
      'air-passenger': [
        { method: 'in-body', description: 'in swallowed capsules, detected by X-ray', weight: 4 },
      ],
      'sea-vessel': [
        { method: 'hidden-compartment', description: 'in sacks in the hold of a dhow', weight: 5 },
      ],
    },
    routes: [
      {
        weight: 6,
        from: ['AF'],
        via: [['IR', 'PK'], ['TR']],
        to: ['BG', 'GR', 'NL', 'DE', 'BE', 'GB', 'FR'],
      },
      { weight: 4, from: ['AF'], via: [['PK'], EAST_AFRICA_COAST], to: ['ZA', 'NG', 'GB', 'BE'] },
      { weight: 2, from: ['AF'], via: [['PK']], to: ['IN', 'LK', 'AE'] },
      { weight: 2, from: ['MM', 'LA'], via: [['TH', 'MY']], to: ['AU', 'CN', 'HK'] },
    ],
    network: 'heroin',
  },
  {
    commodity: 'opium',
    itrArea: 'drugs',
    weight: 6,
    unit: 'kg',
    size: { default: [6, 1.3] },
    priceUsd: 2000,
    modes: [
      ['road', 70],
      ['pedestrian', 15],
      ['air-passenger', 15],
    ],
    offences: [['smuggling']],
    descriptions: ['Raw opium in plastic-wrapped cakes', 'Opium gum'],
    routes: [
      { weight: 1, from: ['AF', 'MM'], via: [['IR', 'PK', 'TH', 'LA']], to: ['IR', 'TR', 'IN', 'CN'] },
    ],
    network: 'heroin',
  },
  {
    commodity: 'methamphetamine',
    itrArea: 'drugs',
    weight: 18,
    unit: 'kg',
    size: {
      'air-passenger': [2, 0.7],
      'sea-container': [150, 1.3],
      road: [30, 1.5],
      postal: [0.2, 1],
      default: [4, 1.5],
    },
    priceUsd: 15000,
    modes: [
      ['air-passenger', 25],
      ['road', 25],
      ['sea-container', 15],
      ['postal', 15],
      ['express-courier', 10],
      ['sea-vessel', 10],
    ],
    offences: [['smuggling'], ['smuggling', 'prohibited-goods']],
    descriptions: [
      'Crystal methamphetamine in Chinese tea packaging',
      'Methamphetamine tablets (yaba)',
      'Crystalline substance testing positive for methamphetamine',
    ],
    cover: ['tea packets', 'auto parts', 'garden furniture', 'cat litter'],
    routes: [
      { weight: 4, from: ['MM', 'LA'], via: [['TH']], to: ['MY', 'AU', 'JP', 'KR', 'BD'] },
      { weight: 3, from: ['MX'], to: ['US', 'AU', 'NZ'] },
      { weight: 2, from: ['AF', 'IR'], via: [['PK', 'TR']], to: ['AE', 'TR', 'LK', 'IN', 'ZA'] },
      { weight: 2, from: ['NG'], via: [['ET', 'QA']], to: ['ZA', 'MY', 'JP', 'KE'] },
    ],
    network: 'synthetics',
  },
  {
    commodity: 'amphetamine',
    itrArea: 'drugs',
    weight: 10,
    unit: 'kg',
    size: { road: [25, 1.5], default: [3, 1.4] },
    priceUsd: 4000,
    modes: [
      ['road', 45],
      ['postal', 20],
      ['express-courier', 15],
      ['sea-container', 10],
      ['air-passenger', 10],
    ],
    offences: [['smuggling'], ['prohibited-goods']],
    descriptions: ['Amphetamine paste', 'Amphetamine sulphate powder'],
    routes: [{ weight: 1, from: ['NL', 'BE', 'PL', 'LT'], to: ['GB', 'DE', 'SE', 'NO', 'TR', 'SA'] }],
    network: 'synthetics',
  },
  {
    commodity: 'captagon',
    itrArea: 'drugs',
    weight: 20,
    unit: 'tablets',
    integer: true,
    size: {
      'air-passenger': [6000, 1],
      road: [400000, 1.6],
      'sea-container': [2500000, 1.2],
      default: [80000, 1.8],
    },
    priceUsd: 8,
    modes: [
      ['road', 45],
      ['sea-container', 25],
      ['air-passenger', 10],
      ['air-cargo', 10],
      ['postal', 10],
    ],
    offences: [['smuggling'], ['smuggling', 'prohibited-goods']],
    descriptions: [
      'Captagon tablets bearing the double-crescent logo',
      'Fenethylline (captagon) pills in bags of 10,000',
    ],
    cover: ['pomegranates', 'oranges', 'machinery', 'marble', 'dried fruit', 'cooking pots'],
    concealments: {
      road: [
        {
          method: 'hidden-compartment',
          description: 'inside the chassis of a refrigerated truck',
          weight: 4,
        },
      ],
      'sea-container': [
        { method: 'cargo', description: 'inside hollowed-out fruit among the consignment', weight: 3 },
      ],
    },
    routes: [
      { weight: 6, from: ['SY', 'LB'], via: [['JO']], to: ['SA', 'AE', 'KW', 'QA'] },
      { weight: 2, from: ['SY', 'LB'], via: [['TR']], to: ['SA', 'AE', 'KW'] },
      { weight: 1, from: ['SY', 'LB'], via: [['IT', 'GR', 'EG']], to: ['SA', 'AE'] },
    ],
    network: 'captagon',
  },
  {
    commodity: 'mdma',
    itrArea: 'drugs',
    weight: 10,
    unit: 'tablets',
    integer: true,
    size: { postal: [300, 1.2], default: [3000, 1.6] },
    priceUsd: 6,
    modes: [
      ['postal', 35],
      ['express-courier', 25],
      ['air-passenger', 20],
      ['road', 20],
    ],
    offences: [['smuggling'], ['prohibited-goods']],
    descriptions: ['Ecstasy tablets with a logo', 'MDMA crystals and tablets'],
    routes: [{ weight: 1, from: ['NL', 'BE', 'DE'], to: ['GB', 'AU', 'TR', 'US', 'ZA', 'AE', 'ES'] }],
    network: 'synthetics',
  },
  {
    commodity: 'khat',
    itrArea: 'drugs',
    weight: 25,
    unit: 'kg',
    size: { 'air-cargo': [150, 1.2], 'air-passenger': [25, 0.7], default: [35, 1.2] },
    priceUsd: 60,
    modes: [
      ['air-passenger', 25],
      ['air-cargo', 25],
      ['postal', 20],
      ['express-courier', 15],
      ['road', 15],
    ],
    offences: [['prohibited-goods'], ['smuggling', 'misdeclaration']],
    descriptions: [
      'Fresh khat (miraa) leaves in banana-leaf bundles',
      'Dried khat leaves declared as herbal tea',
    ],
    cover: ['herbal tea', 'vegetables', 'moringa leaves'],
    routes: [
      { weight: 3, from: ['ET', 'KE'], to: ['GB', 'NL', 'BE', 'DE', 'US', 'CA', 'SE'] },
      { weight: 2, from: ['ET', 'KE'], to: ['SO', 'DJ', 'SA', 'YE'] },
    ],
    network: 'khat',
  },
  {
    commodity: 'tramadol',
    itrArea: 'drugs',
    weight: 45,
    unit: 'tablets',
    integer: true,
    size: {
      'sea-container': [3000000, 1.2],
      postal: [1500, 1.4],
      'air-passenger': [5000, 1.1],
      default: [40000, 1.8],
    },
    priceUsd: 0.4,
    modes: [
      ['sea-container', 30],
      ['postal', 25],
      ['express-courier', 15],
      ['air-passenger', 15],
      ['road', 15],
    ],
    offences: [['restricted-without-licence'], ['prohibited-goods', 'misdeclaration'], ['smuggling']],
    descriptions: [
      'Tramadol 225 mg tablets in unbranded blister packs',
      'Tramadol hydrochloride 120 mg tablets',
      'Tramadol capsules labelled as a food supplement',
    ],
    cover: ['vehicle spare parts', 'textiles', 'cosmetics', 'kitchenware'],
    routes: [
      { weight: 5, from: ['IN'], to: ['NG', 'GH', 'BJ', 'TG', 'CM', 'NE', 'ML', 'CI'] },
      { weight: 3, from: ['IN', 'PK'], via: [['AE']], to: ['EG', 'SA', 'LY', 'JO', 'IQ'] },
      { weight: 2, from: ['IN'], via: [['AE', 'OM']], to: ['KE', 'TZ', 'SO', 'SD', 'YE'] },
    ],
    network: 'pharma',
  },
  {
    commodity: 'fentanyl',
    itrArea: 'drugs',
    weight: 2,
    unit: 'g',
    size: { default: [80, 1.6] },
    priceUsd: 50,
    modes: [
      ['postal', 40],
      ['express-courier', 30],
      ['road', 30],
    ],
    offences: [['prohibited-goods'], ['smuggling']],
    descriptions: ['Fentanyl powder in foil bags', 'Counterfeit oxycodone tablets containing fentanyl'],
    routes: [{ weight: 1, from: ['MX', 'CN'], to: ['US', 'CA'] }],
    network: 'synthetics',
  },
  {
    commodity: 'ketamine',
    itrArea: 'drugs',
    weight: 6,
    unit: 'kg',
    size: { default: [3, 1.4] },
    priceUsd: 8000,
    modes: [
      ['air-passenger', 35],
      ['postal', 25],
      ['express-courier', 20],
      ['sea-container', 20],
    ],
    offences: [['smuggling'], ['prohibited-goods']],
    descriptions: ['Ketamine crystals in tea packaging', 'Ketamine hydrochloride powder'],
    routes: [
      { weight: 1, from: ['IN', 'NL', 'MM'], via: [['MY', 'TH']], to: ['CN', 'HK', 'TW', 'AU', 'MY'] },
    ],
    network: 'synthetics',
  },
  {
    commodity: 'new-psychoactive-substances',
    itrArea: 'drugs',
    weight: 15,
    unit: 'g',
    size: { default: [250, 1.5] },
    priceUsd: 20,
    modes: [
      ['postal', 55],
      ['express-courier', 35],
      ['air-cargo', 10],
    ],
    offences: [['prohibited-goods'], ['misdeclaration']],
    descriptions: [
      'Synthetic cannabinoids sprayed on herbal material',
      'Synthetic cathinone powder labelled as bath salts',
      'Nitazene tablets',
    ],
    routes: [{ weight: 1, from: ['CN', 'IN'], to: ['GB', 'DE', 'BE', 'NL', 'US', 'AU', 'KE', 'ZA', 'SA'] }],
    network: 'synthetics',
  },
  {
    commodity: 'precursors',
    itrArea: 'drugs',
    weight: 4,
    unit: 'kg',
    size: { default: [600, 1.4] },
    priceUsd: 40,
    modes: [
      ['sea-container', 60],
      ['air-cargo', 20],
      ['road', 20],
    ],
    offences: [['restricted-without-licence', 'misdeclaration'], ['false-documents']],
    descriptions: [
      'Ephedrine hydrochloride declared as an industrial chemical',
      'Pre-precursor BMK glycidate in drums',
      'Pseudoephedrine tablets',
    ],
    cover: ['industrial chemicals', 'solvents'],
    routes: [{ weight: 1, from: ['CN', 'IN'], to: ['MX', 'NL', 'BE', 'NG', 'MM', 'KE', 'ZA'] }],
    network: 'synthetics',
  },
  // ---------------------------------------------------------------- revenue
  {
    commodity: 'cigarettes',
    itrArea: 'revenue',
    weight: 170,
    unit: 'sticks',
    integer: true,
    size: {
      'air-passenger': [4000, 0.9],
      pedestrian: [1600, 0.8],
      road: [150000, 1.5],
      'sea-container': [8000000, 0.5],
      rail: [500000, 1.0],
      postal: [2000, 0.8],
      default: [100000, 1.5],
    },
    priceUsd: 0.12,
    modes: [
      ['road', 30],
      ['air-passenger', 25],
      ['sea-container', 20],
      ['pedestrian', 10],
      ['rail', 5],
      ['postal', 5],
      ['sea-vessel', 5],
    ],
    offences: [['smuggling'], ['undeclared'], ['misdeclaration'], ['smuggling', 'ipr-infringement']],
    descriptions: [
      'Cigarettes in master cases of 10,000 sticks',
      'Cheap white cigarettes without tax stamps',
      'Counterfeit cigarettes with fake duty-paid markings',
      'Cartons of cigarettes above the traveller allowance',
    ],
    cover: ['furniture', 'tiles', 'frozen vegetables', 'plastic products', 'toilet paper', 'charcoal'],
    concealments: {
      'sea-container': [
        {
          method: 'cargo',
          description: 'in master cases behind a front wall of the declared goods',
          weight: 6,
        },
      ],
      road: [{ method: 'hidden-compartment', description: 'in a false ceiling of the trailer', weight: 3 }],
    },
    brands: [
      'Marlboro',
      'Pine',
      'Manchester',
      'Oris',
      'Gold Mount',
      'Jin Ling',
      'Minsk',
      'Fest',
      'Esse',
      'Business Royals',
    ],
    routes: [
      { weight: 5, from: ['AE'], to: ['SA', 'IQ', 'YE', 'KW', 'KE', 'TZ', 'SO'] },
      {
        weight: 4,
        from: ['AE', 'CN', 'VN'],
        via: [['MY', 'SG', 'AE']],
        to: ['BE', 'NL', 'GB', 'DE', 'FR', 'AU', 'ZA'],
      },
      { weight: 4, from: ['BY', 'UA'], to: ['PL', 'LT', 'LV', 'DE', 'BE', 'NL'] },
      { weight: 3, from: ['ZA', 'ZW', 'UG'], to: ['ZA', 'NA', 'BW', 'KE', 'TZ', 'MZ'] },
      { weight: 2, from: ['BJ', 'TG', 'AE'], to: ['NG', 'GH', 'NE', 'ML', 'LY'] },
    ],
    domestic: 0.1,
    network: 'tobacco',
  },
  {
    commodity: 'tobacco-other',
    itrArea: 'revenue',
    weight: 45,
    unit: 'kg',
    size: { 'air-passenger': [8, 0.8], 'sea-container': [9000, 0.6], default: [200, 1.4] },
    priceUsd: 60,
    modes: [
      ['road', 35],
      ['sea-container', 25],
      ['air-passenger', 25],
      ['postal', 15],
    ],
    offences: [['undeclared'], ['smuggling'], ['misdeclaration', 'undervaluation']],
    descriptions: [
      'Waterpipe tobacco (shisha) without tax stamps',
      'Hand-rolling tobacco in pouches',
      'Raw tobacco leaves declared as tea',
    ],
    brands: ['Al Fakher', 'Golden Virginia', 'Amber Leaf', 'Nakhla'],
    routes: [
      { weight: 3, from: ['AE', 'EG', 'JO'], to: ['BE', 'NL', 'DE', 'GB', 'SA', 'KE', 'TZ'] },
      { weight: 2, from: ['BE', 'LU', 'PL'], to: ['GB', 'FR', 'DE'] },
    ],
    network: 'tobacco',
  },
  {
    commodity: 'alcohol',
    itrArea: 'revenue',
    weight: 25,
    unit: 'l',
    size: { 'air-passenger': [12, 0.6], 'sea-container': [20000, 0.5], default: [500, 1.5] },
    priceUsd: 6,
    modes: [
      ['road', 50],
      ['air-passenger', 20],
      ['sea-container', 20],
      ['pedestrian', 10],
    ],
    offences: [['undeclared'], ['smuggling'], ['misdeclaration', 'undervaluation']],
    descriptions: [
      'Spirits in bottles without excise stamps',
      'Ethanol declared as industrial alcohol',
      'Whisky and vodka above the traveller allowance',
      'Beer in cans, undeclared',
    ],
    brands: ['Johnnie Walker', 'Smirnoff', 'Hennessy', 'Jameson', 'Heineken'],
    routes: [
      { weight: 3, from: ['FR', 'DE', 'BE', 'NL', 'GB'], to: ['GB', 'NO', 'SA', 'KW', 'KE', 'NG'] },
      { weight: 2, from: ['UG', 'ZA', 'TZ'], to: ['KE', 'TZ', 'RW', 'ZA'] },
    ],
    domestic: 0.2,
    network: 'excise',
  },
  {
    commodity: 'fuel',
    itrArea: 'revenue',
    weight: 15,
    unit: 'l',
    size: { 'sea-vessel': [200000, 1], default: [5000, 1.3] },
    priceUsd: 0.9,
    modes: [
      ['road', 70],
      ['sea-vessel', 30],
    ],
    offences: [['smuggling'], ['misdeclaration'], ['undeclared']],
    descriptions: [
      'Diesel in a tanker declared as transit cargo diverted to the local market',
      'Petrol in jerrycans',
      'Marine gasoil transferred ship to ship',
    ],
    routes: [
      { weight: 2, from: ['NG', 'DZ', 'VE', 'IR'], to: ['BJ', 'TG', 'TN', 'CO', 'PK', 'AE'] },
      { weight: 2, from: ['TZ', 'KE'], to: ['UG', 'RW', 'CD', 'ZM', 'KE', 'TZ'] },
    ],
    network: 'excise',
  },
  {
    commodity: 'sugar',
    itrArea: 'revenue',
    weight: 5,
    unit: 'kg',
    size: { default: [25000, 1] },
    priceUsd: 0.5,
    modes: [
      ['road', 60],
      ['sea-container', 40],
    ],
    offences: [['undervaluation'], ['misdeclaration'], ['origin-fraud']],
    descriptions: ['Brown sugar declared as industrial sugar', 'Sugar in 50 kg bags without import permit'],
    routes: [{ weight: 1, from: ['BR', 'UG', 'IN', 'TH'], to: ['KE', 'TZ', 'NG', 'SO', 'EG'] }],
    network: 'revenue',
  },
  {
    commodity: 'revenue-other',
    itrArea: 'revenue',
    weight: 15,
    unit: 'pieces',
    integer: true,
    size: { default: [800, 1.5] },
    priceUsd: 12,
    modes: [
      ['sea-container', 55],
      ['road', 25],
      ['air-cargo', 20],
    ],
    offences: [
      ['undervaluation'],
      ['misdeclaration'],
      ['origin-fraud'],
      ['undervaluation', 'false-documents'],
    ],
    descriptions: [
      'Mobile phones undervalued on the commercial invoice',
      'Solar panels declared with a false origin to avoid anti-dumping duty',
      'Used vehicles declared under the wrong tariff heading',
      'Steel products with a false certificate of origin',
    ],
    routes: [
      {
        weight: 1,
        from: ['CN', 'IN', 'AE', 'TR', 'VN', 'JP'],
        to: ['KE', 'TZ', 'NG', 'BE', 'NL', 'DE', 'US', 'ZA', 'BR', 'IN'],
      },
    ],
    network: 'revenue',
  },
  // ---------------------------------------------------------------- IPR, health and safety
  {
    commodity: 'counterfeit-clothing',
    itrArea: 'ipr-health-safety',
    weight: 30,
    unit: 'pieces',
    integer: true,
    size: { 'sea-container': [9000, 0.9], 'air-passenger': [40, 0.8], postal: [8, 0.8], default: [400, 1.4] },
    priceUsd: 18,
    modes: [
      ['sea-container', 35],
      ['express-courier', 20],
      ['postal', 20],
      ['road', 15],
      ['air-passenger', 10],
    ],
    offences: [['ipr-infringement'], ['ipr-infringement', 'misdeclaration']],
    descriptions: [
      'T-shirts and jerseys bearing counterfeit trademarks',
      'Counterfeit football club jerseys',
      'Sportswear with fake brand labels',
    ],
    brands: ['Nike', 'Adidas', 'Puma', 'Gucci', 'Lacoste', 'Ralph Lauren', 'Louis Vuitton'],
    routes: [
      {
        weight: 1,
        from: COUNTERFEIT_SOURCES,
        via: [['AE', 'SG', 'MY']],
        to: [...WESTERN_EUROPE, ...AFRICAN_MARKETS, 'US', 'SA'],
      },
    ],
    network: 'counterfeit',
  },
  {
    commodity: 'counterfeit-footwear',
    itrArea: 'ipr-health-safety',
    weight: 18,
    unit: 'pairs',
    integer: true,
    size: { 'sea-container': [6000, 0.8], postal: [3, 0.6], default: [250, 1.4] },
    priceUsd: 35,
    modes: [
      ['sea-container', 40],
      ['express-courier', 25],
      ['postal', 20],
      ['road', 15],
    ],
    offences: [['ipr-infringement']],
    descriptions: ['Sports shoes bearing counterfeit trademarks', 'Counterfeit sneakers in branded boxes'],
    brands: ['Nike', 'Adidas', 'New Balance', 'Converse', 'Timberland'],
    routes: [
      {
        weight: 1,
        from: ['CN', 'VN', 'TR'],
        via: [['AE', 'MY']],
        to: [...WESTERN_EUROPE, ...AFRICAN_MARKETS, 'US'],
      },
    ],
    network: 'counterfeit',
  },
  {
    commodity: 'counterfeit-accessories',
    itrArea: 'ipr-health-safety',
    weight: 25,
    unit: 'pieces',
    integer: true,
    size: { 'sea-container': [5000, 1], postal: [4, 0.8], 'air-passenger': [25, 0.8], default: [300, 1.5] },
    priceUsd: 40,
    modes: [
      ['express-courier', 30],
      ['postal', 25],
      ['sea-container', 25],
      ['air-passenger', 20],
    ],
    offences: [['ipr-infringement'], ['ipr-infringement', 'undervaluation']],
    descriptions: [
      'Handbags and wallets bearing counterfeit trademarks',
      'Counterfeit watches',
      'Sunglasses with fake brand logos',
      'Counterfeit jewellery',
    ],
    brands: ['Louis Vuitton', 'Chanel', 'Gucci', 'Rolex', 'Ray-Ban', 'Michael Kors', 'Hermes'],
    routes: [
      {
        weight: 1,
        from: COUNTERFEIT_SOURCES,
        via: [['AE', 'SG']],
        to: [...WESTERN_EUROPE, 'US', 'SA', 'AE', 'KE', 'NG'],
      },
    ],
    network: 'counterfeit',
  },
  {
    commodity: 'counterfeit-electronics',
    itrArea: 'ipr-health-safety',
    weight: 15,
    unit: 'pieces',
    integer: true,
    size: { 'sea-container': [4000, 1], default: [150, 1.4] },
    priceUsd: 25,
    modes: [
      ['sea-container', 35],
      ['express-courier', 35],
      ['air-cargo', 15],
      ['postal', 15],
    ],
    offences: [['ipr-infringement'], ['ipr-infringement', 'misdeclaration']],
    descriptions: [
      'Mobile phone chargers and cables with fake brand marks and CE marking',
      'Counterfeit earphones',
      'Phone batteries bearing counterfeit trademarks',
    ],
    brands: ['Apple', 'Samsung', 'Sony', 'JBL', 'Huawei'],
    routes: [
      {
        weight: 1,
        from: ['CN', 'HK'],
        via: [['AE', 'SG']],
        to: [...WESTERN_EUROPE, ...AFRICAN_MARKETS, 'US'],
      },
    ],
    network: 'counterfeit',
  },
  {
    commodity: 'counterfeit-medicines',
    itrArea: 'ipr-health-safety',
    weight: 25,
    unit: 'tablets',
    integer: true,
    size: { postal: [400, 1.2], 'sea-container': [800000, 1.3], default: [20000, 1.7] },
    priceUsd: 0.6,
    modes: [
      ['postal', 35],
      ['express-courier', 25],
      ['sea-container', 20],
      ['air-cargo', 10],
      ['road', 10],
    ],
    offences: [
      ['ipr-infringement', 'prohibited-goods'],
      ['restricted-without-licence'],
      ['ipr-infringement', 'misdeclaration'],
    ],
    descriptions: [
      'Falsified antimalarial tablets',
      'Counterfeit erectile dysfunction tablets',
      'Substandard antibiotics in counterfeit packaging',
      'Falsified slimming pills',
    ],
    brands: ['Viagra', 'Cialis', 'Coartem', 'Amoxil', 'Panadol'],
    routes: [
      {
        weight: 1,
        from: ['IN', 'CN'],
        via: [['AE']],
        to: ['NG', 'KE', 'TZ', 'GH', 'UG', 'BE', 'NL', 'DE', 'GB', 'US', 'SA'],
      },
    ],
    network: 'pharma',
  },
  {
    commodity: 'counterfeit-cosmetics',
    itrArea: 'ipr-health-safety',
    weight: 10,
    unit: 'pieces',
    integer: true,
    size: { default: [600, 1.5] },
    priceUsd: 9,
    modes: [
      ['sea-container', 35],
      ['express-courier', 30],
      ['postal', 20],
      ['road', 15],
    ],
    offences: [['ipr-infringement'], ['prohibited-goods']],
    descriptions: [
      'Counterfeit perfumes',
      'Skin-lightening creams containing mercury',
      'Counterfeit lipsticks and make-up',
    ],
    brands: ['Chanel', 'Dior', 'MAC', 'Nivea', 'L\u2019Oreal'],
    routes: [
      { weight: 1, from: ['CN', 'TR', 'AE', 'NG'], to: [...WESTERN_EUROPE, ...AFRICAN_MARKETS, 'SA'] },
    ],
    network: 'counterfeit',
  },
  {
    commodity: 'counterfeit-toys',
    itrArea: 'ipr-health-safety',
    weight: 7,
    unit: 'pieces',
    integer: true,
    size: { default: [1500, 1.3] },
    priceUsd: 6,
    modes: [
      ['sea-container', 60],
      ['express-courier', 25],
      ['road', 15],
    ],
    offences: [['ipr-infringement'], ['prohibited-goods']],
    descriptions: [
      'Plush toys bearing counterfeit character trademarks',
      'Unsafe toys with small detachable parts and no CE marking',
    ],
    brands: ['Disney', 'LEGO', 'Pokemon', 'Barbie'],
    routes: [{ weight: 1, from: ['CN'], to: [...WESTERN_EUROPE, ...AFRICAN_MARKETS, 'US'] }],
    network: 'counterfeit',
  },
  {
    commodity: 'counterfeit-spare-parts',
    itrArea: 'ipr-health-safety',
    weight: 8,
    unit: 'pieces',
    integer: true,
    size: { default: [700, 1.4] },
    priceUsd: 15,
    modes: [
      ['sea-container', 65],
      ['road', 20],
      ['air-cargo', 15],
    ],
    offences: [['ipr-infringement'], ['ipr-infringement', 'misdeclaration']],
    descriptions: [
      'Counterfeit brake pads',
      'Oil filters bearing counterfeit trademarks',
      'Counterfeit car bearings',
    ],
    brands: ['Toyota', 'Bosch', 'SKF', 'Mercedes-Benz', 'Brembo'],
    routes: [{ weight: 1, from: ['CN', 'IN', 'TR', 'AE'], to: [...AFRICAN_MARKETS, 'BE', 'NL', 'DE', 'SA'] }],
    network: 'counterfeit',
  },
  {
    commodity: 'unsafe-food',
    itrArea: 'ipr-health-safety',
    weight: 7,
    unit: 'kg',
    size: { default: [3000, 1.4] },
    priceUsd: 3,
    modes: [
      ['sea-container', 50],
      ['road', 40],
      ['air-cargo', 10],
    ],
    offences: [['prohibited-goods'], ['misdeclaration'], ['false-documents']],
    descriptions: [
      'Expired rice relabelled with new dates',
      'Frozen chicken without health certificates',
      'Vegetable oil unfit for human consumption',
    ],
    routes: [
      {
        weight: 1,
        from: ['BR', 'IN', 'TH', 'PK', 'US'],
        via: [['AE', 'BJ']],
        to: ['NG', 'KE', 'TZ', 'GH', 'SA', 'BE', 'NL'],
      },
    ],
    network: 'revenue',
  },
  // ---------------------------------------------------------------- environment
  {
    commodity: 'ivory',
    itrArea: 'environment',
    weight: 3,
    unit: 'kg',
    size: {
      'sea-container': [900, 0.8],
      'air-passenger': [12, 0.8],
      'air-cargo': [120, 0.9],
      default: [25, 1.2],
    },
    priceUsd: 700,
    modes: [
      ['sea-container', 40],
      ['air-passenger', 30],
      ['air-cargo', 15],
      ['road', 15],
    ],
    offences: [
      ['cites-violation', 'smuggling'],
      ['cites-violation', 'misdeclaration'],
    ],
    descriptions: ['Raw elephant tusks', 'Cut pieces of elephant ivory', 'Worked ivory bangles and carvings'],
    cover: ['sesame seeds', 'cashew nuts', 'timber logs', 'tea', 'sacks of sunflower seeds'],
    species: ['Loxodonta africana', 'Loxodonta cyclotis'],
    routes: [{ weight: 1, from: IVORY_SOURCES, via: [AIR_HUBS], to: ASIAN_WILDLIFE_MARKETS }],
    network: 'wildlife',
  },
  {
    commodity: 'rhino-horn',
    itrArea: 'environment',
    weight: 1,
    unit: 'kg',
    size: { default: [6, 0.9] },
    priceUsd: 25000,
    modes: [
      ['air-passenger', 70],
      ['air-cargo', 15],
      ['road', 15],
    ],
    offences: [['cites-violation', 'smuggling']],
    descriptions: ['Whole rhinoceros horns wrapped in foil', 'Rhinoceros horn pieces and shavings'],
    species: ['Ceratotherium simum', 'Diceros bicornis'],
    concealments: {
      'air-passenger': [
        {
          method: 'baggage',
          description: 'wrapped in aluminium foil and coffee to mask the smell, in checked baggage',
          weight: 5,
        },
      ],
    },
    routes: [
      {
        weight: 1,
        from: ['ZA', 'MZ', 'NA', 'ZW', 'KE'],
        via: [AIR_HUBS],
        to: ['VN', 'CN', 'MY', 'HK', 'TH'],
      },
    ],
    network: 'wildlife',
  },
  {
    commodity: 'pangolin-scales',
    itrArea: 'environment',
    weight: 2,
    unit: 'kg',
    size: { 'sea-container': [3500, 0.7], default: [80, 1.2] },
    priceUsd: 400,
    modes: [
      ['sea-container', 55],
      ['air-cargo', 20],
      ['air-passenger', 15],
      ['road', 10],
    ],
    offences: [
      ['cites-violation', 'smuggling'],
      ['cites-violation', 'misdeclaration'],
    ],
    descriptions: ['Pangolin scales in sacks', 'Dried pangolin scales declared as cashew nuts'],
    cover: ['cashew nuts', 'frozen beef', 'timber'],
    species: ['Smutsia gigantea', 'Phataginus tricuspis', 'Smutsia temminckii'],
    routes: [
      {
        weight: 1,
        from: ['NG', 'CM', 'CG', 'CD', 'CI', 'UG'],
        via: [['NG', 'TR', 'SG', 'MY']],
        to: ['VN', 'CN', 'HK'],
      },
    ],
    network: 'wildlife',
  },
  {
    commodity: 'live-animals',
    itrArea: 'environment',
    weight: 6,
    unit: 'pieces',
    integer: true,
    size: { default: [15, 1.2] },
    priceUsd: 400,
    modes: [
      ['air-passenger', 40],
      ['air-cargo', 30],
      ['road', 30],
    ],
    offences: [['cites-violation'], ['cites-violation', 'smuggling']],
    descriptions: [
      'Live tortoises taped inside socks',
      'Live African grey parrots in crates',
      'Live chameleons and geckos in plastic boxes',
    ],
    species: ['Psittacus erithacus', 'Astrochelys radiata', 'Malacochersus tornieri', 'Kinyongia spp.'],
    routes: [
      {
        weight: 1,
        from: ['MG', 'KE', 'TZ', 'CM', 'CD'],
        via: [AIR_HUBS],
        to: ['TH', 'MY', 'AE', 'KW', 'NL', 'BE', 'US'],
      },
    ],
    network: 'wildlife',
  },
  {
    commodity: 'timber',
    itrArea: 'environment',
    weight: 5,
    unit: 'm3',
    size: { default: [40, 1] },
    priceUsd: 1500,
    modes: [
      ['sea-container', 75],
      ['road', 25],
    ],
    offences: [['cites-violation', 'misdeclaration'], ['restricted-without-licence'], ['false-documents']],
    descriptions: [
      'Rosewood logs without CITES permits',
      'Sawn timber of a protected species declared as pine',
    ],
    species: ['Dalbergia spp.', 'Pterocarpus erinaceus', 'Dalbergia melanoxylon'],
    routes: [
      {
        weight: 1,
        from: ['MG', 'MZ', 'TZ', 'GM', 'NG', 'CM'],
        via: [['MY', 'SG']],
        to: ['CN', 'VN', 'HK', 'IN'],
      },
    ],
    network: 'timber',
  },
  {
    commodity: 'ozone-depleting-substances',
    itrArea: 'environment',
    weight: 2,
    unit: 'kg',
    size: { default: [900, 1] },
    priceUsd: 12,
    modes: [
      ['sea-container', 60],
      ['road', 40],
    ],
    offences: [['restricted-without-licence', 'misdeclaration'], ['prohibited-goods']],
    descriptions: [
      'HCFC-22 refrigerant in cylinders declared as HFC-134a',
      'Disposable cylinders of refrigerant gas without licence',
    ],
    routes: [{ weight: 1, from: ['CN', 'IN'], via: [['AE']], to: ['KE', 'TZ', 'NG', 'SA', 'BE', 'DE'] }],
    network: 'environment',
  },
  {
    commodity: 'hazardous-waste',
    itrArea: 'environment',
    weight: 2,
    unit: 'kg',
    size: { default: [18000, 0.8] },
    priceUsd: 0.2,
    modes: [
      ['sea-container', 85],
      ['road', 15],
    ],
    offences: [['prohibited-goods', 'misdeclaration'], ['restricted-without-licence']],
    descriptions: [
      'Waste electrical equipment declared as second-hand goods',
      'Used lead-acid batteries',
      'Plastic waste contaminated with chemicals',
    ],
    routes: [
      { weight: 1, from: ['BE', 'NL', 'DE', 'GB', 'US'], to: ['NG', 'GH', 'KE', 'TZ', 'MY', 'VN', 'TR'] },
    ],
    network: 'environment',
  },
  {
    commodity: 'wildlife-other',
    itrArea: 'environment',
    weight: 6,
    unit: 'kg',
    size: { default: [15, 1.4] },
    priceUsd: 150,
    modes: [
      ['air-passenger', 45],
      ['air-cargo', 25],
      ['postal', 15],
      ['road', 15],
    ],
    offences: [['cites-violation'], ['cites-violation', 'smuggling']],
    descriptions: [
      'Hippopotamus teeth',
      'Dried shark fins',
      'Sea cucumbers declared as dried fish',
      'Abalone',
      'Bushmeat',
    ],
    species: ['Hippopotamus amphibius', 'Carcharhinus longimanus', 'Haliotis midae', 'Holothuria spp.'],
    routes: [
      {
        weight: 1,
        from: ['KE', 'TZ', 'ZA', 'MZ', 'UG', 'MG', 'CD'],
        via: [AIR_HUBS],
        to: ['CN', 'HK', 'VN', 'BE', 'FR', 'US'],
      },
    ],
    network: 'wildlife',
  },
  // ---------------------------------------------------------------- security
  {
    commodity: 'firearms',
    itrArea: 'security',
    weight: 6,
    unit: 'pieces',
    integer: true,
    size: { 'sea-container': [25, 1], default: [2, 0.8] },
    priceUsd: 900,
    modes: [
      ['road', 40],
      ['sea-container', 20],
      ['air-passenger', 15],
      ['express-courier', 15],
      ['postal', 10],
    ],
    offences: [
      ['restricted-without-licence'],
      ['smuggling', 'restricted-without-licence'],
      ['prohibited-goods'],
    ],
    descriptions: [
      'Pistols with obliterated serial numbers',
      'Converted blank-firing pistols',
      'Assault rifles hidden in a vehicle',
      'Shotguns declared as sporting goods',
    ],
    routes: [
      { weight: 3, from: ['US'], to: ['MX', 'CA', 'JM', 'HT', 'BR', 'CO', 'DO'] },
      { weight: 2, from: ['TR', 'BG', 'RS', 'UA'], to: ['BE', 'NL', 'DE', 'FR', 'GB', 'SE'] },
      { weight: 2, from: ['SO', 'SD', 'UG', 'LY'], to: ['KE', 'TZ', 'ET', 'NE', 'NG', 'ML'] },
    ],
    network: 'security',
  },
  {
    commodity: 'ammunition',
    itrArea: 'security',
    weight: 5,
    unit: 'pieces',
    integer: true,
    size: { default: [200, 1.5] },
    priceUsd: 1,
    modes: [
      ['road', 45],
      ['air-passenger', 20],
      ['express-courier', 20],
      ['sea-container', 15],
    ],
    offences: [['restricted-without-licence'], ['smuggling', 'restricted-without-licence']],
    descriptions: ['Rounds of 7.62 mm ammunition', '9 mm cartridges', 'Shotgun cartridges'],
    routes: [
      { weight: 2, from: ['US', 'TR', 'UA'], to: ['MX', 'BE', 'NL', 'DE', 'GB'] },
      { weight: 2, from: ['SO', 'SD', 'UG'], to: ['KE', 'TZ', 'ET'] },
    ],
    network: 'security',
  },
  {
    commodity: 'explosives',
    itrArea: 'security',
    weight: 1,
    unit: 'kg',
    size: { default: [25, 1.3] },
    priceUsd: 40,
    modes: [
      ['road', 70],
      ['sea-container', 30],
    ],
    offences: [['restricted-without-licence'], ['prohibited-goods']],
    descriptions: [
      'Ammonium nitrate declared as fertiliser',
      'Detonators and commercial explosives for illegal mining',
      'Pyrotechnics without a licence',
    ],
    routes: [{ weight: 1, from: ['CN', 'TZ', 'ZA', 'GH'], to: ['KE', 'TZ', 'UG', 'ML', 'NE', 'BE', 'NL'] }],
    network: 'security',
  },
  {
    commodity: 'firearm-parts',
    itrArea: 'security',
    weight: 3,
    unit: 'pieces',
    integer: true,
    size: { default: [8, 1.2] },
    priceUsd: 150,
    modes: [
      ['postal', 40],
      ['express-courier', 40],
      ['air-passenger', 20],
    ],
    offences: [['restricted-without-licence'], ['misdeclaration', 'restricted-without-licence']],
    descriptions: [
      'Pistol slides and barrels declared as machine parts',
      'Glock switches (auto sears)',
      'Parts kits for 3D-printed firearms',
    ],
    routes: [{ weight: 1, from: ['US', 'CN', 'TR'], to: ['GB', 'DE', 'BE', 'NL', 'AU', 'CA', 'MX', 'KE'] }],
    network: 'security',
  },
  {
    commodity: 'dual-use-goods',
    itrArea: 'security',
    weight: 2,
    unit: 'pieces',
    integer: true,
    size: { default: [30, 1.5] },
    priceUsd: 2500,
    modes: [
      ['air-cargo', 40],
      ['sea-container', 40],
      ['express-courier', 20],
    ],
    offences: [['restricted-without-licence', 'misdeclaration'], ['false-documents']],
    descriptions: [
      'Drone components without an export licence',
      'Night-vision equipment declared as optics',
      'CNC machine parts subject to export control',
    ],
    routes: [
      {
        weight: 1,
        from: ['CN', 'US', 'DE', 'BE', 'NL', 'TR'],
        via: [['AE', 'TR']],
        to: ['IR', 'RU', 'SY', 'SD', 'LY'],
      },
    ],
    network: 'security',
  },
  // ---------------------------------------------------------------- cultural heritage
  {
    commodity: 'archaeological-objects',
    itrArea: 'cultural-heritage',
    weight: 2,
    unit: 'pieces',
    integer: true,
    size: { default: [6, 1.3] },
    priceUsd: 4000,
    modes: [
      ['air-passenger', 35],
      ['postal', 20],
      ['express-courier', 25],
      ['road', 20],
    ],
    offences: [['restricted-without-licence', 'smuggling'], ['false-documents']],
    descriptions: [
      'Terracotta figurines from an archaeological site',
      'Clay tablets with cuneiform inscriptions',
      'Ancient pottery and oil lamps',
    ],
    routes: [
      {
        weight: 1,
        from: ['SY', 'IQ', 'LY', 'EG', 'YE', 'NG', 'ML', 'PE'],
        via: [['TR', 'LB', 'AE']],
        to: ['BE', 'DE', 'FR', 'GB', 'US', 'NL', 'CH'],
      },
    ],
    network: 'cultural',
  },
  {
    commodity: 'artworks',
    itrArea: 'cultural-heritage',
    weight: 1,
    unit: 'pieces',
    integer: true,
    size: { default: [2, 0.8] },
    priceUsd: 30000,
    modes: [
      ['air-cargo', 40],
      ['express-courier', 30],
      ['road', 30],
    ],
    offences: [['restricted-without-licence'], ['false-documents', 'undervaluation']],
    descriptions: ['Paintings without export licences', 'Ritual masks and statues of protected heritage'],
    routes: [
      {
        weight: 1,
        from: ['CD', 'CM', 'NG', 'ML', 'TZ', 'IT', 'PE'],
        to: ['BE', 'FR', 'DE', 'US', 'CH', 'GB'],
      },
    ],
    network: 'cultural',
  },
  {
    commodity: 'manuscripts',
    itrArea: 'cultural-heritage',
    weight: 0.5,
    unit: 'pieces',
    integer: true,
    size: { default: [3, 0.8] },
    priceUsd: 8000,
    modes: [
      ['air-passenger', 50],
      ['postal', 25],
      ['express-courier', 25],
    ],
    offences: [['restricted-without-licence', 'smuggling']],
    descriptions: ['Ancient manuscripts on parchment', 'Illuminated religious manuscripts'],
    routes: [
      {
        weight: 1,
        from: ['ML', 'YE', 'ET', 'IQ', 'SY'],
        via: [['TR', 'AE']],
        to: ['BE', 'FR', 'GB', 'US', 'DE'],
      },
    ],
    network: 'cultural',
  },
  {
    commodity: 'coins-antique',
    itrArea: 'cultural-heritage',
    weight: 1.5,
    unit: 'pieces',
    integer: true,
    size: { default: [40, 1.3] },
    priceUsd: 200,
    modes: [
      ['postal', 40],
      ['air-passenger', 30],
      ['express-courier', 30],
    ],
    offences: [['restricted-without-licence'], ['smuggling', 'misdeclaration']],
    descriptions: [
      'Roman and Byzantine coins from illegal excavations',
      'Antique coins declared as souvenirs',
    ],
    routes: [
      { weight: 1, from: ['BG', 'TR', 'SY', 'LY', 'EG', 'GR'], to: ['DE', 'GB', 'US', 'BE', 'NL', 'CH'] },
    ],
    network: 'cultural',
  },
  // ---------------------------------------------------------------- money laundering
  {
    commodity: 'cash',
    itrArea: 'money-laundering',
    weight: 60,
    unit: 'usd',
    size: {
      'air-passenger': [45000, 0.9],
      road: [120000, 1.1],
      'sea-container': [900000, 1],
      default: [60000, 1.1],
    },
    priceUsd: 1,
    modes: [
      ['air-passenger', 60],
      ['road', 25],
      ['pedestrian', 8],
      ['sea-container', 4],
      ['postal', 3],
    ],
    offences: [['undeclared'], ['undeclared', 'money-laundering'], ['money-laundering']],
    descriptions: [
      'Undeclared cash in euro banknotes',
      'Undeclared US dollar banknotes',
      'Cash in several currencies above the declaration threshold',
      'Bundles of banknotes in vacuum-sealed packs',
    ],
    concealments: {
      'air-passenger': [
        { method: 'baggage', description: 'in hand luggage under clothes', weight: 5 },
        { method: 'on-body', description: 'in a money belt', weight: 3 },
      ],
    },
    routes: [
      { weight: 3, from: WESTERN_EUROPE, to: ['AE', 'TR', 'LB', 'MA', 'NG', 'CN', 'DZ'] },
      { weight: 2, from: ['US'], to: ['MX', 'CO', 'DO'] },
      {
        weight: 2,
        from: ['KE', 'TZ', 'UG', 'SO', 'NG', 'ZA'],
        via: [AIR_HUBS],
        to: ['AE', 'CN', 'IN', 'TR'],
      },
      { weight: 1, from: ['AE', 'SA', 'KW'], to: ['PK', 'IN', 'LB', 'EG', 'SY'] },
    ],
    network: 'cash',
  },
  {
    commodity: 'bearer-instruments',
    itrArea: 'money-laundering',
    weight: 5,
    unit: 'usd',
    size: { default: [150000, 1.2] },
    priceUsd: 1,
    modes: [
      ['air-passenger', 50],
      ['express-courier', 30],
      ['postal', 20],
    ],
    offences: [['undeclared', 'money-laundering'], ['false-documents']],
    descriptions: [
      'Bearer cheques above the declaration threshold',
      'Prepaid cards loaded with large sums',
      'Travellers cheques and bank drafts',
    ],
    routes: [{ weight: 1, from: ['AE', 'US', 'GB', 'NG', 'CN'], to: ['BE', 'NL', 'KE', 'TZ', 'ZA', 'AE'] }],
    network: 'cash',
  },
  {
    commodity: 'gold',
    itrArea: 'money-laundering',
    weight: 12,
    unit: 'kg',
    size: { 'air-passenger': [3, 0.8], 'air-cargo': [60, 1], default: [8, 1.1] },
    priceUsd: 80000,
    modes: [
      ['air-passenger', 55],
      ['air-cargo', 25],
      ['road', 20],
    ],
    offences: [['undeclared'], ['smuggling', 'money-laundering'], ['false-documents', 'misdeclaration']],
    descriptions: ['Unwrought gold bars', 'Gold dore in small ingots', 'Gold nuggets and dust'],
    concealments: {
      'air-passenger': [
        { method: 'on-body', description: 'strapped to the waist', weight: 4 },
        { method: 'in-body', description: 'as paste in capsules carried internally', weight: 2 },
      ],
    },
    routes: [
      {
        weight: 1,
        from: ['SD', 'ML', 'BF', 'GH', 'CD', 'UG', 'TZ', 'VE', 'PE', 'ZW'],
        via: [['UG', 'KE', 'ET', 'TR']],
        to: ['AE', 'CH', 'IN', 'TR', 'HK'],
      },
    ],
    network: 'gold',
  },
  {
    commodity: 'precious-stones',
    itrArea: 'money-laundering',
    weight: 5,
    unit: 'g',
    size: { default: [300, 1.3] },
    priceUsd: 60,
    modes: [
      ['air-passenger', 60],
      ['express-courier', 25],
      ['postal', 15],
    ],
    offences: [['undeclared'], ['smuggling'], ['restricted-without-licence']],
    descriptions: [
      'Rough tanzanite stones',
      'Uncut diamonds without a Kimberley Process certificate',
      'Rough emeralds and rubies',
    ],
    routes: [
      {
        weight: 1,
        from: ['TZ', 'MZ', 'MG', 'CD', 'CO', 'ZW'],
        via: [AIR_HUBS],
        to: ['IN', 'TH', 'AE', 'BE', 'HK', 'US'],
      },
    ],
    network: 'gold',
  },
];

/** How each conveyance usually hides goods; `{cover}` is replaced by the commodity's cover goods. */
export const CONCEALMENTS: Readonly<Record<ConveyanceMode, readonly ConcealmentOption[]>> = {
  'air-passenger': [
    { method: 'baggage', description: 'in the lining of a checked suitcase', weight: 4 },
    { method: 'baggage', description: 'wrapped in clothes in checked baggage', weight: 4 },
    { method: 'on-body', description: 'strapped to the thighs and abdomen', weight: 2 },
    { method: 'clothing', description: 'sewn into the lining of a jacket', weight: 1 },
  ],
  'air-cargo': [
    { method: 'cargo', description: 'hidden among {cover} in an air cargo consignment', weight: 4 },
    {
      method: 'hidden-compartment',
      description: 'inside machinery parts declared on the air waybill',
      weight: 2,
    },
  ],
  'sea-container': [
    { method: 'cargo', description: 'hidden among {cover} in the container', weight: 5 },
    { method: 'hidden-compartment', description: "inside the container's refrigeration unit", weight: 2 },
    { method: 'hidden-compartment', description: 'under a false floor of the container', weight: 1 },
  ],
  'sea-vessel': [
    { method: 'hidden-compartment', description: 'in a concealed compartment below deck', weight: 3 },
    { method: 'other', description: 'in a sea chest attached to the hull', weight: 1 },
    { method: 'cargo', description: 'in bales on deck', weight: 2 },
  ],
  road: [
    { method: 'vehicle', description: 'in a modified fuel tank', weight: 2 },
    { method: 'hidden-compartment', description: 'in a concealed compartment behind the cab', weight: 2 },
    { method: 'cargo', description: 'among {cover} on the trailer', weight: 4 },
    { method: 'vehicle', description: 'in the spare tyre and door panels', weight: 2 },
  ],
  rail: [{ method: 'cargo', description: 'among {cover} in a freight wagon', weight: 1 }],
  postal: [
    { method: 'postal-item', description: 'in a parcel declared as {declared}', weight: 4 },
    { method: 'postal-item', description: 'in a padded envelope declared as documents', weight: 1 },
  ],
  'express-courier': [
    { method: 'postal-item', description: 'in an express parcel declared as {declared}', weight: 1 },
  ],
  pedestrian: [
    { method: 'on-body', description: 'strapped to the body under clothing', weight: 2 },
    { method: 'clothing', description: 'in pockets, socks and underwear', weight: 1 },
  ],
};

/** What parcels claim to contain. */
export const DECLARED_CONTENTS = [
  'gifts',
  'clothes',
  'books',
  'food supplements',
  'spare parts',
  'toys',
  'cosmetics',
  'tea',
  'documents',
  'samples',
];

export const DEFAULT_COVER = [
  'household goods',
  'spare parts',
  'textiles',
  'furniture',
  'ceramic tiles',
  'foodstuffs',
];

export const COMMODITY_BY_CODE: ReadonlyMap<string, CommodityProfile> = new Map(
  COMMODITIES.map((c) => [c.commodity, c]),
);
