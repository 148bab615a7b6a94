/** The languages a brief can be written in. */
import { en } from './en.ts';
import type { BriefStrings } from './strings.ts';

export const BRIEF_LANGUAGES = ['en'] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];

const STRINGS: Record<BriefLanguage, BriefStrings> = { en };

export function briefStrings(lang: BriefLanguage): BriefStrings {
  return STRINGS[lang];
}

export type { BriefStrings } from './strings.ts';
