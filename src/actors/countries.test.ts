// Tests of country names from i18n-iso-countries (en/tr/ru) and of the demonym table.
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { countryAliases, countryNames, isKnownCountry } from './countries.ts';
import { countryOfDemonym, DEMONYMS, stateActorsOf } from './demonyms.ts';
import { FIXTURE_ACTORS } from './test-fixtures.ts';

describe('countryNames and countryAliases', () => {
  it('names a country in English, Turkish and Russian by alpha-3 code', () => {
    expect(countryNames('PAK')).toEqual({ en: 'Pakistan', tr: 'Pakistan', ru: 'Пакистан' });
    expect(countryNames('AFG')).toEqual({ en: 'Afghanistan', tr: 'Afganistan', ru: 'Афганистан' });
    expect(countryNames('chn')?.tr).toBe('Çin');
  });

  it('answers undefined / no aliases for codes that are not ISO alpha-3', () => {
    expect(countryNames('XXX')).toBeUndefined();
    expect(countryNames('PK')).toBeUndefined();
    expect(countryNames('')).toBeUndefined();
    expect(countryAliases('XXX')).toEqual({});
    expect(isKnownCountry('PAK')).toBe(true);
    expect(isKnownCountry('PAKI')).toBe(false);
  });

  it('lists short and official names, splitting parenthesised expansions and adding everyday names', () => {
    const usa = countryAliases('USA');
    expect(usa.en).toEqual(expect.arrayContaining(['United States', 'United States of America', 'USA']));
    expect(usa.tr).toEqual(expect.arrayContaining(['Amerika Birleşik Devletleri', 'ABD']));
    const china = countryAliases('CHN');
    expect(china.ru).toEqual(expect.arrayContaining(['КНР', 'Китайская Народная Республика', 'Китай']));
    expect(china.ru?.some((name) => name.includes('('))).toBe(false);
  });

  it('has a name in all three languages for every alpha-3 code of the package', () => {
    const codes = Object.keys(countries.getAlpha3Codes());
    expect(codes.length).toBeGreaterThan(240);
    for (const code of codes) {
      const names = countryNames(code);
      expect(names?.en, code).toBeTruthy();
      expect(names?.tr, code).toBeTruthy();
      expect(names?.ru, code).toBeTruthy();
      expect(Object.keys(countryAliases(code)).sort(), code).toEqual(['en', 'ru', 'tr']);
    }
  });
});

describe('demonyms', () => {
  it.each([
    ['Pakistani', 'PAK'],
    ['Pakistanis', 'PAK'],
    ['the Afghans', 'AFG'],
    ['Afghan', 'AFG'],
    ['Chinese', 'CHN'],
    ['American', 'USA'],
    ['U.S.', 'USA'],
    ['Indian', 'IND'],
    ['Iranian', 'IRN'],
    ['Turkish', 'TUR'],
    ['RUSSIAN', 'RUS'],
    ['Saudi', 'SAU'],
  ])('%s → %s', (demonym, code) => {
    expect(countryOfDemonym(demonym)).toBe(code);
  });

  it('leaves out ethnic groups that are not states', () => {
    for (const group of [
      'Baloch',
      'Baluch',
      'Pashtun',
      'Pakhtun',
      'Tajik',
      'Uzbek',
      'Hazara',
      'Kurd',
      'Kurdish',
      'Punjabi',
      'Sindhi',
    ]) {
      expect(countryOfDemonym(group), group).toBeUndefined();
    }
    expect(countryOfDemonym('Taliban')).toBeUndefined();
  });

  it('uses only real alpha-3 codes', () => {
    for (const code of Object.keys(DEMONYMS)) expect(isKnownCountry(code), code).toBe(true);
  });

  it('finds the state actor of a country, and only states', () => {
    expect(stateActorsOf(FIXTURE_ACTORS, 'PAK').map((actor) => actor.id)).toEqual(['pakistan']);
    expect(stateActorsOf(FIXTURE_ACTORS, 'pak').map((actor) => actor.id)).toEqual(['pakistan']);
    expect(stateActorsOf(FIXTURE_ACTORS, 'IND')).toEqual([]);
  });
});
