/**
 * Event statistics by group (year, month, dyad, country, type, dataset, admin1): events and
 * fatalities low/best/high, counted by incident, so that one attack seen in two datasets
 * counts once (its fatalities are those of the report with the highest best estimate).
 * Events are read from the store page by page; dyads name unresolved dataset actors too. The
 * report also names the origins (curated, dataset, coded) that share a row, so that a caller
 * can warn when a count mixes them (`--by dataset` keeps them apart).
 */
import { ValidationError } from '../errors.ts';
import type { Event } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { requireCase } from './cases.ts';

export const STAT_KEYS = ['year', 'month', 'dyad', 'country', 'type', 'dataset', 'admin1'] as const;
export type StatKey = (typeof STAT_KEYS)[number];

export interface StatsQuery {
  caseId?: string;
  by: string[];
  from?: string;
  to?: string;
}

export interface StatsRow {
  [key: string]: string | number | null;
  events: number;
  fatalities_low: number;
  fatalities_best: number;
  fatalities_high: number;
}

const PAGE = 5000;

export function parseStatKeys(values: readonly string[]): StatKey[] {
  return values.map((value) => {
    const key = STAT_KEYS.find((k) => k === value.trim().toLowerCase());
    if (key === undefined)
      throw new ValidationError(`cannot group by '${value}' (expected ${STAT_KEYS.join(', ')})`, {
        field: '--by',
      });
    return key;
  });
}

interface Group {
  keys: Record<string, string>;
  events: number;
  low: number;
  best: number;
  high: number;
  /** Linked incidents seen in this group, with the fatalities counted for them. */
  incidents: Map<string, Event['fatalities']>;
  origins: Set<string>;
}

export interface StatsReport {
  rows: StatsRow[];
  /** The origins that share a row with another origin, sorted; empty when no row mixes them. */
  mixedOrigins: string[];
}

export async function eventStats(store: Store, query: StatsQuery): Promise<StatsRow[]> {
  return (await eventStatsReport(store, query)).rows;
}

export async function eventStatsReport(store: Store, query: StatsQuery): Promise<StatsReport> {
  if (query.caseId !== undefined) await requireCase(store, query.caseId);
  const keys = parseStatKeys(query.by);
  const groups = new Map<string, Group>();
  for (let offset = 0; ; offset += PAGE) {
    const events = await store.listEvents({
      ...(query.caseId === undefined ? {} : { caseId: query.caseId }),
      ...(query.from === undefined ? {} : { from: query.from }),
      ...(query.to === undefined ? {} : { to: query.to }),
      limit: PAGE,
      offset,
    });
    if (events.length === 0) break;
    const names = keys.includes('dyad')
      ? await unresolvedByItem(store, events)
      : new Map<string, Map<string, string[]>>();
    for (const event of events) {
      const values = Object.fromEntries(keys.map((key) => [key, keyOf(key, event, names)]));
      const id = JSON.stringify(keys.map((key) => values[key]));
      let group = groups.get(id);
      if (group === undefined)
        groups.set(
          id,
          (group = {
            keys: values,
            events: 0,
            low: 0,
            best: 0,
            high: 0,
            incidents: new Map(),
            origins: new Set(),
          }),
        );
      count(group, event);
      group.origins.add(event.origin);
    }
    if (events.length < PAGE) break;
  }
  const mixed = new Set<string>();
  for (const group of groups.values())
    if (group.origins.size > 1) for (const o of group.origins) mixed.add(o);
  const rows = [...groups.values()]
    .map((group): StatsRow => ({
      ...group.keys,
      events: group.events,
      fatalities_low: group.low,
      fatalities_best: group.best,
      fatalities_high: group.high,
    }))
    .sort((a, b) => {
      for (const key of keys) {
        const order = String(a[key]).localeCompare(String(b[key]));
        if (order !== 0) return order;
      }
      return 0;
    });
  return { rows, mixedOrigins: [...mixed].sort() };
}

/** Adds an event to its group; a second report of a linked incident replaces the first only when its best estimate is higher. */
function count(group: Group, event: Event): void {
  const f = event.fatalities;
  if (event.incidentId === null) {
    group.events++;
    add(group, f, 1);
    return;
  }
  const seen = group.incidents.get(event.incidentId);
  if (seen === undefined) {
    group.events++;
    group.incidents.set(event.incidentId, f);
    add(group, f, 1);
  } else if ((f.best ?? -1) > (seen.best ?? -1)) {
    add(group, seen, -1);
    add(group, f, 1);
    group.incidents.set(event.incidentId, f);
  }
}

function add(group: Group, f: Event['fatalities'], sign: 1 | -1): void {
  group.low += sign * (f.low ?? 0);
  group.best += sign * (f.best ?? 0);
  group.high += sign * (f.high ?? 0);
}

function keyOf(key: StatKey, event: Event, names: Map<string, Map<string, string[]>>): string {
  switch (key) {
    case 'year':
      return event.date.slice(0, 4);
    case 'month':
      return event.date.slice(0, 7);
    case 'country':
      return event.location.country ?? '';
    case 'admin1':
      return event.location.admin1 ?? '';
    case 'type':
      return event.type;
    case 'dataset':
      return event.evidence.find((e) => e.dataset !== undefined)?.dataset ?? event.origin;
    case 'dyad': {
      const unresolved = names.get(event.id);
      const side = (ids: string[], role: string) => {
        const labels = [...ids, ...(unresolved?.get(role) ?? []).map((name) => `?${name}`)];
        return labels.length === 0 ? '(none)' : labels.join('+');
      };
      return `${side(event.sourceActors, 'source')} – ${side(event.targetActors, 'target')}`;
    }
  }
}

async function unresolvedByItem(store: Store, events: Event[]): Promise<Map<string, Map<string, string[]>>> {
  const byItem = new Map<string, Map<string, string[]>>();
  for (const name of await store.listDatasetActorNames(events.map((e) => e.id))) {
    let roles = byItem.get(name.itemId);
    if (roles === undefined) byItem.set(name.itemId, (roles = new Map()));
    roles.set(name.role, [...(roles.get(name.role) ?? []), name.name]);
  }
  return byItem;
}
