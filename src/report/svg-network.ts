/**
 * The signed actor network as an inline SVG, from the positions the document model fixed (so
 * the bytes do not change between runs). Friendly ties are solid green lines and hostile ties
 * dashed red ones, so the sign reads without colour; the width grows with the tie's strength.
 * The mediator and the parties are drawn larger, each node labelled in the brief's language.
 */
import type { BriefDocument } from './model.ts';
import { escapeXml as esc, svg } from './svg.ts';

export function networkChart(data: BriefDocument['figures']['network'], alt: string): string {
  const width = 640;
  const height = 420;
  const legend = 28;
  const plotH = height - legend;
  const px = (x: number) => (40 + x * (width - 80)).toFixed(1);
  const py = (y: number) => (20 + y * (plotH - 40)).toFixed(1);
  const at = new Map(data.nodes.map((n) => [n.id, n]));
  const parts: string[] = [];
  for (const e of data.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (a === undefined || b === undefined) continue;
    const friendly = e.weight > 0;
    parts.push(
      `<line x1="${px(a.x)}" y1="${py(a.y)}" x2="${px(b.x)}" y2="${py(b.y)}" stroke="${friendly ? '#1b7837' : '#b2182b'}" stroke-width="${(1 + 3 * Math.abs(e.weight)).toFixed(1)}"${friendly ? '' : ' stroke-dasharray="7 4"'}><title>${esc(`${a.label} – ${b.label}: ${e.weight > 0 ? '+' : '−'}${Math.abs(e.weight).toFixed(2)}`)}</title></line>`,
    );
  }
  for (const n of data.nodes) {
    const r = n.role === 'other' ? 6 : 10;
    const fill = n.role === 'mediator' ? '#08519c' : n.role === 'party' ? '#e08214' : '#bdbdbd';
    parts.push(`<circle cx="${px(n.x)}" cy="${py(n.y)}" r="${r}" fill="${fill}" stroke="#222"/>`);
    const below = n.y >= 0.5;
    parts.push(
      `<text x="${px(n.x)}" y="${(Number(py(n.y)) + (below ? r + 12 : -r - 5)).toFixed(1)}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3" font-size="${n.role === 'other' ? 10 : 12}"${n.role === 'other' ? '' : ' font-weight="bold"'}>${esc(n.label)}</text>`,
    );
  }
  const ly = height - 12;
  parts.push(`<line x1="40" y1="${ly}" x2="80" y2="${ly}" stroke="#1b7837" stroke-width="2.5"/>`);
  parts.push(`<text x="86" y="${ly + 4}" font-size="11">${esc(data.friendly)}</text>`);
  parts.push(
    `<line x1="220" y1="${ly}" x2="260" y2="${ly}" stroke="#b2182b" stroke-width="2.5" stroke-dasharray="7 4"/>`,
  );
  parts.push(`<text x="266" y="${ly + 4}" font-size="11">${esc(data.hostile)}</text>`);
  return svg(width, height, alt, parts);
}
