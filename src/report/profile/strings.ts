/**
 * Every piece of text an actor profile is made of, as templates filled with data. One module
 * per language implements this interface (en.ts, tr.ts, ru.ts, keys in the same order), so no
 * string a reader sees is written anywhere else. Actor names reach the templates already
 * localised (`names.ts`) and in the nominative.
 */
import type { ProfileSectionId } from './model.ts';

export interface ProfileStrings {
  lang: string;
  title: (v: { actor: string }) => string;
  stamp: string;
  /** The stamp once an analyst has said the profile was reviewed. */
  reviewed: (v: { by: string; date: string }) => string;
  provenance: (v: { caseId: string; asOf: string; version: string; generated: string }) => string;
  /** Appended to the provenance when reviewed. */
  reviewRecord: (v: { by: string; date: string; note: string | null }) => string;
  headings: Record<ProfileSectionId, string> & { notes: string };
  /** What a section says when the case holds nothing for it. */
  empty: Record<ProfileSectionId, (v: { actor: string }) => string>;
  /** Standing notes on method, one per section where the source of the content needs saying. */
  method: {
    names: string;
    goals: string;
    balance: string;
  };
  date: (iso: string) => string;
  number: (x: number, digits?: number) => string;
  /** A period from two optional dates, as exact as they are known. */
  period: (v: { from: string | null; to: string | null }) => string;
  /** One language's names: "ur: …, …". */
  names: (v: { language: string; names: string[] }) => string;
  identity: (v: { kind: string; country: string | null }) => string;
  externalIds: (v: { ids: string[] }) => string;
  /** A dated line: "From … to …: text." */
  dated: (v: { period: string; text: string }) => string;
  according: (v: { claimant: string; summary: string }) => string;
  /** One ally or rival, the period and what the case says of the tie. */
  alliance: (v: { side: 'ally' | 'rival'; counterpart: string; period: string; text: string }) => string;
  /** A relation the sources report without vouching for it. */
  reported: (v: { summary: string }) => string;
  relationPlain: (v: { subject: string; predicate: string; object: string }) => string;
  /** Text from data as one sentence. */
  sentence: (v: { text: string }) => string;
  splinter: (v: { child: string; parent: string }) => string;
  earliest: (v: { date: string; text: string }) => string;
  leader: (v: { name: string; role: string | null; period: string; summary: string | null }) => string;
  demand: (v: { actor: string; date: string; negotiation: string; text: string }) => string;
  balance: (v: {
    year: string;
    counterpart: string;
    hostile: number;
    cooperative: number;
    neutral: number;
    intensity: string | null;
  }) => string;
  attack: (v: { date: string; summary: string; deaths: string; type: string }) => string;
  claim: (v: { by: string; kind: 'claimed' | 'denied' | 'attributed'; about: string | null }) => string;
  toll: (v: { by: string; deaths: string }) => string;
  dispute: (v: { field: string; values: string[]; chosen: string; why: string }) => string;
  designation: (v: { authority: string; list: string; period: string }) => string;
  event: (v: { date: string; text: string }) => string;
  eventPlain: (v: { type: string; sources: string; targets: string }) => string;
  round: (v: { negotiation: string; venue: string | null; outcome: string | null }) => string;
  agreement: (v: { name: string; kind: string }) => string;
  labels: { accessed: string; release: string; row: string; computedOn: string; figure: string };
  /** The model's value sets as the language names them (English keeps the model's ids). */
  actorKind: (kind: string) => string;
  agreementKind: (kind: string) => string;
  /** A disputed field of an event ("date", "fatalities.best"). */
  field: (field: string) => string;
  /** An ISO 3166 alpha-3 code as the language names the country. */
  country: (code: string) => string;
  /** Said once where the edition quotes the curators' item summaries in English; empty in English. */
  quoted: string;
}
