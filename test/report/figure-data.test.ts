// The data behind the brief's figures: deaths per month count each incident once, in the series
// of its chosen report, never mixing curated and dataset counts; the network figure keeps the
// sign of each tie, draws only what it lists, and is the same on every run; the SVGs tell the
// sign of a tie by its dash and show the low–high range where it is known.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assessment.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Event } from '../../src/model/index.ts';
import {
  briefStrings,
  buildBrief,
  fatalitiesByMonth,
  incidentReports,
  networkFigure,
} from '../../src/report/index.ts';
import { fatalitiesChart } from '../../src/report/svg-fatalities.ts';
import { networkChart } from '../../src/report/svg-network.ts';

const base = pakistanTtp.events[0]!;
const event = (
  id: string,
  date: string,
  fatalities: Event['fatalities'],
  extra: Partial<Event> = {},
): Event => ({
  ...base,
  id,
  date,
  fatalities,
  incidentId: null,
  origin: 'curated',
  ...extra,
});

describe('fatalitiesByMonth', () => {
  it('counts a linked incident once, in the series of its report with the highest best estimate', () => {
    const events = [
      event('c1', '2023-01-30', { low: 80, best: 84, high: 101 }, { incidentId: 'peshawar' }),
      event(
        'd1',
        '2023-01-30',
        { low: 90, best: 95, high: 95 },
        { incidentId: 'peshawar', origin: 'dataset' },
      ),
      event('d2', '2023-01-31', { low: 2, best: 3, high: 3 }, { origin: 'dataset' }),
      event('c2', '2023-02-17', { low: 4, best: 4, high: null }),
      event('c3', '2023-02-20', { low: null, best: null, high: null }),
    ];
    const { months, series, incidents } = fatalitiesByMonth(events, '2023-01-01', '2023-03-31');
    expect(series).toEqual(['curated', 'dataset']);
    expect(incidents).toBe(4);
    expect(months.map((m) => m.month)).toEqual(['2023-01', '2023-02', '2023-03']);
    const cell = (month: number, s: string) => months[month]!.cells.find((c) => c.series === s)!;
    expect(cell(0, 'curated')).toMatchObject({ best: 0, incidents: 0 });
    expect(cell(0, 'dataset')).toMatchObject({ best: 98, low: 92, high: 98, incidents: 2 });
    expect(cell(1, 'curated')).toMatchObject({ best: 4, low: 4, high: 4, incidents: 2, unknown: 1 });
    expect(cell(2, 'curated')).toMatchObject({ best: 0, incidents: 0 });
  });

  it('never counts more deaths than the incidents hold, on the founding case', () => {
    const events = pakistanTtp.events.filter((e) => e.date >= '2022-01-01' && e.date <= '2023-05-09');
    const { months } = fatalitiesByMonth(events, '2022-01-01', '2023-05-09');
    const drawn = months.flatMap((m) => m.cells).reduce((s, c) => s + c.best, 0);
    const byIncident = new Map<string, number>();
    for (const e of events) {
      const key = e.incidentId ?? e.id;
      byIncident.set(key, Math.max(byIncident.get(key) ?? 0, e.fatalities.best ?? 0));
    }
    expect(drawn).toBe([...byIncident.values()].reduce((s, n) => s + n, 0));
    const linked = events.filter((e) => e.incidentId !== null);
    expect(linked.length).toBeGreaterThan(incidentReports(linked).length);
  });
});

describe('networkFigure', () => {
  const snapshot = takeSnapshot(pakistanTtp, '2023-05-09');
  const a = assess(snapshot, { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] });
  const figure = () => networkFigure(snapshot, snapshot.actors, a.network.window, a.mediator, a.parties);

  it('draws the mediator and the parties with signed ties among listed nodes only', () => {
    const { nodes, edges, evidence } = figure();
    expect(nodes.slice(0, 3).map((n) => [n.id, n.role])).toEqual([
      ['afghan-taliban', 'mediator'],
      ['pakistan', 'party'],
      ['ttp', 'party'],
    ]);
    expect(nodes.length).toBeLessThanOrEqual(10);
    const ids = new Set(nodes.map((n) => n.id));
    for (const n of nodes) for (const v of [n.x, n.y]) expect(v).toBeGreaterThanOrEqual(0);
    for (const e of edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(Math.abs(e.weight)).toBeGreaterThanOrEqual(0.05);
      expect(Math.abs(e.weight)).toBeLessThanOrEqual(1);
    }
    expect(edges.some((e) => e.weight > 0) && edges.some((e) => e.weight < 0)).toBe(true);
    // Family members are folded into their head: no node of the mediator's or parties' families.
    const folded = new Set([...a.mediator.family, ...a.parties.flatMap((p) => p.family)]);
    for (const n of nodes.slice(3)) expect(folded.has(n.id)).toBe(false);
    expect(evidence.events.length + evidence.relations.length).toBeGreaterThan(0);
  });

  it('is the same on every run', () => {
    expect(JSON.stringify(figure())).toBe(JSON.stringify(figure()));
  });

  it('draws hostile ties dashed and friendly ties solid, with local labels escaped', () => {
    const doc = buildBrief({
      assessment: a,
      items: snapshot,
      actors: pakistanTtp.actors,
      caseId: 'pakistan-ttp',
      version: 'test',
      generated: '2026-01-01',
      strings: briefStrings('ru'),
    });
    const { network } = doc.figures;
    const svg = networkChart(
      { ...network, nodes: network.nodes.map((n, i) => (i === 0 ? { ...n, label: '<b>&' } : n)) },
      'alt',
    );
    const lines = [...svg.matchAll(/<line [^>]*>/g)]
      .map((m) => m[0])
      .filter((l) => l.includes('<title>') || true);
    const edgeLines = lines.slice(0, network.edges.length);
    expect(edgeLines.filter((l) => l.includes('stroke-dasharray'))).toHaveLength(
      network.edges.filter((e) => e.weight < 0).length,
    );
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).toContain('Техрик-е Талибан Пакистан');
  });

  it('shows the low–high range as a whisker only where it differs from the best estimate', () => {
    const svg = fatalitiesChart(
      {
        months: [
          {
            month: '2023-01',
            label: 'Jan',
            cells: [{ series: 'curated', best: 5, low: 5, high: 5, incidents: 1, unknown: 0 }],
          },
          {
            month: '2023-02',
            label: 'Feb',
            cells: [{ series: 'curated', best: 5, low: 3, high: 9, incidents: 1, unknown: 0 }],
          },
        ],
        series: [{ id: 'curated', label: 'curated events' }],
        rangeLabel: 'low to high',
      },
      'alt',
    );
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(2);
    // One whisker (a line and two caps) besides the axis and the legend's whisker.
    const drawn = svg.replace(/<defs>.*<\/defs>/, '');
    expect(drawn.match(/<line /g)).toHaveLength(1 + 3 + 1);
  });
});
