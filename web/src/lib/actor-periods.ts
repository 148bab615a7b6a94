/**
 * Edits of an actor's periods (when it existed or held power) as the Curation form makes them:
 * add a period, remove one, set its from/to date, choose the sources of its evidence. Each
 * returns a changed copy of the draft and leaves the rest alone; removing the last period
 * removes the field, so an actor that had none is stored as it was. Pure.
 */
import type { ActorPeriod, Evidence } from '../../../src/model/index.ts';

type Json = Record<string, unknown>;
export type PeriodEnd = 'from' | 'to';

/** The draft's periods (none when the field is absent or not a list). */
export function periodsOf(draft: unknown): readonly ActorPeriod[] {
  const periods = (draft as Json | null)?.periods;
  return Array.isArray(periods) ? (periods as ActorPeriod[]) : [];
}

function withPeriods(draft: unknown, periods: readonly ActorPeriod[]): unknown {
  const copy: Json = { ...(draft as Json) };
  if (periods.length === 0) delete copy.periods;
  else copy.periods = periods;
  return copy;
}

function changePeriod(draft: unknown, index: number, change: (period: ActorPeriod) => ActorPeriod): unknown {
  return withPeriods(
    draft,
    periodsOf(draft).map((period, i) => (i === index ? change(period) : period)),
  );
}

/** A new open period at the end, with no evidence yet (the schema refuses it until some is chosen). */
export const addPeriod = (draft: unknown): unknown =>
  withPeriods(draft, [...periodsOf(draft), { from: null, to: null, evidence: [] }]);

export const removePeriod = (draft: unknown, index: number): unknown =>
  withPeriods(
    draft,
    periodsOf(draft).filter((_, i) => i !== index),
  );

/** Sets one end of a period from a date input; an empty input is an open end (null). */
export const setPeriodEnd = (draft: unknown, index: number, end: PeriodEnd, input: string): unknown =>
  changePeriod(draft, index, (period) => ({ ...period, [end]: input === '' ? null : input }));

/**
 * Sets the sources a period's evidence cites, in the order given: evidence already citing a
 * source kept (its quote or dataset row with it), a new source cited bare.
 */
export const setPeriodSources = (draft: unknown, index: number, sourceIds: readonly string[]): unknown =>
  changePeriod(draft, index, (period) => ({
    ...period,
    evidence: [...new Set(sourceIds)].flatMap((sourceId): Evidence[] => {
      const kept = period.evidence.filter((e) => e.sourceId === sourceId);
      return kept.length > 0 ? kept : [{ sourceId }];
    }),
  }));
