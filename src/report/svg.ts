/**
 * The brief's figures as inline SVG, drawn from the document model with no external
 * resources: events per month by type (stacked bars) and the prospects with their bands.
 */
import type { MonthCount, ProspectBar } from './model.ts';

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Colours by PLOVER type: cooperation in blues and greens, conflict in oranges and reds. */
const COLOURS: Record<string, string> = {
  AGREE: '#1b7837',
  CONSULT: '#5aae61',
  SUPPORT: '#a6dba0',
  CONCEDE: '#4393c3',
  COOPERATE: '#2166ac',
  AID: '#92c5de',
  RETREAT: '#b2abd2',
  REQUEST: '#8073ac',
  ACCUSE: '#fdb863',
  REJECT: '#e08214',
  THREATEN: '#f4a582',
  PROTEST: '#d6604d',
  SANCTION: '#b35806',
  MOBILIZE: '#c51b7d',
  COERCE: '#b2182b',
  ASSAULT: '#67001f',
};
const colour = (type: string) => COLOURS[type] ?? '#777777';

export function eventsChart(data: { months: MonthCount[]; types: string[] }, alt: string): string {
  const width = 640;
  const height = 256;
  const left = 32;
  const bottom = 56;
  const top = 10;
  const legend = 110;
  const plotW = width - left - legend;
  const plotH = height - top - bottom;
  const totals = data.months.map((m) => Object.values(m.byType).reduce((s, n) => s + n, 0));
  const max = Math.max(1, ...totals);
  const step = plotW / Math.max(1, data.months.length);
  const barW = Math.max(2, step * 0.7);
  const parts: string[] = [];
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`,
  );
  parts.push(`<text x="${left - 4}" y="${top + 4}" text-anchor="end" font-size="10">${max}</text>`);
  parts.push(`<text x="${left - 4}" y="${top + plotH}" text-anchor="end" font-size="10">0</text>`);
  data.months.forEach((m, i) => {
    let y = top + plotH;
    const x = left + i * step + (step - barW) / 2;
    for (const type of data.types) {
      const n = m.byType[type] ?? 0;
      if (n === 0) continue;
      const h = (n / max) * plotH;
      y -= h;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${colour(type)}"><title>${escapeXml(`${m.month} ${type}: ${n}`)}</title></rect>`,
      );
    }
    parts.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${top + plotH + 12}" text-anchor="end" font-size="9" transform="rotate(-45 ${(x + barW / 2).toFixed(1)} ${top + plotH + 12})">${escapeXml(m.label)}</text>`,
    );
  });
  data.types.forEach((type, i) => {
    const y = top + i * 14;
    parts.push(`<rect x="${width - legend + 8}" y="${y}" width="10" height="10" fill="${colour(type)}"/>`);
    parts.push(`<text x="${width - legend + 22}" y="${y + 9}" font-size="10">${escapeXml(type)}</text>`);
  });
  return svg(width, height, alt, parts);
}

export function prospectsChart(
  bars: ProspectBar[],
  ticks: { value: number; label: string }[],
  alt: string,
): string {
  const width = 640;
  const rowH = 34;
  const left = 220;
  const right = 60;
  const top = 16;
  const height = top + rowH * bars.length + 24;
  const plotW = width - left - right;
  const x = (p: number) => left + p * plotW;
  const parts: string[] = [];
  for (const tick of ticks) {
    parts.push(
      `<line x1="${x(tick.value)}" y1="${top - 4}" x2="${x(tick.value)}" y2="${height - 20}" stroke="#ddd"/>`,
    );
    parts.push(
      `<text x="${x(tick.value)}" y="${height - 6}" text-anchor="middle" font-size="10">${escapeXml(tick.label)}</text>`,
    );
  }
  bars.forEach((b, i) => {
    const y = top + i * rowH + rowH / 2;
    parts.push(
      `<text x="${left - 8}" y="${y + 4}" text-anchor="end" font-size="11">${escapeXml(b.label)}</text>`,
    );
    if (b.p === null || b.low === null || b.high === null) {
      parts.push(`<text x="${x(0) + 4}" y="${y + 4}" font-size="11" fill="#777">${escapeXml(b.text)}</text>`);
      return;
    }
    parts.push(
      `<rect x="${x(b.low).toFixed(1)}" y="${y - 7}" width="${(x(b.high) - x(b.low)).toFixed(1)}" height="14" fill="#9ecae1"/>`,
    );
    parts.push(`<circle cx="${x(b.p).toFixed(1)}" cy="${y}" r="5" fill="#08519c"/>`);
    parts.push(
      `<text x="${(x(b.high) + 6).toFixed(1)}" y="${y + 4}" font-size="10">${escapeXml(b.text)}</text>`,
    );
  });
  return svg(width, height, alt, parts);
}

/** An SVG element with its alt text as accessible name and title. */
export function svg(width: number, height: number, alt: string, parts: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(alt)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeXml(alt)}</title>${parts.join('')}</svg>`;
}
