/**
 * Country names as datasets spell them, to ISO alpha-3: the package's names, the datasets' own
 * spellings, former names in parentheses, and names that are no country.
 */
import { describe, expect, it } from 'vitest';
import { countryCodeOf } from '../../src/ingest/country-codes.ts';

describe('countryCodeOf', () => {
  it.each([
    ['Pakistan', 'PAK'],
    ['DR Congo (Zaire)', 'COD'],
    ['Yemen (North Yemen)', 'YEM'],
    ['Ivory Coast', 'CIV'],
    ['Holy See', 'VAT'],
    ['Vatican City', 'VAT'],
    ['  Afghanistan ', 'AFG'],
  ])('%s → %s', (name, code) => {
    expect(countryCodeOf(name)).toBe(code);
  });

  it('gives null for a name that is no country, and for an empty cell', () => {
    expect(countryCodeOf('Province 12')).toBeNull();
    expect(countryCodeOf('')).toBeNull();
  });
});
