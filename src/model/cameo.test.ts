// Tests of the CAMEO code table: its structure (always) and its Goldstein values against the
// GDELT lookup table and the ICEWS codebook in ../shared/data/cameo (skipped by name when absent).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CAMEO_CODES,
  CAMEO_EXTENSION_CODES,
  cameoParent,
  cameoRoot,
  goldsteinOf,
  nearestKnownCameo,
} from './cameo.ts';

const GDELT_PATH = fileURLToPath(
  new URL('../../../shared/data/cameo/CAMEO.goldsteinscale.txt', import.meta.url),
);
const ICEWS_PATH = fileURLToPath(
  new URL('../../../shared/data/cameo/icews-cameo-codes.csv', import.meta.url),
);
const hasGdelt = existsSync(GDELT_PATH);
const hasIcews = existsSync(ICEWS_PATH);

/** Where the ICEWS codebook's Goldstein value differs from GDELT's (we follow GDELT). */
const ICEWS_DIFFERS_FROM_GDELT = new Set(['016', '022', '164', '165']);

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('CAMEO code table: structure', () => {
  it('has the twenty roots 01…20, each with its unspecified child x0', () => {
    for (const root of ROOTS) {
      expect(CAMEO_CODES.has(root), root).toBe(true);
      expect(CAMEO_CODES.has(`${root}0`), `${root}0`).toBe(true);
    }
    expect(CAMEO_CODES.has('21')).toBe(false);
  });

  it('keys codes as strings of 2–4 digits with leading zeros, each keyed by its own code', () => {
    for (const [key, entry] of CAMEO_CODES) {
      expect(typeof key).toBe('string');
      expect(key).toMatch(/^\d{2,4}$/);
      expect(entry.code).toBe(key);
    }
    expect(CAMEO_CODES.get('010')?.code).toBe('010');
    expect(CAMEO_CODES.get('10')?.description).not.toBe(CAMEO_CODES.get('010')?.description);
  });

  it('gives every code an existing root and every 3- or 4-digit code an existing parent', () => {
    for (const code of CAMEO_CODES.keys()) {
      expect(cameoRoot(code), code).toBe(code.slice(0, 2));
      const parent = cameoParent(code);
      if (code.length > 2) expect(CAMEO_CODES.has(parent ?? ''), `${code} → ${parent}`).toBe(true);
      else expect(parent).toBeUndefined();
    }
  });

  it('keeps Goldstein values within −10…10 and descriptions non-empty and distinct', () => {
    const descriptions = new Set<string>();
    for (const entry of CAMEO_CODES.values()) {
      expect(entry.goldstein).toBeGreaterThanOrEqual(-10);
      expect(entry.goldstein).toBeLessThanOrEqual(10);
      expect(entry.description.trim().length).toBeGreaterThan(0);
      expect(descriptions.has(entry.description), entry.description).toBe(false);
      descriptions.add(entry.description);
    }
  });

  it('is as complete as the 1.1b3 codebook (≈300 codes) plus the listed extensions', () => {
    expect(CAMEO_CODES.size).toBeGreaterThanOrEqual(310);
    for (const code of CAMEO_EXTENSION_CODES) expect(CAMEO_CODES.has(code), code).toBe(true);
  });

  it('falls back to the nearest known parent for Goldstein values', () => {
    expect(goldsteinOf('0874')).toBe(10);
    expect(goldsteinOf('190')).toBe(-10);
    expect(goldsteinOf('0879')).toBe(goldsteinOf('087'));
    expect(goldsteinOf('1959')).toBe(goldsteinOf('195'));
    expect(goldsteinOf('139')).toBe(-7);
    expect(goldsteinOf('13')).toBe(-6);
    expect(nearestKnownCameo('1459')?.code).toBe('145');
    expect(goldsteinOf('99')).toBeUndefined();
    expect(goldsteinOf('abc')).toBeUndefined();
    expect(goldsteinOf('')).toBeUndefined();
    expect(goldsteinOf('01234')).toBeUndefined();
  });

  it('finds roots and parents only for well-formed codes', () => {
    expect(cameoRoot('0874')).toBe('08');
    expect(cameoRoot('20')).toBe('20');
    expect(cameoRoot('214')).toBeUndefined();
    expect(cameoRoot('8')).toBeUndefined();
    expect(cameoRoot('x01')).toBeUndefined();
    expect(cameoParent('0874')).toBe('087');
    expect(cameoParent('087')).toBe('08');
    expect(cameoParent('08')).toBeUndefined();
  });
});

describe('CAMEO code table: Goldstein values against the shared references', () => {
  it.skipIf(!hasGdelt)(
    'agrees with the GDELT Goldstein table on every code both have (needs ../shared/data/cameo/CAMEO.goldsteinscale.txt)',
    () => {
      const gdelt = readGdelt();
      const compared: string[] = [];
      const differing: string[] = [];
      for (const [code, value] of gdelt) {
        const ours = CAMEO_CODES.get(code);
        if (ours === undefined) continue;
        compared.push(code);
        if (ours.goldstein !== value) differing.push(`${code}: ours ${ours.goldstein}, GDELT ${value}`);
      }
      console.info(`Goldstein vs GDELT: ${compared.length - differing.length}/${compared.length} agree`);
      expect(differing).toEqual([]);
      // Our table covers the whole GDELT table.
      expect(compared.length).toBe(gdelt.size);
    },
  );

  it.skipIf(!hasIcews)(
    'agrees with the ICEWS codebook except where ICEWS differs from GDELT (needs ../shared/data/cameo/icews-cameo-codes.csv)',
    () => {
      const icews = readIcews();
      const differing: string[] = [];
      let compared = 0;
      for (const [code, value] of icews) {
        const ours = CAMEO_CODES.get(code);
        if (ours === undefined) continue;
        compared++;
        if (ours.goldstein !== value) differing.push(code);
      }
      console.info(`Goldstein vs ICEWS: ${compared - differing.length}/${compared} agree`);
      expect(new Set(differing)).toEqual(ICEWS_DIFFERS_FROM_GDELT);
      expect(compared).toBe(icews.size);
    },
  );
});

/** GDELT's table: a header line, then `code<TAB>value`. */
function readGdelt(): Map<string, number> {
  const lines = readFileSync(GDELT_PATH, 'utf8').split(/\r?\n/).slice(1);
  const table = new Map<string, number>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const [code, value] = line.split('\t');
    table.set((code ?? '').trim(), Number(value));
  }
  return table;
}

/** The ICEWS codebook: Mac Roman CSV with quoted, multi-line fields; we need `code` and `goldstein`. */
function readIcews(): Map<string, number> {
  const text = new TextDecoder('macintosh').decode(readFileSync(ICEWS_PATH));
  const [header, ...rows] = parseCsv(text);
  const codeAt = header?.indexOf('code') ?? -1;
  const goldsteinAt = header?.indexOf('goldstein') ?? -1;
  const table = new Map<string, number>();
  for (const row of rows) {
    const code = row[codeAt];
    if (code === undefined || code === '') continue;
    table.set(code, Number(row[goldsteinAt]));
  }
  return table;
}

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
