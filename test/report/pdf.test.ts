// The PDF briefs (HTML printed by Debian chromium) in English, Turkish and Russian, checked as a
// reader would get them: poppler's pdftoppm turns every page into a PNG, which must exist and
// carry ink, and pdftotext must find the expected words, Turkish and Cyrillic letters intact.
// Skipped when chromium or pdftoppm is missing locally; under CI a missing tool fails.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBrief, renderBrief } from '../../src/app/brief.ts';
import { withStore } from '../../src/app/session.ts';
import type { BriefDocument } from '../../src/report/index.ts';
import { foundingRequest } from './founding-request.ts';
import { checkPdf, pdfRunnable } from './pdf-check.ts';

/** Words each edition must show in the PDF's text (headings and template words). */
const EXPECTED: Record<string, string[]> = {
  en: ['Summary judgement', 'The parties and the mediator', 'Date of access', 'Afghan Taliban'],
  tr: [
    'Özet değerlendirme',
    'Taraflar ve arabulucu',
    'İzlenmesi gerekenler',
    'Erişim tarihi',
    'Pakistan Talibanı',
  ],
  ru: ['Итоговая оценка', 'Стороны и посредник', 'Примечания', 'Дата обращения', 'Техрик-е Талибан Пакистан'],
};

let dir: string;
const docs = new Map<string, BriefDocument>();

describe.skipIf(!pdfRunnable)(
  'PDF briefs through chromium and poppler (needs chromium and pdftoppm unless CI is set)',
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jirga-brief-pdf-'));
      await withStore({ db: join(dir, 'jirga.sqlite') }, async (store) => {
        for (const lang of Object.keys(EXPECTED)) {
          const { scenario: _, ...request } = foundingRequest;
          docs.set(lang, await makeBrief(store, { ...request, lang }));
        }
      });
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const lang of Object.keys(EXPECTED))
      it(`prints the ${lang} brief: pages as PNG with ink on them, and its text`, async () => {
        const pdf = join(dir, `brief-${lang}.pdf`);
        writeFileSync(pdf, (await renderBrief(docs.get(lang)!, 'pdf')) as Buffer);
        checkPdf(pdf, dir, `page-${lang}`, 3, [...EXPECTED[lang]!, docs.get(lang)!.title.slice(0, 30)]);
      }, 60_000);

    it('prints the same bytes twice, apart from the creation time chromium stamps', async () => {
      const stampless = (pdf: Buffer) =>
        pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '/$1 ()');
      const first = (await renderBrief(docs.get('ru')!, 'pdf')) as Buffer;
      const second = (await renderBrief(docs.get('ru')!, 'pdf')) as Buffer;
      expect(stampless(first)).toContain('/CreationDate ()');
      expect(stampless(first) === stampless(second)).toBe(true);
    }, 60_000);
  },
);
