// Base rates read from the shared reference datasets at evaluation time (skipped by name when absent),
// and the CSV reader on the traps those files have.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceRates } from '../../src/app/assess.ts';
import { parseCsv } from '../../src/assess/reference/csv.ts';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const hasReference =
  existsSync(join(SHARED, 'agreements', 'CWM-civil-wars-mediation-2014.csv')) &&
  existsSync(join(SHARED, 'ucdp', 'ucdp-peace-agreements-221.csv'));

describe('parseCsv', () => {
  it('reads a BOM, CRLF, quoted commas, doubled quotes and newlines', () => {
    const rows = parseCsv('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\r\n1,2\r\n');
    expect(rows).toEqual([
      { a: 'x, y', b: 'say "hi"\nthere' },
      { a: '1', b: '2' },
    ]);
  });
});

describe.skipIf(!hasReference)('reference rates from ../shared/data (CWM, UCDP peace agreements)', () => {
  it('computes the mediation share of civil-war episodes and the one-year survival of ceasefire agreements', () => {
    const rates = readReferenceRates(SHARED, '2025-01-01')!;
    // Counted here by episode (country and start date), independently of the code under test:
    // CWM rows are mediation attempts, so counting rows would overstate the share mediated.
    const rows = parseCsv(
      readFileSync(join(SHARED, 'agreements', 'CWM-civil-wars-mediation-2014.csv'), 'latin1'),
    );
    const episodes = new Map<string, boolean>();
    for (const row of rows) {
      const start = (row['episode.start.date'] ?? '').trim();
      const med = row['Med_yes.no'];
      if (start === '' || (med !== '0' && med !== '1')) continue;
      const key = `${(row['country'] ?? '').trim()}|${start}`;
      episodes.set(key, (episodes.get(key) ?? false) || med === '1');
    }
    expect(rates.onset!.n).toBe(episodes.size);
    expect(rates.onset!.k).toBe([...episodes.values()].filter(Boolean).length);
    expect(rates.onset!.n).toBeLessThan(rows.length);
    expect(rates.durability!.n).toBeGreaterThan(20);
    expect(rates.durability!.p).toBeGreaterThan(0);
    expect(rates.durability!.p).toBeLessThan(1);
    const pakistan = rates.context.find((r) => r.referenceClass.includes('Pakistan'))!;
    expect(pakistan.n).toBeGreaterThan(0);
  });
});
