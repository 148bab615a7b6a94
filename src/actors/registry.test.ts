// Tests of the actor registry over the fixture actors: resolution at each match level, in
// English, Urdu, Pashto and Russian; ambiguity; unknown names; parent chains; external ids;
// and the property that every alias of every actor resolves to that actor first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmbiguityError, ConflictError, NotFoundError } from '../errors.ts';
import type { Actor } from '../model/index.ts';
import { MATCH_SCORES, ActorRegistry } from './registry.ts';
import { FIXTURE_ACTORS } from './test-fixtures.ts';

const registry = ActorRegistry.from(FIXTURE_ACTORS);

function topIds(text: string): string[] {
  const candidates = registry.resolve(text);
  const best = candidates[0]?.score;
  return candidates.filter((candidate) => candidate.score === best).map((candidate) => candidate.actor.id);
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('ActorRegistry: construction and lookup', () => {
  it('indexes every fixture actor by id', () => {
    expect(registry.size).toBe(FIXTURE_ACTORS.length);
    expect(registry.get('ttp')?.name).toBe('Tehrik-i-Taliban Pakistan');
    expect(registry.get('nobody')).toBeUndefined();
    expect(registry.require('pakistan').kind).toBe('state');
  });

  it('refuses duplicate ids', () => {
    const [first] = FIXTURE_ACTORS as [Actor];
    expect(() => ActorRegistry.from([first, first])).toThrow(ConflictError);
  });

  it('require() of an unknown id throws NotFoundError with up to five close ids', () => {
    const error = thrown(() => registry.require('pakistan-govt'));
    expect(error).toBeInstanceOf(NotFoundError);
    const suggestions = (error as NotFoundError).suggestions;
    expect(suggestions[0]).toBe('pakistan-government');
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect((error as NotFoundError).message).toContain('pakistan-government');
  });

  it('finds the state of a country', () => {
    expect(registry.stateOf('PAK')?.id).toBe('pakistan');
    expect(registry.stateOf('IND')).toBeUndefined();
  });
});

describe('ActorRegistry.resolve: match levels', () => {
  it.each([
    ['ttp', 'ttp', 'id'],
    ['Tehrik-i-Taliban Pakistan', 'ttp', 'exact'],
    ['TTP', 'ttp', 'exact'],
    ['tehrik i taliban pakistan', 'ttp', 'normalised'],
    ['Tehreek-e-Taliban Pakistan', 'ttp', 'variant'],
    ['Tahrik e Taleban Pakistan', 'ttp', 'variant'],
    ['Pakistani', 'pakistan', 'demonym'],
    ['the Pakistanis', 'pakistan', 'demonym'],
    ['Chinese', 'china', 'demonym'],
    ['Muttaki', 'amir-khan-muttaqi', 'variant'],
    ['Amir Khan Mottaki', 'amir-khan-muttaqi', 'variant'],
    ['Muttaqi', 'amir-khan-muttaqi', 'normalised'],
    ['Bilawel Bhutto Zardari', 'bilawal-bhutto-zardari', 'variant'],
    ['Zardari', 'bilawal-bhutto-zardari', 'normalised'],
    ['Noor Wali Mahsud', 'noor-wali-mehsud', 'variant'],
    ["Al Qa'ida", 'al-qaeda', 'normalised'],
    ['Qaeda', 'al-qaeda', 'variant'],
    ['Çin', 'china', 'country'],
    ['Amerika Birleşik Devletleri', 'united-states', 'country'],
    ['Китай', 'china', 'country'],
    ['США', 'united-states', 'country'],
    ['Pakistn', 'pakistan', 'fuzzy'],
  ])('%s → %s (%s)', (text, id, how) => {
    const [best] = registry.resolve(text);
    expect(best?.actor.id).toBe(id);
    expect(best?.how).toBe(how);
  });

  it('orders the levels: id > exact > normalised > variant > country > demonym > fuzzy (< 0.7)', () => {
    const scoreOf = (text: string): number => registry.resolve(text)[0]?.score ?? 0;
    const ladder = [
      scoreOf('ttp'),
      scoreOf('TTP'),
      scoreOf('ttp '.toUpperCase() + '.'),
      scoreOf('Tehreek-e-Taliban Pakistan'),
      scoreOf('Çin'),
      scoreOf('Pakistani'),
      scoreOf('Pakistn'),
    ];
    expect([...ladder].sort((a, b) => b - a)).toEqual(ladder);
    expect(new Set(ladder).size).toBe(ladder.length);
    expect(scoreOf('Pakistn')).toBeLessThan(0.7);
  });

  it('resolves Russian, Urdu and Pashto aliases, across Arabic-script letter variants', () => {
    expect(registry.resolve('Техрик-и-Талибан Пакистан')[0]?.actor.id).toBe('ttp');
    expect(registry.resolve('техрик и талибан пакистан')[0]?.how).toBe('normalised');
    expect(registry.resolve('تحریک طالبان پاکستان')[0]).toMatchObject({ how: 'exact', language: 'ur' });
    // Written with Arabic kaf and yeh instead of the Urdu keheh and Farsi yeh of the alias.
    expect(registry.resolve('تحريك طالبان پاكستان')[0]).toMatchObject({ how: 'normalised' });
    expect(registry.resolve('تحريك طالبان پاكستان')[0]?.actor.id).toBe('ttp');
    expect(registry.resolve('امیر خان متقی')[0]?.actor.id).toBe('amir-khan-muttaqi');
    expect(registry.resolve('Амир Хан Муттаки')[0]?.actor.id).toBe('amir-khan-muttaqi');
    expect(registry.resolve('بلاول بھٹو زرداری')[0]?.actor.id).toBe('bilawal-bhutto-zardari');
  });

  it('returns every candidate of an ambiguous name with equal scores instead of guessing', () => {
    expect(topIds('Taliban').sort()).toEqual(['afghan-taliban', 'ttp']);
    expect(topIds('Taleban').sort()).toEqual(['afghan-taliban', 'ttp']);
    expect(registry.resolve('Taleban').every((candidate) => candidate.how === 'variant')).toBe(true);
    // A name only one of them carries is not ambiguous.
    expect(topIds('Afghan Taliban')).toEqual(['afghan-taliban']);
    expect(topIds('Pakistani Taliban')).toEqual(['ttp']);
  });

  it('narrows candidates by kind, country and preferred language', () => {
    expect(registry.resolve('Taliban', { country: 'AFG' }).map((c) => c.actor.id)).toEqual([
      'afghan-taliban',
    ]);
    expect(registry.resolve('Taliban', { country: 'pak' }).map((c) => c.actor.id)).toEqual(['ttp']);
    expect(registry.resolve('Pakistani', { kinds: ['armed-group'] })).toEqual([]);
    expect(registry.resolve('Pakistan', { kinds: ['state'] })[0]?.actor.id).toBe('pakistan');
    // "افغانستان" is both a Pashto and a Dari alias; the preferred language's one is reported.
    expect(registry.resolve('افغانستان', { language: 'fa' })[0]?.language).toBe('fa');
    const penalised = registry.resolve('Талибан', { language: 'en' })[0]?.score ?? 0;
    expect(penalised).toBeLessThan(MATCH_SCORES.exact);
  });

  it('answers nothing for empty or unknown names', () => {
    expect(registry.resolve('')).toEqual([]);
    expect(registry.resolve('   ')).toEqual([]);
    expect(registry.resolve('Hezbollah')).toEqual([]);
    // Short names get no fuzzy matches.
    expect(registry.resolve('TTX')).toEqual([]);
  });
});

describe('ActorRegistry.resolveOne', () => {
  it('returns the single best candidate when it is clear', () => {
    expect(registry.resolveOne('Tehreek-e-Taliban Pakistan').actor.id).toBe('ttp');
    expect(registry.resolveOne('Pakistani').actor.id).toBe('pakistan');
    expect(registry.resolveOne('Muttaki').actor.id).toBe('amir-khan-muttaqi');
  });

  it('throws AmbiguityError listing the candidates for an ambiguous name', () => {
    const error = thrown(() => registry.resolveOne('Taliban'));
    expect(error).toBeInstanceOf(AmbiguityError);
    const candidates = (error as AmbiguityError).candidates;
    expect(candidates).toHaveLength(2);
    expect(candidates.join(' ')).toContain('afghan-taliban');
    expect(candidates.join(' ')).toContain('ttp');
  });

  it('throws NotFoundError with suggestions for an unknown name, and for fuzzy-only matches', () => {
    const unknown = thrown(() => registry.resolveOne('Tehrik-e-Labbaik'));
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect((unknown as NotFoundError).suggestions.length).toBeGreaterThan(0);
    expect((unknown as NotFoundError).suggestions.length).toBeLessThanOrEqual(5);

    const fuzzy = thrown(() => registry.resolveOne('Pakistn'));
    expect(fuzzy).toBeInstanceOf(NotFoundError);
    expect((fuzzy as NotFoundError).suggestions[0]).toContain('pakistan');
    expect(registry.resolveOne('Pakistn', { minScore: 0.5 }).actor.id).toBe('pakistan');
  });

  it('suggests close names', () => {
    expect(registry.closestNames('Bilawal Zardary', 3)[0]).toBe('Bilawal Bhutto Zardari');
    expect(registry.closestNames('Tehrik Taliban Pakstan', 1)).toEqual(['Tehrik-i-Taliban Pakistan']);
    expect(registry.closestNames('qqqqqqqqqqqq', 5)).toEqual([]);
    expect(registry.closestNames('Pakistan', 0)).toEqual([]);
  });
});

describe('ActorRegistry.parentChain', () => {
  const ids = (actors: Actor[]): string[] => actors.map((actor) => actor.id);

  it('follows parents up to the state', () => {
    expect(ids(registry.parentChain('pakistan-foreign-minister'))).toEqual([
      'pakistan-foreign-minister',
      'pakistan-government',
      'pakistan',
    ]);
    expect(ids(registry.parentChain('pakistan'))).toEqual(['pakistan']);
    expect(ids(registry.parentChain('noor-wali-mehsud'))).toEqual(['noor-wali-mehsud', 'ttp']);
  });

  it('follows the role a person without a parent holds, at a date or now', () => {
    expect(ids(registry.parentChain('bilawal-bhutto-zardari', { at: '2023-01-15' }))).toEqual([
      'bilawal-bhutto-zardari',
      'pakistan-foreign-minister',
      'pakistan-government',
      'pakistan',
    ]);
    // His tenure ended in 2023: no open role today.
    expect(ids(registry.parentChain('bilawal-bhutto-zardari'))).toEqual(['bilawal-bhutto-zardari']);
    expect(ids(registry.parentChain('bilawal-bhutto-zardari', { at: '2021-01-01' }))).toEqual([
      'bilawal-bhutto-zardari',
    ]);
  });

  it('stops at a cycle and at a missing parent', () => {
    const base = {
      kind: 'faction' as const,
      country: null,
      aliases: {},
      externalIds: {},
      roles: [],
      designations: [],
    };
    const cyclic = ActorRegistry.from([
      { ...base, id: 'a', name: 'A', parentId: 'b' },
      { ...base, id: 'b', name: 'B', parentId: 'c' },
      { ...base, id: 'c', name: 'C', parentId: 'a' },
      { ...base, id: 'd', name: 'D', parentId: 'missing' },
    ]);
    expect(ids(cyclic.parentChain('a'))).toEqual(['a', 'b', 'c']);
    expect(ids(cyclic.parentChain('d'))).toEqual(['d']);
    expect(() => cyclic.parentChain('zzz')).toThrow(NotFoundError);
  });
});

describe('ActorRegistry.findByExternalId', () => {
  it('finds actors by UCDP, Wikidata, CAMEO, ACLED and Gleditsch–Ward ids', () => {
    expect(registry.findByExternalId('ucdp', '356').map((a) => a.id)).toEqual(['ttp']);
    expect(registry.findByExternalId('ucdp', ' 303 ').map((a) => a.id)).toEqual(['afghan-taliban']);
    expect(registry.findByExternalId('wikidata', 'Q843').map((a) => a.id)).toEqual(['pakistan']);
    expect(registry.findByExternalId('cameo', 'PAKGOV').map((a) => a.id)).toEqual(['pakistan-government']);
    expect(registry.findByExternalId('acled', 'TTP: Tehreek-i-Taliban Pakistan').map((a) => a.id)).toEqual([
      'ttp',
    ]);
    expect(registry.findByExternalId('gwno', '770').map((a) => a.id)).toEqual([
      'pakistan',
      'pakistan-government',
    ]);
    expect(registry.findByExternalId('ucdp', '999999')).toEqual([]);
  });
});

describe('ActorRegistry: properties', () => {
  const everyAlias = FIXTURE_ACTORS.flatMap((actor) =>
    [actor.name, ...Object.values(actor.aliases).flat()].map((alias) => ({ actor, alias })),
  );

  it('resolves every alias of every fixture actor to that actor first (ties only with actors sharing the alias)', () => {
    for (const { actor, alias } of everyAlias) {
      const candidates = registry.resolve(alias);
      const best = candidates[0]?.score;
      const top = candidates.filter((candidate) => candidate.score === best);
      expect(
        top.map((candidate) => candidate.actor.id),
        alias,
      ).toContain(actor.id);
      for (const other of top) {
        const otherNames = [other.actor.name, ...Object.values(other.actor.aliases).flat()];
        expect(otherNames, `${alias} also names ${other.actor.id}`).toContain(alias);
      }
    }
  });

  it('still resolves an alias after changes of case, spacing, apostrophes and diacritics', () => {
    const aliasArbitrary = fc.constantFrom(...everyAlias);
    const transform = fc.constantFrom(
      (text: string) => text.toUpperCase(),
      (text: string) => text.toLowerCase(),
      (text: string) => `  ${text.replace(/ /gu, '   ')} `,
      (text: string) => text.replace(/'/gu, '’'),
      (text: string) => text.replace(/-/gu, ' '),
      (text: string) => text.replace(/a/gu, 'á').replace(/o/gu, 'ö'),
    );
    fc.assert(
      fc.property(aliasArbitrary, transform, ({ actor, alias }, change) => {
        const top = registry.resolve(change(alias));
        expect(top[0]?.score ?? 0).toBeGreaterThanOrEqual(MATCH_SCORES.normalised);
        expect(top.filter((c) => c.score === top[0]?.score).map((c) => c.actor.id)).toContain(actor.id);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws from resolve on any string and scores within 0…1, best first', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const candidates = registry.resolve(text);
        for (const [i, candidate] of candidates.entries()) {
          expect(candidate.score).toBeGreaterThanOrEqual(0);
          expect(candidate.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(candidate.score).toBeLessThanOrEqual(candidates[i - 1]?.score ?? 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
