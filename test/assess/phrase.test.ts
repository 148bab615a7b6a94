// The assessment's sentences as keys and parameters: the English text is exactly what the key
// and parameters write (so a consumer of the JSON can write it again, in any language), and a
// phrase that lacks a parameter or names no template fails loudly instead of writing a gap.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assessment.ts';
import { writePhrase, type Phrase } from '../../src/assess/phrase.ts';
import { EN_PHRASES, englishOf, phrase } from '../../src/assess/phrases-en.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { briefStrings } from '../../src/report/index.ts';

const assessment = assess(takeSnapshot(pakistanTtp, '2023-05-09'), {
  mediator: 'afghan-taliban',
  parties: ['pakistan', 'ttp'],
});
/** Through JSON, as `assess --format json` prints it. */
const viaJson = (p: Phrase) => JSON.parse(JSON.stringify(p)) as Phrase;

describe('assessment phrases', () => {
  it('write every rationale, reason, caveat and reference class as the assessment states it', () => {
    for (const i of assessment.indicators) {
      expect(englishOf(viaJson(i.rationalePhrase))).toBe(i.rationale);
      if (i.value === null) expect(englishOf(viaJson(i.reasonPhrase!))).toBe(i.reason);
    }
    expect(assessment.caveatPhrases.map((p) => englishOf(viaJson(p)))).toEqual(assessment.caveats);
    for (const e of ['onset', 'agreement', 'durability'] as const) {
      const p = assessment.prospects[e];
      if (p.reasonPhrase !== undefined) expect(englishOf(p.reasonPhrase)).toBe(p.reason);
      if (p.baseRate !== null)
        expect(englishOf(p.baseRate.referenceClassPhrase)).toBe(p.baseRate.referenceClass);
    }
  });

  it('cover the founding case with keys that differ between indicators', () => {
    const keys = new Set(assessment.indicators.map((i) => i.rationalePhrase.key));
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect(Object.keys(EN_PHRASES)).toContain(key);
  });

  it('write the same phrase in Turkish and Russian with local numbers and names', () => {
    const ties = assessment.indicators.find((i) => i.id === 'mediator-ties')!.rationalePhrase;
    const tr = briefStrings('tr').assessment(ties, (id) => `«${id}»`);
    const ru = briefStrings('ru').assessment(ties, (id) => `«${id}»`);
    for (const text of [tr, ru]) {
      expect(text).toContain('«pakistan»');
      expect(text).toMatch(/\+0,\d\d/);
      expect(text).not.toMatch(/\btie\b|relations/);
    }
  });

  it('refuse a phrase without a template or without a parameter', () => {
    expect(() => englishOf({ key: 'no-such-key', params: {} })).toThrow(
      /no template for the phrase 'no-such-key'/,
    );
    expect(() => englishOf(phrase('reason.not-in-registry'))).toThrow(/has no parameter 'b'/);
    expect(() => writePhrase(phrase('reason.no-fighting'), {}, briefFormats)).toThrow(/no template/);
  });
});

const briefFormats = { num: String, actor: String, indicator: String, date: String, period: String };
