/**
 * Small hand-written fixtures for the store tests: a Pakistan–TTP case with a handful of
 * actors, sources, events, relations, one negotiation and two agreements. Written by us for
 * tests (loosely after public reporting), not curated data. Every item parses with the model.
 */
import type {
  Actor,
  Agreement,
  Case,
  Citation,
  Event,
  Evidence,
  Negotiation,
  Relation,
  Source,
} from '../../src/model/index.ts';

const dawn: Evidence = { sourceId: 'fx-dawn-2022-11-28', quote: 'The TTP called off the ceasefire.' };
const ged: Evidence = { sourceId: 'fx-ucdp-ged', dataset: 'ucdp-ged', release: '23.1', row: '1' };

export const theCase: Case = {
  id: 'pakistan-ttp',
  title: 'Pakistan and the TTP',
  question: 'Can the Afghan Taliban mediate between Pakistan and the TTP?',
  scope: { countries: ['PAK'], actors: ['pakistan', 'ttp'], from: '2022-01-01', to: '2023-12-31' },
  description: 'Fixture case for the store contract.',
};

export const otherCase: Case = {
  id: 'us-taliban',
  title: 'The United States and the Taliban',
  question: 'What came of the Doha agreement?',
  scope: { countries: [], actors: ['usa', 'afghan-taliban'], from: null, to: null },
  description: '',
};

export const actors: Actor[] = [
  {
    id: 'pakistan',
    name: 'Pakistan',
    kind: 'state',
    country: 'PAK',
    parentId: null,
    aliases: { en: ['Pakistan', 'Islamic Republic of Pakistan'], ur: ['پاکستان'], ru: ['Пакистан'] },
    externalIds: { gwno: '770', cameo: 'PAK', wikidata: 'Q843' },
    roles: [],
    designations: [],
  },
  {
    id: 'pakistan-army',
    name: 'Pakistan Army',
    kind: 'military',
    country: 'PAK',
    parentId: 'pakistan',
    aliases: { en: ['Pakistan Army'] },
    externalIds: {},
    roles: [],
    designations: [],
  },
  {
    id: 'ttp',
    name: 'Tehrik-i-Taliban Pakistan',
    kind: 'armed-group',
    country: 'PAK',
    parentId: null,
    aliases: { en: ['TTP', 'Pakistani Taliban'], ur: ['تحریک طالبان پاکستان'], tr: ['Pakistan Talibanı'] },
    externalIds: { ucdp: '1086' },
    roles: [],
    designations: [{ by: 'usa', list: 'FTO', from: '2010-09-01', to: null, evidence: [dawn] }],
  },
  {
    id: 'afghan-taliban',
    name: 'Taliban',
    kind: 'government',
    country: 'AFG',
    parentId: null,
    aliases: { en: ['Taliban', 'Islamic Emirate of Afghanistan'], ps: ['طالبان'], fa: ['طالبان'] },
    externalIds: {},
    roles: [],
    designations: [],
  },
  {
    id: 'amir-khan-muttaqi',
    name: 'Amir Khan Muttaqi',
    kind: 'person',
    country: 'AFG',
    parentId: null,
    aliases: { en: ['Muttaqi'] },
    externalIds: {},
    roles: [{ actorId: 'afghan-taliban', role: 'foreign minister (acting)', from: '2021-09-07', to: null }],
    designations: [],
  },
  {
    id: 'usa',
    name: 'United States',
    kind: 'state',
    country: 'USA',
    parentId: null,
    aliases: { en: ['United States', 'US'] },
    externalIds: { gwno: '2' },
    roles: [],
    designations: [],
  },
  {
    id: 'china',
    name: 'China',
    kind: 'state',
    country: 'CHN',
    parentId: null,
    aliases: { en: ['China'], ru: ['Китай'] },
    externalIds: { gwno: '710' },
    roles: [],
    designations: [],
  },
];

export const sources: Source[] = [
  {
    id: 'fx-dawn-2022-11-28',
    kind: 'article',
    title: 'TTP calls off ceasefire',
    author: null,
    publisher: 'Dawn',
    language: 'en',
    url: 'https://example.org/dawn/ttp-ceasefire',
    published: '2022-11-28',
    accessed: '2024-01-10',
    editionOf: null,
    reliability: 'B',
    credibility: 2,
    contentHash: 'sha256:00',
  },
  {
    id: 'fx-ucdp-ged',
    kind: 'dataset',
    title: 'UCDP Georeferenced Event Dataset',
    author: null,
    publisher: 'Uppsala Conflict Data Program',
    language: null,
    url: null,
    published: null,
    accessed: '2024-01-10',
    editionOf: null,
    reliability: 'A',
    credibility: 2,
    contentHash: null,
  },
  {
    id: 'fx-analysis-tr',
    kind: 'report',
    title: 'Taliban arabuluculuğu',
    author: 'A. Yazar',
    publisher: null,
    language: 'tr',
    url: null,
    published: '2023-05-20',
    accessed: null,
    editionOf: null,
    reliability: null,
    credibility: null,
    contentHash: null,
    gradingNote: 'not graded yet',
  },
];

export const citations: Citation[] = [
  { fromSourceId: 'fx-analysis-tr', toSourceId: 'fx-dawn-2022-11-28', marker: '1' },
  { fromSourceId: 'fx-analysis-tr', toSourceId: 'fx-ucdp-ged', marker: '2' },
  { fromSourceId: 'fx-dawn-2022-11-28', toSourceId: 'fx-ucdp-ged', marker: 'a' },
];

/** An event with sensible defaults; `overrides` sets what a test cares about. */
export function event(overrides: Partial<Event> & Pick<Event, 'id' | 'date'>): Event {
  return {
    datePrecision: 'day',
    location: {
      name: null,
      country: null,
      admin1: null,
      admin2: null,
      lat: null,
      lon: null,
      precision: 'unknown',
    },
    sourceActors: [],
    targetActors: [],
    type: 'ASSAULT',
    mode: null,
    context: [],
    cameo: null,
    intensity: null,
    fatalities: { low: null, best: null, high: null },
    claims: [],
    origin: 'curated',
    status: 'reviewed',
    confidence: 0.8,
    evidence: [ged],
    incidentId: null,
    ...overrides,
  };
}

const kabul = {
  name: 'Kabul',
  country: 'AFG',
  admin1: 'Kabul',
  admin2: null,
  lat: 34.53,
  lon: 69.17,
  precision: 'exact',
} as const;
const peshawar = {
  name: 'Peshawar',
  country: 'PAK',
  admin1: 'Khyber Pakhtunkhwa',
  admin2: 'Peshawar',
  lat: 34.01,
  lon: 71.58,
  precision: 'exact',
} as const;

export const events: Event[] = [
  event({
    id: 'fx:kabul-talks',
    date: '2022-05-18',
    type: 'CONSULT',
    mode: 'third-party',
    context: ['diplomatic', 'ceasefire'],
    location: kabul,
    sourceActors: ['pakistan'],
    targetActors: ['ttp'],
    cameo: '046',
    intensity: 7,
    summary: 'Pakistani delegation meets the TTP in Kabul, hosted by the Taliban.',
  }),
  event({
    id: 'fx:ceasefire-ends',
    date: '2022-11-28',
    type: 'REJECT',
    mode: 'yield',
    location: {
      ...peshawar,
      name: null,
      admin1: null,
      admin2: null,
      lat: null,
      lon: null,
      precision: 'country',
    },
    sourceActors: ['ttp'],
    targetActors: ['pakistan'],
    evidence: [dawn],
  }),
  event({
    id: 'fx:lakki-marwat',
    date: '2023-01-05',
    location: {
      ...peshawar,
      name: 'Lakki Marwat',
      admin2: 'Lakki Marwat',
      lat: 32.61,
      lon: 70.91,
      precision: 'near',
    },
    sourceActors: ['ttp'],
    targetActors: ['pakistan'],
    mode: 'firearms',
  }),
  event({
    id: 'fx:peshawar-mosque',
    date: '2023-01-30',
    location: peshawar,
    sourceActors: ['ttp'],
    targetActors: ['pakistan', 'pakistan-army'],
    mode: 'suicide-attack',
    context: ['terrorism'],
    fatalities: { low: 84, best: 101, high: 101 },
    claims: [
      { by: 'ttp', kind: 'denied', evidence: [dawn] },
      {
        by: 'pakistan',
        kind: 'attributed',
        about: 'ttp',
        evidence: [dawn],
        fatalities: { low: null, best: 101, high: null },
      },
    ],
    disputes: [
      {
        field: 'fatalities.best',
        values: [
          { value: 100, evidence: [dawn] },
          { value: 101, evidence: [ged] },
        ],
        chosen: 101,
        why: 'later official count',
      },
    ],
    incidentId: 'fx:incident-peshawar',
  }),
  event({
    id: 'fx:swat-blast',
    date: '2022-08-20',
    location: { ...peshawar, name: 'Swat', admin2: 'Swat', lat: 35.22, lon: 72.42, precision: 'admin2' },
    fatalities: { low: 2, best: 5, high: null },
  }),
  event({
    id: 'fx:beijing-visit',
    date: '2023-06-01',
    type: 'CONSULT',
    mode: 'visit',
    location: {
      name: 'Beijing',
      country: 'CHN',
      admin1: null,
      admin2: null,
      lat: 39.9,
      lon: 116.4,
      precision: 'exact',
    },
    sourceActors: ['china'],
    targetActors: ['pakistan'],
  }),
  event({
    id: 'fx:kabul-falls',
    date: '2021-08-15',
    type: 'COERCE',
    mode: 'seize',
    location: kabul,
    sourceActors: ['afghan-taliban'],
    targetActors: ['usa'],
  }),
  event({
    id: 'fx:khost-strikes',
    date: '2024-03-18',
    mode: 'aerial',
    location: {
      name: 'Khost',
      country: 'AFG',
      admin1: 'Khost',
      admin2: null,
      lat: 33.34,
      lon: 69.92,
      precision: 'admin1',
    },
    sourceActors: ['pakistan'],
    targetActors: ['ttp'],
    fatalities: { low: 8, best: 8, high: 8 },
    origin: 'coded',
    status: 'draft',
    confidence: 0.5,
  }),
];

export const relations: Relation[] = [
  {
    id: 'fx-rel:taliban-harbours-ttp',
    subjectId: 'afghan-taliban',
    predicate: 'harbours',
    objectId: 'ttp',
    sign: 0.6,
    from: '2021-08-15',
    to: null,
    stance: 'reported',
    claimedBy: null,
    status: 'reviewed',
    evidence: [dawn],
  },
  {
    id: 'fx-rel:taliban-mediates',
    subjectId: 'afghan-taliban',
    predicate: 'mediates-between',
    objectId: 'pakistan',
    secondObjectId: 'ttp',
    sign: 0.3,
    from: '2022-05-01',
    to: '2022-11-28',
    stance: 'asserted',
    claimedBy: null,
    status: 'reviewed',
    evidence: [dawn],
    summary: 'The Taliban hosted and mediated the 2022 talks.',
  },
  {
    id: 'fx-rel:china-supports-pakistan',
    subjectId: 'china',
    predicate: 'supports',
    objectId: 'pakistan',
    sign: 0.9,
    from: null,
    to: null,
    stance: 'asserted',
    claimedBy: null,
    status: 'draft',
    evidence: [ged],
  },
  {
    id: 'fx-rel:usa-hostile-taliban',
    subjectId: 'usa',
    predicate: 'hostile-to',
    objectId: 'afghan-taliban',
    sign: -0.5,
    from: null,
    to: null,
    stance: 'disputed',
    claimedBy: 'fx-analysis-tr',
    status: 'disputed',
    evidence: [
      { sourceId: 'fx-analysis-tr', quote: 'bir iddia', start: 10, end: 19, claimedBy: 'fx-analysis-tr' },
    ],
  },
];

export const negotiations: Negotiation[] = [
  {
    id: 'fx-neg:kabul-2022',
    name: 'Kabul talks 2022',
    parties: ['pakistan', 'ttp'],
    mediators: ['afghan-taliban'],
    from: '2022-05-01',
    to: '2022-11-28',
    outcome: 'ceasefire, later renounced',
    status: 'reviewed',
    rounds: [
      {
        date: '2022-05-18',
        datePrecision: 'day',
        venue: 'Kabul',
        hosts: ['afghan-taliban'],
        mediators: ['afghan-taliban'],
        delegations: [
          { actorId: 'pakistan', members: ['a jirga of tribal elders'] },
          { actorId: 'ttp', members: ['Noor Wali Mehsud'] },
        ],
        demands: [{ by: 'ttp', text: 'reversal of the FATA merger', evidence: [dawn] }],
        outcome: 'ceasefire extended',
        evidence: [dawn],
      },
    ],
    evidence: [dawn],
  },
  {
    id: 'fx-neg:doha',
    name: 'Doha talks',
    parties: ['usa', 'afghan-taliban'],
    mediators: [],
    from: '2018-07-01',
    to: '2020-02-29',
    outcome: null,
    status: 'draft',
    rounds: [],
    evidence: [ged],
  },
];

export const agreements: Agreement[] = [
  {
    id: 'fx-agr:ttp-ceasefire-2022',
    name: 'Pakistan–TTP ceasefire',
    kind: 'ceasefire',
    parties: ['pakistan', 'ttp'],
    thirdParties: [{ actorId: 'afghan-taliban', role: 'mediator' }],
    signed: '2022-06-02',
    signedPrecision: 'day',
    written: false,
    ended: { date: '2022-11-28', how: 'renounced', by: ['ttp'] },
    provisions: ['indefinite ceasefire'],
    status: 'reviewed',
    evidence: [dawn],
  },
  {
    id: 'fx-agr:doha-2020',
    name: 'Agreement for Bringing Peace to Afghanistan',
    kind: 'peace',
    parties: ['usa', 'afghan-taliban'],
    thirdParties: [{ actorId: 'china', role: 'witness' }],
    signed: '2020-02-29',
    signedPrecision: 'day',
    written: true,
    ended: null,
    provisions: ['withdrawal of foreign forces', 'no use of Afghan soil against the US'],
    status: 'reviewed',
    evidence: [ged],
  },
];

/** Ids of the fixture items inside `theCase`'s scope (no explicit links). */
export const inCaseScope = {
  events: [
    'fx:kabul-talks',
    'fx:swat-blast',
    'fx:ceasefire-ends',
    'fx:lakki-marwat',
    'fx:peshawar-mosque',
    'fx:beijing-visit',
  ],
  actors: ['pakistan', 'ttp'],
  relations: ['fx-rel:china-supports-pakistan', 'fx-rel:taliban-harbours-ttp', 'fx-rel:taliban-mediates'],
  negotiations: ['fx-neg:kabul-2022'],
  agreements: ['fx-agr:ttp-ceasefire-2022'],
};

/** Sorted by id, as every list but the event list returns them. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Sorted by date then id, as event lists come back. */
export function byDateThenId(items: readonly Event[]): Event[] {
  return [...items].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
