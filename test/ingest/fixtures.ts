/**
 * Fixtures of our own for the ingest tests: a small actor registry, and builders that write
 * synthetic rows in each dataset's real column layout to a temporary file, with the traps of
 * MANIFEST.md on demand (BOM, CRLF, Mac Roman bytes, quoted commas, quotes and newlines).
 * No row here comes from a real dataset.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Actor } from '../../src/model/index.ts';
import { GDELT_LAYOUTS } from '../../src/ingest/datasets/gdelt.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';

type ActorInput = Partial<Actor> & Pick<Actor, 'id' | 'name' | 'kind'>;

/** A registry actor: these fields as given, the rest empty (no country, aliases or ids). */
export function actor(input: ActorInput): Actor {
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

/** Registry actors the fixtures refer to; `ucdp`, `cameo` and `acled` ids as the datasets use them. */
export const INGEST_ACTORS: readonly Actor[] = [
  actor({
    id: 'pakistan',
    name: 'Pakistan',
    kind: 'state',
    country: 'PAK',
    aliases: { en: ['Pakistan'] },
    externalIds: { cameo: 'PAK' },
  }),
  actor({
    id: 'afghanistan',
    name: 'Afghanistan',
    kind: 'state',
    country: 'AFG',
    externalIds: { cameo: 'AFG' },
  }),
  actor({
    id: 'pakistan-government',
    name: 'Government of Pakistan',
    kind: 'government',
    country: 'PAK',
    parentId: 'pakistan',
    aliases: { en: ['Government of Pakistan'] },
    externalIds: { ucdp: '142', cameo: 'PAKGOV' },
  }),
  actor({
    id: 'ttp',
    name: 'Tehrik-i-Taliban Pakistan',
    kind: 'armed-group',
    country: 'PAK',
    aliases: { en: ['TTP', 'Pakistani Taliban'] },
    externalIds: { ucdp: '356', acled: 'TTP: Tehreek-i-Taliban Pakistan', cameo: 'PAKREB' },
  }),
  actor({
    id: 'afghan-taliban',
    name: 'Afghan Taliban',
    kind: 'armed-group',
    country: 'AFG',
    aliases: { en: ['Taleban'] },
    externalIds: { ucdp: '303' },
  }),
  actor({ id: 'qatar', name: 'Qatar', kind: 'state', country: 'QAT', aliases: { en: ['Qatar'] } }),
];

/** A fresh in-memory store holding `INGEST_ACTORS` and a case scoped to Pakistan. */
export async function ingestStore(): Promise<Store> {
  const store = await openStore({ path: ':memory:' });
  await store.putActors([...INGEST_ACTORS]);
  await store.putCase({
    id: 'pak-case',
    title: 'Pakistan',
    question: 'What happens in Pakistan?',
    scope: { countries: ['PAK'], actors: ['ttp'], from: null, to: null },
    description: '',
  });
  return store;
}

/** A SQLite store's indexes as SQLite holds them (name and definition), read without opening a store. */
export function sqliteIndexes(path: string): string[] {
  const database = new Database(path, { readonly: true });
  try {
    const rows = database
      .prepare("select name, sql from sqlite_schema where type = 'index' order by name")
      .all() as { name: string; sql: string | null }[];
    return rows.map((r) => `${r.name}: ${r.sql ?? '(key)'}`);
  } finally {
    database.close();
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jirga-ingest-'));
}

export interface TextOptions {
  bom?: boolean;
  crlf?: boolean;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows (objects by column name) as CSV under `header`; missing cells are empty. */
export function writeCsv(
  path: string,
  header: readonly string[],
  rows: readonly Record<string, string>[],
  options: TextOptions = {},
): string {
  const eol = options.crlf === true ? '\r\n' : '\n';
  const lines = [
    header.map(csvCell).join(','),
    ...rows.map((row) => header.map((c) => csvCell(row[c] ?? '')).join(',')),
  ];
  writeFileSync(path, (options.bom === true ? '\ufeff' : '') + lines.join(eol) + eol, 'utf8');
  return path;
}

/** Tab-separated, no quoting (ICEWS, GDELT). */
export function writeTsv(path: string, header: readonly string[] | null, rows: readonly string[][]): string {
  const lines = [...(header === null ? [] : [header.join('\t')]), ...rows.map((r) => r.join('\t'))];
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
  return path;
}

// --- UCDP GED ---------------------------------------------------------------------------------

export { GED_42, GED_49 } from '../../src/ingest/datasets/ucdp-ged-layouts.ts';

/** A synthetic GED row: a clash between the Government of Pakistan (142) and the TTP (356). */
export function gedRow(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id,
    relid: `PAK-2014-1-857-${id}`,
    year: '2014',
    active_year: '1',
    code_status: 'Clear',
    type_of_violence: '1',
    conflict_dset_id: '404',
    conflict_new_id: '404',
    conflict_name: 'Pakistan: Government',
    dyad_dset_id: '857',
    dyad_new_id: '857',
    dyad_name: 'Government of Pakistan - TTP',
    side_a_dset_id: '142',
    side_a_new_id: '142',
    side_a: 'Government of Pakistan',
    side_b_dset_id: '356',
    side_b_new_id: '356',
    side_b: 'TTP',
    number_of_sources: '1',
    source_article: `"Test Wire,2014-03-0${id.slice(-1)},Clash in a valley, officials say"`,
    where_prec: '1',
    where_coordinates: 'Test village',
    where_description: 'near the test village',
    adm_1: 'Khyber Pakhtunkhwa province',
    adm_2: 'Test district',
    latitude: '34.1',
    longitude: '71.5',
    country: 'Pakistan',
    country_id: '770',
    region: 'Asia',
    event_clarity: '1',
    date_prec: '1',
    date_start: '2014-03-01 00:00:00',
    date_end: '2014-03-01 00:00:00',
    best: '5',
    high: '7',
    low: '4',
    gwnoa: '770',
    gwnob: '',
    ...overrides,
  };
}

// --- UCDP actors and peace agreements ---------------------------------------------------------

/** Two UCDP peace agreements: one between registry actors (a quoted comment with a newline), one with an unknown party. */
export function peaceAgreementRows(): Record<string, string>[] {
  return [
    {
      paid: '5001',
      gwno: '770',
      conflict_id: '404',
      actor_id: '142, 356',
      actor_name: 'Government of Pakistan, TTP',
      pa_name: 'Test Accord',
      year: '2008',
      pa_date: '2008-05-21',
      pa_comment: 'Signed "in good faith",\nlater broken',
      pa_3rd: 'Brokered by elders',
      ended: 'True',
      cease: '1',
      amn: '1',
      pa_type: '2',
      version: '22.1',
    },
    {
      paid: '5002',
      gwno: '770',
      conflict_id: '404',
      actor_id: '142, 8888',
      actor_name: 'Government of Pakistan, Unknown Front',
      pa_name: 'Other Accord',
      year: '2009',
      pa_date: '2009-02-16',
      pa_type: '3',
      version: '22.1',
    },
  ];
}

export const UCDP_ACTORS_HEADER = [
  'ActorId',
  'NameData',
  'NameOrig',
  'NameOrigFull',
  'NameOrigFullEng',
  'Org',
  'Location',
  'GWNOLoc',
  'Version',
] as const;

export const UCDP_PEACE_HEADER = [
  'paid',
  'gwno',
  'conflict_id',
  'actor_id',
  'actor_name',
  'pa_name',
  'year',
  'pa_date',
  'pa_comment',
  'pa_3rd',
  'ended',
  'cease',
  'pp',
  'amn',
  'pa_type',
  'version',
] as const;

// --- PA-X, CWM --------------------------------------------------------------------------------

export const PAX_HEADER = [
  'Con',
  'Contp',
  'AgtId',
  'Ver',
  'Agt',
  'Dat',
  'Status',
  'Agtp',
  'Stage',
  'Part',
  'ThrdPart',
  'Loc1ISO',
  'Loc2ISO',
] as const;

export const CWM_HEADER = [
  'country',
  'sidea',
  'sideb',
  'Med_yes.no',
  'year_term',
  'Incompatibility',
  'territory',
  'episode.start.date',
  'episode.end.date',
  'med.begins',
  'med.ends',
  'name.of.third.party',
] as const;

/** Text in Mac Roman: ASCII as is, and the few letters the fixtures use. */
export function macRoman(text: string): Buffer {
  const high: Record<string, number> = { é: 0x8e, è: 0x8f, ç: 0x8d, ñ: 0x96, ü: 0x9f, '“': 0xd2, '”': 0xd3 };
  return Buffer.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

// --- ICEWS, ACLED, GDELT ----------------------------------------------------------------------

export const ICEWS_HEADER = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

export function icewsRow(
  id: string,
  code: string,
  overrides: Partial<Record<(typeof ICEWS_HEADER)[number], string>> = {},
): string[] {
  const row: Record<string, string> = {
    'Event ID': id,
    'Event Date': '2018-06-01',
    'Source Name': 'Pakistan',
    'Source Sectors': '',
    'Source Country': 'Pakistan',
    'Event Text': 'Test event',
    'CAMEO Code': code,
    Intensity: '-2',
    'Target Name': 'Tehrik-i-Taliban Pakistan',
    'Target Sectors': 'Insurgents',
    'Target Country': 'Pakistan',
    'Story ID': '1',
    'Sentence Number': '1',
    Publisher: 'Test Publisher',
    City: 'Peshawar',
    District: 'NA',
    Province: 'Khyber Pakhtunkhwa',
    Country: 'Pakistan',
    Latitude: '34.0',
    Longitude: '71.5',
    ...overrides,
  };
  return ICEWS_HEADER.map((c) => row[c] ?? '');
}

/** The ACLED export columns (2023 layout). */
export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** ACLED cells for a report of `gedRow('1')`'s clash: a day later, about 2 km away, one death fewer. */
export const ACLED_NEAR_GED_1: Readonly<Record<string, string>> = {
  event_date: '2014-03-02',
  latitude: '34.12',
  longitude: '71.52',
  fatalities: '4',
  actor1: 'Government of Pakistan',
};

export function acledRow(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    event_id_cnty: id,
    event_date: '2023-05-06',
    year: '2023',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Pakistan (2018-)',
    assoc_actor_1: '',
    inter1: '1',
    actor2: 'TTP: Tehreek-i-Taliban Pakistan',
    assoc_actor_2: '',
    inter2: '2',
    interaction: '12',
    iso: '586',
    region: 'Southern Asia',
    country: 'Pakistan',
    admin1: 'Khyber Pakhtunkhwa',
    admin2: 'Test',
    location: 'Test town',
    latitude: '33.9',
    longitude: '70.1',
    geo_precision: '1',
    source: 'Test Daily',
    source_scale: 'National',
    notes: 'On 6 May 2023, soldiers and militants clashed near a test town, "officials" said.',
    fatalities: '3',
    tags: '',
    timestamp: '1684000000',
    ...overrides,
  };
}

/** A GDELT row of `columns` fields (57, 58 or 61). */
export function gdeltRow(
  columns: 57 | 58 | 61,
  id: string,
  code: string,
  overrides: Record<string, string> = {},
): string[] {
  const names = GDELT_LAYOUTS.get(columns)!;
  const row: Record<string, string> = {
    GLOBALEVENTID: id,
    SQLDATE: '20230506',
    MonthYear: '202305',
    Year: '2023',
    FractionDate: '2023.3452',
    Actor1Code: 'PAKGOV',
    Actor1Name: 'PAKISTAN',
    Actor2Code: 'PAKREB',
    Actor2Name: 'TEHRIK-I-TALIBAN',
    IsRootEvent: '1',
    EventCode: code,
    EventBaseCode: code.slice(0, 3),
    EventRootCode: code.slice(0, 2),
    QuadClass: '4',
    GoldsteinScale: '-10.0',
    ActionGeo_Type: '4',
    ActionGeo_FullName: 'Peshawar, North-West Frontier, Pakistan',
    ActionGeo_CountryCode: 'PK',
    ActionGeo_Lat: '34.0',
    ActionGeo_Long: '71.5',
    DATEADDED: columns === 61 ? '20230506101500' : '20230506',
    SOURCEURL: 'https://news.example/test-article',
    ...overrides,
  };
  return names.map((c) => row[c] ?? '');
}

// --- UCDP conflict datasets (ACD, non-state, termination) -------------------------------------

/** The UCDP/PRIO Armed Conflict Dataset columns (22.1 layout). */
export const UCDP_ACD_HEADER = [
  'conflict_id',
  'location',
  'side_a',
  'side_a_id',
  'side_a_2nd',
  'side_b',
  'side_b_id',
  'side_b_2nd',
  'incompatibility',
  'territory_name',
  'year',
  'intensity_level',
  'cumulative_intensity',
  'type_of_conflict',
  'start_date',
  'start_prec',
  'start_date2',
  'start_prec2',
  'ep_end',
  'ep_end_date',
  'ep_end_prec',
  'gwno_a',
  'gwno_a_2nd',
  'gwno_b',
  'gwno_b_2nd',
  'gwno_loc',
  'region',
  'version',
] as const;

/** A made-up conflict-year between the fixture registry's Government of Pakistan and TTP. */
export function acdRow(conflict: string, year: string, overrides: Record<string, string> = {}) {
  return {
    conflict_id: conflict,
    location: 'Pakistan',
    side_a: 'Government of Pakistan',
    side_a_id: '142',
    side_b: 'TTP',
    side_b_id: '356',
    incompatibility: '2',
    year,
    intensity_level: '1',
    cumulative_intensity: '1',
    type_of_conflict: '3',
    start_date: '2008-03-01',
    start_prec: '1',
    start_date2: '2008-03-01',
    start_prec2: '1',
    ep_end: '0',
    gwno_a: '770',
    gwno_loc: '770',
    region: '3',
    version: '22.1',
    ...overrides,
  } as Record<string, string>;
}

/** The UCDP Non-State Conflict Dataset columns (22.1 layout). */
export const UCDP_NONSTATE_HEADER = [
  'conflict_id',
  'dyad_id',
  'org',
  'side_a_name',
  'side_a_name_fulltext',
  'side_a_name_mothertongue',
  'side_a_id',
  'side_a_components',
  'side_a_2nd',
  'gwno_a_2nd',
  'side_b_name',
  'side_b_name_fulltext',
  'side_b_name_mothertongue',
  'side_b_id',
  'side_b_components',
  'side_b_2nd',
  'gwno_b_2nd',
  'start_date',
  'start_prec',
  'start_date2',
  'start_prec2',
  'ep_end',
  'ep_end_date',
  'ep_end_prec',
  'year',
  'best_fatality_estimate',
  'low_fatality_estimate',
  'high_fatality_estimate',
  'location',
  'gwno_location',
  'region',
  'version',
] as const;

export function nonStateRow(dyad: string, year: string, overrides: Record<string, string> = {}) {
  return {
    conflict_id: `9${dyad}`,
    dyad_id: dyad,
    org: '1',
    side_a_name: 'TTP',
    side_a_id: '356',
    side_b_name: 'Taleban',
    side_b_id: '303',
    start_date: '2015-02-01',
    start_prec: '1',
    start_date2: '2015-02-01',
    start_prec2: '1',
    ep_end: '0',
    year,
    best_fatality_estimate: '30',
    low_fatality_estimate: '28',
    high_fatality_estimate: '41',
    location: 'Afghanistan, Pakistan',
    gwno_location: '700, 770',
    region: '3',
    version: '22.1',
    ...overrides,
  } as Record<string, string>;
}

/** The UCDP Conflict Termination Dataset columns, dyad level (version 3-2021). */
export const UCDP_TERM_HEADER = [
  'dyadep_id',
  'dyadepisode',
  'type_of_conflict2',
  'dyadcount',
  'dyadterm',
  'ependdate',
  'ependprec',
  'outcome',
  'cfiredate',
  'peagdate',
  'recur',
  'version',
  'conflict_id',
  'dyad_id',
  'year',
  'location',
  'side_a',
  'side_a_id',
  'side_a_2nd',
  'side_b',
  'side_b_id',
  'side_b_2nd',
  'incompatibility',
  'territory_name',
  'intensity_level',
  'type_of_conflict',
  'start_date',
  'start_prec',
  'start_date2',
  'start_prec2',
  'gwno_loc',
  'region',
] as const;

export function termRow(dyad: string, year: string, overrides: Record<string, string> = {}) {
  return {
    dyadep_id: `${dyad}01`,
    dyadepisode: '1',
    type_of_conflict2: '3',
    dyadcount: '1',
    dyadterm: '0',
    ependdate: '',
    ependprec: '',
    outcome: '',
    cfiredate: '',
    peagdate: '',
    recur: '0',
    version: '3',
    conflict_id: '404',
    dyad_id: dyad,
    year,
    location: 'Pakistan',
    side_a: 'Government of Pakistan',
    side_a_id: '142',
    side_b: 'TTP',
    side_b_id: '356',
    incompatibility: '2',
    intensity_level: '1',
    type_of_conflict: '3',
    start_date: '3/1/08',
    start_prec: '1',
    start_date2: '3/1/08',
    start_prec2: '1',
    gwno_loc: '770',
    region: '3',
    ...overrides,
  } as Record<string, string>;
}

// --- ACLED files of the older codebook ---------------------------------------------------------

/** The capitalised columns of ACLED's older Africa files: `ALLY_ACTOR_*`, day-first dates, no sub-event type. */
export const ACLED_CAPITALISED_HEADER = [
  'GWNO',
  'EVENT_ID_CNTY',
  'EVENT_ID_NO_CNTY',
  'EVENT_DATE',
  'YEAR',
  'TIME_PRECISION',
  'EVENT_TYPE',
  'ACTOR1',
  'ALLY_ACTOR_1',
  'INTER1',
  'ACTOR2',
  'ALLY_ACTOR_2',
  'INTER2',
  'INTERACTION',
  'COUNTRY',
  'ADMIN1',
  'ADMIN2',
  'ADMIN3',
  'LOCATION',
  'LATITUDE',
  'LONGITUDE',
  'GEO_PRECISION',
  'SOURCE',
  'NOTES',
  'FATALITIES',
] as const;

/** A row of that layout: an invented clash in Khyber Pakhtunkhwa, dated day first. */
export function acledCapitalisedRow(
  id: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    GWNO: '770',
    EVENT_ID_CNTY: id,
    EVENT_ID_NO_CNTY: '',
    EVENT_DATE: '13/02/2009',
    YEAR: '2009',
    TIME_PRECISION: '1',
    EVENT_TYPE: 'Battle-No change of territory',
    ACTOR1: 'Military Forces of Pakistan (2008-2013)',
    ALLY_ACTOR_1: '',
    INTER1: '1',
    ACTOR2: 'TTP: Tehreek-i-Taliban Pakistan',
    ALLY_ACTOR_2: '',
    INTER2: '2',
    INTERACTION: '12',
    COUNTRY: 'Pakistan',
    ADMIN1: 'Khyber Pakhtunkhwa',
    ADMIN2: 'Test',
    ADMIN3: '',
    LOCATION: 'Test village',
    LATITUDE: '34.1',
    LONGITUDE: '71.9',
    GEO_PRECISION: '1',
    SOURCE: 'Test Wire',
    NOTES: 'Troops and militants exchanged fire near a test village.',
    FATALITIES: '2',
    ...overrides,
  };
}
