// Tests of the spelling-variant keys: each listed family of variants shares one key, distinct
// names keep distinct keys, and the key is idempotent (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise.ts';
import { keyOfNormalised, NAME_SYNONYMS, variantKey, WORD_VARIANTS } from './variants.ts';

describe('variantKey: known variants share a key', () => {
  it.each([
    [['Amir Khan Muttaqi', 'Amir Khan Muttaki', 'Amir Khan Mottaki']],
    [['Bilawal Bhutto Zardari', 'Bilawel Bhutto Zardari']],
    [['Taliban', 'Taleban', 'the Taliban']],
    [
      [
        'Tehrik-i-Taliban Pakistan',
        'Tehreek-e-Taliban Pakistan',
        'Tehrik e Taliban Pakistan',
        'Tahrik-i-Taleban Pakistan',
      ],
    ],
    [['al-Qaeda', 'al-Qaida', "al-Qa'ida", 'Al Qa’ida', 'Qaeda']],
    [['Ayman al-Zawahiri', 'Ayman al-Zawahri', 'Ayman Zawahiri']],
    [['Haqqani Network', 'Haqani network']],
    [['Noor Wali Mehsud', 'Noor Wali Mahsud', 'Noor Wali Mehsood']],
    [['Islamic State Khorasan', 'Islamic State Khurasan']],
    [
      [
        'Daesh',
        'ISIS',
        'ISIL',
        'IS',
        'Islamic State',
        'Islamic State of Iraq and the Levant',
        'the Islamic State',
      ],
    ],
    [['ISIS-K', 'Daesh-K', 'Islamic State K']],
    [['Lashkar-e-Taiba', 'Lashkar-i-Tayyiba', 'Lashkar e Toiba']],
    [['Jamaat-ul-Ahrar', 'Jamaat ul Ahrar', 'Jamat-ul-Ahrar']],
  ])('%j', (names) => {
    const keys = new Set(names.map(variantKey));
    expect(keys.size, [...keys].join(' | ')).toBe(1);
  });

  it('covers every word variant and synonym in its tables', () => {
    for (const [canonical, variants] of Object.entries(WORD_VARIANTS)) {
      for (const variant of variants) expect(variantKey(variant), variant).toBe(variantKey(canonical));
    }
    for (const [canonical, synonyms] of Object.entries(NAME_SYNONYMS)) {
      for (const synonym of synonyms) expect(variantKey(synonym), synonym).toBe(variantKey(canonical));
    }
  });
});

describe('variantKey: distinct names stay distinct', () => {
  it.each([
    ['Tehrik-i-Taliban Pakistan', 'Tehrik-e-Insaf'],
    ['Taliban', 'Tehrik-i-Taliban Pakistan'],
    ['Jamaat-e-Islami', 'Jamiat Ulema-e-Islam'],
    ['Islamic State', 'Islamic Emirate'],
    ['US', 'IS'],
    ['Mehsud', 'Masood'],
    ['Pakistan', 'Afghanistan'],
    ['Haqqani', 'Hassan'],
  ])('%s ≠ %s', (a, b) => {
    expect(variantKey(a)).not.toBe(variantKey(b));
  });

  it('keeps a lone connector-like word rather than emptying the name', () => {
    expect(variantKey('al')).toBe('al');
    expect(variantKey('e')).toBe('e');
    expect(variantKey('Us')).toBe('us');
  });
});

describe('variantKey: properties', () => {
  const tokens = fc.constantFrom(
    'al',
    'ul',
    'e',
    'i',
    'isis',
    'daesh',
    'is',
    'ee',
    'll',
    'Taleban',
    'Qa’eda',
    'x',
    'Tehreek',
    'ISIL',
    'the',
  );
  const separators = fc.constantFrom(' ', '-', ' - ', '  ');
  const names = fc
    .array(fc.tuple(tokens, separators), { maxLength: 8 })
    .map((parts) => parts.map(([token, separator]) => token + separator).join(''));

  it('is idempotent on names built from variant words and connectors', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(variantKey(variantKey(name))).toBe(variantKey(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => {
        expect(variantKey(variantKey(name))).toBe(variantKey(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals keyOfNormalised of the normalised name', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(keyOfNormalised(normaliseName(name))).toBe(variantKey(name));
      }),
    );
  });
});
