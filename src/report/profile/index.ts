/** Actor profiles: the pure builder, the languages it can be written in, and its document for the brief's renderers. */
import { en } from './en.ts';
import { ru } from './ru.ts';
import type { ProfileStrings } from './strings.ts';
import { tr } from './tr.ts';

export const PROFILE_LANGUAGES = ['en', 'tr', 'ru'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

const STRINGS: Record<ProfileLanguage, ProfileStrings> = { en, tr, ru };

export function profileStrings(lang: ProfileLanguage): ProfileStrings {
  return STRINGS[lang];
}

export { buildProfile, type ProfileInput } from './build.ts';
export { profileDocument } from './document.ts';
export type { ProfileStrings } from './strings.ts';
export type * from './model.ts';
