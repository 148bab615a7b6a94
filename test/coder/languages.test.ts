/**
 * Turkish and Russian plug into the coder through their stem lexicons, on sentences written
 * for these tests: each language codes its sentences to the right type and actors, a negated
 * sentence is flagged, a date with a month name is resolved, an object of a demand is no
 * event of its own, a Turkish place closes the phrase before it; English keeps its clause lexicon.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { lexiconFor, stemLexiconFor } from '../../src/coder/lexicon/index.ts';
import { monthNameDate, saysSince, suffixedYearDate } from '../../src/coder/stem-coder.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string, language: string) =>
  codeText(text, { registry, docId: 't', language, dateRef: '2024-05-01' });
const who = (list: CodedEvent['sourceActors']) => list.map((a) => a.actor ?? a.country);
const summary = (events: readonly CodedEvent[]) =>
  events.map((e) => `${e.type} ${who(e.sourceActors).join('+')}>${who(e.targetActors).join('+')}`);

describe('Turkish', () => {
  it.each([
    ["Pakistan Afganistan'a yaptırım uyguladı.", 'COERCE pakistan>afghanistan'],
    ['TTP militanları Pakistan ordusuna saldırdı.', 'ASSAULT ttp>pakistan'],
    ["Çin, Pakistan'a yardım gönderdi.", 'AID china>pakistan'],
    ["Pakistan hükümeti TTP'yi suçladı.", 'ACCUSE pakistan-government>ttp'],
    ['Katar ateşkes çağrısında bulundu.', 'REQUEST qatar>'],
    ["Pakistan ordusu TTP'nin taleplerini reddetti.", 'REJECT pakistan-army>ttp'],
  ])('codes %s', (text, expected) => {
    expect(summary(code(text, 'tr'))).toEqual([expected]);
  });

  it('codes coordinated actors meeting as a reciprocal consultation, the city being a place', () => {
    const events = code("Pakistan ve Afganistan 12 Mart 2024 tarihinde Doha'da görüştü.", 'tr');
    expect(summary(events)).toEqual(['CONSULT pakistan>afghanistan', 'CONSULT afghanistan>pakistan']);
    expect(events.map((e) => [e.date, e.datePrecision])).toEqual([
      ['2024-03-12', 'day'],
      ['2024-03-12', 'day'],
    ]);
  });

  it('flags the -me/-ma verb negation and "değil"', () => {
    const [notMet] = code('Türkiye, Pakistan ile görüşmedi.', 'tr');
    expect(notMet).toMatchObject({ type: 'CONSULT', negated: true });
    expect(who(notMet?.targetActors ?? [])).toEqual(['pakistan']);
    expect(code("Pakistan'ın TTP ile görüşmesi resmi değil.", 'tr')[0]?.negated).toBe(true);
    expect(code("TTP Pakistan'a saldırdı.", 'tr')[0]?.negated).toBe(false);
    expect(code('Görüşmede Pakistan ve Çin anlaştı.', 'tr').every((e) => !e.negated)).toBe(true);
  });

  it('a place between a possessed actor and the next name closes the phrase', () => {
    for (const place of ["Peşaver'de", "Kuzey Veziristan'da", "dün Karaçi'de"])
      expect(summary(code(`Pakistan ordusu ${place} TTP militanlarına saldırdı.`, 'tr')), place).toEqual([
        'ASSAULT pakistan-army>ttp',
      ]);
  });

  it('a possessed noun with the suffixed "ile" makes its possessor the target', () => {
    // Not a reciprocal pair of subjects: "with the Taliban's officials".
    expect(summary(code('Çin, Taliban yetkilileriyle görüştü.', 'tr'))).toEqual([
      'CONSULT china>afghan-taliban',
    ]);
  });

  it('a year’s case suffix is no part of the name after it', () => {
    const [condemned] = code("Mayıs 1998'de Afganistan Pakistan'ı kınadı.", 'tr');
    expect(condemned?.sourceActors.map((a) => a.text)).toEqual(['Afganistan']);
    expect([condemned?.date, condemned?.datePrecision]).toEqual(['1998-05-01', 'month']);
  });
});

describe('Russian', () => {
  it.each([
    ['Китай предоставил помощь Пакистану.', 'AID china>pakistan'],
    ['ТТП напала на армию Пакистана.', 'ASSAULT ttp>pakistan'],
    ['Пакистан обвинил Афганистан в поддержке боевиков.', 'ACCUSE pakistan>afghanistan'],
    ['Катар призвал к перемирию.', 'REQUEST qatar>'],
    ['США ввели санкции против Афганистана.', 'COERCE united-states>afghanistan'],
    ['Полиция Пакистана арестовала членов ТТП.', 'COERCE pakistan>ttp'],
  ])('codes %s', (text, expected) => {
    expect(summary(code(text, 'ru'))).toEqual([expected]);
  });

  it('codes talks between coordinated actors both ways, with the date in the genitive', () => {
    const events = code('Пакистан и Афганистан провели переговоры 3 апреля 2024 года в Дохе.', 'ru');
    expect(summary(events)).toEqual(['CONSULT pakistan>afghanistan', 'CONSULT afghanistan>pakistan']);
    expect(events[0]).toMatchObject({ date: '2024-04-03', datePrecision: 'day' });
  });

  it('flags "не" and "ни" before the trigger', () => {
    expect(code('Пакистан не согласился с требованиями.', 'ru')).toMatchObject([
      { type: 'AGREE', negated: true },
    ]);
    expect(code('Пакистан согласился с требованиями.', 'ru')).toMatchObject([
      { type: 'AGREE', negated: false },
    ]);
  });
});

describe('choosing the lexicon', () => {
  it('gives tr and ru their stem lexicons and keeps English for others', () => {
    expect(stemLexiconFor('tr')?.language).toBe('tr');
    expect(stemLexiconFor('ru-RU')?.language).toBe('ru');
    expect(stemLexiconFor('en')).toBeUndefined();
    expect(stemLexiconFor(undefined)).toBeUndefined();
    expect(lexiconFor('tr').language).toBe('en');
  });

  it('codes English through the clause lexicon whatever the default', () => {
    const text = 'Pakistan and Afghanistan held talks in Doha.';
    expect(summary(codeText(text, { registry }))).toEqual(
      summary(codeText(text, { registry, language: 'en' })),
    );
    expect(summary(codeText(text, { registry }))).toContain('CONSULT pakistan>afghanistan');
  });

  it("writes every language in the output contract's key order", () => {
    const english = codeText('Pakistan attacked Afghanistan.', { registry })[0];
    const turkish = code("Pakistan Afganistan'a saldırdı.", 'tr')[0];
    const russian = code('Пакистан атаковал Афганистан.', 'ru')[0];
    expect(english).toBeDefined();
    expect(Object.keys(turkish ?? {})).toEqual(Object.keys(english ?? {}));
    expect(Object.keys(russian ?? {})).toEqual(Object.keys(english ?? {}));
  });

  it('resolves month names with a year, or a day and the reference year, and nothing else', () => {
    const tr = stemLexiconFor('tr');
    const ru = stemLexiconFor('ru');
    if (tr === undefined || ru === undefined) throw new Error('missing lexicon');
    expect(monthNameDate(['aralık', '2023'], tr, null)).toEqual({ date: '2023-12-01', precision: 'month' });
    expect(monthNameDate(['5', 'мая'], ru, '2024-05-09')).toEqual({ date: '2024-05-05', precision: 'day' });
    expect(monthNameDate(['мало', 'людей'], ru, '2024-05-09')).toBeUndefined();
  });

  it('reads a year with a case suffix, and "since" only where it stands by a year', () => {
    const tr = stemLexiconFor('tr');
    const ru = stemLexiconFor('ru');
    if (tr === undefined || ru === undefined) throw new Error('missing lexicon');
    expect(suffixedYearDate(['2012', "'", 'de', 'görüştüler'])).toEqual({
      date: '2012-01-01',
      precision: 'year',
    });
    expect(suffixedYearDate(['2012', 'kişi', 'görüştü'])).toBeUndefined();
    expect(saysSince(['2012', "'", 'den', 'beri'], tr)).toBe(true);
    expect(saysSince(['2012', 'yılından', 'beri'], tr)).toBe(true);
    expect(saysSince(['2012', "'", 'de', 'görüştüler'], tr)).toBe(false);
    expect(saysSince(['с', '2012', 'года'], ru)).toBe(true);
    expect(saysSince(['с', 'марта', '2012', 'года'], ru)).toBe(true);
    // "с" is also "with": "with 2000 fighters" is no date.
    expect(saysSince(['встретился', 'с', '2000', 'боевиками'], ru)).toBe(false);
  });
});
