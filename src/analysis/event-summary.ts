/**
 * The event summary the workbench draws instead of fetching every event: the store's counts
 * per period (month or ISO week) and type, keyed as the timeline keys its bins, with totals.
 */
import type { PloverType } from '../model/index.ts';
import { periodKeyOf, type PeriodUnit } from './calendar.ts';

/** What the store gives: events and summed best deaths of one period (by its first day) and type. */
export interface PeriodTypeCount {
  start: string;
  type: PloverType;
  events: number;
  fatalitiesBest: number;
}

export interface PeriodCount {
  /** `YYYY-MM` or `YYYY-Www`. */
  key: string;
  events: number;
  fatalitiesBest: number;
  /** Events per PLOVER type (types without events are left out). */
  byType: Partial<Record<PloverType, number>>;
}

export interface EventSummary {
  period: PeriodUnit;
  periods: PeriodCount[];
  totals: { events: number; fatalitiesBest: number };
}

/** Groups the store's rows by period key (in order), with totals. */
export function summarizeByPeriod(rows: readonly PeriodTypeCount[], unit: PeriodUnit): EventSummary {
  const periods = new Map<string, PeriodCount>();
  let events = 0;
  let fatalitiesBest = 0;
  for (const row of rows) {
    const key = periodKeyOf(row.start, unit);
    let period = periods.get(key);
    if (period === undefined) {
      period = { key, events: 0, fatalitiesBest: 0, byType: {} };
      periods.set(key, period);
    }
    period.events += row.events;
    period.fatalitiesBest += row.fatalitiesBest;
    period.byType[row.type] = (period.byType[row.type] ?? 0) + row.events;
    events += row.events;
    fatalitiesBest += row.fatalitiesBest;
  }
  return {
    period: unit,
    periods: [...periods.values()].sort((a, b) => a.key.localeCompare(b.key)),
    totals: { events, fatalitiesBest },
  };
}
