/**
 * The coder links actor mentions by the document's date: of the candidates a name has, those
 * with `periods` count only on the days they held; a name whose every actor is out of its
 * periods is kept as text and linked to no one. Without a date nothing changes. Fictional
 * actors of our own, then the built-in case's two Afghan governments (the Republic until 15
 * August 2021, the Taliban government from then), in English, Turkish and Russian sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText } from '../../src/coder/code-text.ts';
import { recogniseMentions } from '../../src/coder/mentions.ts';
import { nameIndexOf } from '../../src/coder/name-index.ts';
import { tokenise } from '../../src/coder/tokenise.ts';
import type { CodedActor, CodedEvent } from '../../src/coder/types.ts';
import { Actor } from '../../src/model/index.ts';

const evidence = [{ sourceId: 'test-source' }];

function actor(input: Partial<Actor> & Pick<Actor, 'id' | 'name' | 'kind' | 'aliases'>): Actor {
  return Actor.parse({
    country: null,
    parentId: null,
    externalIds: {},
    roles: [],
    designations: [],
    ...input,
  });
}

const RURITANIA = ActorRegistry.from([
  actor({
    id: 'ruritania-kingdom',
    name: 'Royal Government of Ruritania',
    kind: 'government',
    aliases: { en: ['Royal Government of Ruritania', 'Government of Ruritania'] },
    periods: [{ from: '1950-01-01', to: '1990-06-30', evidence }],
  }),
  actor({
    id: 'ruritania-republic',
    name: 'Republic of Ruritania',
    kind: 'government',
    aliases: { en: ['Republic of Ruritania', 'Government of Ruritania'] },
    periods: [{ from: '1990-06-30', to: null, evidence }],
  }),
  actor({
    id: 'zenda-league',
    name: 'Zenda League',
    kind: 'armed-group',
    aliases: { en: ['Zenda League'] },
    periods: [{ from: '1960-01-01', to: '1985-12-31', evidence }],
  }),
  actor({ id: 'strelsau-guild', name: 'Strelsau Guild', kind: 'ngo', aliases: { en: ['Strelsau Guild'] } }),
]);

const BUILTIN = ActorRegistry.from(actors);

const code = (registry: ActorRegistry, text: string, dateRef?: string, language?: string): CodedEvent[] =>
  codeText(text, {
    registry,
    docId: 't',
    ...(dateRef === undefined ? {} : { dateRef }),
    ...(language === undefined ? {} : { language }),
  });
const sides = (event: CodedEvent | undefined): [string | null, string][][] =>
  event === undefined
    ? []
    : [event.sourceActors, event.targetActors].map((list) =>
        list.map((a: CodedActor): [string | null, string] => [a.actor, a.text]),
      );
const linked = (events: readonly CodedEvent[]): string[] =>
  events
    .flatMap((e) => [...e.sourceActors, ...e.targetActors])
    .flatMap((a) => (a.actor === null ? [] : [a.actor]));

describe('fictional actors with periods', () => {
  const text = 'The Government of Ruritania condemned the Zenda League.';

  it('a name shared by successive governments goes to the one holding on the document’s day', () => {
    expect(sides(code(RURITANIA, text, '1975-04-02')[0])).toEqual([
      [['ruritania-kingdom', 'Government of Ruritania']],
      [['zenda-league', 'Zenda League']],
    ]);
    expect(sides(code(RURITANIA, text, '2005-11-20')[0])[0]).toEqual([
      ['ruritania-republic', 'Government of Ruritania'],
    ]);
  });

  it('a name whose only actor is out of its periods is kept as text and linked to no one', () => {
    expect(sides(code(RURITANIA, text, '2005-11-20')[0])[1]).toEqual([[null, 'Zenda League']]);
    const [met] = code(RURITANIA, 'The Royal Government of Ruritania met the Strelsau Guild.', '2005-11-20');
    expect(sides(met)).toEqual([
      [[null, 'Royal Government of Ruritania']],
      [['strelsau-guild', 'Strelsau Guild']],
    ]);
  });

  it('the fallen actor’s name stays one mention of its own', () => {
    const sentence = 'The Royal Government of Ruritania Zenda League talks failed.';
    const mentions = recogniseMentions(tokenise(sentence), nameIndexOf(RURITANIA), sentence, 0, {
      date: '2005-11-20',
    });
    expect(mentions.actors.map((m) => [m.text, m.actor])).toEqual([
      ['Royal Government of Ruritania', null],
      ['Zenda League', null],
    ]);
  });

  it('without a document date every candidate counts, as before', () => {
    const events = code(RURITANIA, text);
    expect(linked(events)).toContain('zenda-league');
    expect(linked(code(RURITANIA, 'The Royal Government of Ruritania met the Strelsau Guild.'))).toContain(
      'ruritania-kingdom',
    );
  });
});

describe('the built-in case’s Afghan governments', () => {
  const BEFORE = '2019-06-01';
  const AFTER = '2023-05-09';
  const sentences = [
    'The Afghan government condemned the attack on the border post.',
    'The Government of Afghanistan condemned the attack on the border post.',
    'Kabul condemned the attack on the border post.',
  ];

  it('before 15 August 2021 the Republic, after it the Taliban government', () => {
    for (const text of sentences) {
      expect(linked(code(BUILTIN, text, BEFORE)), text).toEqual(['afghan-republic-government']);
      expect(linked(code(BUILTIN, text, AFTER)), text).toEqual(['taliban-government']);
    }
  });

  it('the Republic’s own name after its fall, or either government’s before 1996, links to no government', () => {
    const republic = code(
      BUILTIN,
      'The Islamic Republic of Afghanistan condemned the raid on the border post.',
      AFTER,
    );
    expect(linked(republic)).toEqual([]);
    expect(republic[0]?.sourceActors.map((a) => a.text)).toEqual(['Islamic Republic of Afghanistan']);
    expect(linked(code(BUILTIN, 'The Islamic Emirate of Afghanistan condemned the raid.', BEFORE))).toEqual(
      [],
    );
    for (const text of sentences)
      expect(
        linked(code(BUILTIN, text, '1994-03-01')).filter((id) => id.endsWith('government')),
        text,
      ).toEqual([]);
  });

  it('in Turkish and Russian too', () => {
    const turkish = "Afganistan İslam Cumhuriyeti Pakistan'ı kınadı.";
    expect(linked(code(BUILTIN, turkish, BEFORE, 'tr'))).toEqual(['afghan-republic-government', 'pakistan']);
    expect(linked(code(BUILTIN, turkish, AFTER, 'tr'))).toEqual(['pakistan']);
    const emirate = "Afganistan İslam Emirliği Pakistan'ı kınadı.";
    expect(linked(code(BUILTIN, emirate, AFTER, 'tr'))).toEqual(['taliban-government', 'pakistan']);
    expect(linked(code(BUILTIN, emirate, BEFORE, 'tr'))).toEqual(['pakistan']);
    const russian = 'Исламская Республика Афганистан осудила Пакистан.';
    expect(linked(code(BUILTIN, russian, BEFORE, 'ru'))).toEqual(['afghan-republic-government', 'pakistan']);
    expect(linked(code(BUILTIN, russian, AFTER, 'ru'))).not.toContain('afghan-republic-government');
  });

  it('without a date the links are those of an undated text', () => {
    expect(linked(code(BUILTIN, sentences[1] as string))).toEqual(['afghan-republic-government']);
    expect(linked(code(BUILTIN, sentences[0] as string))).toEqual(['taliban-government']);
  });
});
