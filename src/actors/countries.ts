/**
 * Country names in English, Turkish and Russian, from the i18n-iso-countries package (its
 * en/tr/ru locales are bundled, so nothing is fetched), keyed by ISO 3166 alpha-3 code. Names
 * with a parenthesised expansion ("КНР (Китайская Народная Республика)") count as two names.
 * A few common short names the package lacks are added by us (`EXTRA_NAMES`).
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import type { Aliases } from '../model/index.ts';

countries.registerLocale(en);
countries.registerLocale(tr);
countries.registerLocale(ru);

export const COUNTRY_NAME_LANGUAGES = ['en', 'tr', 'ru'] as const;
export type CountryNameLanguage = (typeof COUNTRY_NAME_LANGUAGES)[number];

export interface CountryNames {
  en: string;
  tr: string;
  ru: string;
}

/** Everyday names missing from the package, by alpha-3 and language. */
const EXTRA_NAMES: Readonly<Record<string, Partial<Record<CountryNameLanguage, readonly string[]>>>> = {
  CHN: { ru: ['Китай'] },
  USA: { ru: ['Соединённые Штаты Америки', 'Соединённые Штаты'] },
  GBR: { ru: ['Соединённое Королевство'] },
  TUR: { en: ['Turkey'], tr: ['Türkiye Cumhuriyeti'], ru: ['Турецкая Республика'] },
};

/** True when `alpha3` is an ISO 3166-1 alpha-3 code the package knows. */
export function isKnownCountry(alpha3: string): boolean {
  return /^[A-Za-z]{3}$/.test(alpha3) && countries.isValid(alpha3.toUpperCase());
}

/** The usual name of a country in each language, or undefined for an unknown code. */
export function countryNames(alpha3: string): CountryNames | undefined {
  if (!isKnownCountry(alpha3)) return undefined;
  const code = alpha3.toUpperCase();
  const nameIn = (language: CountryNameLanguage): string => countries.getName(code, language) ?? code;
  return { en: nameIn('en'), tr: nameIn('tr'), ru: nameIn('ru') };
}

/** Every name of a country (official, short and abbreviated) by language; empty for an unknown code. */
export function countryAliases(alpha3: string): Aliases {
  if (!isKnownCountry(alpha3)) return {};
  const code = alpha3.toUpperCase();
  const aliases: Aliases = {};
  for (const language of COUNTRY_NAME_LANGUAGES) {
    const packaged = countries.getName(code, language, { select: 'all' }) ?? [];
    const names = [...packaged.flatMap(splitParenthesised), ...(EXTRA_NAMES[code]?.[language] ?? [])];
    const distinct = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
    if (distinct.length > 0) aliases[language] = distinct;
  }
  return aliases;
}

/** "КНР (Китайская Народная Республика)" → ["КНР", "Китайская Народная Республика"]. */
function splitParenthesised(name: string): string[] {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/u.exec(name);
  return match === null ? [name] : [match[1] ?? '', match[2] ?? ''];
}
