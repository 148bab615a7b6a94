/**
 * The coder's output contract (one JSON object per event, see the README): who did what to whom,
 * when and where, in PLOVER terms, with the sentence that supports it. Plain data, no behaviour.
 */
import type { DatePrecision, PlacePrecision } from '../model/index.ts';
import type { PloverContext, PloverType } from '../model/plover.ts';

/** A sector code in the Phoenix/PLOVER tradition (GOV, MIL, COP, REB, …), or null. */
export type Sector = string;

/** An actor as mentioned in the text: the words, and what we could tell about them. */
export interface CodedActor {
  text: string;
  /** Registry id, or null for an actor not in the registry. */
  actor: string | null;
  /**
   * ISO 3166 alpha-3, `IGO` / `NGO` for international bodies (and, from reference dictionaries,
   * `IMG` for international armed groups, `MNC` for multinational companies), or null.
   */
  country: string | null;
  sector: Sector | null;
}

export interface CodedLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
}

export interface CodedClaim {
  by: CodedActor;
  kind: 'claimed' | 'denied' | 'attributed';
}

export interface CodedEvidence {
  sourceId?: string;
  start: number;
  end: number;
  quote: string;
}

export interface CodedEvent {
  /** The input's id (batch) or the file name. */
  doc: string;
  /** 0-based index of the sentence in the document. */
  sentence: number;
  type: PloverType;
  mode: string | null;
  context: PloverContext[];
  cameo: string;
  /** Goldstein value of the CAMEO code. */
  intensity: number;
  sourceActors: CodedActor[];
  targetActors: CodedActor[];
  date: string | null;
  datePrecision: DatePrecision;
  location: CodedLocation | null;
  negated: boolean;
  hypothetical: boolean;
  claims: CodedClaim[];
  evidence: CodedEvidence[];
  /** 0…1. */
  confidence: number;
  /** Why the event was coded (only with `explain`). */
  explanation?: string[];
}

export interface CodeTextOptions {
  /** Document id used in `doc` and in evidence `sourceId`. */
  docId?: string;
  /** Evidence source id (defaults to none: `sourceId` is left out). */
  sourceId?: string;
  /** Reference date (YYYY-MM-DD) for relative dates: the document's date or `--date-ref`. */
  dateRef?: string | null;
  /** Language of the text: `en` (the default), `tr` and `ru` have lexicons; others are coded as English. */
  language?: string;
  /** Attach `explanation` to each event. */
  explain?: boolean;
}
