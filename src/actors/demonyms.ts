/**
 * Demonyms (the adjective or noun for a country's people) → ISO 3166 alpha-3 code, so that
 * "Pakistani" or "the Afghans" resolve to the state. Only words that name a country's citizens
 * are listed: ethnic groups that cross borders (Baloch, Pashtun, Tajik, Uzbek, Kurd, Hazara…)
 * are deliberately left out, as they are not states. Our own table, in English.
 */
import type { Actor } from '../model/index.ts';
import { normaliseName } from './normalise.ts';

export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  AFG: ['Afghan'],
  ARE: ['Emirati'],
  AUS: ['Australian'],
  AZE: ['Azerbaijani'],
  BGD: ['Bangladeshi'],
  BHR: ['Bahraini'],
  CAN: ['Canadian'],
  CHE: ['Swiss'],
  CHN: ['Chinese'],
  DEU: ['German'],
  EGY: ['Egyptian'],
  ESP: ['Spanish'],
  FRA: ['French'],
  GBR: ['British', 'UK'],
  IDN: ['Indonesian'],
  IND: ['Indian'],
  IRN: ['Iranian'],
  IRQ: ['Iraqi'],
  ISR: ['Israeli'],
  ITA: ['Italian'],
  JOR: ['Jordanian'],
  JPN: ['Japanese'],
  KAZ: ['Kazakhstani'],
  KGZ: ['Kyrgyzstani'],
  KOR: ['South Korean'],
  KWT: ['Kuwaiti'],
  LBN: ['Lebanese'],
  LKA: ['Sri Lankan'],
  MYS: ['Malaysian'],
  NLD: ['Dutch'],
  NOR: ['Norwegian'],
  NPL: ['Nepali', 'Nepalese'],
  OMN: ['Omani'],
  PAK: ['Pakistani'],
  PRK: ['North Korean'],
  QAT: ['Qatari'],
  RUS: ['Russian'],
  SAU: ['Saudi', 'Saudi Arabian'],
  SYR: ['Syrian'],
  TJK: ['Tajikistani'],
  TKM: ['Turkmenistani'],
  TUR: ['Turkish'],
  UKR: ['Ukrainian'],
  USA: ['American', 'U.S.', 'US'],
  UZB: ['Uzbekistani'],
  YEM: ['Yemeni'],
};

const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map(
  Object.entries(DEMONYMS).flatMap(([country, demonyms]) =>
    demonyms.map((demonym) => [normaliseName(demonym), country] as const),
  ),
);

/**
 * The alpha-3 code a demonym stands for, or undefined. Accepts plurals ("Afghans") and a
 * leading "the"; words that are the same in the plural ("Chinese", "Swiss") need no "s".
 */
export function countryOfDemonym(text: string): string | undefined {
  const normalised = normaliseName(text);
  const direct = COUNTRY_OF_DEMONYM.get(normalised);
  if (direct !== undefined) return direct;
  return normalised.endsWith('s') ? COUNTRY_OF_DEMONYM.get(normalised.slice(0, -1)) : undefined;
}

/** The state actors of a country (`kind === 'state'` and `country === alpha3`), usually one. */
export function stateActorsOf(actors: Iterable<Actor>, alpha3: string): Actor[] {
  const wanted = alpha3.toUpperCase();
  return [...actors].filter((actor) => actor.kind === 'state' && actor.country === wanted);
}
