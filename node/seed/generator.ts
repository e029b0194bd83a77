/**
 * The synthetic data generator: cases, persons and businesses shaped like the WCO Illicit Trade
 * Report, for demos, tests and benchmarks. It is deterministic: the same options (seed, country
 * and today) give byte-identical output, because every random choice comes from one seeded
 * `Random` and nothing reads the clock.
 *
 * Cases refer to persons and businesses by their index in the generator's `persons` and
 * `businesses` arrays (the store assigns ids), through `links`; `linkCase` turns them into ids.
 * Persons and businesses are created as cases need them and reused by preferential attachment
 * within a trade (a few couriers, importers and clearing agents turn up in many cases), which is
 * what gives search and correlation something to find.
 *
 * @example
 *   const gen = new SyntheticGenerator({ seed: 7, country: 'KE', today: '2026-11-20' });
 *   const { input, links } = gen.nextCase();
 *   gen.persons[links.persons[0]!.index]; // the courier, as a PersonInput
 */
import type { BusinessId, PersonId } from '../../protocol/ids.ts';
import type {
  Address,
  BusinessInput,
  CaseInput,
  IdentityDocument,
  Item,
  Offender,
  PersonInput,
} from '../../protocol/records.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import {
  COMMODITIES,
  COMMODITY_BY_CODE,
  CONCEALMENTS,
  DECLARED_CONTENTS,
  DEFAULT_COVER,
  type CommodityProfile,
  type ConcealmentOption,
  type ConveyanceMode,
} from './commodities.ts';
import {
  airlinesFor,
  CITIES,
  COURIERS,
  genericPlaces,
  LANDLOCKED,
  NEIGHBOURS,
  PLACES,
  POSTS,
  SHIPPING_LINES,
  VESSEL_NAMES,
  type CountryPlaces,
  type CustomsLocation,
} from './geography.ts';
import {
  containerNumber,
  documentNumber,
  flightNumber,
  imoNumber,
  vehicleRegistration,
} from './identifiers.ts';
import { companyName, namePool, SPELLING_VARIANTS, STREET_WORDS } from './names.ts';
import { Random } from './random.ts';

export interface GeneratorOptions {
  seed?: number;
  /** The reporting country: the node's own ISO 3166-1 alpha-2 code. */
  country: string;
  /** Today's date (YYYY-MM-DD); cases are dated in the three years before it. Default: today (UTC). */
  today?: string;
}

export interface CaseLinks {
  persons: { index: number; role: string }[];
  businesses: { index: number; role: string }[];
}

export interface SyntheticCase {
  /** The case without `persons`/`businesses` links, which `links` carries by index. */
  input: CaseInput;
  links: CaseLinks;
  /**
   * The case is old and closed: store it as `validated`, then move it to `archived` (a case
   * cannot be created archived, see STATUS_TRANSITIONS).
   */
  archive?: true;
}

export interface SyntheticDataset {
  persons: PersonInput[];
  businesses: BusinessInput[];
  cases: CaseInput[];
  /** `links[i]` belongs to `cases[i]`. */
  links: CaseLinks[];
  /** Indexes of the cases to archive once stored (see `SyntheticCase.archive`). */
  archive: number[];
}

/** How far back cases go. */
const HISTORY_DAYS = 3 * 365;
const DAY_MS = 86_400_000;

/** Goods that are often seized together with the main commodity. */
const COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  cocaine: ['cash', 'cannabis-herbal'],
  heroin: ['cash', 'opium'],
  'cannabis-herbal': ['cannabis-resin', 'cannabis-oil'],
  'cannabis-resin': ['cannabis-herbal', 'cash'],
  cigarettes: ['tobacco-other', 'alcohol'],
  'tobacco-other': ['cigarettes'],
  'counterfeit-clothing': ['counterfeit-footwear', 'counterfeit-accessories'],
  'counterfeit-footwear': ['counterfeit-clothing'],
  'counterfeit-accessories': ['counterfeit-clothing', 'counterfeit-cosmetics'],
  tramadol: ['counterfeit-medicines'],
  'counterfeit-medicines': ['tramadol'],
  ivory: ['rhino-horn', 'pangolin-scales'],
  'pangolin-scales': ['ivory'],
  firearms: ['ammunition'],
  methamphetamine: ['ketamine', 'cash'],
  gold: ['cash'],
  captagon: ['cannabis-resin'],
};

/** Month of the yearly peak (1-12) per trade: harvests, festive seasons, holiday travel. */
const SEASON_PEAK: Readonly<Record<string, number>> = {
  cannabis: 10,
  tobacco: 12,
  counterfeit: 11,
  excise: 12,
  cash: 8,
  khat: 6,
  captagon: 4,
};

interface Urn {
  /** Index of each record once per use: a uniform draw picks in proportion to past use. */
  draws: number[];
}

interface Vessel {
  name: string;
  line: string;
  imo: string;
}

interface Route {
  origin: string;
  transit: string[];
  destination: string;
  departure: string;
  direction: 'import' | 'export' | 'transit' | 'domestic';
}

function ymd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Rounds to a precision that looks like a scale reading: 3 significant digits, at most 3 decimals. */
function roundQuantity(value: number, integer: boolean): number {
  if (integer) return Math.max(1, Math.round(value));
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(3, Math.max(0, 2 - magnitude));
  const rounded = Number(value.toFixed(decimals));
  return rounded > 0 ? rounded : 0.001;
}

function ageBand(birthDate: string, onDate: string): string {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 18) return 'under-18';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  if (age <= 64) return '55-64';
  return '65-plus';
}

/** 1234567.5 → "1,234,567.5"; by hand because Intl output may change with the ICU version. */
function formatNumber(n: number): string {
  const [whole = '0', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[m - 1]!} ${y}`;
}

function countryName(code: string): string {
  return vocabularies.country.label(code, 'en');
}

const UNIT_WORDS: Readonly<Record<string, string>> = {
  kg: 'kg',
  g: 'g',
  l: 'litres',
  ml: 'ml',
  pieces: 'pieces',
  sticks: 'cigarettes',
  tablets: 'tablets',
  plants: 'plants',
  pairs: 'pairs',
  m3: 'cubic metres',
  usd: 'USD',
};

const OUTBOUND: Readonly<Record<ConveyanceMode, string>> = {
  'air-passenger': 'passenger',
  'air-cargo': 'air cargo consignment',
  'sea-container': 'container',
  'sea-vessel': 'vessel',
  road: 'vehicle',
  rail: 'freight train',
  postal: 'parcel',
  'express-courier': 'express consignment',
  pedestrian: 'traveller on foot',
};

export class SyntheticGenerator {
  readonly country: string;
  readonly today: string;
  /** Every person created so far; cases link them by index. */
  readonly persons: PersonInput[] = [];
  /** Every business created so far; cases link them by index. */
  readonly businesses: BusinessInput[] = [];

  readonly #rng: Random;
  readonly #places: CountryPlaces;
  readonly #todayMs: number;
  readonly #commodities: readonly (readonly [CommodityProfile, number])[];
  readonly #personUrns = new Map<string, Urn>();
  readonly #businessUrns = new Map<string, Urn>();
  readonly #containerUrns = new Map<string, string[]>();
  readonly #vessels: Vessel[] = [];
  readonly #refCounters = new Map<string, number>();

  constructor(opts: GeneratorOptions) {
    this.country = opts.country;
    this.today = opts.today ?? utcToday();
    this.#rng = new Random(opts.seed ?? 1);
    this.#places = PLACES[this.country] ?? genericPlaces(this.country);
    // The latest date is yesterday: "today" at a node west of UTC can still be yesterday.
    this.#todayMs = Date.parse(`${this.today}T00:00:00Z`) - DAY_MS;
    if (Number.isNaN(this.#todayMs)) throw new RangeError(`today is not a YYYY-MM-DD date: ${this.today}`);
    // A country on a trade's route sees more of that trade (Kenya more ivory, Belgium more cocaine).
    this.#commodities = COMMODITIES.map((p) => [p, p.weight * (this.#onRoute(p) ? 2 : 1)] as const);
  }

  #onRoute(profile: CommodityProfile): boolean {
    return profile.routes.some(
      (r) =>
        r.from.includes(this.country) ||
        r.to.includes(this.country) ||
        (r.via ?? []).some((v) => v.includes(this.country)),
    );
  }

  /** The next case, creating the persons and businesses it links as needed. */
  nextCase(): SyntheticCase {
    const rng = this.#rng;
    const profile = rng.weighted(this.#commodities);
    let route = this.#route(profile);
    const mode = this.#mode(profile, route);
    if (mode === 'road' || mode === 'rail' || mode === 'pedestrian') route = this.#overland(route);
    const seizureDate = this.#date(profile);
    const ageDays = (this.#todayMs - Date.parse(`${seizureDate}T00:00:00Z`)) / DAY_MS;
    const { type: locationType, place } = this.#location(mode, route);
    const detection = this.#detection(mode, profile);
    const items = this.#items(profile, mode);
    const concealment = this.#concealment(profile, mode);
    const conveyance = this.#conveyance(mode, route, profile);
    const links: CaseLinks = { persons: [], businesses: [] };
    const offenders = this.#parties(profile, mode, route, seizureDate, links);

    const administrativeOffence = [
      'revenue-other',
      'sugar',
      'unsafe-food',
      'dual-use-goods',
      'precursors',
    ].includes(profile.commodity);
    const kind = rng.chance(administrativeOffence ? 0.7 : 0.03) ? 'offence' : 'seizure';
    const form = rng.chance(0.6) ? 'full' : 'simplified';
    const status = (ageDays < 60 && rng.chance(0.45)) || rng.chance(0.04) ? 'draft' : 'validated';
    const archive = status === 'validated' && ageDays > 365 && rng.chance(0.15);

    const input: CaseInput = {
      ref: this.#ref(seizureDate, place),
      kind,
      offenceTypes: [...rng.pick(profile.offences)],
      form,
      status,
      reportingCountry: this.country,
      office: place.office,
      seizureDate,
      direction: route.direction,
      location: {
        type: locationType,
        ...(place.code !== undefined && { code: place.code }),
        name: place.name,
        ...(place.lat !== undefined && { lat: place.lat, lon: place.lon }),
      },
      detection: { method: detection },
      conveyance,
      concealment,
      route: {
        origin: route.origin,
        departure: route.departure,
        ...(route.transit.length > 0 && { transit: route.transit }),
        destination: route.destination,
      },
      items,
      offenders,
      narrative: '',
    };
    if (rng.chance(0.75)) input.handling = this.#handling(detection);
    if (rng.chance(0.08))
      input.tags = [
        rng.pick(['joint-operation', 'risk-profile-hit', 'follow-up', 'controlled-delivery', 'media']),
      ];
    input.narrative = this.#narrative(input, profile, mode, links);

    if (form === 'simplified') this.#simplify(input);
    if (status === 'draft') this.#leaveIncomplete(input);
    return archive ? { input, links, archive } : { input, links };
  }

  // ------------------------------------------------------------------ routes and places

  #route(profile: CommodityProfile): Route {
    const rng = this.#rng;
    const R = this.country;
    const chain = rng.weighted(
      profile.routes.map((r) => {
        const involved = r.from.includes(R) || r.to.includes(R) || (r.via ?? []).some((v) => v.includes(R));
        return [r, r.weight * (involved ? 4 : 1)] as const;
      }),
    );
    const fromR = chain.from.includes(R);
    const toR = chain.to.includes(R);
    const viaIndex = (chain.via ?? []).findIndex((v) => v.includes(R));

    if (profile.domestic !== undefined && (fromR || toR) && rng.chance(profile.domestic)) {
      return { origin: R, transit: [], destination: R, departure: R, direction: 'domestic' };
    }

    let origin = rng.pick(chain.from);
    const transit = (chain.via ?? []).map((group) => rng.pick(group));
    let destination = rng.pick(chain.to);
    type Role = 'export' | 'transit' | 'import';
    const roles: Role[] = [];
    if (fromR) roles.push('export');
    if (viaIndex >= 0) roles.push('transit');
    if (toR) roles.push('import');
    // A country off the chain still sees the trade: as a market or as a new transit point.
    const role: Role = roles.length > 0 ? rng.pick(roles) : rng.chance(0.65) ? 'import' : 'transit';

    let position: number; // R's index in [origin, ...transit, destination]
    if (role === 'export') {
      origin = R;
      position = 0;
    } else if (role === 'import') {
      destination = R;
      position = transit.length + 1;
    } else if (viaIndex >= 0) {
      transit[viaIndex] = R;
      position = viaIndex + 1;
    } else {
      // A new transit point sits on the last leg, just before the market.
      transit.push(R);
      position = transit.length;
    }
    // Keep the chain a path: no country twice, R exactly where it was put.
    const stops = [origin, ...transit, destination];
    const seen = new Set<string>();
    const path: string[] = [];
    let rPosition = 0;
    stops.forEach((c, i) => {
      if (c === R && i !== position) return;
      if (seen.has(c)) return;
      seen.add(c);
      if (i === position) rPosition = path.length;
      path.push(c);
    });
    if (path.length === 1) {
      // Origin and destination were both R: treat as domestic rather than inventing a route.
      return { origin: R, transit: [], destination: R, departure: R, direction: 'domestic' };
    }
    if (path.length === 2 && role === 'transit') {
      return this.#asImport(path, R);
    }
    const direction = rPosition === 0 ? 'export' : rPosition === path.length - 1 ? 'import' : 'transit';
    return {
      origin: path[0]!,
      transit: path.slice(1, -1),
      destination: path[path.length - 1]!,
      departure: direction === 'export' ? R : path[rPosition - 1]!,
      direction,
    };
  }

  #asImport(path: readonly string[], R: string): Route {
    const other = path.find((c) => c !== R)!;
    return { origin: other, transit: [], destination: R, departure: other, direction: 'import' };
  }

  /** Goods crossing a land border come from a neighbour: add one to the route when it has none. */
  #overland(route: Route): Route {
    const neighbours = NEIGHBOURS[this.country];
    if (!neighbours || route.direction === 'domestic') return route;
    const stops = [route.origin, ...route.transit, route.destination];
    const at = stops.indexOf(this.country);
    const adjacent = route.direction === 'export' ? stops[at + 1] : route.departure;
    const candidates = neighbours.filter((n) => !stops.includes(n));
    if (adjacent === undefined || neighbours.includes(adjacent) || candidates.length === 0) return route;
    const via = this.#rng.pick(candidates);
    const transit = [...route.transit];
    // R sits at stops[at], i.e. transit[at - 1]: the neighbour goes just after it or just before it.
    transit.splice(route.direction === 'export' ? 0 : at - 1, 0, via);
    return route.direction === 'export' ? { ...route, transit } : { ...route, transit, departure: via };
  }

  #mode(profile: CommodityProfile, route: Route): ConveyanceMode {
    const p = this.#places;
    // The other end of the leg that crosses R's border.
    const stops = [route.origin, ...route.transit, route.destination];
    const neighbour = route.direction === 'export' ? stops[1] : route.departure;
    const feasible = (mode: ConveyanceMode): boolean => {
      if (route.direction === 'domestic')
        return mode === 'road' || mode === 'postal' || mode === 'express-courier';
      switch (mode) {
        case 'sea-container':
        case 'sea-vessel':
          return p.seaports.length > 0 && !LANDLOCKED.has(neighbour ?? '');
        case 'rail':
        case 'pedestrian':
          return p.borders.length > 0;
        case 'air-passenger':
        case 'air-cargo':
          return p.airports.length > 0;
        default:
          return true;
      }
    };
    const modes = profile.modes.filter(([m]) => feasible(m));
    if (modes.length > 0) return this.#rng.weighted(modes);
    return route.direction === 'domestic' ? 'road' : 'air-passenger';
  }

  #location(mode: ConveyanceMode, route: Route): { type: string; place: CustomsLocation } {
    const rng = this.#rng;
    const p = this.#places;
    switch (mode) {
      case 'air-passenger':
      case 'air-cargo':
        return { type: 'airport', place: rng.pick(p.airports) };
      case 'sea-container':
      case 'sea-vessel':
        return { type: 'seaport', place: rng.pick(p.seaports) };
      case 'postal':
        return { type: 'postal-centre', place: p.postal };
      case 'express-courier':
        return { type: 'express-courier', place: p.express };
      default:
        if (route.direction !== 'domestic' && p.borders.length > 0 && rng.chance(0.75)) {
          return { type: 'land-border', place: rng.pick(p.borders) };
        }
        return { type: 'inland', place: rng.pick(p.inland) };
    }
  }

  #date(profile: CommodityProfile): string {
    const rng = this.#rng;
    const peak = SEASON_PEAK[profile.network];
    for (;;) {
      const daysAgo = rng.int(0, HISTORY_DAYS - 1);
      const ms = this.#todayMs - daysAgo * DAY_MS;
      const date = new Date(ms);
      // Seizures grow about 15 % over the period, peak in the trade's season, dip at weekends.
      const trend = 0.85 + 0.15 * (1 - daysAgo / HISTORY_DAYS);
      const season =
        peak === undefined ? 1 : 1 + 0.3 * Math.cos((2 * Math.PI * (date.getUTCMonth() + 1 - peak)) / 12);
      const weekday = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.6 : 1;
      if (rng.next() * 1.3 < trend * season * weekday) return ymd(ms);
    }
  }

  #detection(mode: ConveyanceMode, profile: CommodityProfile): string {
    const byMode: Readonly<Record<ConveyanceMode, readonly (readonly [string, number])[]>> = {
      'air-passenger': [
        ['risk-profiling', 35],
        ['routine-control', 20],
        ['detector-dog', 12],
        ['scanner', 15],
        ['intelligence', 10],
        ['random', 5],
        ['tip-off', 3],
      ],
      'air-cargo': [
        ['risk-profiling', 40],
        ['scanner', 25],
        ['intelligence', 15],
        ['detector-dog', 10],
        ['routine-control', 10],
      ],
      'sea-container': [
        ['risk-profiling', 40],
        ['scanner', 25],
        ['intelligence', 20],
        ['tip-off', 8],
        ['routine-control', 7],
      ],
      'sea-vessel': [
        ['intelligence', 50],
        ['tip-off', 20],
        ['routine-control', 20],
        ['other', 10],
      ],
      road: [
        ['routine-control', 35],
        ['scanner', 15],
        ['detector-dog', 15],
        ['random', 15],
        ['tip-off', 10],
        ['intelligence', 10],
      ],
      rail: [
        ['routine-control', 40],
        ['scanner', 30],
        ['detector-dog', 30],
      ],
      postal: [
        ['scanner', 40],
        ['risk-profiling', 25],
        ['detector-dog', 20],
        ['routine-control', 10],
        ['intelligence', 5],
      ],
      'express-courier': [
        ['risk-profiling', 35],
        ['scanner', 35],
        ['detector-dog', 15],
        ['intelligence', 10],
        ['routine-control', 5],
      ],
      pedestrian: [
        ['routine-control', 50],
        ['random', 20],
        ['detector-dog', 15],
        ['tip-off', 15],
      ],
    };
    const table = byMode[mode];
    // Wildlife and cultural goods are mostly found on intelligence rather than by dogs.
    if (profile.itrArea === 'environment' || profile.itrArea === 'cultural-heritage') {
      return this.#rng.weighted([...table, ['intelligence', 30]]);
    }
    return this.#rng.weighted(table);
  }

  // ------------------------------------------------------------------ goods

  #items(profile: CommodityProfile, mode: ConveyanceMode): Item[] {
    const items = [this.#item(profile, mode, 1)];
    const companions = COMPANIONS[profile.commodity];
    if (companions && this.#rng.chance(0.12)) {
      const second = COMMODITY_BY_CODE.get(this.#rng.pick(companions));
      if (second) items.push(this.#item(second, mode, 0.2));
    }
    return items;
  }

  #item(profile: CommodityProfile, mode: ConveyanceMode, scale: number): Item {
    const rng = this.#rng;
    const [median, sigma] = profile.size[mode] ?? profile.size.default;
    const quantity = roundQuantity(rng.logNormal(median * scale, sigma), profile.integer === true);
    const term = vocabularies.commodity.get(profile.commodity);
    const item: Item = {
      itrArea: profile.itrArea,
      commodity: profile.commodity,
      ...(term?.hsCode !== undefined && rng.chance(0.8) && { hsCode: term.hsCode }),
      description: rng.pick(profile.descriptions),
      quantity,
      unit: profile.unit,
    };
    if (profile.unit === 'usd') item.valueUsd = Math.round(quantity);
    else if (rng.chance(0.85)) {
      item.valueUsd = Math.max(1, Math.round(quantity * profile.priceUsd * rng.logNormal(1, 0.35)));
    }
    if (profile.brands && rng.chance(0.8)) item.brand = rng.pick(profile.brands);
    if (profile.species) item.citesSpecies = rng.pick(profile.species);
    return item;
  }

  #concealment(profile: CommodityProfile, mode: ConveyanceMode): { method: string; description: string } {
    const rng = this.#rng;
    const options: readonly ConcealmentOption[] = [
      ...CONCEALMENTS[mode],
      ...(profile.concealments?.[mode] ?? []),
    ];
    const chosen = rng.weighted(options.map((o) => [o, o.weight] as const));
    const description = chosen.description
      .replace('{cover}', rng.pick(profile.cover ?? DEFAULT_COVER))
      .replace('{declared}', rng.pick(DECLARED_CONTENTS));
    return { method: chosen.method, description };
  }

  // ------------------------------------------------------------------ conveyance

  #conveyance(
    mode: ConveyanceMode,
    route: Route,
    profile: CommodityProfile,
  ): NonNullable<CaseInput['conveyance']> {
    const rng = this.#rng;
    const from = route.direction === 'export' ? this.country : route.departure;
    const to = route.direction === 'export' ? (route.transit[0] ?? route.destination) : this.country;
    switch (mode) {
      case 'air-passenger':
      case 'air-cargo': {
        const airline = rng.pick(airlinesFor(from, to));
        return {
          mode,
          carrier: airline.name,
          flightOrVoyage: flightNumber(rng, airline.code, mode === 'air-cargo'),
        };
      }
      case 'sea-container': {
        const vessel = this.#vessel();
        return {
          mode,
          carrier: vessel.line,
          flightOrVoyage: `${vessel.name} ${rng.int(100, 699)}${rng.pick(['N', 'S', 'E', 'W'])}`,
          containerNumber: this.#container(profile.network),
          imo: vessel.imo,
        };
      }
      case 'sea-vessel': {
        // Dhows, fishing boats and go-fasts carry no IMO number; a merchant ship does.
        if (rng.chance(0.35)) {
          const vessel = this.#vessel();
          return { mode, carrier: vessel.line, flightOrVoyage: vessel.name, imo: vessel.imo };
        }
        const kind = rng.pick(['dhow', 'fishing vessel', 'motor yacht', 'speedboat']);
        return {
          mode,
          flightOrVoyage: `${kind} ${rng.pick(['AL NOOR', 'BAHATI', 'ESPERANZA', 'SEA STAR', 'MARIA', 'FAITH II', 'ZAHRA'])}`,
        };
      }
      case 'road':
      case 'rail': {
        const plateCountry = route.direction === 'domestic' || rng.chance(0.5) ? this.country : from;
        return mode === 'road'
          ? { mode, vehicleRegistration: vehicleRegistration(rng, plateCountry) }
          : { mode, carrier: 'freight train', flightOrVoyage: `${rng.int(1000, 9999)}` };
      }
      case 'postal':
        return { mode, carrier: POSTS[from] ?? `${countryName(from)} post` };
      case 'express-courier':
        return { mode, carrier: rng.pick(COURIERS) };
      case 'pedestrian':
        return { mode };
    }
  }

  #vessel(): Vessel {
    const rng = this.#rng;
    // A few dozen ships call at a port over three years: most cases reuse one, which links them by IMO.
    if (this.#vessels.length >= 40 || (this.#vessels.length > 0 && rng.chance(0.7)))
      return rng.pick(this.#vessels);
    const line = rng.pick(SHIPPING_LINES);
    const name = `${line.vesselPrefix} ${rng.pick(VESSEL_NAMES)}`.trim();
    const vessel = { name, line: line.name, imo: imoNumber(rng) };
    this.#vessels.push(vessel);
    return vessel;
  }

  #container(network: string): string {
    const rng = this.#rng;
    const used = this.#containerUrns.get(network) ?? [];
    this.#containerUrns.set(network, used);
    // The same box turns up again in the same trade: a second consignment, a re-export.
    if (used.length > 0 && rng.chance(0.06)) return rng.pick(used);
    const number = containerNumber(rng);
    used.push(number);
    return number;
  }

  // ------------------------------------------------------------------ persons and businesses

  #parties(
    profile: CommodityProfile,
    mode: ConveyanceMode,
    route: Route,
    seizureDate: string,
    links: CaseLinks,
  ): Offender[] {
    const rng = this.#rng;
    const offenders: Offender[] = [];
    const addPerson = (role: string, offenderRole: string | undefined, reuse: number): void => {
      // Truck drivers are locals or from the neighbour they drive in from.
      const from = role === 'driver' ? [this.country, route.departure] : undefined;
      const index = this.#person(profile.network, route, reuse, seizureDate, links, from);
      links.persons.push({ index, role });
      const person = this.persons[index]!;
      if (offenderRole === undefined) return;
      offenders.push({
        ...(person.nationality !== undefined && { nationality: person.nationality }),
        gender: person.gender ?? 'unknown',
        ageBand: person.birthDate === undefined ? 'unknown' : ageBand(person.birthDate, seizureDate),
        role: offenderRole,
      });
    };
    const addBusiness = (role: string, country: string, pool: string, reuse: number): void => {
      const index = this.#business(pool, country, reuse, links);
      links.businesses.push({ index, role });
    };
    const foreign = route.direction === 'export' ? (route.transit[0] ?? route.destination) : route.origin;

    switch (mode) {
      case 'air-passenger':
      case 'pedestrian': {
        addPerson(rng.chance(0.8) ? 'courier' : 'suspect', 'courier', 0.2);
        if (rng.chance(0.15)) addPerson('passenger', 'passenger', 0.2);
        if (rng.chance(0.08)) addPerson('suspect', 'organiser', 0.5);
        break;
      }
      case 'road':
      case 'rail': {
        if (mode === 'road' || rng.chance(0.3)) addPerson('driver', 'driver', 0.3);
        if (rng.chance(0.25)) addPerson('passenger', 'passenger', 0.2);
        if (rng.chance(0.3))
          addBusiness('carrier', rng.chance(0.6) ? this.country : foreign, 'logistics', 0.6);
        if (rng.chance(0.2)) addBusiness('owner', this.country, profile.network, 0.5);
        break;
      }
      case 'sea-vessel': {
        const crew = rng.int(1, 4);
        for (let i = 0; i < crew; i++) addPerson('suspect', i === 0 ? 'organiser' : 'other', 0.15);
        break;
      }
      case 'postal':
      case 'express-courier': {
        if (rng.chance(0.6))
          addPerson('consignee', route.direction === 'export' ? 'exporter' : 'importer', 0.25);
        if (rng.chance(0.35))
          addBusiness(
            route.direction === 'export' ? 'consignor' : 'consignee',
            this.country,
            profile.network,
            0.5,
          );
        if (rng.chance(0.25))
          addBusiness(
            route.direction === 'export' ? 'consignee' : 'consignor',
            foreign,
            profile.network,
            0.5,
          );
        break;
      }
      case 'sea-container':
      case 'air-cargo': {
        const local = route.direction === 'export' ? 'exporter' : 'importer';
        addBusiness(local, this.country, profile.network, 0.55);
        if (rng.chance(0.6))
          addBusiness(route.direction === 'export' ? 'consignee' : 'exporter', foreign, profile.network, 0.5);
        if (rng.chance(0.5))
          addBusiness(rng.pick(['declarant', 'freight-forwarder']), this.country, 'logistics', 0.75);
        if (rng.chance(0.35)) addPerson('owner', 'organiser', 0.4);
        if (rng.chance(0.2)) addPerson('consignee', local, 0.3);
        break;
      }
    }
    return offenders;
  }

  #pickFromUrn(
    urns: Map<string, Urn>,
    pool: string,
    reuse: number,
    exclude: ReadonlySet<number>,
  ): number | undefined {
    const urn = urns.get(pool);
    if (!urn || urn.draws.length === 0 || !this.#rng.chance(reuse)) return undefined;
    const index = this.#rng.pick(urn.draws);
    return exclude.has(index) ? undefined : index;
  }

  #remember(urns: Map<string, Urn>, pool: string, index: number): void {
    let urn = urns.get(pool);
    if (!urn) urns.set(pool, (urn = { draws: [] }));
    urn.draws.push(index);
  }

  #person(
    network: string,
    route: Route,
    reuse: number,
    seizureDate: string,
    links: CaseLinks,
    nationalities?: readonly string[],
  ): number {
    const rng = this.#rng;
    const taken = new Set(links.persons.map((l) => l.index));
    const reused = this.#pickFromUrn(this.#personUrns, network, reuse, taken);
    if (reused !== undefined) {
      this.#remember(this.#personUrns, network, reused);
      return reused;
    }
    const stops = [route.origin, route.departure, ...route.transit, route.destination];
    const nationality = nationalities
      ? rng.pick(nationalities)
      : rng.weighted<string>([
          [this.country, 35],
          [route.origin, 25],
          [rng.pick(stops), 25],
          [rng.pick(['NG', 'GB', 'NL', 'BR', 'CN', 'IN', 'TR', 'AE', 'KE']), 15],
        ]);
    // One officer types "Mohamed", another "Mohammed": the same passport then links both records.
    const duplicateOf =
      this.persons.length > 20 && rng.chance(0.03) ? rng.int(0, this.persons.length - 1) : undefined;
    const person =
      duplicateOf === undefined
        ? this.#newPerson(nationality, seizureDate)
        : this.#variantOf(this.persons[duplicateOf]!);
    this.persons.push(person);
    const index = this.persons.length - 1;
    this.#remember(this.#personUrns, network, index);
    return index;
  }

  #newPerson(nationality: string, seizureDate: string): PersonInput {
    const rng = this.#rng;
    const gender = rng.chance(0.78) ? 'male' : 'female';
    const pool = namePool(nationality);
    const age = Math.min(75, Math.max(18, Math.round(rng.logNormal(33, 0.28))));
    const birthMs = Date.parse(`${seizureDate}T00:00:00Z`) - (age * 365.25 + rng.int(0, 364)) * DAY_MS;
    const person: PersonInput = {
      familyName: rng.pick(pool.family),
      givenNames: rng.pick(gender === 'male' ? pool.male : pool.female),
      birthDate: ymd(birthMs),
      nationality,
      gender,
    };
    const cities = CITIES[nationality];
    if (cities && rng.chance(0.5)) person.birthPlace = rng.pick(cities);
    // Some people are recorded without any document: they carried none, or it was not recorded.
    if (rng.chance(0.9)) {
      const docs: IdentityDocument[] = [];
      const national = nationality === this.country;
      const type = national && rng.chance(0.6) ? 'identity-card' : 'passport';
      docs.push(this.#document(type, nationality));
      if (rng.chance(0.12))
        docs.push(this.#document(rng.pick(['driving-licence', 'residence-permit', 'passport']), nationality));
      person.documents = docs;
    }
    if (rng.chance(0.6)) person.addresses = [this.#address(rng.chance(0.7) ? nationality : this.country)];
    if (rng.chance(0.05)) person.notes = 'Known to travel on more than one passport.';
    return person;
  }

  #variantOf(original: PersonInput): PersonInput {
    const copy: PersonInput = structuredClone(original);
    const variant = SPELLING_VARIANTS[original.givenNames ?? ''];
    if (variant !== undefined) copy.givenNames = variant;
    else if (original.givenNames !== undefined) {
      // No known variant: the other classic slip, given and family names swapped.
      copy.familyName = original.givenNames;
      copy.givenNames = original.familyName;
    }
    copy.notes = 'Recorded at a different office; may be the same person as an earlier record.';
    return copy;
  }

  #document(type: string, country: string): IdentityDocument {
    const rng = this.#rng;
    const expires = ymd(this.#todayMs + rng.int(-700, 3000) * DAY_MS);
    return { type, number: documentNumber(rng, type), country, expires };
  }

  #address(country: string): Address {
    const rng = this.#rng;
    const cities = CITIES[country];
    return {
      line: `${rng.int(1, 250)} ${rng.pick(STREET_WORDS)} ${rng.pick(['Street', 'Road', 'Avenue'])}`,
      ...(cities && { city: rng.pick(cities) }),
      ...(rng.chance(0.5) && { postcode: rng.digits(5) }),
      country,
    };
  }

  #business(pool: string, country: string, reuse: number, links: CaseLinks): number {
    const rng = this.#rng;
    // Keep the pool per country: a Kenyan importer does not turn up as a Chinese exporter.
    const key = `${pool}:${country}`;
    const taken = new Set(links.businesses.map((l) => l.index));
    const reused = this.#pickFromUrn(this.#businessUrns, key, reuse, taken);
    if (reused !== undefined) {
      this.#remember(this.#businessUrns, key, reused);
      return reused;
    }
    const business: BusinessInput = {
      name: companyName((items) => rng.pick(items), country),
      registrationNumber: this.#registration(country),
      country,
    };
    if (['BE', 'NL', 'DE', 'FR', 'ES', 'IT', 'PT'].includes(country))
      business.vatNumber = `${country}${rng.digits(10)}`;
    if (rng.chance(0.8)) business.addresses = [this.#address(country)];
    this.businesses.push(business);
    const index = this.businesses.length - 1;
    this.#remember(this.#businessUrns, key, index);
    return index;
  }

  #registration(country: string): string {
    const rng = this.#rng;
    switch (country) {
      case 'KE':
        return `PVT-${rng.letter()}${rng.letter()}${rng.digits(6)}`;
      case 'TZ':
        return `${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`;
      case 'BE':
        return `0${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}`;
      case 'NL':
        return rng.digits(8);
      case 'GB':
        return rng.digits(8);
      case 'AE':
        return `${rng.int(1, 9)}${rng.digits(5)}`;
      case 'CN':
        return `91${rng.digits(6)}${rng.letter()}${rng.digits(9)}`;
      default:
        return `${country}${rng.digits(8)}`;
    }
  }

  // ------------------------------------------------------------------ bookkeeping and text

  #ref(seizureDate: string, place: CustomsLocation): string {
    const year = seizureDate.slice(0, 4);
    // The station: the place's code, or the initials of its name (Malaba One Stop… → MOS).
    const initials = place.name
      .split(/[\s-]+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0]!)
      .join('');
    const station = place.code?.slice(-3) ?? (initials.slice(0, 3) || 'HQ');
    const key = `${station}-${year}`;
    const n = (this.#refCounters.get(key) ?? 0) + 1;
    this.#refCounters.set(key, n);
    return `${this.country}-${station}-${year}-${String(n).padStart(5, '0')}`;
  }

  #handling(detection: string): NonNullable<CaseInput['handling']> {
    const rng = this.#rng;
    if (detection === 'intelligence' || detection === 'tip-off') {
      return rng.weighted<NonNullable<CaseInput['handling']>>([
        [{ code: 'H2', source: 'B', reliability: 2 }, 4],
        [{ code: 'H1', source: 'B', reliability: 2 }, 2],
        [{ code: 'H3', source: 'C', reliability: 3 }, 1],
        [{ code: 'H2', source: 'X', reliability: 4 }, 1],
      ]);
    }
    return rng.weighted<NonNullable<CaseInput['handling']>>([
      [{ code: 'H0', source: 'A', reliability: 1 }, 8],
      [{ code: 'H1', source: 'A', reliability: 1 }, 2],
      [{ code: 'H0', source: 'A', reliability: 2 }, 1],
    ]);
  }

  #narrative(input: CaseInput, profile: CommodityProfile, mode: ConveyanceMode, links: CaseLinks): string {
    const rng = this.#rng;
    const where = input.location?.name ?? 'the control point';
    const item = input.items[0]!;
    const amount = `${formatNumber(item.quantity ?? 0)} ${UNIT_WORDS[item.unit ?? ''] ?? item.unit ?? ''}`;
    const goods = item.description?.toLowerCase() ?? profile.commodity;
    const route = input.route!;
    const from = countryName(route.departure ?? route.origin ?? this.country);
    const to = countryName(route.destination ?? this.country);
    const how = {
      'risk-profiling': 'following a risk-profiling hit',
      'routine-control': 'during a routine control',
      intelligence: 'acting on intelligence',
      random: 'in a random check',
      'detector-dog': 'after a detector dog indicated',
      scanner: 'after a non-intrusive scan showed anomalies',
      'tip-off': 'following a tip-off',
      other: 'during a joint operation',
    }[input.detection?.method ?? 'other'];
    const what: Record<ConveyanceMode, string> = {
      'air-passenger': `selected a passenger arriving on flight ${input.conveyance?.flightOrVoyage ?? ''} from ${from}`,
      'air-cargo': `examined an air cargo consignment on flight ${input.conveyance?.flightOrVoyage ?? ''} from ${from}`,
      'sea-container': `examined container ${input.conveyance?.containerNumber ?? ''} discharged from the ${input.conveyance?.flightOrVoyage ?? 'vessel'} from ${from}`,
      'sea-vessel': `boarded the ${input.conveyance?.flightOrVoyage ?? 'vessel'} arriving from ${from}`,
      road: `stopped a vehicle registered ${input.conveyance?.vehicleRegistration ?? ''}${input.direction === 'domestic' ? '' : ` coming from ${from}`}`,
      rail: `inspected a freight train from ${from}`,
      postal: `inspected a parcel from ${from}`,
      'express-courier': `inspected an express consignment from ${from} handled by ${input.conveyance?.carrier ?? 'a courier'}`,
      pedestrian: `stopped a traveller crossing on foot from ${from}`,
    };
    const intro =
      input.direction === 'export'
        ? `On ${formatDate(input.seizureDate)} officers at ${where} examined an outbound ${OUTBOUND[mode]} bound for ${to} ${how ?? ''}.`
        : `On ${formatDate(input.seizureDate)} officers at ${where} ${what[mode]} ${how ?? ''}.`;
    const found = `They found ${goods} (${amount}) ${input.concealment?.description ?? ''}.`;
    const offender = input.offenders?.[0];
    const people =
      offender?.nationality !== undefined
        ? rng.pick([
            `A national of ${countryName(offender.nationality)} was arrested and handed over to the police.`,
            `The ${offender.role ?? 'suspect'}, a national of ${countryName(offender.nationality)}, was detained for questioning.`,
            `The ${offender.role ?? 'suspect'} (${countryName(offender.nationality)}) was charged and released on bond.`,
          ])
        : links.businesses.length > 0
          ? 'The importer and the clearing agent have been summoned for questioning.'
          : 'No arrest was made; enquiries continue.';
    const end = rng.pick([
      'Samples were sent to the government laboratory.',
      'The goods were detained pending further investigation.',
      'The case was referred to the prosecutor.',
      'Partner administrations on the route were informed.',
      '',
    ]);
    return [intro, found, people, end]
      .filter((s) => s !== '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/ \./g, '.');
  }

  /** A simplified report carries the essentials only. */
  #simplify(input: CaseInput): void {
    const rng = this.#rng;
    delete input.concealment;
    if (rng.chance(0.5)) delete input.conveyance;
    else input.conveyance = { mode: input.conveyance!.mode };
    if (rng.chance(0.5)) delete input.route;
    if (rng.chance(0.4)) delete input.handling;
    input.narrative = input.narrative?.split('. ')[0]?.replace(/\.?$/, '.') ?? '';
  }

  /** Drafts are work in progress: some fields are not filled in yet. */
  #leaveIncomplete(input: CaseInput): void {
    const rng = this.#rng;
    if (rng.chance(0.3)) delete input.detection;
    if (rng.chance(0.2)) delete input.narrative;
    if (rng.chance(0.15)) delete input.items[0]!.quantity;
    if (rng.chance(0.2)) delete input.route;
  }
}

/** Replaces a case's link indexes by the ids the store assigned to the linked records. */
export function linkCase(
  generated: SyntheticCase,
  personIds: readonly string[],
  businessIds: readonly string[],
): CaseInput {
  const { input, links } = generated;
  const id = (ids: readonly string[], index: number, kind: string): string => {
    const value = ids[index];
    if (value === undefined) throw new RangeError(`no id for ${kind} #${index}: store it before its cases`);
    return value;
  };
  const out: CaseInput = { ...input };
  if (links.persons.length > 0) {
    out.persons = links.persons.map((l) => ({
      id: id(personIds, l.index, 'person') as PersonId,
      role: l.role,
    }));
  }
  if (links.businesses.length > 0) {
    out.businesses = links.businesses.map((l) => ({
      id: id(businessIds, l.index, 'business') as BusinessId,
      role: l.role,
    }));
  }
  return out;
}

/** A whole dataset at once (tests, small seeds); `seedStore` streams instead. */
export function generateDataset(opts: GeneratorOptions & { cases: number }): SyntheticDataset {
  const generator = new SyntheticGenerator(opts);
  const cases: CaseInput[] = [];
  const links: CaseLinks[] = [];
  const archive: number[] = [];
  for (let i = 0; i < opts.cases; i++) {
    const c = generator.nextCase();
    cases.push(c.input);
    links.push(c.links);
    if (c.archive) archive.push(i);
  }
  return { persons: generator.persons, businesses: generator.businesses, cases, links, archive };
}
