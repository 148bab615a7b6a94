/**
 * The shape every indicator returns, and the helpers that build it: a measured value with its
 * score, or `value: null` with the reason. Scores run from −1 to +1, signed by the indicator's
 * effect on the prospect it bears on (`effect`).
 */

import type { Phrase } from './phrase.ts';
import { englishOf, phrase } from './phrases-en.ts';

export type Effect = 'onset' | 'agreement' | 'durability';
export type Coverage = 'good' | 'thin' | 'none';

export interface IndicatorEvidence {
  events: string[];
  relations: string[];
  agreements: string[];
  negotiations: string[];
  sources: string[];
}

export interface Indicator {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  /** −1…+1, signed by the effect on the prospect; null with the value. */
  score: number | null;
  effect: Effect;
  /** One sentence on what the number means here. */
  rationale: string;
  /** The rationale as a key and parameters, for briefs in other languages. */
  rationalePhrase: Phrase;
  /** Why the value is null. */
  reason?: string;
  reasonPhrase?: Phrase;
  evidence: IndicatorEvidence;
  literature: string[];
  /** 0…1: how far the value can be trusted (halved when coverage is thin). */
  confidence: number;
  coverage: Coverage;
  /** Components, what the value rests on, and the items behind it. */
  detail?: Record<string, unknown>;
}

/** The fixed facts of one indicator: id, name, unit, effect, literature. */
export interface IndicatorSpec {
  id: string;
  name: string;
  unit: string;
  effect: Effect;
  literature: string[];
}

export function noEvidence(): IndicatorEvidence {
  return { events: [], relations: [], agreements: [], negotiations: [], sources: [] };
}

export function evidenceOf(
  parts: Partial<Record<keyof IndicatorEvidence, Iterable<string>>>,
): IndicatorEvidence {
  const unique = (ids: Iterable<string> | undefined) => [...new Set(ids ?? [])].sort();
  return {
    events: unique(parts.events),
    relations: unique(parts.relations),
    agreements: unique(parts.agreements),
    negotiations: unique(parts.negotiations),
    sources: unique(parts.sources),
  };
}

/** An indicator without a value: the reason says what data is missing. */
export function nullIndicator(
  spec: IndicatorSpec,
  reason: Phrase,
  detail?: Record<string, unknown>,
): Indicator {
  const rationale = phrase('rationale.no-value', { reason });
  return {
    ...spec,
    value: null,
    score: null,
    rationale: englishOf(rationale),
    rationalePhrase: rationale,
    reason: englishOf(reason),
    reasonPhrase: reason,
    evidence: noEvidence(),
    confidence: 0,
    coverage: 'none',
    ...(detail === undefined ? {} : { detail }),
  };
}

export interface Measured {
  value: number;
  score: number;
  rationale: Phrase;
  evidence: IndicatorEvidence;
  /** Confidence before the coverage penalty. */
  confidence: number;
  coverage: Exclude<Coverage, 'none'>;
  detail?: Record<string, unknown>;
}

/** A measured indicator; thin coverage halves its confidence. */
export function measured(spec: IndicatorSpec, result: Measured): Indicator {
  const confidence = result.coverage === 'thin' ? result.confidence / 2 : result.confidence;
  return {
    ...spec,
    value: result.value,
    score: Math.max(-1, Math.min(1, result.score)),
    rationale: englishOf(result.rationale),
    rationalePhrase: result.rationale,
    evidence: result.evidence,
    confidence: Math.max(0, Math.min(1, confidence)),
    coverage: result.coverage,
    ...(result.detail === undefined ? {} : { detail: result.detail }),
  };
}
