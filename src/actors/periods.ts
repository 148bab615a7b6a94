/**
 * Whether an actor existed, or for a government held power, on a given day or through a span of
 * days, by its `periods`. An actor without periods is taken to hold on every day. Pure.
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

/** Whether `actor` held on at least one day from `first` to `last` (YYYY-MM-DD). */
export function holdsSomeDay(actor: Pick<Actor, 'periods'>, first: string, last: string): boolean {
  const periods = actor.periods ?? [];
  if (periods.length === 0) return true;
  return periods.some((p) => (p.from === null || p.from <= last) && (p.to === null || first <= p.to));
}

/**
 * Of `items` (candidates for one name), those whose actor counts from `first` to `last`: an
 * actor without periods always; of those with periods, the ones holding the whole span, or,
 * when none of them does, the ones holding some day of it ("in 2021" of two governments that
 * each held part of the year keeps both).
 */
export function heldDuring<T>(
  items: readonly T[],
  actorOf: (item: T) => Pick<Actor, 'periods'>,
  first: string,
  last: string,
): T[] {
  const dated = (item: T): boolean => (actorOf(item).periods ?? []).length > 0;
  const whole = items.filter((item) => dated(item) && holdsThroughout(actorOf(item), first, last));
  const part =
    whole.length > 0
      ? whole
      : items.filter((item) => dated(item) && holdsSomeDay(actorOf(item), first, last));
  return items.filter((item) => !dated(item) || part.includes(item));
}
