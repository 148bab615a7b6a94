// Tests of the CAMEO → PLOVER mapping: hand-picked cases and consistency with the PLOVER
// table (always), and agreement with the PLOVER project's conversion table in
// ../shared/data/plover (skipped by name when absent). The reference is read, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAMEO_CODES } from './cameo.ts';
import { cameoToPlover } from './cameo-plover.ts';
import { isModeOf, PLOVER_CONTEXTS, PLOVER_TYPES } from './plover.ts';

const REFERENCE_PATH = fileURLToPath(
  new URL('../../../shared/data/plover/PLOVER-CAMEO2PLOVER-2021.txt', import.meta.url),
);
const hasReference = existsSync(REFERENCE_PATH);

/**
 * Codes where our event type deliberately differs from the 2021 conversion table, with why.
 * Anything else that differs fails the test.
 */
const DELIBERATE_TYPE_DIFFERENCES: Readonly<Record<string, string>> = {
  // Our PLOVER table (plover.ts) defines CONCEDE as "admits, apologises or eases a demand in
  // words"; an apology is a verbal concession, not diplomatic support.
  '055': 'apology → CONCEDE rather than SUPPORT',
  // The reference has two header lines for root 08 (CONCEDE and RETREAT); we map the bare root
  // to CONCEDE, which the agreement check accepts, so no entry is needed for it.
};

describe('cameoToPlover: hand-picked cases', () => {
  it.each([
    ['190', 'ASSAULT', null],
    ['036', 'AGREE', null],
    ['046', 'CONSULT', null],
    ['045', 'CONSULT', null],
    ['041', 'CONSULT', 'phone'],
    ['0874', 'RETREAT', 'withdraw'],
    ['0871', 'RETREAT', 'ceasefire'],
    ['057', 'SUPPORT', null],
    ['055', 'CONCEDE', null],
    ['073', 'AID', 'humanitarian'],
    ['1122', 'ACCUSE', 'allege'],
    ['091', 'ACCUSE', 'investigate'],
    ['1056', 'REQUEST', 'yield'],
    ['0256', 'REQUEST', 'yield'],
    ['125', 'REJECT', 'meet'],
    ['1384', 'THREATEN', 'violence'],
    ['1412', 'PROTEST', 'demo'],
    ['154', 'MOBILIZE', 'troops'],
    ['161', 'SANCTION', 'withdraw'],
    ['163', 'COERCE', 'restrict'],
    ['173', 'COERCE', 'arrest'],
    ['192', 'COERCE', 'seize'],
    ['1712', 'ASSAULT', null],
    ['1831', 'ASSAULT', 'suicide-attack'],
    ['1833', 'ASSAULT', 'explosives'],
    ['186', 'ASSAULT', 'assassinate'],
    ['1952', 'ASSAULT', 'drone'],
    ['203', 'ASSAULT', 'cleansing'],
  ] as const)('%s → %s / %s', (code, type, mode) => {
    const mapping = cameoToPlover(code);
    expect(mapping?.type).toBe(type);
    expect(mapping?.mode).toBe(mode);
  });

  it('gives the issue context of a family from its last digit', () => {
    expect(cameoToPlover('0311')?.context).toEqual(['economic']);
    expect(cameoToPlover('1034')?.context).toEqual(['peacekeeping']);
    expect(cameoToPlover('1433')?.context).toEqual(['rights_freedoms']);
    expect(cameoToPlover('1246')?.context).toEqual(['military']);
  });

  it('marks ceasefires and their violation with the ceasefire context', () => {
    expect(cameoToPlover('0871')?.context).toContain('ceasefire');
    expect(cameoToPlover('196')).toEqual({ type: 'ASSAULT', mode: null, context: ['military', 'ceasefire'] });
  });

  it('maps nothing for statements (root 01), unknown codes and unpadded codes', () => {
    expect(cameoToPlover('01')).toBeUndefined();
    expect(cameoToPlover('016')).toBeUndefined();
    expect(cameoToPlover('0999')).toBeUndefined();
    expect(cameoToPlover('21')).toBeUndefined();
    expect(cameoToPlover('')).toBeUndefined();
    expect(cameoToPlover('10')?.type).toBe('REQUEST');
    expect(cameoToPlover('010')).toBeUndefined();
  });

  it('returns a fresh context array each time', () => {
    const first = cameoToPlover('094');
    first?.context.push('crime');
    expect(cameoToPlover('094')?.context).toEqual(['military', 'legal']);
  });
});

describe('cameoToPlover: consistency with the PLOVER table', () => {
  it('maps every CAMEO code outside root 01 to a type, an admitted mode and known contexts', () => {
    for (const code of CAMEO_CODES.keys()) {
      const mapping = cameoToPlover(code);
      if (code.startsWith('01')) {
        expect(mapping, code).toBeUndefined();
        continue;
      }
      expect(mapping, code).toBeDefined();
      if (mapping === undefined) continue;
      expect(PLOVER_TYPES, code).toContain(mapping.type);
      expect(isModeOf(mapping.type, mapping.mode), `${code}: ${mapping.type}/${mapping.mode}`).toBe(true);
      for (const context of mapping.context) expect(PLOVER_CONTEXTS, code).toContain(context);
      expect(new Set(mapping.context).size, code).toBe(mapping.context.length);
    }
  });
});

describe('cameoToPlover: agreement with the PLOVER conversion table', () => {
  it.skipIf(!hasReference)(
    'agrees on the event type for ≥ 95% of codes, differing only where listed (needs ../shared/data/plover/PLOVER-CAMEO2PLOVER-2021.txt)',
    () => {
      const reference = readReference();
      const disagreements: string[] = [];
      let modeAgreements = 0;
      for (const [code, rows] of reference) {
        const ours = cameoToPlover(code);
        if (ours === undefined || !rows.some((row) => row.type === ours.type)) disagreements.push(code);
        if (ours !== undefined && rows.some((row) => row.mode === ours.mode)) modeAgreements++;
      }
      const total = reference.size;
      const rate = (total - disagreements.length) / total;
      console.info(
        `CAMEO→PLOVER type agreement: ${total - disagreements.length}/${total} = ${(rate * 100).toFixed(1)}%; ` +
          `mode agreement ${modeAgreements}/${total} = ${((modeAgreements / total) * 100).toFixed(1)}%`,
      );
      expect(total).toBeGreaterThan(250);
      expect(rate).toBeGreaterThanOrEqual(0.95);
      expect(disagreements.sort()).toEqual(Object.keys(DELIBERATE_TYPE_DIFFERENCES).sort());
      // Modes are a finer choice; most still agree.
      expect(modeAgreements / total).toBeGreaterThanOrEqual(0.75);
    },
  );
});

interface ReferenceRow {
  type: string;
  mode: string | null;
}

/** Reads `code: TYPE, mode, contexts # comment` lines; a code may appear more than once. */
function readReference(): Map<string, ReferenceRow[]> {
  const table = new Map<string, ReferenceRow[]>();
  for (const line of readFileSync(REFERENCE_PATH, 'utf8').split(/\r?\n/)) {
    const match = /^(\d{2,4}):(.*)$/.exec(line.split('#')[0]?.trim() ?? '');
    if (match === null) continue;
    const [type = '', mode = ''] = (match[2] ?? '').split(',').map((part) => part.trim());
    const rows = table.get(match[1] ?? '') ?? [];
    rows.push({ type, mode: mode === '' ? null : mode });
    table.set(match[1] ?? '', rows);
  }
  return table;
}
