/**
 * The ingest use case on a temporary SQLite store holding the built-in case: the document and
 * its references become Sources linked by Citations, the coded events become draft Events
 * whose evidence offsets slice the body, unresolved or negated events are reported and not
 * stored, re-ingesting changes nothing, and a failure leaves the store as it was.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { ingestDocument } from '../../src/app/ingest-document.ts';
import { ingestRows } from '../../src/cli/commands/ingest.ts';
import { NotFoundError } from '../../src/errors.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { HOSTILE_HTML } from './hostile-page.ts';

const DOC = [
  'Envoys Meet in Kabul as Attacks Continue',
  '',
  'Published: 01.06.2023',
  '',
  'Pakistani Foreign Minister Bilawal Bhutto Zardari met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on May 30, 2023.[1] Gunmen of the Northern Valley Front attacked a convoy near the river. Pakistan did not agree to new talks with the TTP.[2]',
  '',
  '[1] “Ministers meet in Kabul”, Example Herald, https://herald.example.com/ministers-kabul, (Date of Accession: 01.06.2023).',
  '[2] “Islamabad rules out talks”, Example Wire, https://www.wire.example.com/no-talks/, (Date of Accession: 01.06.2023).',
].join('\n');

let dir: string;
let store: Store;
let file: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-documents-'));
  store = await openStore({ path: join(dir, 'jirga.sqlite') });
  await ensureBuiltinCases(store);
  file = join(dir, 'envoys.txt');
  writeFileSync(file, DOC);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function snapshot(s: Store) {
  return { sources: await s.listSources(), citations: await s.listCitations(), events: await s.listEvents() };
}

describe('ingest', () => {
  it('stores the document, its references, citations and draft events with evidence in the body', async () => {
    const result = await ingestDocument(store, { file, caseId: 'pakistan-ttp' });
    const doc = await store.getSource(result.document.id);
    expect(doc).toMatchObject({
      kind: 'article',
      title: 'Envoys Meet in Kabul as Attacks Continue',
      published: '2023-06-01',
      language: 'en',
      contentHash: createHash('sha256').update(result.body).digest('hex'),
    });
    expect(result.document.id).toMatch(/^doc:envoys-meet-in-kabul-as-attacks-continue-[0-9a-f]{10}$/u);

    expect(result.references.map((r) => [r.marker, r.title, r.publisher, r.accessed, r.action])).toEqual([
      ['[1]', 'Ministers meet in Kabul', 'Example Herald', '2023-06-01', 'stored'],
      ['[2]', 'Islamabad rules out talks', 'Example Wire', '2023-06-01', 'stored'],
    ]);
    expect(await store.listCitations(result.document.id)).toEqual(
      expect.arrayContaining(
        result.references.map((r) => ({
          fromSourceId: result.document.id,
          toSourceId: r.id,
          marker: r.marker,
        })),
      ),
    );

    const events = await store.listEvents({ caseId: 'pakistan-ttp' });
    const coded = events.filter((e) => e.origin === 'coded');
    expect(coded.length).toBe(result.events.length);
    const meeting = coded.find(
      (e) => e.type === 'CONSULT' && e.sourceActors.includes('bilawal-bhutto-zardari'),
    );
    expect(meeting).toMatchObject({
      status: 'draft',
      date: '2023-05-30',
      datePrecision: 'day',
      targetActors: ['amir-khan-muttaqi'],
      location: expect.objectContaining({ name: 'Kabul', country: 'AFG' }),
    });
    for (const event of coded) {
      expect(event.status).toBe('draft');
      for (const evidence of event.evidence) {
        expect(evidence.sourceId).toBe(result.document.id);
        expect(result.body.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
    // The sources are linked to the case explicitly.
    const caseSources = (await store.listSources({ caseId: 'pakistan-ttp' })).map((s) => s.id);
    expect(caseSources).toEqual(
      expect.arrayContaining([result.document.id, ...result.references.map((r) => r.id)]),
    );
  });

  it('reports, and does not store, events with unresolved actors or that did not happen', async () => {
    const result = await ingestDocument(store, { file });
    const unresolved = result.leftOut.find((l) => l.reason === 'unresolved');
    expect(unresolved?.detail.join(' ')).toMatch(/Northern Valley Front/u);
    expect(result.leftOut.some((l) => l.reason === 'negated' && l.coded.type === 'AGREE')).toBe(true);
    const storedCoded = (await store.listEvents()).filter((e) => e.origin === 'coded');
    expect(storedCoded.map((e) => e.id).sort()).toEqual(result.events.map((e) => e.id).sort());
    expect(storedCoded.some((e) => e.type === 'AGREE')).toBe(false);
    expect(storedCoded.some((e) => e.evidence[0]?.quote?.includes('Northern Valley Front') === true)).toBe(
      false,
    );
    const rows = ingestRows(result);
    expect(rows.filter((r) => r.item === 'left-out').length).toBe(result.leftOut.length);
    expect(rows[0]).toMatchObject({ item: 'document', action: 'stored' });
  });

  it('is idempotent: re-ingesting the same document changes nothing', async () => {
    await ingestDocument(store, { file, caseId: 'pakistan-ttp' });
    const before = await snapshot(store);
    const again = await ingestDocument(store, { file, caseId: 'pakistan-ttp' });
    expect(await snapshot(store)).toEqual(before);
    expect(again.document.action).toBe('unchanged');
    expect(again.references.every((r) => r.action === 'unchanged')).toBe(true);
    expect(again.citations.every((c) => c.action === 'unchanged')).toBe(true);
    expect(again.events.every((e) => e.action === 'unchanged')).toBe(true);
    expect(again.events.length).toBeGreaterThan(0);
  });

  it('never overwrites a reviewed event or a graded source on re-ingest', async () => {
    const first = await ingestDocument(store, { file });
    const event = first.events[0];
    expect(event).toBeDefined();
    const { action: _action, ...stored } = event!;
    await store.putEvents([{ ...stored, status: 'reviewed' }]);
    const ref = await store.getSource(first.references[0]!.id);
    await store.putSources([{ ...ref!, reliability: 'B', credibility: 2 }]);
    await ingestDocument(store, { file });
    expect((await store.getEvent(stored.id))?.status).toBe('reviewed');
    expect((await store.getSource(ref!.id))?.reliability).toBe('B');
  });

  it('reuses a page already stored under the same URL', async () => {
    await store.putSources([
      {
        id: 'wire-2023-no-talks',
        kind: 'article',
        title: 'Islamabad rules out talks (checked copy)',
        author: null,
        publisher: 'Example Wire',
        language: 'en',
        url: 'https://wire.example.com/no-talks',
        published: '2023-05-31',
        accessed: '2023-06-02',
        editionOf: null,
        reliability: 'B',
        credibility: 2,
        contentHash: null,
      },
    ]);
    const result = await ingestDocument(store, { file });
    expect(result.references[1]).toMatchObject({ id: 'wire-2023-no-talks', action: 'reused' });
    expect(await store.listCitations(result.document.id)).toContainEqual({
      fromSourceId: result.document.id,
      toSourceId: 'wire-2023-no-talks',
      marker: '[2]',
    });
    expect((await store.getSource('wire-2023-no-talks'))?.title).toBe(
      'Islamabad rules out talks (checked copy)',
    );
  });

  it('writes nothing when it fails (an unknown case), and refuses a bad --date-ref', async () => {
    const before = await snapshot(store);
    await expect(ingestDocument(store, { file, caseId: 'no-such-case' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await snapshot(store)).toEqual(before);
    await expect(ingestDocument(store, { file, dateRef: '2023-13-01' })).rejects.toThrow(/date-ref/u);
  });

  it('ingests the hostile HTML page: its text only, with its metadata', async () => {
    const html = join(dir, 'hostile.html');
    writeFileSync(html, HOSTILE_HTML);
    const result = await ingestDocument(store, { file: html });
    expect(result.document).toMatchObject({
      title: 'Border talks resume in Quetta',
      author: 'Amina Farooqi',
      publisher: 'The Example Ledger',
      url: 'https://ledger.example.org/2024/03/border-talks',
      published: '2024-03-14',
    });
    expect(result.body).not.toMatch(/INJECTED|javascript:|alert/u);
    expect(result.citations).toHaveLength(1);
  });
});
