/**
 * Checking a printed PDF as a reader gets it: poppler's pdftoppm turns every page into a PNG,
 * which must exist and carry ink (neither blank nor all ink), and pdftotext must find the
 * expected words. `pdfRunnable` says whether chromium and poppler are here (under CI a missing
 * tool fails rather than skips).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CHROMIUM_PATH } from '../../src/app/brief.ts';
import { readGreyPng } from './png.ts';

const hasTool = (command: string) => spawnSync(command, ['-v']).error === undefined;
const inCi = (process.env['CI'] ?? '') !== '';
export const pdfRunnable = (existsSync(CHROMIUM_PATH) && hasTool('pdftoppm') && hasTool('pdftotext')) || inCi;

/** Pages of `pdf` as PNGs in `dir` (named `prefix-N.png`), at least `minPages`, each inked; its text holds `words`. */
export function checkPdf(
  pdf: string,
  dir: string,
  prefix: string,
  minPages: number,
  words: readonly string[],
): void {
  const pages = spawnSync('pdftoppm', ['-png', '-gray', '-r', '36', pdf, join(dir, prefix)]);
  expect(pages.status, String(pages.stderr)).toBe(0);
  const pngs = readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'));
  expect(pngs.length).toBeGreaterThanOrEqual(minPages);
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
  for (const word of words) expect(flat).toContain(word);
}
