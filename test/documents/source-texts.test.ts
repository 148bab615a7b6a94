/**
 * The stored body of an ingested document: `ingest` keeps the readable body beside the
 * document's Source in the same transaction, and every evidence span of every coded event it
 * stores slices that stored body exactly — on a hostile HTML page of our own whose sentences
 * carry entities, inline tags, comments and scripts between the words, and on documents
 * assembled at random from such pieces. Re-ingesting keeps the first stored body and time.
 * `jirga sources --text ID` prints the stored body.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { ingestDocument, type IngestDocumentResult } from '../../src/app/ingest-document.ts';
import { NotFoundError } from '../../src/errors.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { runCli } from '../cli-harness.ts';

/** Sentences the coder codes with registry actors, written with markup between their words. */
const MARKED_SENTENCES = [
  'Pakistani Foreign Minister <b>Bilawal Bhutto Zardari</b> met&nbsp;Taliban Foreign Minister Amir&#32;Khan Muttaqi in Kabul on May 30, 2023.',
  'Pakistan <!-- <p>not text</p> --> accused the <i>TTP</i> of attacking a checkpoint &amp; a school in Bannu.',
  'China <span onclick="alert(1)">called for</span> talks between Pakistan and the Afghan Taliban.',
  'The&#x20;TTP <script>document.write("SCRIPT TEXT")</script>attacked a police station in Peshawar.',
  'Pakistan and the TTP agreed to a ceasefire &ldquo;for one month&rdquo; in Kabul.',
];

/** Markup that must not reach the body, placed between paragraphs. */
const NOISE = [
  '<script>globalThis.__jirgaPwned = true</script>',
  '<style>p:before { content: "STYLE TEXT" }</style>',
  '<!-- COMMENT <b>TEXT</b> -->',
  '<iframe src="https://evil.example/">IFRAME TEXT</iframe>',
  '<div hidden>HIDDEN TEXT</div>',
  '<img src=x onerror="globalThis.__jirgaPwned = true">',
];

function page(title: string, paragraphs: readonly string[]): string {
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    `<title>${title}</title>`,
    '<meta property="article:published_time" content="2023-06-01T08:00:00Z">',
    '<script>globalThis.__jirgaPwned = true</script>',
    '</head><body onload="globalThis.__jirgaPwned = true"><nav>NAVIGATION TEXT</nav><article>',
    `<h1>${title}</h1>`,
    ...paragraphs,
    '</article><footer>FOOTER TEXT</footer></body></html>',
  ].join('\n');
}

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-source-texts-'));
  store = await openStore({ path: join(dir, 'jirga.sqlite') });
  await ensureBuiltinCases(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

let written = 0;
async function ingestPage(html: string): Promise<IngestDocumentResult> {
  written += 1;
  const file = join(dir, `page-${written}.html`);
  writeFileSync(file, html);
  return ingestDocument(store, { file });
}

/** Checks every evidence span of the stored coded events of `result` against the stored body; returns how many. */
async function checkSpans(result: IngestDocumentResult): Promise<number> {
  const text = await store.getSourceText(result.document.id);
  expect(text).toBeDefined();
  const body = text!.body;
  expect(body).toBe(result.body);
  expect(text!.sha256).toBe(result.document.contentHash);
  let spans = 0;
  for (const { id } of result.events) {
    const event = await store.getEvent(id);
    expect(event?.origin).toBe('coded');
    for (const evidence of event!.evidence) {
      expect(evidence.sourceId).toBe(result.document.id);
      expect(typeof evidence.start).toBe('number');
      expect(body.slice(evidence.start!, evidence.end!)).toBe(evidence.quote);
      spans += 1;
    }
  }
  return spans;
}

describe('stored document bodies', () => {
  it('every evidence span of the events stored from a hostile page slices the stored body', async () => {
    const result = await ingestPage(
      page('Envoys meet &amp; fighting goes on', [...MARKED_SENTENCES.map((s) => `<p>${s}</p>`), ...NOISE]),
    );
    expect(result.text).toBe('stored');
    expect(result.events.length).toBeGreaterThanOrEqual(2);
    expect(await checkSpans(result)).toBeGreaterThanOrEqual(result.events.length);
    const text = await store.getSourceText(result.document.id);
    expect(text?.language).toBe('en');
    expect(text?.body).not.toMatch(
      /SCRIPT TEXT|STYLE TEXT|COMMENT|IFRAME|HIDDEN|NAVIGATION|FOOTER|&amp;|<b>/u,
    );
    expect(text?.body).toContain('Bilawal Bhutto Zardari met Taliban');
  });

  it('re-ingesting keeps the body and the time it was first stored', async () => {
    const html = page(
      'Envoys meet',
      MARKED_SENTENCES.map((s) => `<p>${s}</p>`),
    );
    const first = await ingestPage(html);
    const stored = await store.getSourceText(first.document.id);
    const again = await ingestPage(html);
    expect(again.document.id).toBe(first.document.id);
    expect(again.text).toBe('unchanged');
    expect(await store.getSourceText(first.document.id)).toEqual(stored);
  });

  it('stores no body when the ingest fails', async () => {
    const file = join(dir, 'failing.html');
    writeFileSync(file, page('Envoys meet', MARKED_SENTENCES.slice(0, 1)));
    await expect(ingestDocument(store, { file, caseId: 'no-such-case' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const documents = (await store.listSources()).filter((s) => s.id.startsWith('doc:'));
    expect(documents).toEqual([]);
  });

  it('on documents assembled at random, every stored evidence span slices the stored body', async () => {
    let total = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...MARKED_SENTENCES), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom(...NOISE, '<br>', '&nbsp;', '<p></p>'), { maxLength: 4 }),
        fc.boolean(),
        async (sentences, noise, oneParagraph) => {
          const paragraphs = oneParagraph
            ? [`<p>${sentences.join(` ${noise.join('')} `)}</p>`]
            : sentences.map((s, i) => `<p>${s}</p>${noise[i] ?? ''}`);
          const result = await ingestPage(page(`Random page ${written}`, paragraphs));
          total += await checkSpans(result);
        },
      ),
      { numRuns: 12, seed: 20261125 },
    );
    expect(total).toBeGreaterThan(0);
  });
});

describe('jirga sources --text', () => {
  it('prints the stored body of an ingested document, and names a source without one', async () => {
    await store.close();
    const db = join(dir, 'cli.sqlite');
    const file = join(dir, 'cli.html');
    writeFileSync(
      file,
      page(
        'Envoys meet',
        MARKED_SENTENCES.map((s) => `<p>${s}</p>`),
      ),
    );
    const ingest = await runCli(['--db', db, 'ingest', file, '--format', 'json']);
    expect(ingest.code).toBe(0);
    store = await openStore({ path: db });
    const document = (await store.listSources()).find((s) => s.id.startsWith('doc:'));
    const stored = await store.getSourceText(document!.id);
    await store.close();
    const printed = await runCli(['--db', db, 'sources', '--text', document!.id]);
    expect(printed).toEqual({ code: 0, stdout: stored!.body, stderr: '' });
    const reference = await runCli(['--db', db, 'sources', '--text', 'no-such-source']);
    expect(reference.code).toBe(1);
    expect(reference.stderr).toContain("unknown source 'no-such-source'");
    store = await openStore({ path: db });
    const cited = (await store.listSources()).find((s) => !s.id.startsWith('doc:'));
    await store.close();
    const none = await runCli(['--db', db, 'sources', '--text', cited!.id]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`unknown source text '${cited!.id}'`);
    store = await openStore({ path: db });
  });
});
