/**
 * The coder links actor mentions by the document's date: of the candidates a name has, those
 * with `periods` count only on the days they held; a name whose every actor is out of its
 * periods is kept as text and linked to no one. Without a date nothing changes. Fictional
 * actors of our own, then the built-in case's two Afghan governments (the Republic until 15
 * August 2021, the Taliban government from then), in English, Turkish and Russian sentences
 * written for these tests. A sentence that states its own date (a day, a month, a year, a
 * relative date) is read by that date instead; a movement's name with a government word
 * ("the Taliban authorities") or ruling a country ("Taliban-ruled Afghanistan") is the
 * movement's government in its periods.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { actors } from '../../src/cases/pakistan-ttp/actors.ts';
import { codeText, sentenceTimes } from '../../src/coder/code-text.ts';
import { findDates } from '../../src/coder/dates.ts';
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

/** A fictional movement (id from its name) and the government the registry names "<movement> government". */
function movementAndGovernment(
  movement: string,
  governmentId: string,
  governmentName: string,
  periods: [string, string | null][],
): Actor[] {
  return [
    actor({
      id: movement.toLowerCase().replace(/ /gu, '-'),
      name: movement,
      kind: 'armed-group',
      aliases: { en: [movement] },
    }),
    actor({
      id: governmentId,
      name: governmentName,
      kind: 'government',
      country: 'AUT',
      aliases: { en: [governmentName, `${movement} government`] },
      periods: periods.map(([from, to]) => ({ from, to, evidence })),
    }),
  ];
}

/** A fictional actor of one period with a name it may share with others. */
const dated = (id: string, name: string, alias: string, from: string, to: string | null): Actor =>
  actor({ id, name, kind: 'ngo', aliases: { en: [name, alias] }, periods: [{ from, to, evidence }] });

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

/** The registry ids of one sentence's actor mentions, read with the document's date and the sentence's own times. */
function mentionIds(registry: ActorRegistry, text: string, dateRef: string): (string | null)[] {
  const tokens = tokenise(text);
  const index = nameIndexOf(registry);
  return recogniseMentions(tokens, index, text, 0, {
    date: dateRef,
    times: sentenceTimes(tokens, findDates(tokens, dateRef), index, dateRef),
  }).actors.map((m) => m.actor);
}

describe('a sentence that states its own date is read by it, not by the document’s', () => {
  const LATE = '2005-11-20';

  it('a year, a month or a day in the sentence chooses among successive governments', () => {
    const text = 'the Government of Ruritania condemned the Zenda League.';
    expect(sides(code(RURITANIA, `In 1975 ${text}`, LATE)[0])).toEqual([
      [['ruritania-kingdom', 'Government of Ruritania']],
      [['zenda-league', 'Zenda League']],
    ]);
    expect(linked(code(RURITANIA, `In March 1984 ${text}`, LATE))).toEqual([
      'ruritania-kingdom',
      'zenda-league',
    ]);
    expect(linked(code(RURITANIA, `On 2 May 1984 ${text}`, LATE))).toEqual([
      'ruritania-kingdom',
      'zenda-league',
    ]);
    // The same sentence undated in a late document: the republic, and the league is no one.
    expect(linked(code(RURITANIA, `The ${text.slice(4)}`, LATE))).toEqual(['ruritania-republic']);
    // And the other way: an early document, a sentence of a later year.
    expect(linked(code(RURITANIA, `In 1995 ${text}`, '1975-04-02'))).toEqual(['ruritania-republic']);
  });

  it('a relative date resolves against the document’s date first', () => {
    const text = 'Last year the Zenda League attacked the Strelsau Guild.';
    expect(linked(code(RURITANIA, text, '1986-03-01'))).toEqual(['zenda-league', 'strelsau-guild']);
    expect(linked(code(RURITANIA, text, '1987-03-01'))).toEqual(['strelsau-guild']);
  });

  it('each mention is read by the date of its own stretch of the sentence', () => {
    expect(
      mentionIds(
        RURITANIA,
        'In 1975 the Government of Ruritania fought the Zenda League, and in 2001 the Government of Ruritania honoured its victims.',
        LATE,
      ),
    ).toEqual(['ruritania-kingdom', 'zenda-league', 'ruritania-republic']);
  });

  // Two guilds share a name; the old one until mid-1950, the new one from then; a third held only part of 1970.
  const GUILDS = ActorRegistry.from([
    dated('old-guild', 'Old Merchants Guild', 'Merchants Guild', '1900-01-01', '1950-06-30'),
    dated('new-guild', 'New Merchants Guild', 'Merchants Guild', '1950-07-01', null),
    dated('black-guard', 'Black Guard', 'Black Guard', '1970-03-01', '1970-09-30'),
  ]);

  it('a year takes the actor holding all of it, else one holding part of it', () => {
    const guild = (when: string): (string | null)[] =>
      mentionIds(GUILDS, `${when} the Merchants Guild met the Black Guard.`, '2020-01-01');
    expect(guild('In 1949')).toEqual(['old-guild', null]);
    expect(guild('In 1951')).toEqual(['new-guild', null]);
    expect(guild('In March 1950')).toEqual(['old-guild', null]);
    // No guild held all of 1950: each held part of it, so both stay candidates (the first is taken).
    expect(guild('In 1950')).toEqual(['old-guild', null]);
    expect(guild('In September 1950')).toEqual(['new-guild', null]);
    // The guard held only March to September 1970: the year counts it, December does not.
    expect(guild('In 1970')).toEqual(['new-guild', 'black-guard']);
    expect(guild('In December 1970')).toEqual(['new-guild', null]);
  });

  it('the built-in Afghan governments by the sentence’s date in a 2023 article', () => {
    const AFTER = '2023-05-09';
    const text = 'the Afghan government condemned the attack on the border post.';
    expect(linked(code(BUILTIN, `In 2010 ${text}`, AFTER))).toEqual(['afghan-republic-government']);
    expect(linked(code(BUILTIN, `In 1998 ${text}`, AFTER))).toEqual(['taliban-government']);
    expect(linked(code(BUILTIN, `On 20 May 2021 ${text}`, AFTER))).toEqual(['afghan-republic-government']);
    expect(linked(code(BUILTIN, `In September 2021 ${text}`, AFTER))).toEqual(['taliban-government']);
    expect(linked(code(BUILTIN, `In 2010, Kabul condemned the raid.`, AFTER))).toEqual([
      'afghan-republic-government',
    ]);
    // Before either held power, none.
    expect(linked(code(BUILTIN, `In 1994 ${text}`, AFTER)).filter((id) => id.endsWith('government'))).toEqual(
      [],
    );
    // The Republic's own name in a sentence of its time is linked even in a later article.
    expect(
      linked(code(BUILTIN, 'In 2015 the Islamic Republic of Afghanistan condemned the raid.', AFTER)),
    ).toEqual(['afghan-republic-government']);
  });

  it('in Turkish and Russian, a year or a date the sentence states', () => {
    const turkish = "yılında Afganistan İslam Cumhuriyeti Pakistan'ı kınadı.";
    expect(linked(code(BUILTIN, `2010 ${turkish}`, '2023-05-09', 'tr'))).toEqual([
      'afghan-republic-government',
      'pakistan',
    ]);
    expect(linked(code(BUILTIN, `2022 ${turkish}`, '2015-05-09', 'tr'))).toEqual(['pakistan']);
    const emirate = "12 Mayıs 1998 tarihinde Afganistan İslam Emirliği Pakistan'ı kınadı.";
    expect(linked(code(BUILTIN, emirate, '2010-05-09', 'tr'))).toEqual(['taliban-government', 'pakistan']);
    const russian = 'году Исламская Республика Афганистан осудила Пакистан.';
    expect(linked(code(BUILTIN, `В 2010 ${russian}`, '2023-05-09', 'ru'))).toEqual([
      'afghan-republic-government',
      'pakistan',
    ]);
    expect(linked(code(BUILTIN, `В 2023 ${russian}`, '2010-05-09', 'ru'))).toEqual(['pakistan']);
  });
});

describe('a movement named as a government', () => {
  const sourceOf = (registry: ActorRegistry, text: string, dateRef: string): [string | null, string][] =>
    sides(code(registry, text, dateRef)[0])[0] ?? [];

  it('a government word after "Taliban", or "Taliban-ruled Afghanistan", is the Taliban government in its periods', () => {
    for (const subject of [
      'The Taliban government',
      'The Taliban authorities',
      'The Taliban administration in Kabul',
      'The Taliban regime',
      'The Taliban-led government',
      'Taliban-ruled Afghanistan',
    ]) {
      const text = `${subject} condemned the attack on the border post.`;
      expect(sourceOf(BUILTIN, text, '2023-05-09')[0]?.[0], text).toBe('taliban-government');
      expect(sourceOf(BUILTIN, text, '1999-05-09')[0]?.[0], text).toBe('taliban-government');
    }
    expect(sourceOf(BUILTIN, 'Taliban-ruled Afghanistan condemned the raid.', '2023-05-09')).toEqual([
      ['taliban-government', 'Taliban-ruled Afghanistan'],
    ]);
  });

  /** For each subject, the actors linked in "<subject> condemned the attack on the border post." */
  const linkedFor = (subjects: readonly string[], dateRef: string): Record<string, string[]> =>
    Object.fromEntries(
      subjects.map((s) => [
        s,
        linked(code(BUILTIN, `${s} condemned the attack on the border post.`, dateRef)),
      ]),
    );
  const each = (subjects: readonly string[], ids: string[]): Record<string, string[]> =>
    Object.fromEntries(subjects.map((s) => [s, ids]));

  it('plain "the Taliban", its fighters, leaders, leadership and spokesman stay the movement', () => {
    const people = [
      'The Taliban',
      'Taliban fighters',
      'Taliban leaders',
      'The Taliban leadership',
      'A Taliban spokesman',
    ];
    expect(linkedFor(people, '2023-05-09')).toEqual(each(people, ['afghan-taliban']));
  });

  it('the possessive reads the same, as one mention: "the Taliban’s government"', () => {
    const text = "The Taliban's government condemned the attack on the border post.";
    expect(sourceOf(BUILTIN, text, '2023-05-09')).toEqual([['taliban-government', "Taliban's government"]]);
    expect(sourceOf(BUILTIN, text, '1999-05-09')).toEqual([['taliban-government', "Taliban's government"]]);
    expect(sourceOf(BUILTIN, text, '2010-05-09')).toEqual([['afghan-taliban', "Taliban's government"]]);
    expect(
      sourceOf(BUILTIN, "The Taliban's interim government condemned the raid.", '2023-05-09')[0]?.[0],
    ).toBe('taliban-government');
  });

  it('holders of the government’s offices are the government while it holds, the movement otherwise', () => {
    const offices = [
      'Taliban officials',
      'Taliban ministers',
      "The Taliban's foreign minister",
      'A Taliban government spokesman',
    ];
    expect(linkedFor(offices, '2023-05-09')).toEqual(each(offices, ['taliban-government']));
    expect(linkedFor(offices, '2010-05-09')).toEqual(each(offices, ['afghan-taliban']));
    // The sentence's own date decides here too.
    expect(linked(code(BUILTIN, 'In 2012 Taliban officials condemned the raid.', '2023-05-09'))).toEqual([
      'afghan-taliban',
    ]);
  });

  it('out of the government’s periods a government word gives the movement, a ruled country stays the country', () => {
    for (const subject of [
      'The Taliban government',
      'The Taliban authorities',
      'The Taliban-led administration',
    ])
      expect(linked(code(BUILTIN, `${subject} condemned the raid.`, '2010-05-09')), subject).toEqual([
        'afghan-taliban',
      ]);
    expect(linked(code(BUILTIN, 'Taliban-ruled Afghanistan condemned the raid.', '2010-05-09'))).toEqual([
      'afghanistan',
    ]);
  });

  it('the sentence’s own date decides, and a ruled country after "in" stays a place', () => {
    expect(
      linked(code(BUILTIN, 'In 1998 the Taliban authorities condemned the raid.', '2010-05-09')),
    ).toEqual(['taliban-government']);
    expect(
      linked(code(BUILTIN, 'In 2010 the Taliban authorities condemned the raid.', '2023-05-09')),
    ).toEqual(['afghan-taliban']);
    const place = code(BUILTIN, 'Pakistan attacked militants in Taliban-ruled Afghanistan.', '2023-05-09');
    expect(linked(place)).not.toContain('taliban-government');
  });

  // A fictional movement whose government the registry names "Black Hand government", and one with none.
  const HANDS = ActorRegistry.from([
    ...movementAndGovernment('Black Hand', 'black-hand-junta', 'Ruritanian Junta', [
      ['1980-01-01', '1985-12-31'],
    ]),
    actor({ id: 'red-hand', name: 'Red Hand', kind: 'armed-group', aliases: { en: ['Red Hand'] } }),
  ]);

  it('the rule reads the registry, not one movement’s name', () => {
    expect(sourceOf(HANDS, 'The Black Hand authorities condemned the Red Hand.', '1983-01-01')).toEqual([
      ['black-hand-junta', 'Black Hand authorities'],
    ]);
    expect(sourceOf(HANDS, 'The Black Hand-led regime condemned the Red Hand.', '1983-01-01')).toEqual([
      ['black-hand-junta', 'Black Hand-led regime'],
    ]);
    expect(sourceOf(HANDS, 'The Black Hand authorities condemned the Red Hand.', '1990-01-01')).toEqual([
      ['black-hand', 'Black Hand authorities'],
    ]);
    // "-backed" names a sponsor, not a ruler; a movement without a government keeps its name.
    expect(
      sourceOf(HANDS, 'The Black Hand-backed regime condemned the Red Hand.', '1983-01-01')[0]?.[0],
    ).toBeNull();
    expect(sourceOf(HANDS, 'The Red Hand authorities condemned the Black Hand.', '1983-01-01')).toEqual([
      ['red-hand', 'Red Hand authorities'],
    ]);
    expect(sourceOf(HANDS, 'Black Hand officials condemned the Red Hand.', '1983-01-01')).toEqual([
      ['black-hand-junta', 'Black Hand officials'],
    ]);
    expect(sourceOf(HANDS, 'Red Hand officials condemned the Black Hand.', '1983-01-01')).toEqual([
      ['red-hand', 'Red Hand officials'],
    ]);
  });
});

describe('a range the sentence states is read as a range', () => {
  // The Zenda League held from 1960 to 1985.
  const league = (text: string, dateRef: string): (string | null)[] => mentionIds(RURITANIA, text, dateRef);

  it('"since" reaches the document’s day: a year alone would miss a later actor', () => {
    // In 1955 the league did not yet exist; since 1955 it did, for part of the time.
    expect(league('In 1955 the Zenda League attacked the Strelsau Guild.', '2005-01-01')).toEqual([
      null,
      'strelsau-guild',
    ]);
    expect(league('Since 1955 the Zenda League has attacked the Strelsau Guild.', '2005-01-01')).toEqual([
      'zenda-league',
      'strelsau-guild',
    ]);
    // The range ends on the document's day: a 1958 document's "since 1955" is before the league.
    expect(league('Since 1955 the Zenda League has attacked the Strelsau Guild.', '1958-01-01')).toEqual([
      null,
      'strelsau-guild',
    ]);
  });

  it('"from … to" and "between … and" choose by both ends', () => {
    expect(
      league('From 1950 to 1959 the Zenda League attacked the Strelsau Guild.', '2005-01-01')[0],
    ).toBeNull();
    expect(league('From 1950 to 1961 the Zenda League attacked the Strelsau Guild.', '2005-01-01')[0]).toBe(
      'zenda-league',
    );
    expect(
      league('Between 1987 and 1989 the Zenda League attacked the Strelsau Guild.', '2005-01-01')[0],
    ).toBeNull();
    // The whole range within the kingdom's time: the kingdom, though the document is the republic's.
    expect(
      league('Between 1970 and 1975 the Government of Ruritania fought the Zenda League.', '2005-01-01'),
    ).toEqual(['ruritania-kingdom', 'zenda-league']);
  });

  it('in Turkish and Russian, a year with a case suffix, and "since" after or before it', () => {
    const emirate = 'Afganistan İslam Emirliği Pakistan ile görüştü.';
    expect(linked(code(BUILTIN, `2015'te ${emirate}`, '2023-05-09', 'tr'))).toEqual(['pakistan']);
    expect(linked(code(BUILTIN, `2015'ten beri ${emirate}`, '2023-05-09', 'tr'))).toEqual([
      'taliban-government',
      'pakistan',
    ]);
    const republic = "Afganistan İslam Cumhuriyeti Pakistan'ı kınadı.";
    expect(linked(code(BUILTIN, `2010'da ${republic}`, '2023-05-09', 'tr'))).toEqual([
      'afghan-republic-government',
      'pakistan',
    ]);
    expect(code(BUILTIN, `2010'da ${republic}`, '2023-05-09', 'tr')[0]?.date).toBe('2010-01-01');
    const russian = 'Исламский Эмират Афганистан вёл переговоры с Пакистаном.';
    expect(linked(code(BUILTIN, `В 2015 году ${russian}`, '2023-05-09', 'ru'))).toEqual(['pakistan']);
    expect(linked(code(BUILTIN, `С 2015 года ${russian}`, '2023-05-09', 'ru'))).toEqual([
      'taliban-government',
      'pakistan',
    ]);
  });
});

describe('a time named by a movement’s rule', () => {
  const text = 'the Afghan government condemned the attack on the border post.';

  it('"during the Taliban’s first rule", "under Taliban rule" choose the government of that time', () => {
    // Undated in 2010 the Afghan government is the Republic.
    expect(linked(code(BUILTIN, `The ${text.slice(4)}`, '2010-05-09'))).toEqual([
      'afghan-republic-government',
    ]);
    expect(linked(code(BUILTIN, `During the Taliban's first rule, ${text}`, '2010-05-09'))).toEqual([
      'taliban-government',
    ]);
    expect(linked(code(BUILTIN, `Under Taliban rule ${text}`, '2010-05-09'))).toEqual(['taliban-government']);
  });

  // A movement that ruled twice through one government actor, and two police forces sharing a name.
  const TWICE = ActorRegistry.from([
    ...movementAndGovernment('Grey Hand', 'grey-hand-rule', 'Grey Directorate', [
      ['1970-01-01', '1974-12-31'],
      ['1990-01-01', null],
    ]),
    dated('old-police', 'Old Strelsau Police', 'Strelsau Police', '1950-01-01', '1979-12-31'),
    dated('new-police', 'New Strelsau Police', 'Strelsau Police', '1980-01-01', null),
  ]);
  const police = (when: string, dateRef: string): string | null | undefined =>
    mentionIds(TWICE, `${when} the Strelsau Police arrested the Grey Hand.`, dateRef).find(
      (id) => id?.endsWith('-police') === true,
    );

  it('an ordinal picks the rule; without one, the latest that began by the document’s day', () => {
    expect(police("During the Grey Hand's first rule,", '2000-01-01')).toBe('old-police');
    expect(police("During the Grey Hand's second rule,", '2000-01-01')).toBe('new-police');
    expect(police('Under Grey Hand rule', '1985-01-01')).toBe('old-police');
    expect(police('Under Grey Hand rule', '2000-01-01')).toBe('new-police');
    // A movement the registry gives no government names no time.
    expect(police('Under Red Hand rule', '1975-01-01')).toBe('old-police');
    expect(police('Under Red Hand rule', '2000-01-01')).toBe('new-police');
  });
});
