/**
 * Evaluation on the real files under ../shared/data (read by path, never copied): imports the
 * UCDP GED sample, the UCDP actor list, the UCDP peace agreements, PA-X, CWM, the ICEWS
 * sample and the UCDP conflict datasets (ACD, non-state, termination), and checks them against totals computed here with a separate, deliberately simple
 * reader (rows; GED events and best fatalities per year and per dyad; statements skipped;
 * conflict-years per year and per conflict, non-state best fatalities per year, ended episodes).
 * Prints a table. Skipped by name when ../shared/data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { importDataset, type ImportSummary } from '../../src/app/import.ts';
import { eventStats } from '../../src/app/stats.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';

const DATA = resolve(process.cwd(), '../shared/data');
const exists = existsSync(resolve(DATA, 'ucdp/ucdp-ged-231-sample1000.csv'));

/** An independent RFC 4180 reader: character by character, whole file in memory (fine for these sizes). */
function naiveCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n') {
      field = field.replace(/\r$/, '');
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function records(file: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = naiveCsv(readFileSync(resolve(DATA, file), 'utf8'), delimiter);
  return rows.map((r) => Object.fromEntries(header!.map((name, i) => [name.trim(), r[i] ?? ''])));
}

describe.skipIf(!exists)('evaluation on ../shared/data', () => {
  let store: Store;
  const table: Record<string, unknown>[] = [];
  const run = async (format: string, file: string): Promise<ImportSummary> => {
    const summary = await importDataset(store, { format, file: resolve(DATA, file) });
    table.push({ ...summary, file });
    return summary;
  };

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' });
    await ensureBuiltinCases(store);
  });
  afterAll(async () => {
    await store.close();
    console.table(
      table.map((t) => ({
        file: t.file,
        rows: t.rows,
        imported: t.imported,
        updated: t.updated,
        unchanged: t.unchanged,
        held: t.held,
        skipped: t.skipped,
        rejected: t.rejected,
        unresolved: t.unresolvedActors,
        ms: t.durationMs,
      })),
    );
  });

  it('UCDP actor list: every row becomes an actor or is already curated', async () => {
    const expected = records('ucdp/ucdp-actor-221.csv').length;
    const s = await run('auto', 'ucdp/ucdp-actor-221.csv');
    expect(s).toMatchObject({ dataset: 'ucdp-actors', rows: expected, rejected: 0 });
    expect(s.imported + s.skipped).toBe(expected);
    expect(await store.getActor('ucdp-1101')).toBeDefined();
  });

  it('UCDP GED sample: no row lost or invented; events and best fatalities per year and per dyad agree', async () => {
    const raw = records('ucdp/ucdp-ged-231-sample1000.csv');
    const s = await run('auto', 'ucdp/ucdp-ged-231-sample1000.csv');
    expect(s).toMatchObject({
      dataset: 'ucdp-ged',
      release: '23.1',
      rows: raw.length,
      imported: raw.length,
      rejected: 0,
    });

    const perYear = new Map<string, { events: number; best: number }>();
    for (const r of raw) {
      const year = r.date_start!.slice(0, 4);
      const y = perYear.get(year) ?? { events: 0, best: 0 };
      perYear.set(year, { events: y.events + 1, best: y.best + Number(r.best) });
    }
    const stats = await eventStats(store, { by: ['year', 'dataset'] });
    const ged = stats.filter((row) => row.dataset === 'ucdp-ged');
    expect(
      Object.fromEntries(ged.map((row) => [row.year, { events: row.events, best: row.fatalities_best }])),
    ).toEqual(Object.fromEntries(perYear));

    const rawByDyad = new Map<string, number>();
    const dyadOfRow = new Map<string, string>();
    for (const r of raw) {
      rawByDyad.set(r.dyad_name!, (rawByDyad.get(r.dyad_name!) ?? 0) + Number(r.best));
      dyadOfRow.set(r.id!, r.dyad_name!);
    }
    const storedByDyad = new Map<string, number>();
    for (const event of await store.listEvents()) {
      const row = event.evidence.find((e) => e.dataset === 'ucdp-ged')?.row;
      if (row === undefined) continue;
      const dyad = dyadOfRow.get(row)!;
      storedByDyad.set(dyad, (storedByDyad.get(dyad) ?? 0) + (event.fatalities.best ?? 0));
    }
    expect(storedByDyad).toEqual(rawByDyad);
  });

  it('the PAK–AFG extract of the same release changes nothing and loses nothing', async () => {
    const raw = records('ucdp/ucdp-ged-231-sample-PAK-AFG.csv');
    const s = await run('ucdp-ged', 'ucdp/ucdp-ged-231-sample-PAK-AFG.csv');
    expect(s).toMatchObject({
      rows: raw.length,
      unchanged: raw.length,
      imported: 0,
      updated: 0,
      disappeared: 0,
    });
    const ttp = raw.filter((r) => r.side_a_new_id === '356' || r.side_b_new_id === '356').length;
    const events = await store.listEvents({ actorIds: ['ttp'] });
    expect(events.filter((e) => e.id.startsWith('ucdp-ged:')).length).toBe(ttp);
  });

  it('UCDP peace agreements: every agreement stored or held', async () => {
    const raw = records('ucdp/ucdp-peace-agreements-221.csv');
    const s = await run('auto', 'ucdp/ucdp-peace-agreements-221.csv');
    expect(s).toMatchObject({ dataset: 'ucdp-peace', rows: raw.length, imported: raw.length, rejected: 0 });
    const stored = (await store.listAgreements()).filter((a) => a.id.startsWith('ucdp-peace:')).length;
    expect(stored + s.held).toBe(raw.length);
  });

  it('PA-X (UTF-8 with BOM, CRLF, long quoted cells): every agreement stored or held', async () => {
    const raw = records('agreements/pax_all_agreements_data.csv');
    const s = await run('auto', 'agreements/pax_all_agreements_data.csv');
    expect(s).toMatchObject({
      dataset: 'pax',
      rows: raw.length,
      imported: new Set(raw.map((r) => r.AgtId)).size,
      rejected: 0,
    });
  });

  it('CWM (Mac Roman, CRLF): mediated episodes imported or rejected with a reason, the rest skipped', async () => {
    const text = readFileSync(resolve(DATA, 'agreements/CWM-civil-wars-mediation-2014.csv'), 'latin1');
    const [header, ...rows] = naiveCsv(text);
    const mediated = rows.filter((r) => r[header!.indexOf('Med_yes.no')] === '1').length;
    const s = await run('auto', 'agreements/CWM-civil-wars-mediation-2014.csv');
    expect(s).toMatchObject({ dataset: 'cwm', encoding: 'macintosh', rows: rows.length });
    expect(s.imported + s.rejected).toBe(mediated);
    expect(s.imported + s.updated + s.unchanged + s.skipped + s.rejected).toBe(rows.length);
    expect(s.skipped).toBe(rows.length - mediated);
    expect(s.rejections.every((r) => ['med.begins', 'med.ends', '(row)'].includes(r.field))).toBe(true);
  });

  it('ICEWS sample: statements (CAMEO 01x) skipped, every other event imported', async () => {
    const raw = records('cameo/icews-events.2018.sample.tab', '\t');
    const statements = raw.filter((r) => r['CAMEO Code']!.startsWith('01')).length;
    const s = await run('auto', 'cameo/icews-events.2018.sample.tab');
    expect(s).toMatchObject({
      dataset: 'icews',
      rows: raw.length,
      skipped: statements,
      imported: raw.length - statements,
      rejected: 0,
    });
  });

  // The UCDP conflict datasets: each row a conflict-year or dyad-year, stored as a relation or
  // held as a draft (a side not in the registry). The actor list was imported above.
  const conflictFiles = [
    { format: 'ucdp-acd', file: 'ucdp/ucdp-prio-acd-221.csv', key: ['conflict_id', 'year'] },
    { format: 'ucdp-nonstate', file: 'ucdp/ucdp-nonstate-221.csv', key: ['dyad_id', 'year'] },
    { format: 'ucdp-term', file: 'ucdp/ucdp-term-dyad-3-2021.csv', key: ['dyad_id', 'year'] },
  ] as const;
  for (const { format, file, key } of conflictFiles) {
    it.skipIf(!existsSync(resolve(DATA, file)))(
      `${format}: every row stored as a relation or held; rows per year and per dyad agree`,
      async () => {
        const raw = records(file);
        const s = await run('auto', file);
        expect(s).toMatchObject({ dataset: format, rows: raw.length, imported: raw.length, rejected: 0 });
        const relations = (await store.listRelations()).filter((r) => r.id.startsWith(`${format}:`));
        const held = (await store.listDatasetRowsNotIn(format, '\u0000none')).filter(
          (r) => r.status === 'held',
        );
        expect(held.length).toBe(s.held);
        expect(relations.length + held.length).toBe(raw.length);
        // Conflict-years (or dyad-years) per year, and per conflict (or dyad), as in the file.
        const tally = (keys: string[]) => {
          const byYear = new Map<string, number>();
          const byUnit = new Map<string, number>();
          for (const k of keys) {
            const [unit, year] = k.split(':') as [string, string];
            byYear.set(year, (byYear.get(year) ?? 0) + 1);
            byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
          }
          return { byYear, byUnit };
        };
        const expected = tally(raw.map((r) => `${r[key[0]]}:${r[key[1]]}`));
        const got = tally([
          ...relations.map((r) => r.id.slice(format.length + 1)),
          ...held.map((r) => r.rowKey),
        ]);
        expect(got.byYear).toEqual(expected.byYear);
        expect(got.byUnit).toEqual(expected.byUnit);
        // Every stored relation is dated within its year and points at its row.
        for (const r of relations) {
          const year = r.id.split(':')[2]!;
          expect(r.from?.slice(0, 4)).toBe(year);
          expect(r.to?.slice(0, 4)).toBe(year);
          expect(r.evidence[0]?.row).toBe(r.id.slice(format.length + 1));
        }
        if (format === 'ucdp-nonstate') {
          // Best fatality estimates per year, read back from what was stored, as in the file.
          const bestOf = (summary: unknown) =>
            Number(/fatalities best (\d+)/.exec(String(summary))?.[1] ?? NaN);
          const rawBest = new Map<string, number>();
          for (const r of raw)
            rawBest.set(r.year!, (rawBest.get(r.year!) ?? 0) + Number(r.best_fatality_estimate));
          const storedBest = new Map<string, number>();
          for (const [year, summary] of [
            ...relations.map((r) => [r.id.split(':')[2]!, r.summary] as const),
            ...held.map((r) => [r.rowKey.split(':')[1]!, r.draft?.summary] as const),
          ])
            storedBest.set(year, (storedBest.get(year) ?? 0) + bestOf(summary));
          expect(storedBest).toEqual(rawBest);
        }
        if (format === 'ucdp-term') {
          const ended = raw.filter((r) => r.dyadterm === '1').length;
          const endedStored = [
            ...relations.map((r) => r.summary),
            ...held.map((r) => r.draft?.summary),
          ].filter((text) => String(text).includes('the episode ended')).length;
          expect(endedStored).toBe(ended);
        }
      },
    );
  }
});

if (!exists)
  describe.skip('evaluation on ../shared/data (skipped: ../shared/data absent)', () =>
    it('needs the data', () => undefined));
