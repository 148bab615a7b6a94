/**
 * The actor profile as data: sections of entries, each entry a sentence with the numbers of
 * the footnotes it rests on and the ids of the stored items it was made from (events,
 * relations, negotiations, agreements, sources), so that the JSON edition can be checked with
 * `jirga events`, `jirga relations` and `jirga sources`. The Markdown and HTML editions are
 * laid out from the same data by the brief's renderers (see `document.ts`).
 */
import type { Footnote, Review } from '../model.ts';

export const PROFILE_SECTIONS = [
  'names',
  'founding',
  'leaders',
  'goals',
  'strength',
  'allies',
  'balance',
  'splits',
  'attacks',
  'designations',
  'timeline',
] as const;
export type ProfileSectionId = (typeof PROFILE_SECTIONS)[number];

/** The stored items an entry was made from. */
export interface ProfileItems {
  events: string[];
  relations: string[];
  negotiations: string[];
  agreements: string[];
  /** Sources behind the entry's footnotes (every one resolves with `jirga sources`). */
  sources: string[];
}

export interface ProfileEntry {
  text: string;
  /** Footnote numbers, ascending; empty only in sections that are not factual (names). */
  notes: number[];
  items: ProfileItems;
  /** ISO date the entry is about, where it has one (the timeline's order). */
  date: string | null;
}

export interface ProfileSection {
  id: ProfileSectionId;
  heading: string;
  /** Factual sections hold only entries with at least one footnote. */
  factual: boolean;
  /** Notes on method or the plain statement that the case holds no data for the section. */
  notes: string[];
  entries: ProfileEntry[];
}

export interface ActorProfile {
  lang: string;
  actor: { id: string; name: string; kind: string; country: string | null };
  caseId: string;
  asOf: string;
  /** ISO day the profile was generated on. */
  generated: string;
  title: string;
  stamp: string;
  provenance: string;
  review: Review | null;
  sections: ProfileSection[];
  footnotes: Footnote[];
  notesHeading: string;
  labels: { accessed: string; release: string; row: string; computedOn: string; figure: string };
}
