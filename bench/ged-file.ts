/**
 * The synthetic GED-layout file the import benchmarks read: N rows in the 49-column layout,
 * the same in every run (seeded mulberry32): 60 UCDP actors of which 6 are registry actors,
 * quoted source articles with commas and quotes, four countries, 1989-2022; and those six
 * registry actors.
 */
import { createWriteStream } from 'node:fs';
import { GED_49 } from '../src/ingest/datasets/ucdp-ged-layouts.ts';
import type { Actor } from '../src/model/index.ts';
import { seededRandom } from '../src/bargain/scenario/prng.ts';

export const COUNTRIES = [
  ['Pakistan', '770', 30, 70],
  ['Afghanistan', '700', 34, 66],
  ['Syria', '652', 35, 38],
  ['India', '750', 23, 80],
] as const;

export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeGed(path: string, rows: number): Promise<void> {
  const next = seededRandom(42);
  const stream = createWriteStream(path);
  const write = (line: string) =>
    stream.write(line) ? Promise.resolve() : new Promise<void>((r) => stream.once('drain', () => r()));
  await write(GED_49.join(',') + '\n');
  for (let i = 1; i <= rows; i++) {
    const [country, gw, lat, lon] = COUNTRIES[Math.floor(next() * COUNTRIES.length)]!;
    const a = 100 + Math.floor(next() * 60);
    const b = 1000 + Math.floor(next() * 60);
    const year = 1989 + Math.floor(next() * 34);
    const day = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const low = Math.floor(next() * 5);
    const best = low + Math.floor(next() * 5);
    const high = best + Math.floor(next() * 5);
    const cells: Record<string, string> = {
      id: String(i),
      relid: `X-${year}-${i}`,
      year: String(year),
      active_year: '1',
      code_status: 'Clear',
      type_of_violence: '1',
      conflict_new_id: '1',
      conflict_name: `${country}: Government`,
      dyad_new_id: String(a * 100 + b),
      dyad_name: `Actor ${a} - Actor ${b}`,
      side_a_new_id: String(a),
      side_a:
        a < 103
          ? ['Government of Pakistan', 'Government of Afghanistan', 'Government of India'][a - 100]!
          : `Actor ${a}`,
      side_b_new_id: String(b),
      side_b: `Actor ${b}`,
      number_of_sources: '1',
      source_article: `"Wire ${i % 97},${day},Clash near ""village ${i % 1013}"", officials say"`,
      where_prec: String(1 + Math.floor(next() * 6)),
      where_coordinates: `Place ${i % 5000}`,
      where_description: `near place ${i % 5000}`,
      adm_1: `Province ${i % 30}`,
      adm_2: `District ${i % 300}`,
      latitude: (lat + next()).toFixed(5),
      longitude: (lon + next()).toFixed(5),
      country,
      country_id: gw,
      region: 'Asia',
      event_clarity: '1',
      date_prec: String(1 + Math.floor(next() * 5)),
      date_start: `${day} 00:00:00`,
      date_end: `${day} 00:00:00`,
      best: String(best),
      high: String(high),
      low: String(low),
      gwnoa: gw,
    };
    await write(GED_49.map((c) => csvCell(cells[c] ?? '')).join(',') + '\n');
  }
  await new Promise((resolve) => stream.end(resolve));
}

/** Registry actors for six of the generated UCDP ids. */
export function benchActors(): Actor[] {
  return [100, 101, 102, 1000, 1001, 1002].map((id) => ({
    id: `bench-${id}`,
    name:
      id < 1000
        ? ['Government of Pakistan', 'Government of Afghanistan', 'Government of India'][id - 100]!
        : `Actor ${id}`,
    kind: id < 1000 ? 'government' : 'armed-group',
    country: null,
    parentId: null,
    aliases: {},
    externalIds: { ucdp: String(id) },
    roles: [],
    designations: [],
  }));
}
