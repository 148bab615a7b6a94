// Tests of the actor graph and its metrics on small hand-built inputs with known answers.
import { describe, expect, it } from 'vitest';
import { event, relation, agreement } from '../../test/assess/builders.ts';
import { dyadBalance, triadOf, triads } from './balance.ts';
import { brokerage } from './brokerage.ts';
import { centrality } from './centrality.ts';
import { toGEXF } from './export/gexf.ts';
import { toGraphML } from './export/graphml.ts';
import { toGraphologyJSON } from './export/graphology.ts';
import { buildActorGraph, dyadTies } from './graph.ts';
import { addDays, daysBetween, decayWeight } from './time.ts';

const window = { from: '2022-01-01', to: '2022-12-31' };

describe('time', () => {
  it('counts days and halves weights per half-life', () => {
    expect(daysBetween('2022-01-01', '2023-01-01')).toBe(365);
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(decayWeight(180, 180)).toBeCloseTo(0.5);
    expect(decayWeight(-5, 180)).toBe(1);
  });
});

describe('buildActorGraph', () => {
  it('signs events by quad class, decays them with age and keeps their ids', () => {
    const old = event('2022-01-01', 'ASSAULT', ['a'], ['b'], { id: 'ev-old' });
    const recent = event('2022-12-31', 'ASSAULT', ['a'], ['b'], { id: 'ev-new' });
    const graph = buildActorGraph({ events: [old, recent], relations: [], agreements: [] }, window);
    const edge = graph.edges.find((e) => e.layer === 'events')!;
    expect(edge.conflict).toBeCloseTo(1 + decayWeight(364, 180));
    expect(edge.weight).toBeLessThan(0);
    expect(edge.evidence.events).toEqual(['ev-old', 'ev-new']);
  });

  it('keeps disputed relations apart under their claimant', () => {
    const claim = relation('m', 'harbours', 'b', 0.6, {
      stance: 'disputed',
      claimedBy: 'a',
      id: 'rel-claim',
    });
    const fact = relation('m', 'allied-with', 'b', 0.7, { id: 'rel-fact' });
    const graph = buildActorGraph({ events: [], relations: [claim, fact], agreements: [] }, window);
    const claims = graph.edges.filter((e) => e.layer === 'claims');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.claimedBy).toBe('a');
    const tie = dyadTies(graph).find((t) => t.source === 'b' && t.target === 'm')!;
    expect(tie.evidence.relations).toEqual(['rel-fact']);
    expect(tie.weight).toBeCloseTo(0.7);
  });

  it('weighs stance: a reported relation counts less than an asserted one', () => {
    const asserted = buildActorGraph(
      { events: [], relations: [relation('x', 'supports', 'y', 1)], agreements: [] },
      window,
    );
    const reported = buildActorGraph(
      { events: [], relations: [relation('x', 'supports', 'y', 1, { stance: 'reported' })], agreements: [] },
      window,
    );
    expect(reported.edges[0]!.weight).toBeLessThan(asserted.edges[0]!.weight);
  });

  it('ties the parties and third parties of an agreement in force, not of one ended long ago', () => {
    const inForce = agreement(['a', 'b'], '2022-06-01', {
      thirdParties: [{ actorId: 'm', role: 'mediator' }],
    });
    const ended = agreement(['c', 'd'], '2010-01-01', {
      ended: { date: '2010-06-01', how: 'collapsed', by: ['d'] },
    });
    const graph = buildActorGraph({ events: [], relations: [], agreements: [inForce, ended] }, window);
    expect(graph.edges.map((e) => `${e.source}-${e.target}`).sort()).toEqual(['a-b', 'a-m', 'b-m']);
  });

  it('folds actors into nodes', () => {
    const graph = buildActorGraph(
      { events: [event('2022-05-01', 'CONSULT', ['a-minister'], ['b'])], relations: [], agreements: [] },
      window,
      { nodeOf: (id) => (id.startsWith('a') ? 'a' : id) },
    );
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });
});

describe('balance, centrality and brokerage', () => {
  // m is friendly with a and b, a and b are enemies: the unbalanced mediation triangle.
  const relations = [
    relation('m', 'supports', 'a', 0.5, { id: 'r1' }),
    relation('m', 'allied-with', 'b', 0.8, { id: 'r2' }),
    relation('a', 'hostile-to', 'b', -1, { id: 'r3' }),
    relation('x', 'supports', 'a', 0.5, { id: 'r4' }),
  ];
  const graph = buildActorGraph({ events: [], relations, agreements: [] }, window);
  const ties = dyadTies(graph);

  it('finds the unbalanced triangle', () => {
    const triad = triadOf(ties, ['m', 'a', 'b'])!;
    expect(triad.balanced).toBe(false);
    expect(triads(ties)).toHaveLength(1);
  });

  it('balances a dyad from cooperation and conflict', () => {
    const events = [
      event('2022-03-01', 'CONSULT', ['a'], ['b'], { intensity: 5 }),
      event('2022-03-01', 'ASSAULT', ['a'], ['b'], { intensity: -10 }),
    ];
    const g = buildActorGraph(
      { events, relations: [], agreements: [] },
      { from: '2022-01-01', to: '2022-03-01' },
    );
    const balance = dyadBalance(g, 'b', 'a');
    expect(balance.balance).toBeCloseTo((0.5 - 1) / 1.5);
    expect(dyadBalance(g, 'a', 'z').balance).toBeNull();
  });

  it('measures degree and strength', () => {
    const a = centrality(ties).find((c) => c.id === 'a')!;
    expect(a.degree).toBe(3);
    expect(a.strength).toBeCloseTo(2);
    expect(a.negative).toBeCloseTo(1);
  });

  it('finds the broker on the paths between two parties', () => {
    const withoutDirect = ties.filter((t) => !(t.source === 'a' && t.target === 'b'));
    const result = brokerage(withoutDirect, 'a', 'b');
    expect(result.distance).toBe(2);
    expect(result.brokers).toEqual([{ id: 'm', share: 1 }]);
    expect(brokerage(ties, 'a', 'b').brokers).toEqual([]);
    expect(brokerage(ties, 'a', 'nobody').distance).toBeNull();
  });

  it('exports GraphML, GEXF and graphology JSON with the evidence', () => {
    const graphml = toGraphML(graph);
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('<data key="e_relations">r3</data>');
    const gexf = toGEXF(graph);
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf.match(/<edge /g)).toHaveLength(graph.edges.length);
    const json = toGraphologyJSON(graph);
    expect(json.nodes.map((n) => n.key)).toEqual(['a', 'b', 'm', 'x']);
    expect(json.edges[0]).toMatchObject({
      source: expect.any(String),
      attributes: { evidence: expect.any(Object) },
    });
  });
});
