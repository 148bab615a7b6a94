/**
 * Actor names as a brief writes them. The name in a language is the registry's first alias in
 * that language; for a state without one, the country's name in that language (i18n-iso-
 * countries, en/tr/ru); otherwise the English name. English puts "the" before a name when the
 * actor's data says so (`definiteArticle`, set in the built-in case). For an actor whose data
 * does not say (an imported registry's), by a rule on the name and the actor's kind, not by
 * a list of actors: a person never takes it; a name
 * with "of" does ("the Government of Pakistan"); a state does when its name is plural or a form
 * of state ("the United States", "the Dominican Republic"); any other actor does when its name
 * ends in a common noun or a plural loanword ("the Afghan Taliban", "the Haqqani network",
 * "the Pakistan Army"), and not when it is a proper name ("Tehrik-i-Taliban Pakistan",
 * "Jamaat-ul-Ahrar", "al-Qaeda").
 */
import { COUNTRY_NAME_LANGUAGES, countryNames, type CountryNameLanguage } from '../actors/countries.ts';
import type { Actor } from '../model/index.ts';

type NamedActor = Pick<Actor, 'name' | 'kind' | 'country' | 'aliases'>;

/** The actor's usual name in the language, falling back to the English name. */
export function localName(actor: NamedActor, lang: string): string {
  if (lang === 'en') return actor.name;
  const alias = actor.aliases[lang]?.[0];
  if (alias !== undefined) return alias;
  if (actor.kind === 'state' && actor.country !== null && isCountryLanguage(lang)) {
    const country = countryNames(actor.country)?.[lang];
    if (country !== undefined) return country;
  }
  return actor.name;
}

function isCountryLanguage(lang: string): lang is CountryNameLanguage {
  return (COUNTRY_NAME_LANGUAGES as readonly string[]).includes(lang);
}

/** Last words of state names that take "the". */
const STATE_HEADS = new Set([
  'states',
  'emirates',
  'kingdom',
  'republic',
  'islands',
  'netherlands',
  'philippines',
  'union',
  'federation',
]);

/** Head nouns (and plural loanwords) that make a group's or body's name take "the". */
const GROUP_HEADS = new Set([
  'taliban',
  'mujahideen',
  'army',
  'forces',
  'government',
  'network',
  'movement',
  'front',
  'council',
  'state',
  'party',
  'committee',
  'intelligence',
  'police',
  'ministry',
  'office',
  'corps',
  'league',
  'organisation',
  'organization',
  'group',
  'emirate',
  'brigade',
  'brigades',
  'alliance',
  'services',
  'agency',
  'commission',
  'union',
  'corridor',
  'court',
  'parliament',
  'assembly',
  'administration',
  'guard',
  'command',
  'militia',
  'nations',
  'secretariat',
  'department',
]);

/** Whether English writes "the" before the actor's name in running text: as its data says, else by the rule. */
export function takesDefiniteArticle(actor: Pick<Actor, 'name' | 'kind' | 'definiteArticle'>): boolean {
  if (actor.definiteArticle !== undefined) return actor.definiteArticle;
  if (actor.kind === 'person') return false;
  const name = actor.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (/^the\s/i.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/);
  if (words.includes('of')) return true;
  const last = words[words.length - 1] ?? '';
  return actor.kind === 'state' ? STATE_HEADS.has(last) : GROUP_HEADS.has(last);
}
