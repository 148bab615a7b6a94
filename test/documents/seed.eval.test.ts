/**
 * Evaluation on the seed article, read by path from ../shared/seed/ and skipped by name when
 * it is absent: its four footnotes must be parsed with publisher, URL and access date
 * (2023-05-09) and tied to their sentences; what the coder finds is printed for a reader to
 * check (stored events, and what was left out and why).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { ingestDocument } from '../../src/app/ingest-document.ts';
import { readDocumentFile } from '../../src/ingest/documents/index.ts';
import { openStore } from '../../src/store/open.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = join(here, '../../../shared/seed/pakistan-ttp-taliban-mediation.txt');

describe.skipIf(!existsSync(SEED))(
  'the seed article (needs ../shared/seed/pakistan-ttp-taliban-mediation.txt)',
  () => {
    it('parses its four references with publisher, URL and access date, each tied to a sentence', async () => {
      const doc = await readDocumentFile(SEED);
      expect(doc.language).toBe('en');
      expect(doc.references).toHaveLength(4);
      expect(doc.references.map((r) => r.marker)).toEqual(['[1]', '[2]', '[3]', '[4]']);
      for (const ref of doc.references) {
        expect(ref.publisher, ref.raw).not.toBeNull();
        expect(ref.url, ref.raw).toMatch(/^https:\/\/[^\s,]+[^\s,.)]$/u);
        expect(ref.accessed, ref.raw).toBe('2023-05-09');
        expect(ref.title.length).toBeGreaterThan(10);
      }
      expect(doc.references.map((r) => r.publisher)).toEqual([
        'Reuters',
        'Stanford',
        'Al Jazeera',
        'The News',
      ]);
      expect(doc.markers.map((m) => m.marker)).toEqual(['[1]', '[2]', '[3]', '[4]']);
      for (const m of doc.markers)
        expect(doc.body.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
      // The reference list and the author's note after it are not body text.
      expect(doc.body).not.toMatch(/Date of Accession|Üniversitesi/u);
    });

    it('ingests it, reusing the case’s copies of the four pages, and prints what the coder found', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jirga-seed-'));
      const store = await openStore({ path: join(dir, 'jirga.sqlite') });
      try {
        await ensureBuiltinCases(store);
        const result = await ingestDocument(store, {
          file: SEED,
          caseId: 'pakistan-ttp',
          dateRef: '2023-05-09',
        });
        expect(result.citations).toHaveLength(4);
        const lines = [
          `seed: ${result.body.length} characters, ${result.coded.length} coded events, ${result.events.length} stored as drafts, ${result.leftOut.length} left out`,
          ...result.references.map((r) => `  ${r.marker} ${r.action.padEnd(9)} ${r.id}`),
          'stored:',
          ...result.events.map(
            (e) =>
              `  ${e.date} (${e.datePrecision}) ${e.summary ?? ''}\n      “${e.evidence[0]?.quote ?? ''}”`,
          ),
          'left out:',
          ...result.leftOut.map(
            (l) =>
              `  s${l.coded.sentence + 1} ${l.coded.type}/${l.coded.cameo} ${l.reason}${l.detail.length > 0 ? ` (${l.detail.join(', ')})` : ''}: ` +
              `${l.coded.sourceActors.map((a) => a.actor ?? a.text).join('+') || '—'} → ${l.coded.targetActors.map((a) => a.actor ?? a.text).join('+') || '—'}`,
          ),
        ];
        console.log(lines.join('\n'));
        for (const event of result.events)
          for (const ev of event.evidence) expect(result.body.slice(ev.start, ev.end)).toBe(ev.quote);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
