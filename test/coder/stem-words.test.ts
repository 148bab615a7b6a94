/**
 * The stem coder's word analysis and role rules, on sentences written for these tests: places
 * in their inflected forms, unnamed actors with a nationality adjective or the sentence's place,
 * passives, "between", a possessor taking its noun's case, one ending for a coordination,
 * the content of an accusation, and modality.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { RUSSIAN } from '../../src/coder/lexicon/ru/triggers.ts';
import { TURKISH } from '../../src/coder/lexicon/tr/triggers.ts';
import { findStemPlaces, inflectionOf } from '../../src/coder/stem-words.ts';
import { tokenise } from '../../src/coder/tokenise.ts';
import type { CodedEvent } from '../../src/coder/types.ts';

const registry = ActorRegistry.from(actors);
const code = (text: string, language: string) => codeText(text, { registry, docId: 't', language });
const countries = (list: CodedEvent['sourceActors']) => list.map((a) => a.country).join('+');
const roles = (e: CodedEvent | undefined) =>
  e === undefined ? 'none' : `${e.type} ${countries(e.sourceActors)}>${countries(e.targetActors)}`;

describe('inflected names', () => {
  it('accepts a name or its stem with a short case ending, and nothing longer', () => {
    const endings = new Set(['е', 'у', 'ом', 'ой', 'а']);
    expect(inflectionOf('москве', 'москва', endings)).toBe(true);
    expect(inflectionOf('пешаваре', 'пешавар', endings)).toBe(true);
    expect(inflectionOf('северном', 'северный', endings)).toBe(true);
    expect(inflectionOf('московский', 'москва', endings)).toBe(false);
    expect(inflectionOf('доход', 'доха', endings)).toBe(false);
  });
  it('finds multiword places first and keeps their text without a suffix', () => {
    const text = "Saldırı Kuzey Veziristan'da oldu.";
    const words = tokenise(text, 0).map((t) => TURKISH.lower(t.text));
    const places = findStemPlaces(tokenise(text, 0), words, TURKISH, text, 0);
    expect(places.map((p) => [p.text, p.place.name])).toEqual([['Kuzey Veziristan', 'North Waziristan']]);
    const ru = 'Встреча прошла в Северном Вазиристане.';
    const ruWords = tokenise(ru, 0).map((t) => RUSSIAN.lower(t.text));
    expect(findStemPlaces(tokenise(ru, 0), ruWords, RUSSIAN, ru, 0).map((p) => p.place.name)).toEqual([
      'North Waziristan',
    ]);
  });
});

describe('stem coder roles', () => {
  it('gives an unnamed actor the country of its nationality adjective, and reads a Russian passive', () => {
    expect(roles(code('Три боевика были убиты пакистанскими солдатами.', 'ru')[0])).toBe('ASSAULT PAK>');
    const [event] = code('Лидер ТТП был убит пакистанскими военными.', 'ru');
    expect(roles(event)).toBe('ASSAULT PAK>PAK');
    expect(event?.sourceActors[0]?.sector).toBe('MIL');
  });
  it('reads a Turkish passive with its agent before "tarafından"', () => {
    expect(roles(code('TTP militanları Pakistan ordusu tarafından öldürüldü.', 'tr')[0])).toBe(
      'ASSAULT PAK>PAK',
    );
  });
  it('gives an unnamed actor the sentence place, and makes the place the target when none is named', () => {
    const [event] = code("Polis Peşaver'de gösterici grubunu gözaltına aldı.", 'tr');
    expect(event?.location?.name).toBe('Peshawar');
    expect(roles(event)).toBe('COERCE PAK>PAK');
    const [strike] = code('Боевики атаковали блокпост в Кабуле.', 'ru');
    expect(strike?.targetActors.map((a) => a.country)).toEqual(['AFG']);
  });
  it('pairs the two sides of "between" as acting on each other', () => {
    const events = code('Между Ираном и Афганистаном произошли столкновения.', 'ru');
    expect(events.map(roles).sort()).toEqual(['ASSAULT AFG>IRN', 'ASSAULT IRN>AFG']);
    expect(roles(code('Katar, İran ile Irak arasında arabuluculuk yaptı.', 'tr')[0])).toBe(
      'CONSULT QAT>IRN+IRQ',
    );
  });
  it('lets a possessor and a coordination take the case of the noun that follows', () => {
    expect(roles(code("Çin, İran'ın nükleer programına destek verdi.", 'tr')[0])).toBe('SUPPORT CHN>IRN');
    expect(roles(code("Katar, Irak ve İran'ı görüşmeye çağırdı.", 'tr')[0])).toBe('REQUEST QAT>IRQ+IRN');
  });
  it('reads a case-marked agent noun as the target, and a possessed one as part of the actor before it', () => {
    const sectors = (list: CodedEvent['sourceActors']) => list.map((a) => a.actor ?? a.sector).join('+');
    const sides = (e: CodedEvent | undefined) =>
      e === undefined ? 'none' : `${sectors(e.sourceActors)}>${sectors(e.targetActors)}`;
    // Plural dative and accusative: the militants and the soldiers are acted on.
    expect(sides(code('Askerler militanları öldürdü.', 'tr')[0])).toBe('MIL>REB');
    expect(sides(code('Militanlar askerlere saldırdı.', 'tr')[0])).toBe('REB>MIL');
    expect(sides(code('Pakistan ordusu militanlara saldırdı.', 'tr')[0])).toBe('pakistan-army>REB');
    // Possessed nouns belong to the actor before them ("TTP's militants"), and a compound's own
    // possessive ("güvenlik güçleri") is no case: both stay on the acting side.
    expect(sides(code('TTP militanları bir karakola saldırdı.', 'tr')[0])).toBe('ttp>');
    expect(sides(code('Güvenlik güçleri üç TTP üyesini gözaltına aldı.', 'tr')[0])).toBe('COP>ttp');
  });

  it("leaves the actors of an accusation's content out of its roles", () => {
    expect(roles(code("Irak, İran'ı Suriye'ye silah göndermekle suçladı.", 'tr')[0])).toBe('ACCUSE IRQ>IRN');
    expect(roles(code('Ирак обвинил Иран в поставках оружия Сирии.', 'ru')[0])).toBe('ACCUSE IRQ>IRN');
  });
  it('flags plans and the future as hypothetical', () => {
    expect(code('İran, Irak ile görüşmeyi planlıyor.', 'tr')[0]?.hypothetical).toBe(true);
    expect(code('İran, Irak ile görüşecek.', 'tr')[0]?.hypothetical).toBe(true);
    expect(code('İran, Irak ile görüştü.', 'tr')[0]?.hypothetical).toBe(false);
    expect(code('Иран намерен провести переговоры с Ираком.', 'ru')[0]?.hypothetical).toBe(true);
    expect(code('Иран провел переговоры с Ираком.', 'ru')[0]?.hypothetical).toBe(false);
  });
});
