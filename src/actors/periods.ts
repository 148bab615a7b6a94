/**
 * Whether an actor existed, or for a government held power, on a given day, by its `periods`.
 * An actor without periods is taken to hold on every day. Pure.
 */
import type { Actor } from '../model/index.ts';

/** The day (YYYY-MM-DD) that opens `date`, or null when it does not start with a full day. */
export function dayOf(date: string | null | undefined): string | null {
  const match = /^\d{4}-\d{2}-\d{2}/u.exec(date ?? '');
  return match === null ? null : match[0];
}

/** Whether `actor` held on `day` (YYYY-MM-DD): true without periods, else when a period holds the day. */
export function holdsOn(actor: Pick<Actor, 'periods'>, day: string): boolean {
  return holdsThroughout(actor, day, day);
}

/** Whether `actor` held on every day from `first` to `last` (YYYY-MM-DD): one period must hold them all. */
export function holdsThroughout(actor: Pick<Actor, 'periods'>, first: string, last: string): boolean {
  const periods = actor.periods ?? [];
  if (periods.length === 0) return true;
  return periods.some((p) => (p.from === null || p.from <= first) && (p.to === null || last <= p.to));
}
