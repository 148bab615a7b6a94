/** The languages a brief can be written in. */
import { en } from './en.ts';
import { ru } from './ru.ts';
import type { BriefStrings } from './strings.ts';
import { tr } from './tr.ts';

export const BRIEF_LANGUAGES = ['en', 'tr', 'ru'] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];

const STRINGS: Record<BriefLanguage, BriefStrings> = { en, tr, ru };

export function briefStrings(lang: BriefLanguage): BriefStrings {
  return STRINGS[lang];
}

export type { BriefStrings } from './strings.ts';
