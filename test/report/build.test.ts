// The brief's document model, built without a store: sentences without resolvable evidence are
// not written, footnotes follow first citation, a sentence resting on more than five notes cites
// one note listing them (each entry traceable to evidence), "the" goes before a name as the
// actor's data says (in English only), and hostile source titles render safely.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assessment.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Actor, Evidence, Source } from '../../src/model/index.ts';
import { FootnoteRegistry } from '../../src/report/footnotes.ts';
import { escapeXml } from '../../src/report/svg.ts';
import {
  briefStrings,
  briefToHtml,
  briefToMarkdown,
  buildBrief,
  dottedDate,
  monthCounts,
  noteEntries,
  NOTES_PER_SENTENCE,
  type BriefDocument,
  type BriefItems,
  type BriefLanguage,
  type Sentence,
} from '../../src/report/index.ts';

const asOf = '2023-05-09';
const snapshot = takeSnapshot(pakistanTtp, asOf);
const assessment = assess(snapshot, { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] });

function brief(
  items: BriefItems = snapshot,
  actors: readonly Actor[] = pakistanTtp.actors,
  lang: BriefLanguage = 'en',
): BriefDocument {
  return buildBrief({
    assessment,
    items,
    actors,
    caseId: 'pakistan-ttp',
    version: 'test',
    generated: '2026-01-01',
    strings: briefStrings(lang),
  });
}

/** Sentences and figure captions, each with the notes it cites. */
const citing = (doc: BriefDocument): Sentence[] =>
  doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) =>
      b.kind === 'paragraph'
        ? b.sentences
        : b.kind === 'list'
          ? b.items
          : b.kind === 'figure'
            ? [{ text: b.caption, notes: b.notes }]
            : [],
    );

/** What the snapshot's items rest on, as `sourceId` and `sourceId|dataset|release|row`. */
const evidenceKeys = new Set(
  [...snapshot.events, ...snapshot.relations, ...snapshot.agreements, ...snapshot.negotiations]
    .flatMap((item): Evidence[] => item.evidence)
    .flatMap((e) => [e.sourceId, `${e.sourceId}|${e.dataset}|${e.release ?? null}|${e.row}`]),
);

describe('buildBrief', () => {
  it('is deterministic for the same inputs', () => {
    expect(JSON.stringify(brief())).toBe(JSON.stringify(brief()));
  });

  it('names actors and writes dates in the English edition’s assessment phrases, never ids or ISO days', () => {
    const text = briefToMarkdown(brief());
    const ended = assessment.prospects.analogues.filter((a) => a.outcomePhrase.key === 'outcome.ended');
    expect(ended.length).toBeGreaterThan(0);
    expect(text).toMatch(/\(ended [A-Z][a-z]+ \d{4}\), by Tehrik-i-Taliban Pakistan/u);
    expect(text).not.toMatch(/, by ttp\b/u);
    expect(text).not.toMatch(/Analogue: [^\n]*\(\d{4}-\d\d-\d\d\)/u);
  });

  it('writes no factual section when no evidence resolves to a stored source', () => {
    const doc = brief({ ...snapshot, sources: [] });
    expect(doc.sections.filter((s) => s.factual)).toEqual([]);
    expect(doc.footnotes.every((n) => n.kind === 'reference')).toBe(true);
    expect(doc.sections.map((s) => s.id)).toEqual(['summary', 'caveats']);
  });

  it('leaves out sources published after the as-of date', () => {
    const later = new Set(
      snapshot.sources.filter((s) => s.published !== null && s.published > asOf).map((s) => s.id),
    );
    expect(later.size).toBeGreaterThan(0);
    for (const note of brief().footnotes.flatMap(noteEntries))
      if (note.kind !== 'reference') expect(later.has(note.sourceId)).toBe(false);
  });

  it('renders hostile titles (markup, right-to-left, very long) and odd URLs safely', () => {
    const hostile = '<script>alert(1)</script> "quoted" & ‮ مرحبا بالعالم ' + 'x'.repeat(5000);
    const sources: Source[] = snapshot.sources.map((s) => ({
      ...s,
      title: hostile,
      url: s.url === null ? null : 'javascript:alert(1)',
    }));
    const doc = brief({ ...snapshot, sources });
    expect(doc.footnotes.length).toBeGreaterThan(0);
    const html = briefToHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<bdi>');
    const md = briefToMarkdown(doc);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
  });

  it('counts events per month over the whole window, zero where none', () => {
    const months = monthCounts(snapshot.events, '2022-11-15', '2023-02-01');
    expect(months.map((m) => m.month)).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    const total = months.reduce((s, m) => s + Object.values(m.byType).reduce((x, y) => x + y, 0), 0);
    expect(total).toBe(
      snapshot.events.filter((e) => e.date >= '2022-11-01' && e.date <= '2023-02-28').length,
    );
  });

  it('cites at most five notes a sentence; one resting on more cites one note listing them, each traceable', () => {
    const doc = brief();
    const sentences = citing(doc);
    for (const s of sentences) expect(s.notes.length, s.text).toBeLessThanOrEqual(NOTES_PER_SENTENCE);
    const lists = doc.footnotes.filter((n) => n.kind === 'sources');
    expect(lists.length).toBeGreaterThan(0);
    const html = briefToHtml(doc);
    for (const list of lists) {
      // Cited alone, by at least one sentence, and listing more than five distinct entries.
      expect(sentences.some((s) => s.notes.length === 1 && s.notes[0] === list.n)).toBe(true);
      expect(list.entries.length).toBeGreaterThan(NOTES_PER_SENTENCE);
      expect(new Set(list.entries.map((e) => JSON.stringify(e))).size).toBe(list.entries.length);
      const item = html.slice(
        html.indexOf(`<li id="note-${list.n}"`),
        html.indexOf('</li>', html.indexOf(`<li id="note-${list.n}"`)),
      );
      for (const entry of list.entries) {
        if (entry.kind === 'reference') expect(entry.file).toMatch(/\.csv$/);
        else if (entry.kind === 'row')
          expect(evidenceKeys.has(`${entry.sourceId}|${entry.dataset}|${entry.release}|${entry.row}`)).toBe(
            true,
          );
        else expect(evidenceKeys.has(entry.sourceId), entry.sourceId).toBe(true);
        if (entry.kind === 'document') expect(item).toContain(escapeXml(entry.title));
        if (entry.kind === 'row') expect(item).toContain(escapeXml(entry.row));
      }
    }
    // Every note a sentence cites on its own is a single entry still.
    const single = doc.footnotes.filter((n) => n.kind !== 'sources');
    expect(single.length).toBeGreaterThan(0);
    const md = briefToMarkdown(doc);
    for (const list of lists) expect(md).toContain(`[^${list.n}]: `);
  });

  it('numbers notes one by one up to five refs, and lists six or more in one note (the same set: the same note)', () => {
    const usable = snapshot.sources.filter((s) => s.published === null || s.published <= asOf).slice(0, 7);
    expect(usable).toHaveLength(7);
    const refs = usable.map((s) => ({ sourceId: s.id }));
    const notes = new FootnoteRegistry(snapshot.sources, asOf, NOTES_PER_SENTENCE);
    expect(notes.cite(refs.slice(0, 5))).toEqual([1, 2, 3, 4, 5]);
    // An unknown source resolves to nothing and does not count towards the limit.
    expect(notes.cite([...refs.slice(1, 6), { sourceId: 'no-such-source' }])).toEqual([2, 3, 4, 5, 6]);
    expect(notes.cite(refs.slice(0, 6))).toEqual([7]);
    expect(notes.cite([...refs.slice(0, 6)].reverse())).toEqual([7]);
    expect(notes.cite(refs)).toEqual([8]);
    const listed = notes.list();
    expect(listed.map((n) => n.kind)).toEqual([...Array(6).fill('document'), 'sources', 'sources']);
    expect(noteEntries(listed[6]!).map((e) => ('sourceId' in e ? e.sourceId : null))).toEqual(
      usable.slice(0, 6).map((s) => s.id),
    );
    expect(noteEntries(listed[7]!)).toHaveLength(7);
    // Without a limit (the profile's registry), every ref is its own note.
    expect(new FootnoteRegistry(snapshot.sources, asOf).cite(refs)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('writes "the" before a name as the actor’s data says, in the title and the sentences, in English only', () => {
    const restated = pakistanTtp.actors.map((a) =>
      a.id === 'ttp'
        ? { ...a, definiteArticle: true }
        : a.id === 'afghan-taliban'
          ? { ...a, definiteArticle: false }
          : a,
    );
    const doc = brief(snapshot, restated);
    expect(brief().title).toBe(
      'Can the Afghan Taliban mediate between Pakistan and Tehrik-i-Taliban Pakistan, and what would come of it?',
    );
    expect(doc.title).toBe(
      'Can Afghan Taliban mediate between Pakistan and the Tehrik-i-Taliban Pakistan, and what would come of it?',
    );
    const text = briefToMarkdown(doc);
    expect(text).toMatch(/\(ended [A-Z][a-z]+ \d{4}\), by the Tehrik-i-Taliban Pakistan/u);
    expect(text).not.toMatch(/, by Tehrik-i-Taliban Pakistan/u);
    for (const lang of ['tr', 'ru'] as const) {
      const local = brief(snapshot, restated, lang);
      expect(local.title).toBe(brief(snapshot, pakistanTtp.actors, lang).title);
      expect(briefToMarkdown(local)).toBe(briefToMarkdown(brief(snapshot, pakistanTtp.actors, lang)));
    }
  });

  it('writes access dates as dd.mm.yyyy', () => {
    expect(dottedDate('2023-05-09')).toBe('09.05.2023');
  });
});
