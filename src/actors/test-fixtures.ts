/**
 * A small actor registry for the tests of src/actors: the Pakistan–TTP–Afghan Taliban triangle
 * with a few outside states, written by us. Aliases in English, Urdu, Pashto, Dari and Russian;
 * "Taliban" is deliberately an alias of both the Afghan Taliban and the TTP (as in reporting),
 * so that ambiguity can be tested.
 */
import { Actor } from '../model/index.ts';

type ActorInput = Partial<Actor> & Pick<Actor, 'id' | 'name' | 'kind'>;

function actor(input: ActorInput): Actor {
  return Actor.parse({
    country: null,
    parentId: null,
    aliases: {},
    externalIds: {},
    roles: [],
    designations: [],
    ...input,
  });
}

export const FIXTURE_ACTORS: readonly Actor[] = [
  actor({
    id: 'pakistan',
    name: 'Pakistan',
    kind: 'state',
    country: 'PAK',
    aliases: { en: ['Pakistan', 'Islamic Republic of Pakistan'], ur: ['پاکستان'], ru: ['Пакистан'] },
    externalIds: { gwno: '770', cameo: 'PAK', wikidata: 'Q843' },
  }),
  actor({
    id: 'pakistan-government',
    name: 'Government of Pakistan',
    kind: 'government',
    country: 'PAK',
    parentId: 'pakistan',
    aliases: { en: ['Government of Pakistan', 'Pakistani government'], ur: ['حکومت پاکستان'] },
    externalIds: { ucdp: '142', gwno: '770', cameo: 'PAKGOV' },
  }),
  actor({
    id: 'pakistan-foreign-minister',
    name: 'Minister of Foreign Affairs of Pakistan',
    kind: 'office',
    country: 'PAK',
    parentId: 'pakistan-government',
    aliases: { en: ['Pakistani Foreign Minister', 'Foreign Minister of Pakistan'] },
  }),
  actor({
    id: 'bilawal-bhutto-zardari',
    name: 'Bilawal Bhutto Zardari',
    kind: 'person',
    country: 'PAK',
    aliases: { en: ['Bilawal Bhutto Zardari', 'Bilawal Bhutto'], ur: ['بلاول بھٹو زرداری'] },
    roles: [
      {
        actorId: 'pakistan-foreign-minister',
        role: 'foreign minister',
        from: '2022-04-27',
        to: '2023-08-10',
      },
    ],
  }),
  actor({
    id: 'afghanistan',
    name: 'Afghanistan',
    kind: 'state',
    country: 'AFG',
    aliases: { en: ['Afghanistan'], ps: ['افغانستان'], fa: ['افغانستان'], ru: ['Афганистан'] },
    externalIds: { gwno: '700', wikidata: 'Q889' },
  }),
  actor({
    id: 'afghan-taliban',
    name: 'Afghan Taliban',
    kind: 'armed-group',
    country: 'AFG',
    aliases: {
      en: ['Afghan Taliban', 'Taliban', 'Islamic Emirate of Afghanistan'],
      ps: ['طالبان', 'د افغانستان اسلامي امارت'],
      ru: ['Талибан', 'Движение Талибан'],
    },
    externalIds: { ucdp: '303' },
  }),
  actor({
    id: 'amir-khan-muttaqi',
    name: 'Amir Khan Muttaqi',
    kind: 'person',
    country: 'AFG',
    parentId: 'afghan-taliban',
    aliases: { en: ['Amir Khan Muttaqi'], ps: ['امير خان متقي'], ru: ['Амир Хан Муттаки'] },
    roles: [{ actorId: 'afghan-taliban', role: 'acting foreign minister', from: '2021-09-07', to: null }],
  }),
  actor({
    id: 'ttp',
    name: 'Tehrik-i-Taliban Pakistan',
    kind: 'armed-group',
    country: 'PAK',
    aliases: {
      en: ['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban', 'Taliban'],
      ur: ['تحریک طالبان پاکستان'],
      ru: ['Техрик-и-Талибан Пакистан'],
    },
    externalIds: { ucdp: '356', acled: 'TTP: Tehreek-i-Taliban Pakistan' },
    designations: [
      { by: 'pakistan', list: 'proscribed organisations', from: '2008-08-25', to: null, evidence: [] },
    ],
  }),
  actor({
    id: 'noor-wali-mehsud',
    name: 'Noor Wali Mehsud',
    kind: 'person',
    country: 'PAK',
    parentId: 'ttp',
    aliases: { en: ['Noor Wali Mehsud', 'Mufti Noor Wali Mehsud'], ur: ['نور ولی محسود'] },
    roles: [{ actorId: 'ttp', role: 'emir', from: '2018-06-22', to: null }],
  }),
  actor({
    id: 'al-qaeda',
    name: 'al-Qaeda',
    kind: 'armed-group',
    country: null,
    aliases: { en: ['al-Qaeda', 'al-Qaida'], ar: ['القاعدة'] },
  }),
  actor({
    id: 'china',
    name: 'China',
    kind: 'state',
    country: 'CHN',
    aliases: { en: ['China', "People's Republic of China"], ur: ['چین'] },
    externalIds: { gwno: '710', wikidata: 'Q148' },
  }),
  actor({
    id: 'united-states',
    name: 'United States',
    kind: 'state',
    country: 'USA',
    aliases: { en: ['United States', 'United States of America'] },
    externalIds: { gwno: '2', wikidata: 'Q30' },
  }),
  actor({
    id: 'cpec',
    name: 'China–Pakistan Economic Corridor',
    kind: 'project',
    country: 'PAK',
    aliases: { en: ['China-Pakistan Economic Corridor', 'CPEC'], ur: ['پاک چین اقتصادی راہداری'] },
  }),
];
