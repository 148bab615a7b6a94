// The PDF briefs (HTML printed by Debian chromium) in English, Turkish and Russian, checked as a
// reader would get them: poppler's pdftoppm turns every page into a PNG, which must exist and
// carry ink, and pdftotext must find the expected words, Turkish and Cyrillic letters intact.
// Skipped when chromium or pdftoppm is missing locally; under CI a missing tool fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, makeBrief, renderBrief } from '../../src/app/brief.ts';
import { withStore } from '../../src/app/session.ts';
import type { BriefDocument } from '../../src/report/index.ts';
import { foundingRequest } from './founding-request.ts';
import { readGreyPng } from './png.ts';

const hasTool = (command: string) => spawnSync(command, ['-v']).error === undefined;
const inCi = (process.env['CI'] ?? '') !== '';
const runnable = (existsSync(CHROMIUM_PATH) && hasTool('pdftoppm') && hasTool('pdftotext')) || inCi;

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

describe.skipIf(!runnable)(
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
        const pages = spawnSync('pdftoppm', ['-png', '-gray', '-r', '36', pdf, join(dir, `page-${lang}`)]);
        expect(pages.status, String(pages.stderr)).toBe(0);
        const pngs = readdirSync(dir).filter((f) => f.startsWith(`page-${lang}-`) && f.endsWith('.png'));
        expect(pngs.length).toBeGreaterThanOrEqual(3);
        for (const file of pngs) {
          const image = readGreyPng(readFileSync(join(dir, file)));
          expect(image.width).toBeGreaterThan(200);
          const ink = image.pixels.filter((v) => v < 160).length / image.pixels.length;
          expect(ink, `${file} is blank`).toBeGreaterThan(0.002);
          expect(ink, `${file} is all ink`).toBeLessThan(0.5);
        }
        const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
        expect(text.status, text.stderr).toBe(0);
        const flat = text.stdout.replace(/\s+/g, ' ');
        for (const word of EXPECTED[lang]!) expect(flat).toContain(word);
        expect(flat).toContain(docs.get(lang)!.title.slice(0, 30));
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
