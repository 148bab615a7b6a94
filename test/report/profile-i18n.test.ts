// Actor profiles in Turkish and Russian: every key of the English templates in the same order,
// names from the registry's aliases, no English template text leaking into the Markdown, HTML or
// DOCX edition (and the check shown to catch a template left in English), and the Turkish PDF
// printed by chromium checked page by page with pdftoppm.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseItems } from '../../src/app/assess.ts';
import { exportProfile, makeProfile } from '../../src/app/profile.ts';
import { withStore } from '../../src/app/session.ts';
import { takeSnapshot, type Snapshot } from '../../src/assess/snapshot.ts';
import { AGREEMENT_KINDS, ACTOR_KINDS } from '../../src/model/index.ts';
import { localName } from '../../src/report/index.ts';
import {
  buildProfile,
  profileDocument,
  profileStrings,
  type ActorProfile,
  type ProfileStrings,
} from '../../src/report/profile/index.ts';
import { briefToMarkdown } from '../../src/report/index.ts';
import {
  englishGrams,
  footnoteData,
  keyPaths,
  leaks,
  markdownText,
  profileChunks,
  renderedText,
} from './leak.ts';
import { checkPdf, pdfRunnable } from './pdf-check.ts';

const asOf = '2023-05-09';
const generated = '2026-01-01';
const LANGS = ['tr', 'ru'] as const;
const LOCALES = { tr: 'tr-TR', ru: 'ru-RU' } as const;
const ACTORS = ['ttp', 'afghan-taliban'] as const;

let dir: string;
let items: Snapshot;
const profiles = new Map<string, ActorProfile>();

/** Every string in the value with a space in it: the curators' summaries, names, roles, venues. */
const prose = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.includes(' ')
      ? [value, value.replace(/\.$/, '')]
      : []
    : Array.isArray(value)
      ? value.flatMap(prose)
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(prose)
        : [];

/**
 * What a profile legitimately carries in English: the case's own text on its items, every
 * name and role the registry holds (the names section lists every name), the actors without a
 * local name, and what the notes cite.
 */
function dataStrings(profile: ActorProfile, lang: string): string[] {
  return [
    ...prose([items.events, items.relations, items.negotiations, items.agreements]),
    ...items.actors.flatMap((a) => [
      a.name,
      ...Object.values(a.aliases).flat(),
      ...a.roles.map((r) => r.role),
    ]),
    ...items.actors.filter((a) => localName(a, lang) === a.name).map((a) => a.name),
    ...footnoteData(profile.footnotes),
  ];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-profile-i18n-'));
  await withStore({ db: join(dir, 'jirga.sqlite') }, async (store) => {
    items = takeSnapshot(await loadCaseItems(store, 'pakistan-ttp'), asOf, { includeDrafts: false });
    for (const lang of ['en', ...LANGS])
      for (const actor of ACTORS)
        profiles.set(
          `${lang}:${actor}`,
          await makeProfile(store, { caseId: 'pakistan-ttp', actor, asOf, generated, lang }),
        );
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether the template writes no letter besides its placeholders (a name, a period and a colon). */
const wordless = (strings: ProfileStrings, key: keyof ProfileStrings) => {
  const chunks = profileChunks({ [key]: strings[key] } as unknown as ProfileStrings);
  return chunks.length > 0 && chunks.every((c) => !/\p{L}/u.test(c));
};

const VALUE_SETS = ['actorKind', 'agreementKind', 'field', 'country'];

describe('Turkish and Russian actor profiles', () => {
  it("name every actor kind, agreement kind and the case's countries in the language", () => {
    for (const lang of LANGS) {
      const t = profileStrings(lang);
      for (const kind of ACTOR_KINDS) expect(t.actorKind(kind), kind).not.toBe(kind);
      for (const kind of AGREEMENT_KINDS) expect(t.agreementKind(kind), kind).not.toBe(kind);
      for (const field of ['date', 'fatalities', 'fatalities.best', 'location.name'])
        expect(t.field(field), field).not.toBe(field);
      expect(t.country('PAK')).not.toBe('PAK');
    }
  });

  it('have every key of the English templates, in the same order', () => {
    for (const lang of LANGS) expect(keyPaths(profileStrings(lang))).toEqual(keyPaths(profileStrings('en')));
  });

  it('title the actor with its local name and say once that summaries are quoted in English', () => {
    const ttp = items.actors.find((a) => a.id === 'ttp')!;
    expect(profiles.get('tr:ttp')!.title).toBe('Aktör profili: Pakistan Talibanı');
    expect(profiles.get('ru:ttp')!.title).toBe(`Профиль актора: ${localName(ttp, 'ru')}`);
    for (const lang of LANGS) {
      const md = briefToMarkdown(profileDocument(profiles.get(`${lang}:ttp`)!));
      expect(md.split(profileStrings(lang).quoted).length - 1).toBe(1);
    }
    // The same entries in every language: only the words around the data differ.
    for (const lang of LANGS)
      expect(profiles.get(`${lang}:ttp`)!.footnotes.length).toBe(profiles.get('en:ttp')!.footnotes.length);
  });

  for (const lang of LANGS)
    for (const format of ['md', 'html', 'docx'] as const)
      it(`leak no English template text (${lang}, ${format})`, async () => {
        const grams = englishGrams(profileStrings('en'), LOCALES[lang]);
        for (const actor of ACTORS) {
          const profile = profiles.get(`${lang}:${actor}`)!;
          const output = await exportProfile(profile, format);
          const text = renderedText(output, format);
          expect(text.length).toBeGreaterThan(2000);
          expect(leaks(text, dataStrings(profile, lang), grams), `${actor}`).toEqual([]);
        }
      });

  it('the leak check catches any one template left in English', () => {
    const en = profileStrings('en');
    for (const lang of LANGS) {
      const grams = englishGrams(en, LOCALES[lang]);
      const strings = profileStrings(lang);
      const profile = (t: ProfileStrings) =>
        buildProfile({
          actorId: 'ttp',
          items,
          caseId: 'pakistan-ttp',
          version: 'test',
          generated,
          strings: t,
        });
      const md = (t: ProfileStrings) => briefToMarkdown(profileDocument(profile(t)));
      const base = md(strings);
      const data = dataStrings(profile(strings), lang);
      expect(leaks(markdownText(base), data, grams)).toEqual([]);
      const exercised: string[] = [];
      for (const key of Object.keys(en) as (keyof ProfileStrings & string)[]) {
        // Formats, `quoted` (empty in English), the value sets (English shows the model's ids;
        // checked below), and templates whose English has no word of its own.
        if (['lang', 'number', 'quoted', ...VALUE_SETS].includes(key) || wordless(en, key)) continue;
        const mixed = md({ ...strings, [key]: en[key] });
        if (mixed === base) continue;
        exercised.push(key);
        expect(leaks(markdownText(mixed), data, grams), `${lang}: ${key} left in English`).not.toEqual([]);
      }
      expect(exercised).toEqual(
        expect.arrayContaining(['title', 'headings', 'method', 'period', 'identity', 'date']),
      );
      expect(exercised.length).toBeGreaterThan(15);
    }
  });
});

describe.skipIf(!pdfRunnable)(
  'the Turkish profile as PDF (needs chromium and pdftoppm unless CI is set)',
  () => {
    it('prints pages with ink on them and the Turkish text intact', async () => {
      const pdf = join(dir, 'profile-tr.pdf');
      writeFileSync(pdf, (await exportProfile(profiles.get('tr:ttp')!, 'pdf')) as Buffer);
      checkPdf(pdf, dir, 'profile-tr', 2, [
        'Aktör profili: Pakistan Talibanı',
        'Liderler',
        'Zaman çizelgesi',
        'Erişim tarihi',
      ]);
    }, 60_000);
  },
);
