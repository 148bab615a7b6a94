/**
 * What changed between two assessments of the same question at two dates, and why: for each
 * indicator the values and scores, the evidence that appears only at one date, and the moves
 * of the three prospects.
 */
import type { Assessment } from './assessment.ts';
import type { Indicator, IndicatorEvidence } from './indicator.ts';
import type { Phrase } from './phrase.ts';

export interface IndicatorState {
  value: number | null;
  score: number | null;
  rationale: string;
  rationalePhrase: Phrase;
}

function stateOf(i: Indicator): IndicatorState {
  return { value: i.value, score: i.score, rationale: i.rationale, rationalePhrase: i.rationalePhrase };
}

export interface IndicatorChange {
  id: string;
  name: string;
  before: IndicatorState;
  after: IndicatorState;
  scoreChange: number | null;
  added: Partial<IndicatorEvidence>;
  removed: Partial<IndicatorEvidence>;
}

export interface Comparison {
  from: string;
  to: string;
  prospects: Record<
    'onset' | 'agreement' | 'durability',
    { before: number | null; after: number | null; termBefore: string | null; termAfter: string | null }
  >;
  changed: IndicatorChange[];
  unchanged: string[];
}

const KINDS = ['events', 'relations', 'agreements', 'negotiations'] as const;

function diff(x: IndicatorEvidence, y: IndicatorEvidence): Partial<IndicatorEvidence> {
  const result: Partial<IndicatorEvidence> = {};
  for (const kind of KINDS) {
    const seen = new Set(x[kind]);
    const extra = y[kind].filter((id) => !seen.has(id));
    if (extra.length > 0) result[kind] = extra;
  }
  return result;
}

export function compareAssessments(before: Assessment, after: Assessment): Comparison {
  const changed: IndicatorChange[] = [];
  const unchanged: string[] = [];
  for (const now of after.indicators) {
    const then = before.indicators.find((i) => i.id === now.id);
    if (then === undefined) continue;
    const added = diff(then.evidence, now.evidence);
    const removed = diff(now.evidence, then.evidence);
    const same =
      then.value === now.value &&
      then.score === now.score &&
      Object.keys(added).length === 0 &&
      Object.keys(removed).length === 0;
    if (same) {
      unchanged.push(now.id);
      continue;
    }
    changed.push({
      id: now.id,
      name: now.name,
      before: stateOf(then),
      after: stateOf(now),
      scoreChange: then.score === null || now.score === null ? null : now.score - then.score,
      added,
      removed,
    });
  }
  changed.sort((x, y) => Math.abs(y.scoreChange ?? 1) - Math.abs(x.scoreChange ?? 1));
  const move = (key: 'onset' | 'agreement' | 'durability') => ({
    before: before.prospects[key].p,
    after: after.prospects[key].p,
    termBefore: before.prospects[key].term,
    termAfter: after.prospects[key].term,
  });
  return {
    from: before.asOf,
    to: after.asOf,
    prospects: { onset: move('onset'), agreement: move('agreement'), durability: move('durability') },
    changed,
    unchanged,
  };
}
