/**
 * A small gazetteer of our own for the region's conflict reporting: Pakistani and Afghan
 * cities, districts and provinces, and the capitals and venues that recur in the news about
 * them. Coordinates are city centres to two decimals, given only for towns whose position we
 * are sure of; provinces and districts carry no point (precision admin1 / admin2). Towns
 * elsewhere come from the world list (`world-cities.ts`): our entries first, then the world's.
 */
import type { PlacePrecision } from '../model/index.ts';
import { worldCities, type CityCandidate } from './world-cities.ts';

export interface Place {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
}

type Row = [
  name: string,
  country: string,
  lat: number | null,
  lon: number | null,
  precision: PlacePrecision,
  ...aliases: string[],
];

const ROWS: readonly Row[] = [
  // Pakistan: cities
  ['Islamabad', 'PAK', 33.69, 73.06, 'exact'],
  ['Rawalpindi', 'PAK', 33.6, 73.04, 'exact'],
  ['Lahore', 'PAK', 31.55, 74.34, 'exact'],
  ['Karachi', 'PAK', 24.86, 67.01, 'exact'],
  ['Peshawar', 'PAK', 34.01, 71.58, 'exact'],
  ['Quetta', 'PAK', 30.18, 66.98, 'exact'],
  ['Multan', 'PAK', 30.2, 71.47, 'exact'],
  ['Faisalabad', 'PAK', 31.42, 73.08, 'exact'],
  ['Hyderabad', 'PAK', 25.4, 68.37, 'exact'],
  ['Gwadar', 'PAK', 25.12, 62.33, 'exact'],
  ['Bannu', 'PAK', 32.99, 70.6, 'exact'],
  ['Dera Ismail Khan', 'PAK', 31.83, 70.9, 'exact', 'D.I. Khan', 'DI Khan'],
  ['Kohat', 'PAK', 33.58, 71.44, 'exact'],
  ['Mardan', 'PAK', 34.2, 72.05, 'exact'],
  ['Mingora', 'PAK', 34.78, 72.36, 'exact'],
  ['Miranshah', 'PAK', 33.0, 70.07, 'exact', 'Miran Shah'],
  ['Wana', 'PAK', 32.3, 69.57, 'exact'],
  ['Chitral', 'PAK', 35.85, 71.79, 'exact'],
  ['Abbottabad', 'PAK', 34.15, 73.22, 'exact'],
  ['Chaman', 'PAK', 30.92, 66.45, 'exact'],
  ['Torkham', 'PAK', 34.1, 71.09, 'exact'],
  ['Parachinar', 'PAK', 33.9, 70.1, 'exact'],
  ['Turbat', 'PAK', 26.0, 63.06, 'exact'],
  ['Sialkot', 'PAK', 32.49, 74.53, 'exact'],
  ['Gilgit', 'PAK', 35.92, 74.31, 'exact'],
  ['Muzaffarabad', 'PAK', 34.37, 73.47, 'exact'],
  ['Zhob', 'PAK', 31.34, 69.45, 'exact'],
  ['Dera Ghazi Khan', 'PAK', 30.05, 70.63, 'exact'],
  ['Lakki Marwat', 'PAK', 32.61, 70.91, 'exact'],
  ['Tank', 'PAK', 32.22, 70.38, 'exact'],
  // Pakistan: districts and tribal agencies
  ['North Waziristan', 'PAK', null, null, 'admin2'],
  ['South Waziristan', 'PAK', null, null, 'admin2'],
  ['Waziristan', 'PAK', null, null, 'admin2'],
  ['Khyber', 'PAK', null, null, 'admin2', 'Khyber district', 'Khyber Agency'],
  ['Bajaur', 'PAK', null, null, 'admin2'],
  ['Mohmand', 'PAK', null, null, 'admin2'],
  ['Orakzai', 'PAK', null, null, 'admin2'],
  ['Kurram', 'PAK', null, null, 'admin2'],
  ['Swat', 'PAK', null, null, 'admin2', 'Swat Valley'],
  ['Dir', 'PAK', null, null, 'admin2'],
  ['Tirah', 'PAK', null, null, 'admin2', 'Tirah Valley'],
  // Pakistan: provinces
  ['Khyber Pakhtunkhwa', 'PAK', null, null, 'admin1', 'KP', 'KPK', 'NWFP', 'North-West Frontier Province'],
  ['Balochistan', 'PAK', null, null, 'admin1', 'Baluchistan'],
  ['Punjab', 'PAK', null, null, 'admin1'],
  ['Sindh', 'PAK', null, null, 'admin1'],
  ['Gilgit-Baltistan', 'PAK', null, null, 'admin1'],
  ['FATA', 'PAK', null, null, 'admin1', 'Federally Administered Tribal Areas', 'tribal areas'],
  // Afghanistan: cities
  ['Kabul', 'AFG', 34.53, 69.17, 'exact'],
  ['Kandahar', 'AFG', 31.61, 65.71, 'exact'],
  ['Herat', 'AFG', 34.35, 62.2, 'exact'],
  ['Mazar-i-Sharif', 'AFG', 36.71, 67.11, 'exact', 'Mazar-e-Sharif'],
  ['Jalalabad', 'AFG', 34.43, 70.45, 'exact'],
  ['Kunduz', 'AFG', 36.73, 68.86, 'exact'],
  ['Khost', 'AFG', 33.34, 69.92, 'exact'],
  ['Ghazni', 'AFG', 33.55, 68.42, 'exact'],
  ['Lashkar Gah', 'AFG', 31.59, 64.37, 'exact'],
  // Afghanistan: provinces
  ['Nangarhar', 'AFG', null, null, 'admin1'],
  ['Kunar', 'AFG', null, null, 'admin1'],
  ['Paktika', 'AFG', null, null, 'admin1'],
  ['Paktia', 'AFG', null, null, 'admin1'],
  ['Helmand', 'AFG', null, null, 'admin1'],
  ['Nuristan', 'AFG', null, null, 'admin1'],
  ['Badakhshan', 'AFG', null, null, 'admin1'],
  ['Zabul', 'AFG', null, null, 'admin1'],
  ['Logar', 'AFG', null, null, 'admin1'],
  ['Panjshir', 'AFG', null, null, 'admin1'],
  // Other venues
  ['Doha', 'QAT', 25.29, 51.53, 'exact'],
  ['Beijing', 'CHN', 39.9, 116.41, 'exact'],
  ['Washington', 'USA', 38.9, -77.04, 'exact'],
  ['New York', 'USA', 40.71, -74.01, 'exact'],
  ['Tehran', 'IRN', 35.69, 51.39, 'exact'],
  ['Moscow', 'RUS', 55.76, 37.62, 'exact'],
  ['New Delhi', 'IND', 28.61, 77.21, 'exact'],
  ['Ankara', 'TUR', 39.93, 32.86, 'exact'],
  ['Istanbul', 'TUR', 41.01, 28.98, 'exact'],
  ['Riyadh', 'SAU', 24.71, 46.68, 'exact'],
  ['Dubai', 'ARE', 25.2, 55.27, 'exact'],
  ['Tashkent', 'UZB', 41.3, 69.24, 'exact'],
  ['Dushanbe', 'TJK', 38.56, 68.79, 'exact'],
  ['Geneva', 'CHE', 46.2, 6.14, 'exact'],
  ['London', 'GBR', 51.51, -0.13, 'exact'],
  ['Paris', 'FRA', 48.86, 2.35, 'exact'],
  ['Berlin', 'DEU', 52.52, 13.4, 'exact'],
  ['Baghdad', 'IRQ', 33.31, 44.37, 'exact'],
  ['Jerusalem', 'ISR', 31.78, 35.22, 'exact'],
  ['Damascus', 'SYR', 33.51, 36.29, 'exact'],
  ['Beirut', 'LBN', 33.89, 35.5, 'exact'],
  ['Amman', 'JOR', 31.95, 35.93, 'exact'],
  ['Cairo', 'EGY', 30.04, 31.24, 'exact'],
  ['Sarajevo', 'BIH', 43.86, 18.41, 'exact'],
  ['Belgrade', 'SRB', 44.79, 20.45, 'exact'],
  ['Monrovia', 'LBR', 6.3, -10.8, 'exact'],
  ['Abidjan', 'CIV', 5.36, -4.01, 'exact'],
  ['Tokyo', 'JPN', 35.68, 139.69, 'exact'],
  ['Seoul', 'KOR', 37.57, 126.98, 'exact'],
  ['Brussels', 'BEL', 50.85, 4.35, 'exact'],
  ['Kyiv', 'UKR', 50.45, 30.52, 'exact', 'Kiev'],
];

function key(name: string): string {
  return name.toLowerCase();
}

const BY_NAME: ReadonlyMap<string, Place> = new Map(
  ROWS.flatMap(([name, country, lat, lon, precision, ...aliases]) => {
    const place: Place = { name, country, lat, lon, precision };
    return [name, ...aliases].map((alias) => [key(alias), place] as const);
  }),
);

/** The longest number of words in a gazetteer name. */
export const LONGEST_PLACE_NAME = Math.max(...[...BY_NAME.keys()].map((name) => name.split(/[\s]+/u).length));

/** The place with this name (any case), or undefined. */
export function lookupPlace(name: string): Place | undefined {
  return BY_NAME.get(key(name));
}

/** A world-list town without its population. */
function asPlace(candidate: CityCandidate | undefined): Place | undefined {
  if (candidate === undefined) return undefined;
  const { population: _population, ...place } = candidate;
  return place;
}

/**
 * A town of the world list called `name`: one in a country the sentence names when there is
 * one ("Tripoli" beside "Lebanese"), else the most populous. Undefined when none.
 */
export function lookupTown(name: string, namedCountries: ReadonlySet<string>): Place | undefined {
  const candidates = worldCities(name);
  return asPlace(candidates.find((c) => namedCountries.has(c.country)) ?? candidates[0]);
}

/** A town called `name` in one of `namedCountries` with at least `minPopulation` people, or undefined. */
export function townIn(
  name: string,
  namedCountries: ReadonlySet<string>,
  minPopulation: number,
): Place | undefined {
  return asPlace(
    worldCities(name).find((c) => namedCountries.has(c.country) && c.population >= minPopulation),
  );
}
