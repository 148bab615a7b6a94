/**
 * What `jirga ingest FILE` prints about the text it stored, in a table and as JSON, on a real
 * SQLite file: the document's id, title and date, the sentences of the body, the events coded,
 * kept and still drafts, and the stored body's length; checked against the store and against
 * a document written here whose sentences and characters are counted by hand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewItems } from '../../src/app/curation/review.ts';
import type { IngestSummary } from '../../src/app/ingest-document.ts';
import { openStore } from '../../src/store/open.ts';
import { runCli } from '../cli-harness.ts';

/** Four sentences: two clashes, an appeal, and one with no actor at all. */
const BODY = [
  'The Pakistan Army attacked Tehrik-i-Taliban Pakistan hideouts in North Waziristan on February 8, 2024.',
  'Tehrik-i-Taliban Pakistan fighters attacked a Pakistan Army convoy near Mir Ali on February 9, 2024.',
  'Qatar urged both sides to talk.',
  'The weather was cold.',
].join(' ');
const TITLE = 'Army Strikes Hideouts in Waziristan';
const DOCUMENT = `${TITLE}\n\nPublished: 10.02.2024\n\n${BODY}\n`;

let dir: string;
let db: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-ingest-output-'));
  db = join(dir, 'jirga.sqlite');
  file = join(dir, 'strikes.txt');
  writeFileSync(file, DOCUMENT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ingestJson = async () => {
  const run = await runCli(['--db', db, 'ingest', file, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { summary: IngestSummary; bodyLength: number; text: string };
};

/** The coded events the store holds from the document, and how many are drafts. */
async function storedFrom(documentId: string) {
  const store = await openStore({ path: db });
  try {
    const events = (await store.listEvents()).filter((e) =>
      e.evidence.some((x) => x.sourceId === documentId),
    );
    const body = (await store.getSourceText(documentId))?.body;
    return { events, drafts: events.filter((e) => e.status === 'draft').length, body };
  } finally {
    await store.close();
  }
}

describe('jirga ingest output', () => {
  it('gives the text result as JSON: id, title, date, sentences, events coded and drafts, body length', async () => {
    const { summary, bodyLength, text } = await ingestJson();
    expect(text).toBe('stored');
    expect(summary).toMatchObject({
      title: TITLE,
      date: '2024-02-10',
      sentences: 4,
      bodyLength: BODY.length,
    });
    expect(bodyLength).toBe(BODY.length);
    const stored = await storedFrom(summary.documentId);
    expect(stored.body).toBe(BODY);
    expect(stored.events.length).toBeGreaterThan(1);
    expect(summary.events).toBe(stored.events.length);
    expect(summary.drafts).toBe(stored.drafts);
    expect(summary.drafts).toBe(summary.events);
    expect(summary.codedEvents).toBe(summary.events + summary.leftOut);
    expect(summary.leftOut).toBeGreaterThan(0);
  });

  it('prints the same in the table, and counts drafts as they stand when ingested again', async () => {
    const first = (await ingestJson()).summary;
    const store = await openStore({ path: db });
    const reviewed = (await storedFrom(first.documentId)).events[0]!;
    try {
      await reviewItems(store, [{ kind: 'event', id: reviewed.id }], 'reviewed', 'Amina');
    } finally {
      await store.close();
    }
    const run = await runCli(['--db', db, 'ingest', file]);
    expect(run.code).toBe(0);
    const row = (item: string) => run.stdout.split('\n').find((line) => line.startsWith(`${item} `)) ?? '';
    expect(row('document')).toContain(first.documentId);
    expect(row('document')).toContain(`${TITLE} · 2024-02-10`);
    expect(row('text')).toMatch(new RegExp(`unchanged +4 sentences · ${BODY.length} characters stored`));
    expect(row('coded')).toContain(
      `${first.codedEvents} events · ${first.events} kept · ${first.events - 1} drafts · ${first.leftOut} left out`,
    );
    expect((await ingestJson()).summary.drafts).toBe(first.events - 1);
  });
});
