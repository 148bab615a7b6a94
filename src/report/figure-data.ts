/**
 * The data behind the brief's figures, computed from the items (pure): events per month by
 * type, deaths per month by series (each incident once), and the signed network of the window
 * with a deterministic layout. Renderers only draw what these return.
 */
import { buildActorGraph, type EdgeEvidence } from '../analysis/graph.ts';
import { clamp } from '../analysis/numbers.ts';
import type { DateWindow } from '../analysis/time.ts';
import type { Actor, Agreement, Event, Relation } from '../model/index.ts';
import type { FatalityCell, MonthCount, MonthFatalities, NetworkEdge, NetworkNode } from './model.ts';

/** The months of a window as YYYY-MM, first to last. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** Events per month by type, every month of the window present (zero where none). */
export function monthCounts(events: readonly Event[], from: string, to: string): Omit<MonthCount, 'label'>[] {
  const months: Omit<MonthCount, 'label'>[] = monthsOf(from, to).map((month) => ({ month, byType: {} }));
  const index = new Map(months.map((x) => [x.month, x]));
  for (const e of events) {
    const month = index.get(e.date.slice(0, 7));
    if (month !== undefined) month.byType[e.type] = (month.byType[e.type] ?? 0) + 1;
  }
  return months;
}

/** Series of the fatalities chart, in drawing order. */
export const FATALITY_SERIES = ['curated', 'dataset', 'coded'] as const;

/**
 * One report per incident: events sharing an `incidentId` are reports of one incident, and the
 * one with the highest best estimate stands for it (as `stats` counts them); ties go to the
 * earlier series in `FATALITY_SERIES`, then to the lower id.
 */
export function incidentReports(events: readonly Event[]): Event[] {
  const rank = (e: Event) => FATALITY_SERIES.indexOf(e.origin);
  const better = (x: Event, y: Event) =>
    (x.fatalities.best ?? -1) - (y.fatalities.best ?? -1) || rank(y) - rank(x) || y.id.localeCompare(x.id);
  const chosen = new Map<string, Event>();
  for (const e of events) {
    const key = e.incidentId === null ? `event:${e.id}` : `incident:${e.incidentId}`;
    const seen = chosen.get(key);
    if (seen === undefined || better(e, seen) > 0) chosen.set(key, e);
  }
  return [...chosen.values()].sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
}

/** Deaths per month and series over the window, each incident counted once (see `incidentReports`). */
export function fatalitiesByMonth(
  events: readonly Event[],
  from: string,
  to: string,
): { months: Omit<MonthFatalities, 'label'>[]; series: string[]; incidents: number } {
  const reports = incidentReports(events.filter((e) => e.date >= from && e.date <= to));
  const series = FATALITY_SERIES.filter((s) => reports.some((e) => e.origin === s));
  const months = monthsOf(from, to).map((month) => ({
    month,
    cells: series.map((s): FatalityCell => ({
      series: s,
      best: 0,
      low: 0,
      high: 0,
      incidents: 0,
      unknown: 0,
    })),
  }));
  const index = new Map(months.map((m) => [m.month, m]));
  for (const e of reports) {
    const cell = index.get(e.date.slice(0, 7))?.cells.find((c) => c.series === e.origin);
    if (cell === undefined) continue;
    cell.incidents++;
    const { low, best, high } = e.fatalities;
    if (best === null) {
      cell.unknown++;
      continue;
    }
    cell.best += best;
    cell.low += low ?? best;
    cell.high += high ?? best;
  }
  return { months, series, incidents: reports.length };
}

/** Other actors drawn beside the mediator's and the parties' nodes. */
const OTHER_NODES = 7;
/** Ties weaker than this are neither friendly nor hostile and are not drawn. */
const DRAWN_TIE = 0.05;

export interface NetworkFigureData {
  nodes: Omit<NetworkNode, 'label'>[];
  edges: NetworkEdge[];
  /** Items behind the drawn edges, for the caption's footnotes. */
  evidence: EdgeEvidence;
}

/**
 * The signed network of the window (`src/analysis/`) with each family folded into its head, the
 * claims layer left out (a claim is not a tie), and the other layers summed per pair and bounded
 * to [−1, 1]. Drawn: the mediator, the parties and the `OTHER_NODES` actors with the strongest
 * tie to any of them. Layout: the three on an inner triangle, the others on an outer circle in
 * id order, so the same items give the same picture.
 */
export function networkFigure(
  items: { events: readonly Event[]; relations: readonly Relation[]; agreements: readonly Agreement[] },
  actors: readonly Actor[],
  window: DateWindow,
  mediator: { id: string; family: readonly string[] },
  parties: readonly { id: string; family: readonly string[] }[],
): NetworkFigureData {
  const head = new Map<string, string>();
  for (const side of [mediator, ...parties]) for (const id of side.family) head.set(id, side.id);
  const graph = buildActorGraph(items, window, { actors, nodeOf: (id) => head.get(id) ?? id });
  const pairs = new Map<string, { source: string; target: string; weight: number; evidence: EdgeEvidence }>();
  for (const edge of graph.edges) {
    if (edge.layer === 'claims') continue;
    const key = `${edge.source}|${edge.target}`;
    const pair = pairs.get(key) ?? {
      source: edge.source,
      target: edge.target,
      weight: 0,
      evidence: { events: [], relations: [], agreements: [] },
    };
    pair.weight += edge.weight;
    for (const kind of ['events', 'relations', 'agreements'] as const)
      pair.evidence[kind].push(...edge.evidence[kind]);
    pairs.set(key, pair);
  }
  const ties = [...pairs.values()]
    .map((p) => ({ ...p, weight: Math.round(clamp(p.weight, -1, 1) * 1000) / 1000 }))
    .filter((p) => Math.abs(p.weight) >= DRAWN_TIE);
  const centre = [mediator.id, ...parties.map((p) => p.id)];
  const centreSet = new Set(centre);
  const strength = new Map<string, number>();
  for (const t of ties)
    for (const [x, y] of [
      [t.source, t.target],
      [t.target, t.source],
    ] as const)
      if (centreSet.has(y) && !centreSet.has(x))
        strength.set(x, Math.max(strength.get(x) ?? 0, Math.abs(t.weight)));
  const others = [...strength.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, OTHER_NODES)
    .map(([id]) => id)
    .sort();
  const drawn = new Set([...centre, ...others]);
  const edges = ties
    .filter((t) => drawn.has(t.source) && drawn.has(t.target))
    .sort((x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
  const at = (angle: number, radius: number) => ({
    x: round3(0.5 + radius * Math.cos(angle)),
    y: round3(0.5 + radius * Math.sin(angle)),
  });
  const nodes: Omit<NetworkNode, 'label'>[] = [
    ...centre.map((id, i) => ({
      id,
      role: i === 0 ? ('mediator' as const) : ('party' as const),
      ...at(-Math.PI / 2 + (i * 2 * Math.PI) / centre.length, 0.17),
    })),
    ...others.map((id, i) => ({
      id,
      role: 'other' as const,
      ...at(-Math.PI / 2 + Math.PI / others.length + (i * 2 * Math.PI) / others.length, 0.42),
    })),
  ];
  const evidence: EdgeEvidence = { events: [], relations: [], agreements: [] };
  for (const kind of ['events', 'relations', 'agreements'] as const)
    evidence[kind] = [
      ...new Set(edges.flatMap((e) => pairs.get(`${e.source}|${e.target}`)!.evidence[kind])),
    ].sort();
  return { nodes, edges: edges.map(({ source, target, weight }) => ({ source, target, weight })), evidence };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
