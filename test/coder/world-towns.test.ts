/**
 * Towns from the world list behind the regional gazetteer, on sentences written for these
 * tests: a town is read only with a cue that a place is meant; institution and title words
 * that are also town names stay what they are; among towns of one name the one in a country
 * the sentence names wins, else the most populous; our regional entries come first.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { lookupTown } from '../../src/coder/gazetteer.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { tokenise } from '../../src/coder/tokenise.ts';
import { cityKey, worldCities } from '../../src/coder/world-cities.ts';

const registry = ActorRegistry.from(actors);
const index = nameIndexOf(registry);
const placesOf = (text: string) =>
  recogniseMentions(tokenise(text), index, text, 0).places.map((p) => [p.place.name, p.place.country]);

describe('the world town list', () => {
  it('folds case, diacritics and apostrophes in names', () => {
    expect(cityKey('Sāmarrā’')).toBe('samarra');
    expect(cityKey('Cizre')).toBe('cizre');
  });
  it('gives candidates most populous first, with alpha-3 countries and coordinates', () => {
    const [first, ...rest] = worldCities('Tripoli');
    expect(first?.country).toBe('LBY');
    expect(rest.map((c) => c.country)).toContain('LBN');
    expect(rest.every((c) => c.population <= (first?.population ?? 0))).toBe(true);
    expect(first?.lat).toBeCloseTo(32.9, 0);
  });
  it('prefers a town in a country the sentence names', () => {
    expect(lookupTown('Tripoli', new Set())?.country).toBe('LBY');
    expect(lookupTown('Tripoli', new Set(['LBN']))?.country).toBe('LBN');
    expect(lookupTown('Nowhereville Xq', new Set())).toBeUndefined();
  });
});

describe('towns in sentences', () => {
  it('reads a town after a locative preposition, "from", or in "the town of …"', () => {
    expect(placesOf('Troops clashed with rebels in Cizre on Monday.')).toEqual([['Cizre', 'TUR']]);
    expect(placesOf('A teacher from Calgary was detained.')).toEqual([['Calgary', 'CAN']]);
    expect(placesOf('Shells fell on the town of Sivas.')).toEqual([['Sivas', 'TUR']]);
  });
  it('reads no town without a cue, and keeps institution words', () => {
    expect(placesOf('Calgary voted on Monday.')).toEqual([]);
    expect(placesOf('The motion failed in Parliament.')).toEqual([]);
    expect(placesOf('Riot Police in Union Square dispersed the crowd.')).toEqual([]);
  });
  it('keeps our regional entry before the world list', () => {
    expect(placesOf('Gunmen attacked a bus in Hyderabad.')).toEqual([['Hyderabad', 'PAK']]);
  });
  it('places the event in the town of the country the sentence names', () => {
    const at = (text: string) => codeText(text, { registry, docId: 't' })[0]?.location?.country;
    expect(at('Gunmen attacked a market in Tripoli, the north Lebanese port.')).toBe('LBN');
    expect(at('Gunmen attacked a market in Tripoli.')).toBe('LBY');
  });
});
