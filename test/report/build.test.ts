// The brief's document model, built without a store: sentences without resolvable evidence are
// not written, footnotes follow first citation, and hostile source titles render safely.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assessment.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Source } from '../../src/model/index.ts';
import {
  briefStrings,
  briefToHtml,
  briefToMarkdown,
  buildBrief,
  dottedDate,
  monthCounts,
  type BriefDocument,
  type BriefItems,
} from '../../src/report/index.ts';

const asOf = '2023-05-09';
const snapshot = takeSnapshot(pakistanTtp, asOf);
const assessment = assess(snapshot, { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] });

function brief(items: BriefItems = snapshot): BriefDocument {
  return buildBrief({
    assessment,
    items,
    actors: pakistanTtp.actors,
    caseId: 'pakistan-ttp',
    version: 'test',
    generated: '2026-01-01',
    strings: briefStrings('en'),
  });
}

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
    for (const note of brief().footnotes)
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

  it('writes access dates as dd.mm.yyyy', () => {
    expect(dottedDate('2023-05-09')).toBe('09.05.2023');
  });
});
