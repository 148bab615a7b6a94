// A brief for a second case built from imported data alone: UCDP GED rows of our own (synthetic,
// see test/ingest/fixtures.ts) imported into a store, a case holding only those rows and their
// dataset source (no curated relation, agreement or document), and a brief asked for a mediator
// and the two sides. It renders in Markdown, HTML and DOCX, says in its caveats what data is
// missing, and every footnote is a dataset row that was imported. The same from the shared GED
// sample in an evaluation that skips without ../shared.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBrief, renderBrief, type BriefRequest } from '../../src/app/brief.ts';
import { importDataset } from '../../src/app/import.ts';
import { withStore } from '../../src/app/session.ts';
import { englishOf } from '../../src/assess/phrases-en.ts';
import { briefStrings, noteEntries, type BriefDocument } from '../../src/report/index.ts';
import type { Store } from '../../src/store/store.ts';
import { datasetCase } from '../assess/dataset-case.ts';
import { GED_49, gedRow, writeCsv } from '../ingest/fixtures.ts';
import { renderedText } from './leak.ts';
import { noReferenceData } from '../assess/no-reference-data.ts';

const GOVERNMENT = 'pakistan-government';
const TTP = 'ttp';

/** Rows and dates of the GED rows written here: a clash a month from mid-2022 to spring 2023. */
const MONTHS = [
  '2022-06',
  '2022-07',
  '2022-08',
  '2022-09',
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
  '2023-02',
  '2023-03',
];
const rows = MONTHS.map((month, i) => {
  const id = String(7000 + i);
  const day = `${month}-1${i % 9}`;
  return gedRow(id, {
    relid: `PAK-2022-1-857-${id}`,
    year: month.slice(0, 4),
    date_start: `${day} 00:00:00`,
    date_end: `${day} 00:00:00`,
    best: String(2 + i),
    low: String(1 + i),
    high: String(4 + i),
  });
});

/** The case's rows as footnotes give them: dataset, release and row id. */
async function importedRows(store: Store, caseId: string): Promise<Set<string>> {
  const events = await store.listEvents({ caseId });
  return new Set(events.flatMap((e) => e.evidence.map((x) => `${x.dataset}|${x.release}|${x.row}`)));
}

function expectRowNotesOnly(doc: BriefDocument, rowsOfCase: ReadonlySet<string>): void {
  expect(doc.footnotes.length).toBeGreaterThan(0);
  // A note that lists a sentence's many rows lists rows only, too.
  for (const note of doc.footnotes.flatMap(noteEntries)) {
    expect(note.kind, JSON.stringify(note)).toBe('row');
    if (note.kind === 'row')
      expect(rowsOfCase.has(`${note.dataset}|${note.release}|${note.row}`), note.row).toBe(true);
  }
  // Numbered 1…n in order.
  expect(doc.footnotes.map((n) => n.n)).toEqual(doc.footnotes.map((_, i) => i + 1));
}

describe('a brief from imported GED rows alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-imported-brief-'));
  const db = join(dir, 'jirga.sqlite');
  const request: BriefRequest = {
    caseId: 'ged-pakistan-ttp',
    mediator: 'qatar',
    parties: [GOVERNMENT, TTP],
    asOf: '2023-05-09',
    referenceData: noReferenceData(dir),
    generated: '2026-01-01',
  };
  const docs = new Map<string, BriefDocument>();
  let linked = 0;
  let rowsOfCase: Set<string>;

  beforeAll(async () => {
    await withStore({ db }, async (store) => {
      const summary = await importDataset(store, {
        format: 'auto',
        file: writeCsv(join(dir, 'ged.csv'), GED_49, rows),
      });
      expect(summary.rejected).toBe(0);
      linked = await datasetCase(
        store,
        {
          id: request.caseId,
          title: 'Pakistan and the TTP (GED rows only)',
          question: 'Could Qatar mediate?',
        },
        GOVERNMENT,
        TTP,
      );
      rowsOfCase = await importedRows(store, request.caseId);
      for (const lang of ['en', 'tr', 'ru']) docs.set(lang, await makeBrief(store, { ...request, lang }));
    });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds only the imported rows', () => {
    expect(linked).toBe(rows.length);
    expect(rowsOfCase.size).toBe(rows.length);
  });

  it('renders in Markdown, HTML and DOCX in three languages, every footnote a dataset row', async () => {
    for (const [lang, doc] of docs) {
      expectRowNotesOnly(doc, rowsOfCase);
      for (const format of ['md', 'html', 'docx'] as const) {
        const text = renderedText(await renderBrief(doc, format), format);
        expect(text, `${lang} ${format}`).toContain(doc.title);
        expect(text).toContain(briefStrings(lang as 'en').headings.caveats);
      }
    }
  }, 60_000);

  it('says in its caveats what is missing, and gives no estimate where nothing supports one', () => {
    const en = docs.get('en')!;
    const caveats = en.sections.find((s) => s.id === 'caveats')!;
    const said = caveats.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((s) => s.text) : []));
    expect(said.some((c) => c.startsWith('No value:'))).toBe(true);
    expect(said).toContain(englishOf({ key: 'caveat.no-reference', params: {} }));
    // No reference data and no analogue: every prospect says why it has no number.
    const summary = en.sections.find((s) => s.id === 'summary')!;
    const text = summary.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? b.sentences.map((s) => s.text) : [],
    );
    expect(text.filter((t) => t.includes('no calibrated estimate')).length).toBe(3);
    // The Turkish caveats say the same in Turkish.
    const tr = docs.get('tr')!.sections.find((s) => s.id === 'caveats')!;
    const trSaid = tr.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((s) => s.text) : []));
    expect(trSaid.some((c) => c.startsWith('Değer yok:'))).toBe(true);
    // The events section counts the imported rows.
    expect(en.sections.map((s) => s.id)).toContain('dynamics');
  });
});

const SAMPLE = new URL('../../../shared/data/ucdp/ucdp-ged-231-sample-PAK-AFG.csv', import.meta.url).pathname;

describe.skipIf(!existsSync(SAMPLE))('a brief from the shared UCDP GED sample alone (evaluation)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-imported-brief-ged-'));
  const db = join(dir, 'jirga.sqlite');
  const request: BriefRequest = {
    caseId: 'ged-afghanistan-taleban',
    mediator: 'qatar',
    parties: ['afghan-republic-government', 'afghan-taliban'],
    asOf: '2021-06-30',
    referenceData: noReferenceData(dir),
    generated: '2026-01-01',
  };
  let doc: BriefDocument;
  let rowsOfCase: Set<string>;

  beforeAll(async () => {
    await withStore({ db }, async (store) => {
      expect((await importDataset(store, { format: 'auto', file: SAMPLE })).rejected).toBe(0);
      const linked = await datasetCase(
        store,
        { id: request.caseId, title: 'Afghanistan (UCDP GED sample only)', question: 'Could Qatar mediate?' },
        'afghan-republic-government',
        'afghan-taliban',
      );
      expect(linked).toBeGreaterThan(50);
      rowsOfCase = await importedRows(store, request.caseId);
      doc = await makeBrief(store, request);
    });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders with caveats for what the sample lacks, every footnote a row of it', async () => {
    expectRowNotesOnly(doc, rowsOfCase);
    const md = renderedText(await renderBrief(doc, 'md'), 'md');
    expect(md).toMatch(/sample or an extract/);
    expect(md).toMatch(/No value:/);
    for (const format of ['html', 'docx'] as const)
      expect(renderedText(await renderBrief(doc, format), format)).toContain(doc.title);
  }, 120_000);
});
