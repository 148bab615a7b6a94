/**
 * Deaths per month as an inline SVG bar chart: one bar per series (events of one origin) in
 * each month, the best estimate as the bar and the low–high range as a whisker where it differs.
 * Series differ by fill pattern as well as colour (solid, hatched, dotted), so the chart reads
 * in black and white; the legend names each series.
 */
import type { BriefDocument } from './model.ts';
import { escapeXml as esc, svg } from './svg.ts';

const STYLES: { fill: string; pattern: string | null; colour: string }[] = [
  { fill: '#b2182b', pattern: null, colour: '#b2182b' },
  { fill: 'url(#fatalities-hatch)', pattern: 'hatch', colour: '#2166ac' },
  { fill: 'url(#fatalities-dots)', pattern: 'dots', colour: '#4d4d4d' },
];

const DEFS =
  '<defs>' +
  '<pattern id="fatalities-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d1e5f0"/><line x1="0" y1="0" x2="0" y2="6" stroke="#2166ac" stroke-width="3"/></pattern>' +
  '<pattern id="fatalities-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#f0f0f0"/><circle cx="2.5" cy="2.5" r="1.4" fill="#4d4d4d"/></pattern>' +
  '</defs>';

export function fatalitiesChart(data: BriefDocument['figures']['fatalitiesByMonth'], alt: string): string {
  const width = 640;
  const height = 270;
  const left = 40;
  const bottom = 64;
  const top = 12;
  const legend = 230;
  const plotW = width - left - legend;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...data.months.flatMap((m) => m.cells.map((c) => Math.max(c.best, c.high))));
  const step = plotW / Math.max(1, data.months.length);
  const barW = Math.max(2, (step * 0.8) / Math.max(1, data.series.length));
  const y = (n: number) => top + plotH - (n / max) * plotH;
  const parts: string[] = [DEFS];
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`,
  );
  parts.push(`<text x="${left - 4}" y="${top + 4}" text-anchor="end" font-size="10">${max}</text>`);
  parts.push(`<text x="${left - 4}" y="${top + plotH}" text-anchor="end" font-size="10">0</text>`);
  data.months.forEach((m, i) => {
    const x0 = left + i * step + (step - barW * data.series.length) / 2;
    m.cells.forEach((c, k) => {
      const style = STYLES[k % STYLES.length]!;
      const x = x0 + k * barW;
      const label = data.series[k]?.label ?? c.series;
      if (c.best > 0)
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(c.best).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(c.best)).toFixed(1)}" fill="${style.fill}" stroke="${style.colour}" stroke-width="0.8"><title>${esc(`${m.label}, ${label}: ${c.best} (${c.low}–${c.high})`)}</title></rect>`,
        );
      if (c.low !== c.best || c.high !== c.best) {
        const cx = (x + barW / 2).toFixed(1);
        const cap = (v: number) =>
          `<line x1="${(x + barW * 0.2).toFixed(1)}" y1="${y(v).toFixed(1)}" x2="${(x + barW * 0.8).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#111"/>`;
        parts.push(
          `<line x1="${cx}" y1="${y(c.low).toFixed(1)}" x2="${cx}" y2="${y(c.high).toFixed(1)}" stroke="#111"/>${cap(c.low)}${cap(c.high)}`,
        );
      }
    });
    const mid = (left + i * step + step / 2).toFixed(1);
    parts.push(
      `<text x="${mid}" y="${top + plotH + 12}" text-anchor="end" font-size="9" transform="rotate(-45 ${mid} ${top + plotH + 12})">${esc(m.label)}</text>`,
    );
  });
  data.series.forEach((s, k) => {
    const style = STYLES[k % STYLES.length]!;
    const ly = top + k * 16;
    parts.push(
      `<rect x="${width - legend + 8}" y="${ly}" width="12" height="12" fill="${style.fill}" stroke="${style.colour}"/>`,
    );
    parts.push(`<text x="${width - legend + 24}" y="${ly + 10}" font-size="10">${esc(s.label)}</text>`);
  });
  const ry = top + data.series.length * 16 + 6;
  parts.push(
    `<line x1="${width - legend + 14}" y1="${ry}" x2="${width - legend + 14}" y2="${ry + 12}" stroke="#111"/>`,
  );
  parts.push(`<text x="${width - legend + 24}" y="${ry + 10}" font-size="10">${esc(data.rangeLabel)}</text>`);
  return svg(width, height, alt, parts);
}
