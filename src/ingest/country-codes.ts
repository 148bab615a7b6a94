/**
 * Country names as datasets write them ("DR Congo (Zaire)", "Yemen (North Yemen)", "Ivory
 * Coast") to ISO 3166-1 alpha-3. The package's English names do most of the work; the table
 * below covers UCDP's, ACLED's and ICEWS's own spellings. Memoised: datasets repeat names.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Dataset spellings the package does not know, normalised to lower case. */
const DATASET_SPELLINGS: Readonly<Record<string, string>> = {
  'dr congo': 'COD',
  'democratic republic of congo': 'COD',
  'democratic republic of the congo': 'COD',
  'congo, the democratic republic of the': 'COD',
  congo: 'COG',
  'republic of congo': 'COG',
  'ivory coast': 'CIV',
  "cote d'ivoire": 'CIV',
  'bosnia-herzegovina': 'BIH',
  'bosnia and herzegovina': 'BIH',
  russia: 'RUS',
  'russian federation': 'RUS',
  'soviet union': 'RUS',
  serbia: 'SRB',
  yugoslavia: 'SRB',
  'north yemen': 'YEM',
  'south yemen': 'YEM',
  kampuchea: 'KHM',
  burma: 'MMR',
  zaire: 'COD',
  'united states': 'USA',
  'united states of america': 'USA',
  'united kingdom': 'GBR',
  'kingdom of eswatini': 'SWZ',
  eswatini: 'SWZ',
  swaziland: 'SWZ',
  'south korea': 'KOR',
  'north korea': 'PRK',
  laos: 'LAO',
  syria: 'SYR',
  iran: 'IRN',
  vietnam: 'VNM',
  'vietnam (north vietnam)': 'VNM',
  macedonia: 'MKD',
  'north macedonia': 'MKD',
  'east timor': 'TLS',
  'timor-leste': 'TLS',
  palestine: 'PSE',
  'occupied palestinian territory': 'PSE',
  'cape verde': 'CPV',
  'the gambia': 'GMB',
  gambia: 'GMB',
  turkey: 'TUR',
  tanzania: 'TZA',
  bolivia: 'BOL',
  venezuela: 'VEN',
  moldova: 'MDA',
  'czech republic': 'CZE',
  rhodesia: 'ZWE',
  malagasy: 'MDG',
  // ICEWS's "Country" cell; the package knows only "Holy See (Vatican City State)".
  'holy see': 'VAT',
  'vatican city': 'VAT',
};

const cache = new Map<string, string | null>();

/** The alpha-3 code of a country name, or null when the name is not a known country. */
export function countryCodeOf(name: string): string | null {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const code = lookUp(name);
  cache.set(name, code);
  return code;
}

function lookUp(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  const candidates = [trimmed];
  // "Yemen (North Yemen)": the name, then the former name in parentheses.
  const parenthesised = /^(.*?)\s*\(([^)]+)\)\s*$/u.exec(trimmed);
  if (parenthesised !== null) candidates.push(parenthesised[1] ?? '', parenthesised[2] ?? '');
  for (const candidate of candidates) {
    const known = DATASET_SPELLINGS[candidate.toLowerCase()];
    if (known !== undefined) return known;
    const packaged = countries.getAlpha3Code(candidate, 'en');
    if (packaged !== undefined) return packaged;
  }
  return null;
}
