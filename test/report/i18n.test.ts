// The Turkish and Russian briefs of the founding case: no English template text leaks into them
// in Markdown, HTML or DOCX (and the check is shown to catch any template, or any one of the
// assessment's phrases such as an analogue's outcome, left in English),
// titles read in each language, names come from the registry's aliases, footnotes say "Date of
// access" in the language, and the same inputs give the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessMediation, loadCaseItems } from '../../src/app/assess.ts';
import { makeBrief, renderBrief } from '../../src/app/brief.ts';
import { withStore } from '../../src/app/session.ts';
import { loadScenario } from '../../src/app/simulate.ts';
import type { Assessment } from '../../src/assess/assessment.ts';
import { assess } from '../../src/assess/assessment.ts';
import { englishOf, EN_PHRASES } from '../../src/assess/phrases-en.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Actor } from '../../src/model/index.ts';
import {
  briefStrings,
  briefToMarkdown,
  buildBrief,
  localName,
  type BriefDocument,
  type BriefItems,
  type BriefScenario,
  type BriefStrings,
} from '../../src/report/index.ts';
import { foundingRequest } from './founding-request.ts';
import { englishGrams, footnoteData, keyPaths, leaks, markdownText, renderedText } from './leak.ts';

const request = foundingRequest;
const LANGS = ['tr', 'ru'] as const;

let dir: string;
let db: string;
const docs = new Map<string, BriefDocument>();
let stored: Context;

interface Context {
  assessment: Assessment;
  items: BriefItems & { actors: readonly Actor[] };
}

/**
 * Names the templates cite that are not English words: datasets, their command-line flags, and
 * the authors whose findings the rationales name.
 */
const CITED_NAMES = [
  'UCDP PA',
  'UCDP',
  'CWM',
  'Beardsley',
  'Fortna',
  'Clayton',
  'Laplace',
  '--include-drafts',
  '--scenario',
];

/**
 * The English a brief legitimately carries: the curators' summaries and names of items, actor
 * names without a local alias, the scenario's own labels, and what the notes cite (titles,
 * publishers, URLs, datasets, reference files and their computation). The assessment's
 * sentences are not among them: they are written from the language's templates.
 */
function dataStrings(doc: BriefDocument, lang: string, { items }: Pick<Context, 'items'>): string[] {
  const stop = (s: string) => s.replace(/\.$/, '');
  const scenario = loadScenario(request.scenario);
  return [
    ...items.events.flatMap((e) => (e.summary === undefined ? [] : [stop(e.summary)])),
    ...items.relations.flatMap((r) => (r.summary === undefined ? [] : [stop(r.summary)])),
    ...items.agreements.flatMap((g) => [g.name, ...(g.ended === null ? [] : [stop(g.ended.how)])]),
    ...items.negotiations.flatMap((n) => [n.name, ...(n.outcome === null ? [] : [stop(n.outcome)])]),
    ...items.actors.filter((a) => localName(a, lang) === a.name).map((a) => a.name),
    ...CITED_NAMES,
    scenario.title,
    scenario.dimension.name,
    ...scenario.zones.map((z) => z.label),
    ...footnoteData(doc.footnotes),
  ];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-brief-i18n-'));
  db = join(dir, 'jirga.sqlite');
  await withStore({ db }, async (store) => {
    for (const lang of ['en', ...LANGS]) docs.set(lang, await makeBrief(store, { ...request, lang }));
    stored = {
      assessment: (await assessMediation(store, request)).assessment,
      items: takeSnapshot(await loadCaseItems(store, request.caseId), request.asOf, { includeDrafts: false }),
    };
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOCALES = { tr: 'tr-TR', ru: 'ru-RU' } as const;
const gramsFor = (lang: (typeof LANGS)[number]) => englishGrams(briefStrings('en'), LOCALES[lang]);

describe('Turkish and Russian briefs', () => {
  it('have every key of the English templates, in the same order', () => {
    for (const lang of LANGS) expect(keyPaths(briefStrings(lang))).toEqual(keyPaths(briefStrings('en')));
  });

  it('read the question in each language, with names from the registry', () => {
    expect(docs.get('en')!.title).toBe(
      'Can the Afghan Taliban mediate between Pakistan and Tehrik-i-Taliban Pakistan, and what would come of it?',
    );
    expect(docs.get('tr')!.title).toBe(
      'Taliban, Pakistan ile Pakistan Talibanı arasında arabuluculuk yapabilir mi ve bundan ne sonuç çıkar?',
    );
    expect(docs.get('ru')!.title).toBe(
      'Пакистан и Техрик-е Талибан Пакистан: может ли Талибан стать посредником и к чему это приведёт?',
    );
  });

  it('label the network figure with the actors’ local names', () => {
    for (const lang of LANGS) {
      const nodes = docs.get(lang)!.figures.network.nodes;
      expect(nodes.length).toBeGreaterThan(3);
      for (const node of nodes) {
        const actor = stored.items.actors.find((a) => a.id === node.id)!;
        expect(node.label).toBe(localName(actor, lang));
      }
      expect(nodes.map((n) => n.label)).toContain(
        lang === 'tr' ? 'Pakistan Talibanı' : 'Техрик-е Талибан Пакистан',
      );
    }
  });

  it('write "Date of access" and dataset rows in the language', async () => {
    for (const [lang, accessed, release, row] of [
      ['tr', 'Erişim tarihi', 'sürüm', 'satır'],
      ['ru', 'Дата обращения', 'выпуск', 'строка'],
    ] as const) {
      const md = String(await renderBrief(docs.get(lang)!, 'md'));
      expect(md).toMatch(new RegExp(`\\(${accessed}: \\d\\d\\.\\d\\d\\.\\d{4}\\)`));
      const rowNote = docs.get(lang)!.footnotes.find((n) => n.kind === 'row');
      expect(rowNote).toBeDefined();
      if (rowNote?.kind === 'row')
        expect(markdownText(md)).toContain(
          `${rowNote.dataset}, ${release} ${rowNote.release}, ${row} ${rowNote.row}`,
        );
    }
  });

  for (const lang of LANGS)
    for (const format of ['md', 'html', 'docx'] as const)
      it(`leak no English template text (${lang}, ${format})`, async () => {
        const doc = docs.get(lang)!;
        const output = await renderBrief(doc, format);
        const text = renderedText(output, format);
        expect(text.length).toBeGreaterThan(5000);
        expect(leaks(text, dataStrings(doc, lang, stored), gramsFor(lang))).toEqual([]);
      });

  it("write the assessment's rationales and caveats in the language, and say once that summaries are quoted in English", () => {
    for (const lang of LANGS) {
      const doc = docs.get(lang)!;
      const t = briefStrings(lang);
      const md = briefToMarkdown(doc);
      expect(md.split(t.quoted).length - 1).toBe(1);
      for (const caveat of stored.assessment.caveats) expect(md).not.toContain(caveat);
      const caveats = doc.sections.find((s) => s.id === 'caveats')!;
      const written = caveats.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((s) => s.text) : []));
      for (const p of stored.assessment.caveatPhrases)
        expect(written).toContain(
          t.assessment(p, (id) =>
            localName(
              stored.items.actors.find((a) => a.id === id)!,
              lang,
            ),
          ),
        );
    }
    expect(briefToMarkdown(docs.get('en')!)).not.toContain(briefStrings('tr').quoted);
  });

  it('the leak check finds the English edition full of template text', async () => {
    const en = docs.get('en')!;
    const found = leaks(
      markdownText(String(await renderBrief(en, 'md'))),
      dataStrings(en, 'tr', stored),
      gramsFor('tr'),
    );
    expect(found.length).toBeGreaterThan(40);
  });

  it('gives the same bytes for the same inputs, and differs only in the date when generated later', async () => {
    await withStore({ db }, async (store) => {
      for (const lang of LANGS) {
        const again = await makeBrief(store, { ...request, lang });
        for (const format of ['md', 'html', 'docx'] as const)
          expect(
            Buffer.from(await renderBrief(again, format)).equals(
              Buffer.from(await renderBrief(docs.get(lang)!, format)),
            ),
            `${lang} ${format}`,
          ).toBe(true);
        const later = await makeBrief(store, { ...request, lang, generated: '2026-02-03' });
        const [a, b] = [briefToMarkdown(docs.get(lang)!), briefToMarkdown(later)].map((md) => md.split('\n'));
        const changed = a!.filter((line, i) => line !== b![i]);
        expect(changed).toEqual([a!.find((line) => line.startsWith('_'))]);
      }
    });
  }, 120_000);
});

describe('the leak check', () => {
  // Built without a store: the founding case's own items and a scenario range made up for the
  // templates' sake, so that every template of a brief is exercised.
  const snapshot = takeSnapshot(pakistanTtp, request.asOf);
  const local = assess(snapshot, { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] });
  const scenario = loadScenario(request.scenario);
  const range: BriefScenario = {
    title: scenario.title,
    dimension: scenario.dimension.name,
    runs: 10,
    median: 40,
    p10: 30,
    p90: 55,
    zones: scenario.zones.map((z, i) => ({ label: z.label, probability: i / 10 })),
    evidence: scenario.actors.flatMap((a) => a.evidence),
    mediation: { mediator: 'afghan-taliban', before: 40, after: 35 },
  };
  const brief = (strings: BriefStrings) =>
    buildBrief({
      assessment: local,
      items: snapshot,
      actors: pakistanTtp.actors,
      caseId: 'pakistan-ttp',
      version: 'test',
      generated: '2026-01-01',
      strings,
      scenario: range,
    });
  const md = (strings: BriefStrings) => briefToMarkdown(brief(strings));

  it('catches any one Turkish or Russian template left in English', () => {
    const en = briefStrings('en');
    for (const lang of LANGS) {
      const grams = gramsFor(lang);
      const strings = briefStrings(lang);
      const base = md(strings);
      const data = dataStrings(brief(strings), lang, { items: snapshot });
      expect(leaks(markdownText(base), data, grams)).toEqual([]);
      const exercised: string[] = [];
      for (const key of Object.keys(en) as (keyof BriefStrings & string)[]) {
        // `quoted` is empty in English: put there, it drops the label rather than leaking.
        if (['lang', 'percent', 'number', 'quoted'].includes(key)) continue;
        const mixed = md({ ...strings, [key]: en[key] });
        if (mixed === base) continue;
        exercised.push(key);
        expect(leaks(markdownText(mixed), data, grams), `${lang}: ${key} left in English`).not.toEqual([]);
      }
      expect(exercised).toEqual(
        expect.arrayContaining([
          'title',
          'headings',
          'terms',
          'tie',
          'claim',
          'scenarioRun',
          'figures',
          'labels',
          'date',
          'assessment',
          'analogue',
        ]),
      );
      expect(exercised.length).toBeGreaterThan(30);
    }
  });

  it('catches any one of the assessment’s phrases left in English, the analogues’ outcomes included', () => {
    const outcomes = local.prospects.analogues.map((x) => x.outcomePhrase.key);
    expect(new Set(outcomes).size).toBeGreaterThan(1);
    for (const lang of LANGS) {
      const grams = gramsFor(lang);
      const strings = briefStrings(lang);
      const base = md(strings);
      const data = dataStrings(brief(strings), lang, { items: snapshot });
      const leaking: string[] = [];
      for (const key of Object.keys(EN_PHRASES)) {
        const mixed = md({
          ...strings,
          assessment: (p, actor) => (p.key === key ? englishOf(p) : strings.assessment(p, actor)),
        });
        if (mixed !== base && leaks(markdownText(mixed), data, grams).length > 0) leaking.push(key);
      }
      expect(leaking, lang).toEqual(expect.arrayContaining([...new Set(outcomes)]));
    }
  });
});
