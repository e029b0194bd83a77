/**
 * Places the synthetic cases happen at: customs locations of the countries a demo or test node is
 * likely to report for (real airports, seaports and border posts with their IATA codes or
 * UN/LOCODEs and coordinates), cities for addresses and birthplaces, and the airlines and
 * shipping lines that serve them. A reporting country that is not listed gets generic locations
 * without codes or coordinates, which are still valid cases.
 */

export interface CustomsLocation {
  code?: string;
  name: string;
  lat?: number;
  lon?: number;
  /** The customs office that reports seizures made there. */
  office: string;
}

export interface CountryPlaces {
  airports: CustomsLocation[];
  seaports: CustomsLocation[];
  /** Land-border posts with a non-EU neighbour (empty inside the Schengen area). */
  borders: CustomsLocation[];
  postal: CustomsLocation;
  express: CustomsLocation;
  inland: CustomsLocation[];
}

const place = (
  code: string | undefined,
  name: string,
  lat: number,
  lon: number,
  office: string,
): CustomsLocation => (code === undefined ? { name, lat, lon, office } : { code, name, lat, lon, office });

export const PLACES: Readonly<Record<string, CountryPlaces>> = {
  KE: {
    airports: [
      place('NBO', 'Jomo Kenyatta International Airport', -1.3192, 36.9278, 'JKIA Customs Office'),
      place('MBA', 'Moi International Airport', -4.0348, 39.5942, 'Moi International Airport Customs'),
    ],
    seaports: [place('KEMBA', 'Port of Mombasa (Kilindini)', -4.0435, 39.6682, 'Mombasa Port Customs')],
    borders: [
      place(undefined, 'Namanga One Stop Border Post', -2.5447, 36.7886, 'Namanga OSBP Customs'),
      place(undefined, 'Malaba One Stop Border Post', 0.6369, 34.2806, 'Malaba OSBP Customs'),
      place(undefined, 'Busia One Stop Border Post', 0.4608, 34.0922, 'Busia OSBP Customs'),
    ],
    postal: place('KENBO', 'Nairobi Mail Exchange (Posta House)', -1.2864, 36.8172, 'Nairobi Postal Customs'),
    express: place('NBO', 'JKIA Express Courier Terminal', -1.3231, 36.9259, 'JKIA Courier Customs'),
    inland: [place('KENBO', 'Embakasi Inland Container Depot', -1.3197, 36.8969, 'ICD Nairobi Customs')],
  },
  TZ: {
    airports: [
      place('DAR', 'Julius Nyerere International Airport', -6.8781, 39.2026, 'JNIA Customs Office'),
      place('JRO', 'Kilimanjaro International Airport', -3.4294, 37.0745, 'KIA Customs Office'),
      place('ZNZ', 'Abeid Amani Karume International Airport', -6.222, 39.2249, 'Zanzibar Airport Customs'),
    ],
    seaports: [
      place('TZDAR', 'Port of Dar es Salaam', -6.8317, 39.2878, 'Dar es Salaam Port Customs'),
      place('TZTGT', 'Port of Tanga', -5.0667, 39.1, 'Tanga Port Customs'),
    ],
    borders: [
      place(undefined, 'Tunduma Border Post', -9.3, 32.7667, 'Tunduma Customs'),
      place(undefined, 'Holili Border Post', -3.3667, 37.5667, 'Holili Customs'),
      place(undefined, 'Namanga One Stop Border Post', -2.5481, 36.7845, 'Namanga Customs (TZ)'),
    ],
    postal: place(
      'TZDAR',
      'Dar es Salaam Central Post Office',
      -6.8161,
      39.2894,
      'Dar es Salaam Postal Customs',
    ),
    express: place('DAR', 'JNIA Courier Terminal', -6.8742, 39.2077, 'JNIA Courier Customs'),
    inland: [place('TZDAR', 'Ubungo Inland Container Depot', -6.7833, 39.2167, 'Ubungo ICD Customs')],
  },
  BE: {
    airports: [
      place('BRU', 'Brussels Airport', 50.901, 4.4844, 'Zaventem Customs'),
      place('LGG', 'Liege Airport', 50.6374, 5.4432, 'Bierset Customs'),
    ],
    seaports: [
      place('BEANR', 'Port of Antwerp-Bruges (Antwerp)', 51.2637, 4.3997, 'Antwerp Customs'),
      place('BEZEE', 'Port of Antwerp-Bruges (Zeebrugge)', 51.3333, 3.2, 'Zeebrugge Customs'),
    ],
    borders: [],
    postal: place('BEBRU', 'Brussels X Mail Centre', 50.8593, 4.339, 'Brussels Postal Customs'),
    express: place('BRU', 'Brussels Airport Express Hub', 50.8986, 4.4731, 'Zaventem Courier Customs'),
    inland: [
      place(undefined, 'E40 motorway, Veurne (mobile team)', 51.0722, 2.6622, 'Mobile Team West Flanders'),
      place(undefined, 'E19 motorway, Meer (mobile team)', 51.4461, 4.7594, 'Mobile Team Antwerp'),
    ],
  },
  NL: {
    airports: [place('AMS', 'Amsterdam Airport Schiphol', 52.3105, 4.7683, 'Schiphol Customs')],
    seaports: [place('NLRTM', 'Port of Rotterdam (Maasvlakte)', 51.95, 4.0333, 'Rotterdam Customs')],
    borders: [],
    postal: place('NLAMS', 'Amsterdam International Mail Centre', 52.3, 4.78, 'Schiphol Postal Customs'),
    express: place('AMS', 'Schiphol Express Hub', 52.2862, 4.7653, 'Schiphol Courier Customs'),
    inland: [place(undefined, 'A16 motorway, Hazeldonk', 51.4931, 4.7667, 'Breda Mobile Team')],
  },
  ES: {
    airports: [
      place('MAD', 'Adolfo Suarez Madrid-Barajas Airport', 40.4983, -3.5676, 'Barajas Customs'),
      place('BCN', 'Josep Tarradellas Barcelona-El Prat Airport', 41.2974, 2.0833, 'El Prat Customs'),
    ],
    seaports: [
      place('ESALG', 'Port of Algeciras', 36.13, -5.44, 'Algeciras Customs'),
      place('ESVLC', 'Port of Valencia', 39.4436, -0.3167, 'Valencia Customs'),
    ],
    borders: [place(undefined, 'Tarajal Border Crossing, Ceuta', 35.8717, -5.3436, 'Ceuta Customs')],
    postal: place('ESMAD', 'Madrid International Mail Centre', 40.4511, -3.5669, 'Madrid Postal Customs'),
    express: place('MAD', 'Barajas Express Courier Terminal', 40.4897, -3.5608, 'Barajas Courier Customs'),
    inland: [place(undefined, 'AP-7 motorway, La Jonquera', 42.4186, 2.8758, 'La Jonquera Customs')],
  },
  GB: {
    airports: [place('LHR', 'London Heathrow Airport', 51.47, -0.4543, 'Heathrow Border Force')],
    seaports: [
      place('GBFXT', 'Port of Felixstowe', 51.954, 1.305, 'Felixstowe Border Force'),
      place('GBDVR', 'Port of Dover', 51.1279, 1.3134, 'Dover Border Force'),
    ],
    borders: [],
    postal: place(
      'GBLHR',
      'Heathrow Worldwide Distribution Centre',
      51.4746,
      -0.4236,
      'Heathrow Postal Border Force',
    ),
    express: place(
      'EMA',
      'East Midlands Airport Express Hub',
      52.8311,
      -1.3281,
      'East Midlands Border Force',
    ),
    inland: [place(undefined, 'M20 motorway, Ashford', 51.1465, 0.875, 'Ashford Border Force')],
  },
  FR: {
    airports: [place('CDG', 'Paris-Charles de Gaulle Airport', 49.0097, 2.5479, 'Roissy Customs')],
    seaports: [place('FRLEH', 'Port of Le Havre', 49.4833, 0.1, 'Le Havre Customs')],
    borders: [],
    postal: place('FRCDG', 'Roissy International Mail Centre', 49.0, 2.55, 'Roissy Postal Customs'),
    express: place('CDG', 'Roissy Express Hub', 49.0128, 2.5253, 'Roissy Courier Customs'),
    inland: [place(undefined, 'A9 motorway, Le Boulou', 42.5236, 2.8333, 'Le Boulou Customs')],
  },
  DE: {
    airports: [place('FRA', 'Frankfurt Airport', 50.0379, 8.5622, 'Frankfurt Airport Customs')],
    seaports: [place('DEHAM', 'Port of Hamburg', 53.5461, 9.9661, 'Hamburg Customs')],
    borders: [],
    postal: place('DEFRA', 'Frankfurt International Mail Centre', 50.05, 8.58, 'Frankfurt Postal Customs'),
    express: place('LEJ', 'Leipzig/Halle Express Hub', 51.4239, 12.2364, 'Leipzig Courier Customs'),
    inland: [place(undefined, 'A3 motorway, Passau', 48.5667, 13.4319, 'Passau Customs')],
  },
  ZA: {
    airports: [place('JNB', 'O. R. Tambo International Airport', -26.1392, 28.246, 'ORTIA Customs')],
    seaports: [place('ZADUR', 'Port of Durban', -29.871, 31.026, 'Durban Customs')],
    borders: [place(undefined, 'Beitbridge Border Post', -22.2166, 29.987, 'Beitbridge Customs')],
    postal: place('ZAJNB', 'Johannesburg International Mail Centre', -26.14, 28.23, 'JIMC Customs'),
    express: place('JNB', 'O. R. Tambo Courier Terminal', -26.125, 28.235, 'ORTIA Courier Customs'),
    inland: [place('ZAJNB', 'City Deep Container Terminal', -26.2275, 28.0825, 'City Deep Customs')],
  },
  NG: {
    airports: [place('LOS', 'Murtala Muhammed International Airport', 6.5774, 3.3212, 'MMIA Command')],
    seaports: [place('NGAPP', 'Apapa Port, Lagos', 6.4474, 3.3646, 'Apapa Area Command')],
    borders: [place(undefined, 'Seme Border Post', 6.369, 2.7236, 'Seme Area Command')],
    postal: place('NGLOS', 'Lagos International Mail Processing Centre', 6.57, 3.33, 'Lagos Postal Command'),
    express: place('LOS', 'MMIA Courier Terminal', 6.58, 3.325, 'MMIA Courier Command'),
    inland: [place(undefined, 'Idiroko Road checkpoint', 6.6333, 2.7167, 'Ogun I Area Command')],
  },
  AE: {
    airports: [place('DXB', 'Dubai International Airport', 25.2532, 55.3657, 'Dubai Airport Customs')],
    seaports: [place('AEJEA', 'Jebel Ali Port', 25.0117, 55.0612, 'Jebel Ali Customs')],
    borders: [place(undefined, 'Hatta Border Crossing', 24.8039, 56.1309, 'Hatta Customs')],
    postal: place('AEDXB', 'Dubai International Mail Centre', 25.25, 55.35, 'Dubai Postal Customs'),
    express: place('DXB', 'Dubai Express Cargo Village', 25.255, 55.355, 'Dubai Courier Customs'),
    inland: [place(undefined, 'Dubai CommerCity', 25.2333, 55.3667, 'Dubai Free Zone Customs')],
  },
  SA: {
    airports: [
      place('JED', 'King Abdulaziz International Airport', 21.6796, 39.1565, 'Jeddah Airport Customs'),
    ],
    seaports: [place('SAJED', 'Jeddah Islamic Port', 21.46, 39.16, 'Jeddah Port Customs')],
    borders: [place(undefined, 'Al Haditha Border Crossing', 31.45, 37.15, 'Al Haditha Customs')],
    postal: place('SARUH', 'Riyadh International Mail Centre', 24.7, 46.7, 'Riyadh Postal Customs'),
    express: place('RUH', 'King Khalid Airport Express Terminal', 24.9576, 46.6988, 'Riyadh Courier Customs'),
    inland: [place(undefined, 'Riyadh Dry Port', 24.63, 46.78, 'Riyadh Dry Port Customs')],
  },
  CO: {
    airports: [place('BOG', 'El Dorado International Airport', 4.7016, -74.1469, 'DIAN Bogota Airport')],
    seaports: [
      place('COCTG', 'Port of Cartagena', 10.391, -75.5144, 'DIAN Cartagena'),
      place('COBUN', 'Port of Buenaventura', 3.8801, -77.0312, 'DIAN Buenaventura'),
    ],
    borders: [place(undefined, 'Rumichaca Bridge, Ipiales', 0.8153, -77.6433, 'DIAN Ipiales')],
    postal: place('COBOG', 'Bogota International Mail Centre', 4.69, -74.14, 'DIAN Bogota Postal'),
    express: place('BOG', 'El Dorado Courier Terminal', 4.695, -74.14, 'DIAN Bogota Courier'),
    inland: [place(undefined, 'Bogota inland control', 4.711, -74.0721, 'DIAN Bogota')],
  },
  BR: {
    airports: [
      place('GRU', 'Sao Paulo/Guarulhos International Airport', -23.4356, -46.4731, 'Guarulhos Customs'),
    ],
    seaports: [place('BRSSZ', 'Port of Santos', -23.9608, -46.3336, 'Santos Customs')],
    borders: [place(undefined, 'Friendship Bridge, Foz do Iguacu', -25.5094, -54.6, 'Foz do Iguacu Customs')],
    postal: place('BRSAO', 'Curitiba International Mail Centre', -25.43, -49.27, 'Curitiba Postal Customs'),
    express: place('GRU', 'Guarulhos Courier Terminal', -23.43, -46.47, 'Guarulhos Courier Customs'),
    inland: [place(undefined, 'Campinas dry port', -22.9, -47.06, 'Campinas Customs')],
  },
  IN: {
    airports: [place('DEL', 'Indira Gandhi International Airport', 28.5562, 77.1, 'Delhi Air Customs')],
    seaports: [place('INNSA', 'Jawaharlal Nehru Port (Nhava Sheva)', 18.95, 72.95, 'Nhava Sheva Customs')],
    borders: [place(undefined, 'Petrapole Integrated Check Post', 23.0333, 88.8833, 'Petrapole Customs')],
    postal: place('INBOM', 'Mumbai Foreign Post Office', 18.94, 72.84, 'Mumbai Foreign Post Office Customs'),
    express: place('DEL', 'Delhi Air Cargo Courier Terminal', 28.56, 77.09, 'Delhi Courier Customs'),
    inland: [place(undefined, 'Tughlakabad Inland Container Depot', 28.5, 77.28, 'ICD Tughlakabad Customs')],
  },
  CN: {
    airports: [
      place('CAN', 'Guangzhou Baiyun International Airport', 23.3924, 113.2988, 'Baiyun Airport Customs'),
    ],
    seaports: [place('CNYTN', 'Port of Shenzhen (Yantian)', 22.57, 114.27, 'Yantian Customs')],
    borders: [place(undefined, 'Luohu Port', 22.53, 114.113, 'Luohu Customs')],
    postal: place('CNCAN', 'Guangzhou International Mail Centre', 23.13, 113.26, 'Guangzhou Postal Customs'),
    express: place('SZX', 'Shenzhen Express Supervision Centre', 22.64, 113.81, 'Shenzhen Courier Customs'),
    inland: [place(undefined, 'Yiwu inland port', 29.31, 120.07, 'Yiwu Customs')],
  },
  MA: {
    airports: [
      place('CMN', 'Mohammed V International Airport', 33.3675, -7.5898, 'Casablanca Airport Customs'),
    ],
    seaports: [place('MAPTM', 'Port of Tanger Med', 35.8833, -5.5, 'Tanger Med Customs')],
    borders: [place(undefined, 'Bab Sebta border crossing', 35.87, -5.34, 'Bab Sebta Customs')],
    postal: place('MACAS', 'Casablanca International Mail Centre', 33.57, -7.59, 'Casablanca Postal Customs'),
    express: place('CMN', 'Casablanca Courier Terminal', 33.37, -7.58, 'Casablanca Courier Customs'),
    inland: [place(undefined, 'Ketama road checkpoint', 34.9, -4.6, 'Al Hoceima Customs')],
  },
  TR: {
    airports: [place('IST', 'Istanbul Airport', 41.2753, 28.7519, 'Istanbul Airport Customs')],
    seaports: [place('TRMER', 'Port of Mersin', 36.8, 34.63, 'Mersin Customs')],
    borders: [
      place(undefined, 'Gurbulak Border Gate', 39.43, 44.31, 'Gurbulak Customs'),
      place(undefined, 'Kapikule Border Gate', 41.7167, 26.3667, 'Kapikule Customs'),
    ],
    postal: place('TRIST', 'Istanbul International Mail Centre', 41.0, 28.8, 'Istanbul Postal Customs'),
    express: place('IST', 'Istanbul Airport Express Terminal', 41.27, 28.74, 'Istanbul Courier Customs'),
    inland: [place(undefined, 'Ankara dry port', 39.93, 32.86, 'Ankara Customs')],
  },
  US: {
    airports: [
      place('JFK', 'John F. Kennedy International Airport', 40.6413, -73.7781, 'JFK Port of Entry'),
      place('MIA', 'Miami International Airport', 25.7959, -80.287, 'Miami Port of Entry'),
    ],
    seaports: [place('USLAX', 'Port of Los Angeles', 33.7361, -118.2628, 'Los Angeles Seaport')],
    borders: [place(undefined, 'San Ysidro Port of Entry', 32.5422, -117.0293, 'San Ysidro Port of Entry')],
    postal: place(
      'USJFK',
      'JFK International Mail Facility',
      40.65,
      -73.79,
      'JFK International Mail Facility',
    ),
    express: place(
      'SDF',
      'Louisville Express Consignment Facility',
      38.1744,
      -85.736,
      'Louisville Port of Entry',
    ),
    inland: [place(undefined, 'Laredo checkpoint', 27.5306, -99.4803, 'Laredo Field Office')],
  },
};

/** Land (or short-ferry) neighbours of the listed countries: where a truck or train comes from. */
export const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  KE: ['TZ', 'UG', 'ET', 'SO', 'SS'],
  TZ: ['KE', 'UG', 'RW', 'BI', 'CD', 'ZM', 'MW', 'MZ'],
  BE: ['NL', 'FR', 'DE', 'LU'],
  NL: ['BE', 'DE'],
  ES: ['MA', 'FR', 'PT'],
  GB: ['FR', 'BE', 'NL', 'IE'],
  FR: ['BE', 'DE', 'ES', 'IT', 'CH', 'LU'],
  DE: ['NL', 'BE', 'FR', 'PL', 'CZ', 'AT', 'CH', 'DK'],
  ZA: ['ZW', 'BW', 'NA', 'MZ', 'LS', 'SZ'],
  NG: ['BJ', 'NE', 'TD', 'CM'],
  AE: ['OM', 'SA'],
  SA: ['JO', 'IQ', 'KW', 'AE', 'OM', 'YE', 'QA'],
  CO: ['EC', 'VE', 'PE', 'BR', 'PA'],
  BR: ['PY', 'AR', 'BO', 'UY', 'PE', 'CO', 'VE'],
  IN: ['BD', 'NP', 'PK', 'MM'],
  CN: ['HK', 'VN', 'MM', 'LA', 'KZ'],
  MA: ['ES', 'DZ'],
  TR: ['IR', 'IQ', 'SY', 'GR', 'BG', 'GE'],
  US: ['MX', 'CA'],
};

/** Countries without a coast: nothing reaches them, or leaves them, by sea directly. */
export const LANDLOCKED: ReadonlySet<string> = new Set([
  'AF',
  'AM',
  'AT',
  'AZ',
  'BF',
  'BI',
  'BO',
  'BT',
  'BW',
  'BY',
  'CF',
  'CH',
  'CZ',
  'ET',
  'HU',
  'KG',
  'KZ',
  'LA',
  'LI',
  'LS',
  'LU',
  'MD',
  'MK',
  'ML',
  'MN',
  'MW',
  'NE',
  'NP',
  'PY',
  'RS',
  'RW',
  'SK',
  'SS',
  'SZ',
  'TD',
  'TJ',
  'TM',
  'UG',
  'UZ',
  'XK',
  'ZM',
  'ZW',
]);

/** Generic places for a reporting country this table does not list. */
export function genericPlaces(country: string): CountryPlaces {
  const capital = CITIES[country]?.[0] ?? 'the capital';
  return {
    airports: [{ name: `${capital} International Airport`, office: `${capital} Airport Customs` }],
    seaports: [{ name: `Main seaport of ${country}`, office: 'Port Customs' }],
    borders: [{ name: 'Main land-border post', office: 'Border Customs' }],
    postal: { name: `${capital} International Mail Centre`, office: 'Postal Customs' },
    express: { name: `${capital} Courier Terminal`, office: 'Courier Customs' },
    inland: [{ name: `${capital} inland control`, office: 'Inland Enforcement' }],
  };
}

/** Capital first, then another large city: for addresses and birthplaces. */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  AE: ['Abu Dhabi', 'Dubai', 'Sharjah'],
  AF: ['Kabul', 'Kandahar', 'Herat'],
  AO: ['Luanda', 'Benguela'],
  AU: ['Canberra', 'Sydney', 'Melbourne'],
  BD: ['Dhaka', 'Chittagong'],
  BE: ['Brussels', 'Antwerp', 'Liege', 'Ghent'],
  BF: ['Ouagadougou', 'Bobo-Dioulasso'],
  BG: ['Sofia', 'Varna'],
  BJ: ['Porto-Novo', 'Cotonou'],
  BO: ['La Paz', 'Santa Cruz de la Sierra', 'Cochabamba'],
  BR: ['Brasilia', 'Sao Paulo', 'Rio de Janeiro', 'Recife'],
  BY: ['Minsk', 'Grodno'],
  CA: ['Ottawa', 'Toronto', 'Vancouver'],
  CD: ['Kinshasa', 'Lubumbashi', 'Goma'],
  CG: ['Brazzaville', 'Pointe-Noire'],
  CH: ['Bern', 'Geneva', 'Zurich'],
  CI: ['Yamoussoukro', 'Abidjan'],
  CM: ['Yaounde', 'Douala'],
  CN: ['Beijing', 'Guangzhou', 'Shenzhen', 'Yiwu'],
  CO: ['Bogota', 'Medellin', 'Cali', 'Cartagena'],
  DE: ['Berlin', 'Hamburg', 'Frankfurt am Main'],
  DJ: ['Djibouti'],
  DO: ['Santo Domingo', 'Santiago de los Caballeros'],
  DZ: ['Algiers', 'Oran'],
  EC: ['Quito', 'Guayaquil'],
  EG: ['Cairo', 'Alexandria'],
  ES: ['Madrid', 'Barcelona', 'Algeciras', 'Malaga'],
  ET: ['Addis Ababa', 'Dire Dawa'],
  FR: ['Paris', 'Marseille', 'Lyon'],
  GB: ['London', 'Manchester', 'Birmingham', 'Liverpool'],
  GH: ['Accra', 'Kumasi', 'Tema'],
  GN: ['Conakry'],
  GR: ['Athens', 'Piraeus', 'Thessaloniki'],
  GW: ['Bissau'],
  HK: ['Hong Kong'],
  HT: ['Port-au-Prince'],
  IN: ['New Delhi', 'Mumbai', 'Chennai', 'Hyderabad'],
  IQ: ['Baghdad', 'Basra'],
  IR: ['Tehran', 'Mashhad', 'Zahedan'],
  IT: ['Rome', 'Milan', 'Naples', 'Gioia Tauro'],
  JM: ['Kingston', 'Montego Bay'],
  JO: ['Amman', 'Zarqa'],
  JP: ['Tokyo', 'Osaka'],
  KE: ['Nairobi', 'Mombasa', 'Kisumu', 'Eldoret'],
  KH: ['Phnom Penh'],
  KR: ['Seoul', 'Busan'],
  KW: ['Kuwait City'],
  LA: ['Vientiane'],
  LB: ['Beirut', 'Tripoli'],
  LK: ['Colombo', 'Kandy'],
  LS: ['Maseru'],
  LT: ['Vilnius', 'Kaunas'],
  LY: ['Tripoli', 'Benghazi'],
  MA: ['Rabat', 'Casablanca', 'Tangier', 'Fes'],
  MG: ['Antananarivo', 'Toamasina'],
  ML: ['Bamako'],
  MM: ['Naypyidaw', 'Yangon', 'Mandalay'],
  MW: ['Lilongwe', 'Blantyre'],
  MX: ['Mexico City', 'Guadalajara', 'Culiacan'],
  MY: ['Kuala Lumpur', 'Johor Bahru', 'Penang'],
  MZ: ['Maputo', 'Beira', 'Nampula'],
  NA: ['Windhoek'],
  NE: ['Niamey'],
  NG: ['Abuja', 'Lagos', 'Kano', 'Onitsha'],
  NL: ['Amsterdam', 'Rotterdam', 'The Hague'],
  NP: ['Kathmandu'],
  PA: ['Panama City', 'Colon'],
  PE: ['Lima', 'Callao', 'Arequipa'],
  PK: ['Islamabad', 'Karachi', 'Lahore', 'Peshawar', 'Quetta'],
  PL: ['Warsaw', 'Gdansk'],
  PT: ['Lisbon', 'Porto'],
  QA: ['Doha'],
  RO: ['Bucharest', 'Constanta'],
  RS: ['Belgrade'],
  RW: ['Kigali'],
  SA: ['Riyadh', 'Jeddah', 'Dammam'],
  SD: ['Khartoum', 'Port Sudan'],
  SG: ['Singapore'],
  SN: ['Dakar', 'Touba'],
  SO: ['Mogadishu'],
  SY: ['Damascus', 'Aleppo', 'Latakia'],
  SZ: ['Mbabane'],
  TG: ['Lome'],
  TH: ['Bangkok', 'Chiang Mai'],
  TN: ['Tunis', 'Sfax'],
  TR: ['Ankara', 'Istanbul', 'Mersin', 'Gaziantep'],
  TZ: ['Dodoma', 'Dar es Salaam', 'Arusha', 'Mwanza'],
  UA: ['Kyiv', 'Odesa'],
  UG: ['Kampala', 'Entebbe'],
  US: ['Washington', 'New York', 'Miami', 'Los Angeles', 'Houston'],
  VE: ['Caracas', 'Maracaibo'],
  VN: ['Hanoi', 'Ho Chi Minh City', 'Hai Phong'],
  YE: ['Sanaa', 'Aden'],
  ZA: ['Pretoria', 'Johannesburg', 'Durban', 'Cape Town'],
  ZM: ['Lusaka'],
  ZW: ['Harare', 'Bulawayo'],
};

export interface Airline {
  code: string;
  name: string;
}

const AIRLINE_LIST: readonly (Airline & { country: string })[] = [
  { code: 'KQ', name: 'Kenya Airways', country: 'KE' },
  { code: 'TC', name: 'Air Tanzania', country: 'TZ' },
  { code: 'PW', name: 'Precision Air', country: 'TZ' },
  { code: 'ET', name: 'Ethiopian Airlines', country: 'ET' },
  { code: 'EK', name: 'Emirates', country: 'AE' },
  { code: 'FZ', name: 'flydubai', country: 'AE' },
  { code: 'QR', name: 'Qatar Airways', country: 'QA' },
  { code: 'TK', name: 'Turkish Airlines', country: 'TR' },
  { code: 'SN', name: 'Brussels Airlines', country: 'BE' },
  { code: 'KL', name: 'KLM Royal Dutch Airlines', country: 'NL' },
  { code: 'AF', name: 'Air France', country: 'FR' },
  { code: 'LH', name: 'Lufthansa', country: 'DE' },
  { code: 'IB', name: 'Iberia', country: 'ES' },
  { code: 'UX', name: 'Air Europa', country: 'ES' },
  { code: 'BA', name: 'British Airways', country: 'GB' },
  { code: 'AZ', name: 'ITA Airways', country: 'IT' },
  { code: 'TP', name: 'TAP Air Portugal', country: 'PT' },
  { code: 'AV', name: 'Avianca', country: 'CO' },
  { code: 'LA', name: 'LATAM Airlines', country: 'BR' },
  { code: 'CM', name: 'Copa Airlines', country: 'PA' },
  { code: 'AT', name: 'Royal Air Maroc', country: 'MA' },
  { code: 'MS', name: 'EgyptAir', country: 'EG' },
  { code: 'SV', name: 'Saudia', country: 'SA' },
  { code: 'RJ', name: 'Royal Jordanian', country: 'JO' },
  { code: 'ME', name: 'Middle East Airlines', country: 'LB' },
  { code: 'AI', name: 'Air India', country: 'IN' },
  { code: 'PK', name: 'Pakistan International Airlines', country: 'PK' },
  { code: 'CZ', name: 'China Southern Airlines', country: 'CN' },
  { code: 'CX', name: 'Cathay Pacific', country: 'HK' },
  { code: 'VN', name: 'Vietnam Airlines', country: 'VN' },
  { code: 'TG', name: 'Thai Airways', country: 'TH' },
  { code: 'MH', name: 'Malaysia Airlines', country: 'MY' },
  { code: 'SA', name: 'South African Airways', country: 'ZA' },
  { code: 'P4', name: 'Air Peace', country: 'NG' },
  { code: 'WB', name: 'RwandAir', country: 'RW' },
  { code: 'AA', name: 'American Airlines', country: 'US' },
  { code: 'DL', name: 'Delta Air Lines', country: 'US' },
  { code: 'AC', name: 'Air Canada', country: 'CA' },
  { code: 'AM', name: 'Aeromexico', country: 'MX' },
];

/** Hub carriers that fly almost every long-haul route a courier takes. */
const HUB_AIRLINES = ['ET', 'EK', 'QR', 'TK'];

/** Airlines that might fly the leg from `from` into `to`: home carriers of either end, else hubs. */
export function airlinesFor(from: string, to: string): Airline[] {
  const home = AIRLINE_LIST.filter((a) => a.country === from || a.country === to);
  const hubs = AIRLINE_LIST.filter(
    (a) => HUB_AIRLINES.includes(a.code) && a.country !== from && a.country !== to,
  );
  return [...home, ...home, ...hubs].map(({ code, name }) => ({ code, name }));
}

export interface ShippingLine {
  name: string;
  vesselPrefix: string;
}

export const SHIPPING_LINES: readonly ShippingLine[] = [
  { name: 'Mediterranean Shipping Company', vesselPrefix: 'MSC' },
  { name: 'Maersk', vesselPrefix: 'MAERSK' },
  { name: 'CMA CGM', vesselPrefix: 'CMA CGM' },
  { name: 'Hapag-Lloyd', vesselPrefix: '' },
  { name: 'COSCO Shipping', vesselPrefix: 'COSCO' },
  { name: 'Ocean Network Express', vesselPrefix: 'ONE' },
  { name: 'Evergreen Marine', vesselPrefix: 'EVER' },
  { name: 'Pacific International Lines', vesselPrefix: 'KOTA' },
];

export const VESSEL_NAMES = [
  'ANNA',
  'AURORA',
  'LIBERTY',
  'HORIZON',
  'GENEVA',
  'SHANGHAI',
  'ROTTERDAM',
  'MONACO',
  'VALENCIA',
  'AMAZON',
  'SAVANNAH',
  'KILIMANJARO',
  'ORION',
  'VEGA',
  'ATLAS',
  'SERENITY',
  'DIAMOND',
  'PEARL',
];

export const COURIERS = ['DHL Express', 'FedEx', 'UPS', 'Aramex', 'TNT'];

/** National postal operators, for the carrier of postal seizures. */
export const POSTS: Readonly<Record<string, string>> = {
  KE: 'Posta Kenya',
  TZ: 'Tanzania Posts Corporation',
  BE: 'bpost',
  NL: 'PostNL',
  ES: 'Correos',
  GB: 'Royal Mail',
  FR: 'La Poste',
  DE: 'Deutsche Post',
  ZA: 'South African Post Office',
  NG: 'NIPOST',
  AE: 'Emirates Post',
  SA: 'Saudi Post',
  US: 'USPS',
  IN: 'India Post',
  CN: 'China Post',
  BR: 'Correios',
  CO: '4-72',
  MA: 'Barid Al-Maghrib',
  TR: 'PTT',
};
