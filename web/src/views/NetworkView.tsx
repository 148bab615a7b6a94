/**
 * The Network view: the relations active in the window as signed edges between actors
 * (green positive, red negative, grey neutral; dashed when disputed or claimed by an author),
 * nodes coloured by actor kind, placed by a small force layout. A time slider moves the shared
 * window through the period. Choosing an edge opens the relation's evidence; a table lists the
 * same relations for keyboard and screen readers.
 */
import { useMemo } from 'react';
import type { Relation } from '../api.ts';
import { actorName, type CaseData } from '../case-data.ts';
import { TimeSlider } from '../components/TimeSlider.tsx';
import { kindColor, signColor } from '../lib/colors.ts';
import { forceLayout } from '../lib/force-layout.ts';
import { STRINGS } from '../lib/strings.ts';
import { spanInWindow, type TimeWindow } from '../lib/time-window.ts';
import type { Select, Selection } from '../selection.ts';

const WIDTH = 960;
const HEIGHT = 620;

interface Edge {
  key: string;
  relation: Relation;
  from: string;
  to: string;
}

/** A relation's edges: subject → object, and subject → second object for three-place predicates. */
function edgesOf(relations: Relation[]): Edge[] {
  return relations.flatMap((relation) => [
    { key: `${relation.id}:1`, relation, from: relation.subjectId, to: relation.objectId },
    ...(relation.secondObjectId === undefined
      ? []
      : [{ key: `${relation.id}:2`, relation, from: relation.subjectId, to: relation.secondObjectId }]),
  ]);
}

/** A triangle of actors whose signed ties multiply to a negative: structurally unbalanced. */
export interface Triad {
  nodes: [string, string, string];
  signs: [number, number, number];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The unbalanced triads among the edges: each pair's tie is the sign of the sum of its
 * relations' signs (neutral ties left out); a triangle is unbalanced when the product of its
 * three ties is negative.
 */
export function unbalancedTriads(edges: readonly { from: string; to: string; sign: number }[]): Triad[] {
  const sums = new Map<string, number>();
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const key = pairKey(edge.from, edge.to);
    sums.set(key, (sums.get(key) ?? 0) + edge.sign);
  }
  const tie = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  for (const [key, sum] of sums) {
    if (Math.abs(sum) <= 0.05) continue;
    tie.set(key, Math.sign(sum));
    const [a, b] = key.split('|') as [string, string];
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const triads: Triad[] = [];
  const nodes = [...neighbours.keys()].sort();
  for (const a of nodes) {
    const around = [...neighbours.get(a)!].filter((n) => n > a).sort();
    for (let i = 0; i < around.length; i++) {
      for (let j = i + 1; j < around.length; j++) {
        const b = around[i]!;
        const c = around[j]!;
        const bc = tie.get(pairKey(b, c));
        if (bc === undefined) continue;
        const signs: [number, number, number] = [tie.get(pairKey(a, b))!, tie.get(pairKey(a, c))!, bc];
        if (signs[0] * signs[1] * signs[2] < 0) triads.push({ nodes: [a, b, c], signs });
      }
    }
  }
  return triads;
}

/** The period the slider covers: the earliest to the latest date of any relation or event. */
function periodOf(data: CaseData): [string, string] | null {
  const dates = [
    ...data.relations.items.flatMap((r) => [r.from, r.to]),
    data.overview.firstEvent,
    data.overview.lastEvent,
  ]
    .filter((d): d is string => d !== null)
    .sort();
  return dates.length === 0 ? null : [dates[0]!, dates.at(-1)!];
}

export function NetworkView({
  data,
  window,
  setWindow,
  select,
  selection,
}: {
  data: CaseData;
  window: TimeWindow;
  setWindow: (window: TimeWindow) => void;
  select: Select;
  selection: Selection | null;
}) {
  const relations = data.relations.items.filter((relation) =>
    spanInWindow(relation.from, relation.to, window),
  );
  const edges = edgesOf(relations);
  const ids = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].sort();
  const layoutKey = edges.map((edge) => edge.key).join('|');
  const positions = useMemo(
    () =>
      forceLayout(
        ids,
        edges.map((edge) => [edge.from, edge.to] as const),
        WIDTH,
        HEIGHT,
      ),
    [layoutKey],
  );
  const triads = unbalancedTriads(
    edges.map((edge) => ({ from: edge.from, to: edge.to, sign: edge.relation.sign })),
  );
  const unbalancedPairs = new Set(
    triads.flatMap(({ nodes: [a, b, c] }) => [pairKey(a, b), pairKey(a, c), pairKey(b, c)]),
  );
  const kinds = [...new Set(ids.map((id) => data.actors.get(id)?.kind ?? 'unknown'))].sort();
  const period = periodOf(data);
  const slider = period !== null && (
    <TimeSlider
      first={period[0]}
      last={period[1]}
      window={window}
      setWindow={setWindow}
      label={STRINGS.networkSlider}
    />
  );
  if (relations.length === 0) {
    return (
      <section className="view network-view" aria-labelledby="network-heading">
        <h2 id="network-heading">{STRINGS.views.network}</h2>
        {slider}
        <p className="empty">{STRINGS.noRelations}</p>
      </section>
    );
  }
  return (
    <section className="view network-view" aria-labelledby="network-heading">
      <h2 id="network-heading">{STRINGS.views.network}</h2>
      <p className="hint">{STRINGS.networkHint}</p>
      {slider}
      <svg
        className="network"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`Network of ${ids.length} actors and ${relations.length} relations in the window`}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="18"
            refY="5"
            markerWidth="4"
            markerHeight="4"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
          </marker>
        </defs>
        <g className="triads">
          {triads.map((triad) => {
            const points = triad.nodes.map((id) => positions.get(id));
            if (points.some((p) => p === undefined)) return null;
            return (
              <polygon
                key={triad.nodes.join('|')}
                className="triad-halo"
                points={points.map((p) => `${p!.x},${p!.y}`).join(' ')}
              />
            );
          })}
        </g>
        <g className="edges">
          {edges.map((edge) => {
            const a = positions.get(edge.from);
            const b = positions.get(edge.to);
            if (a === undefined || b === undefined) return null;
            const { relation } = edge;
            const chosen = selection?.kind === 'relation' && selection.id === relation.id;
            const dashed = relation.stance !== 'asserted' || relation.claimedBy !== null;
            const label = `${actorName(data, relation.subjectId)} ${relation.predicate} ${actorName(data, edge.to)} (sign ${relation.sign})`;
            return (
              <line
                key={edge.key}
                className={`edge${dashed ? ' dashed' : ''}${chosen ? ' selected' : ''}${unbalancedPairs.has(pairKey(edge.from, edge.to)) ? ' unbalanced' : ''}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke={signColor(relation.sign)}
                strokeWidth={1.5 + Math.abs(relation.sign) * 2.5}
                markerEnd="url(#arrow)"
                data-relation-id={relation.id}
                onClick={() => select({ kind: 'relation', id: relation.id })}
              >
                <title>{label}</title>
              </line>
            );
          })}
        </g>
        <g className="nodes">
          {ids.map((id) => {
            const p = positions.get(id)!;
            const actor = data.actors.get(id);
            return (
              <g key={id} transform={`translate(${p.x},${p.y})`} className="node">
                <circle r={actor?.kind === 'person' ? 6 : 9} fill={kindColor(actor?.kind ?? 'unknown')}>
                  <title>{`${actor?.name ?? id} (${actor?.kind ?? 'not in the store'})`}</title>
                </circle>
                <text x={11} y={4} className="node-label">
                  {actor?.name ?? id}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <ul className="legend" aria-label="Actor kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="swatch round" style={{ backgroundColor: kindColor(kind) }} aria-hidden="true" />
            {kind}
          </li>
        ))}
      </ul>
      <p className="hint triad-summary">{STRINGS.unbalancedTriads(triads.length)}</p>
      {triads.length > 0 && (
        <ul className="triads">
          {triads.map((triad) => (
            <li key={triad.nodes.join('|')}>
              {triad.nodes.map((id) => actorName(data, id)).join(' · ')} (
              {triad.signs.map((sign) => (sign > 0 ? '+' : '−')).join(' ')})
            </li>
          ))}
        </ul>
      )}
      <h3>{STRINGS.relationsTable}</h3>
      <table className="relations-table">
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Relation</th>
            <th scope="col">Object</th>
            <th scope="col">Sign</th>
            <th scope="col">Period</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((relation) => (
            <tr key={relation.id}>
              <td>{actorName(data, relation.subjectId)}</td>
              <td>{relation.predicate}</td>
              <td>
                {actorName(data, relation.objectId)}
                {relation.secondObjectId !== undefined && ` and ${actorName(data, relation.secondObjectId)}`}
              </td>
              <td>{relation.sign}</td>
              <td>
                {relation.from ?? '…'} – {relation.to ?? '…'}
              </td>
              <td>
                <button type="button" onClick={() => select({ kind: 'relation', id: relation.id })}>
                  {relation.evidence.length} source{relation.evidence.length === 1 ? '' : 's'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
