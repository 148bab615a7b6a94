/**
 * GDELT event files, 1.0 and 2.0: no header, tab-separated, no quoting, columns in the order
 * the GDELT codebooks document. 1.0 daily files have 57 columns (58 with SOURCEURL, from
 * April 2013); 2.0 files have 61 (an ADM2 code in each of the three geography blocks). Actors
 * are CAMEO actor codes (PAKGOV, PAKREB) resolved through the registry's `externalIds.cameo`,
 * then by name; the event code stays a string and maps to PLOVER; SOURCEURL is the quote.
 */
import type { PlacePrecision } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import { FieldProblem, normaliseSafely, optionalNumber, requiredDate, requiredText } from '../fields.ts';
import { readCameo } from './cameo-event.ts';
import { ActorCollector, datasetEvent, rowEvidence } from './common.ts';
import type { ActorQuery, DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

const ACTOR_FIELDS = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
] as const;

function geography(prefix: string, withAdm2: boolean): string[] {
  return [
    `${prefix}_Type`,
    `${prefix}_FullName`,
    `${prefix}_CountryCode`,
    `${prefix}_ADM1Code`,
    ...(withAdm2 ? [`${prefix}_ADM2Code`] : []),
    `${prefix}_Lat`,
    `${prefix}_Long`,
    `${prefix}_FeatureID`,
  ];
}

function columns(withAdm2: boolean, withUrl: boolean): string[] {
  return [
    'GLOBALEVENTID',
    'SQLDATE',
    'MonthYear',
    'Year',
    'FractionDate',
    ...ACTOR_FIELDS.map((field) => `Actor1${field}`),
    ...ACTOR_FIELDS.map((field) => `Actor2${field}`),
    'IsRootEvent',
    'EventCode',
    'EventBaseCode',
    'EventRootCode',
    'QuadClass',
    'GoldsteinScale',
    'NumMentions',
    'NumSources',
    'NumArticles',
    'AvgTone',
    ...geography('Actor1Geo', withAdm2),
    ...geography('Actor2Geo', withAdm2),
    ...geography('ActionGeo', withAdm2),
    'DATEADDED',
    ...(withUrl ? ['SOURCEURL'] : []),
  ];
}

/** The documented layouts by number of columns. */
export const GDELT_LAYOUTS: ReadonlyMap<number, readonly string[]> = new Map([
  [57, columns(false, false)],
  [58, columns(false, true)],
  [61, columns(true, true)],
]);

/** GDELT `ActionGeo_Type`: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
const GEO_PRECISION: Readonly<Record<string, PlacePrecision>> = {
  '1': 'country',
  '2': 'admin1',
  '3': 'near',
  '4': 'near',
  '5': 'admin1',
};

export const gdelt: DatasetFormat = {
  name: 'gdelt',
  entity: 'event',
  incremental: true,
  info: {
    title: 'GDELT Event Database',
    author: 'The GDELT Project (Leetaru & Schrodt 2013)',
    publisher: 'The GDELT Project',
    url: 'https://www.gdeltproject.org/data.html',
  },
  layout: { delimiter: '\t', quote: null, columnsFor: (count) => GDELT_LAYOUTS.get(count) },
  required: ['GLOBALEVENTID', 'SQLDATE', 'EventCode'],
  detect: (first) =>
    GDELT_LAYOUTS.has(first.length) && /^\d+$/.test(first[0] ?? '') && /^\d{8}$/.test(first[1] ?? ''),
  releaseOf: (_fileName, first) => (first.fields.length === 61 ? '2.0' : '1.0'),
  normalise: normaliseGdeltRow,
};

export function normaliseGdeltRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('GLOBALEVENTID');
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(rowKey))
      throw new FieldProblem('GLOBALEVENTID', `expected a numeric id, got '${rowKey}'`);
    const code = requiredText(row, 'EventCode');
    const cameo = readCameo(code, 'EventCode');
    if (cameo.statement)
      return {
        outcome: 'skipped',
        rowKey,
        reason: `CAMEO ${code} is a statement, which PLOVER does not code`,
      };
    const date = requiredDate(row, 'SQLDATE');
    const lat = optionalNumber(row, 'ActionGeo_Lat', -90, 90);
    const lon = optionalNumber(row, 'ActionGeo_Long', -180, 180);
    const intensity = optionalNumber(row, 'GoldsteinScale', -10, 10);
    const actors = new ActorCollector(context, { from: date, to: date });
    const sourceActors = actors.ids('source', actorQuery(row, 'Actor1'));
    const targetActors = actors.ids('target', actorQuery(row, 'Actor2'));
    const place = row.value('ActionGeo_FullName');
    const geoType = row.get('ActionGeo_Type');
    const parts = place?.split(',').map((part) => part.trim()) ?? [];
    // "Peshawar, North-West Frontier, Pakistan": the country is the last part of the name.
    const country = place === null ? null : countryCodeOf(parts.at(-1) ?? '');
    const event = datasetEvent({
      id: `gdelt:${rowKey}`,
      date,
      datePrecision: 'day',
      location: {
        name: place,
        country,
        admin1: admin1Of(parts, geoType),
        admin2: null,
        lat: lat === null || lon === null ? null : lat,
        lon: lat === null || lon === null ? null : lon,
        precision: GEO_PRECISION[geoType] ?? 'unknown',
      },
      sourceActors,
      targetActors,
      type: cameo.mapping.type,
      mode: cameo.mapping.mode,
      context: cameo.mapping.context,
      cameo: code,
      intensity,
      fatalities: { low: null, best: null, high: null },
      confidence: 0.3,
      evidence: [rowEvidence(context, rowKey, row.value('SOURCEURL'))],
      summary: `${row.value('Actor1Name') ?? '(no actor)'} → ${row.value('Actor2Name') ?? '(no actor)'}: CAMEO ${code}`,
    });
    return {
      outcome: 'entity',
      rowKey,
      item: { kind: 'event', entity: event },
      unresolved: actors.unresolved,
      coverage: { date, countries: country === null ? [] : [country] },
    };
  });
}

/**
 * The first-level division in the parts of a GDELT place name. A city (types 3 and 4) is
 * "city, division, country", and the division may hold a comma itself ("Kyiv, Kyyiv, Misto,
 * Ukraine"); a state (types 2 and 5) is "division, country"; a country (type 1) has none.
 * "France (general)" is GDELT's word for a division it could not tell, which is none.
 */
function admin1Of(parts: readonly string[], geoType: string): string | null {
  const first = geoType === '2' || geoType === '5' ? 0 : geoType === '1' ? parts.length : 1;
  const division = parts.slice(first, -1).join(', ');
  return division === '' || division.endsWith('(general)') ? null : division;
}

function actorQuery(row: DatasetRow, prefix: 'Actor1' | 'Actor2'): ActorQuery[] {
  const code = row.value(`${prefix}Code`);
  const name = row.value(`${prefix}Name`);
  if (code === null && name === null) return [];
  return [{ system: 'cameo', ...(code === null ? {} : { externalId: code }), name: name ?? code ?? '' }];
}
