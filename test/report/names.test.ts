// Actor names in a brief: the registry's alias in the language, a state's country name, or the
// English name; and English "the" as the actor's data states it, else decided by the name and
// the kind, not by a list of actors.
import { describe, expect, it } from 'vitest';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Actor } from '../../src/model/index.ts';
import { localName, takesDefiniteArticle } from '../../src/report/index.ts';
import { actor as builtActor } from '../assess/builders.ts';

const actor = (id: string) => pakistanTtp.actors.find((a) => a.id === id)!;
const made = (name: string, kind: Actor['kind'], extra: Partial<Actor> = {}): Actor =>
  builtActor('x', kind, { name, ...extra });

describe('localName', () => {
  it("takes the registry's first alias in the language", () => {
    expect(localName(actor('ttp'), 'tr')).toBe(actor('ttp').aliases['tr']![0]);
    expect(localName(actor('ttp'), 'ru')).toBe(actor('ttp').aliases['ru']![0]);
    expect(localName(actor('ttp'), 'en')).toBe('Tehrik-i-Taliban Pakistan');
  });

  it("falls back to the country's name for a state without an alias, then to the English name", () => {
    const iran = made('Iran', 'state', { country: 'IRN', aliases: { en: ['Iran'] } });
    expect(localName(iran, 'tr')).toBe('İran');
    expect(localName(iran, 'ru')).toBe('Иран');
    expect(localName(made('Lashkar-e-Jhangvi', 'armed-group'), 'ru')).toBe('Lashkar-e-Jhangvi');
    expect(localName(iran, 'de')).toBe('Iran');
  });
});

describe('takesDefiniteArticle', () => {
  it('decides from the name and the kind', () => {
    const cases: [string, Actor['kind'], boolean][] = [
      ['Afghan Taliban', 'armed-group', true],
      ['Pakistani Taliban', 'armed-group', true],
      ['Haqqani network', 'faction', true],
      ['Islamic State', 'armed-group', true],
      ['Balochistan Liberation Army', 'armed-group', true],
      ['Government of Pakistan', 'government', true],
      ['Inter-Services Intelligence', 'intelligence', true],
      ['UN Security Council', 'igo', true],
      ['United States', 'state', true],
      ['United Arab Emirates', 'state', true],
      ['Pakistan', 'state', false],
      ['Türkiye', 'state', false],
      ['Tehrik-i-Taliban Pakistan', 'armed-group', false],
      ['Jamaat-ul-Ahrar', 'faction', false],
      ['al-Qaeda', 'armed-group', false],
      ['Sirajuddin Haqqani', 'person', false],
      ['Minister of Interior of Pakistan', 'office', true],
      ['The Resistance Front', 'armed-group', false],
      ['Islamic Emirate of Afghanistan (Taliban government)', 'government', true],
    ];
    for (const [name, kind, expected] of cases)
      expect(takesDefiniteArticle(made(name, kind)), name).toBe(expected);
  });

  it('takes what the actor’s data states over the rule, either way', () => {
    expect(takesDefiniteArticle(made('Afghan Taliban', 'armed-group', { definiteArticle: false }))).toBe(
      false,
    );
    expect(
      takesDefiniteArticle(made('Tehrik-i-Taliban Pakistan', 'armed-group', { definiteArticle: true })),
    ).toBe(true);
    expect(takesDefiniteArticle(made('Some Monitoring Team', 'igo', { definiteArticle: true }))).toBe(true);
  });

  it('is stated in the built-in case’s data for every actor whose name takes it', () => {
    expect(actor('afghan-taliban').definiteArticle).toBe(true);
    expect(actor('un-monitoring-team').definiteArticle).toBe(true);
    for (const a of pakistanTtp.actors) {
      const { definiteArticle: _stated, ...unstated } = a;
      if (takesDefiniteArticle(unstated)) expect(a.definiteArticle, a.id).toBe(true);
      if (a.kind === 'person') expect(a.definiteArticle, a.id).toBeUndefined();
    }
  });

  it('holds for the founding case’s mediator and parties', () => {
    expect(takesDefiniteArticle(actor('afghan-taliban'))).toBe(true);
    expect(takesDefiniteArticle(actor('pakistan'))).toBe(false);
    expect(takesDefiniteArticle(actor('ttp'))).toBe(false);
  });
});
