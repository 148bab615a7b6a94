// `jirga brief` on the founding case: the question is the title, the draft is stamped, every
// footnote number is defined and resolves to a stored source (or a reference file), every
// sentence of a factual section carries a footnote, the HTML is self-contained, and the PDF
// and DOCX files are what they claim to be.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, makeBrief, renderBrief } from '../../src/app/brief.ts';
import { withStore } from '../../src/app/session.ts';
import {
  briefToHtml,
  briefToMarkdown,
  noteEntries,
  type BriefDocument,
  type Sentence,
} from '../../src/report/index.ts';
import { runCli } from '../cli-harness.ts';
import { foundingRequest } from './founding-request.ts';

let dir: string;
let db: string;
let doc: BriefDocument;
let stored: Set<string>;

const request = foundingRequest;

const sentencesOf = (d: BriefDocument, factualOnly: boolean): Sentence[] =>
  d.sections
    .filter((s) => !factualOnly || s.factual)
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'paragraph' ? b.sentences : b.kind === 'list' ? b.items : []));
/** Sentences and figure captions in document order, each with its notes. */
const citingOf = (d: BriefDocument): { notes: number[] }[] =>
  d.sections
    .flatMap((s) => s.blocks)
    .flatMap((b): { notes: number[] }[] =>
      b.kind === 'paragraph' ? b.sentences : b.kind === 'list' ? b.items : b.kind === 'figure' ? [b] : [],
    );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-brief-'));
  db = join(dir, 'jirga.sqlite');
  [doc, stored] = await withStore({ db }, async (store) => [
    await makeBrief(store, request),
    new Set((await store.listSources({ caseId: 'pakistan-ttp' })).map((s) => s.id)),
  ]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief for the founding case', () => {
  it('is titled with the question and stamped as an unreviewed machine draft', () => {
    expect(doc.title).toBe(
      'Can the Afghan Taliban mediate between Pakistan and Tehrik-i-Taliban Pakistan, and what would come of it?',
    );
    expect(doc.stamp).toMatch(/machine-made draft, not reviewed/i);
    const md = briefToMarkdown(doc);
    expect(md.split('\n')[0]).toBe(`# ${doc.title}`);
    expect(md).toContain(doc.stamp);
    expect(briefToHtml(doc)).toContain(doc.stamp);
  });

  it('has the sections of a brief, with scenarios when a scenario is given', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'summary',
      'background',
      'parties',
      'dynamics',
      'mediator',
      'scenarios',
      'watch',
      'caveats',
    ]);
    const scenarios = doc.sections.find((s) => s.id === 'scenarios')!;
    expect(scenarios.blocks[0]).toMatchObject({
      kind: 'label',
      text: expect.stringMatching(/conditional on expert inputs/),
    });
  });

  it('keeps likelihood apart from confidence', () => {
    const summary = doc.sections.find((s) => s.id === 'summary')!;
    const texts = summary.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? b.sentences.map((s) => s.text) : [],
    );
    const likelihood = texts.filter((t) => /\(\d+%; band \d+% to \d+%\)/.test(t));
    expect(likelihood).toHaveLength(3);
    for (const t of likelihood) expect(t).not.toMatch(/confidence/i);
    expect(texts.filter((t) => /^Analytic confidence/.test(t))).toHaveLength(3);
  });

  it('numbers footnotes 1…n in order of first citation, each defined and cited', () => {
    const numbers = doc.footnotes.map((n) => n.n);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const cited = citingOf(doc).flatMap((s) => s.notes);
    const firsts = [...new Set(cited)];
    expect(firsts).toEqual(numbers);
    for (const n of cited) expect(numbers).toContain(n);
  });

  it('resolves every footnote to a stored source or a reference file', () => {
    expect(doc.footnotes.length).toBeGreaterThan(10);
    for (const note of doc.footnotes.flatMap(noteEntries)) {
      if (note.kind === 'reference') expect(note.file).toMatch(/\.csv$/);
      else expect(stored.has(note.sourceId), note.sourceId).toBe(true);
    }
    const docNote = doc.footnotes.find(
      (n) => n.kind === 'document' && n.url !== null && n.accessed !== null,
    )!;
    const md = briefToMarkdown(doc);
    expect(md).toMatch(
      new RegExp(
        `\\[\\^${docNote.n}\\]: ".+", .+, <https?://\\S+>, \\(Date of access: \\d\\d\\.\\d\\d\\.\\d{4}\\)`,
      ),
    );
  });

  it('writes no sentence without a footnote in the factual sections', () => {
    const factual = doc.sections.filter((s) => s.factual);
    expect(factual.length).toBeGreaterThanOrEqual(5);
    const sentences = sentencesOf(doc, true);
    expect(sentences.length).toBeGreaterThan(20);
    for (const s of sentences) expect(s.notes.length, s.text).toBeGreaterThan(0);
  });

  it('attributes contested relations to who claims them', () => {
    const texts = sentencesOf(doc, true).map((s) => s.text);
    expect(texts.some((t) => t.startsWith('According to the Government of Pakistan,'))).toBe(true);
  });

  it('defines every Markdown footnote marker', () => {
    const md = briefToMarkdown(doc);
    const used = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
    const defined = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual([...defined].sort((a, b) => a - b));
  });

  it('renders standalone HTML: no scripts, no external resources, SVG figures with labels', () => {
    const html = briefToHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(
      /<(img|link|iframe|source|video|audio|object|embed|use|image)\b[^>]*\b(src|href)=/i,
    );
    expect(html).not.toMatch(/url\(|@import/i);
    const hrefs = [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((m) => m[1]!);
    const notes = html.slice(html.indexOf('<section id="notes">'));
    for (const href of hrefs) {
      if (href.startsWith('#note-')) continue;
      expect(notes).toContain(`href="${href}"`);
    }
    const svgs = [...html.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-label="[^"]+"/);
  });

  const noChromium = !existsSync(CHROMIUM_PATH) && process.env['CI'] === undefined;
  it.skipIf(noChromium)(
    'prints a PDF with the system chromium',
    async () => {
      const pdf = (await renderBrief(doc, 'pdf')) as Buffer;
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    },
    60_000,
  );

  it('writes a DOCX: a zip with word/document.xml', async () => {
    const docx = (await renderBrief(doc, 'docx')) as Buffer;
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.toString('latin1')).toContain('word/document.xml');
  });
});

describe('jirga brief (command)', () => {
  const run = (...args: string[]) => runCli(['--db', db, 'brief', ...args]);
  const base = [
    '--case',
    'pakistan-ttp',
    '--mediator',
    'afghan-taliban',
    '--parties',
    'pakistan',
    'ttp',
    '--as-of',
    '2023-05-09',
  ];

  it('writes HTML to a file', async () => {
    const out = join(dir, 'brief.html');
    expect((await run(...base, '--format', 'html', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, 60_000);

  it('refuses PDF and DOCX without --out', async () => {
    for (const format of ['pdf', 'docx']) {
      const refused = await run(...base, '--format', format);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/--out/);
    }
  });
});
