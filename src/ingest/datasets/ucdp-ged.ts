/**
 * UCDP Georeferenced Event Dataset (GED), every layout since 2019, mapped by header name: the
 * 42-column layout (side ids in `side_a_new_id`) and the 49-column one (adding `relid`,
 * `code_status`, the `*_dset_id` columns and `where_description`). One row is one event of
 * organised violence: PLOVER ASSAULT in a military context, fatalities low/best/high, GED's
 * date and place precision, and `source_article` as the quote of its evidence.
 */
import type { DatePrecision, PlacePrecision } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import {
  FieldProblem,
  normaliseSafely,
  optionalCount,
  optionalDate,
  optionalNumber,
  requiredDate,
  requiredText,
  ucdpReleaseOf,
} from '../fields.ts';
import { ActorCollector, datasetEvent, fatalitiesOf, rowEvidence } from './common.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

/** GED `date_prec`: 1 the day, 2 within 2–6 days, 3 within a month, 4 within a year, 5 longer. */
const DATE_PRECISION: Readonly<Record<string, DatePrecision>> = {
  '1': 'day',
  '2': 'week',
  '3': 'month',
  '4': 'year',
  '5': 'unknown',
};

/**
 * GED `where_prec`: 1 exact place, 2 within 25 km, 3 second-order unit, 4 first-order unit,
 * 5 part of a country larger than a first-order unit, 6 the country, 7 international waters or air space.
 */
const PLACE_PRECISION: Readonly<Record<string, PlacePrecision>> = {
  '1': 'exact',
  '2': 'near',
  '3': 'admin2',
  '4': 'admin1',
  '5': 'country',
  '6': 'country',
  '7': 'unknown',
};

const CIVILIANS = 'Civilians';

export const ucdpGed: DatasetFormat = {
  name: 'ucdp-ged',
  entity: 'event',
  info: {
    title: 'UCDP Georeferenced Event Dataset (GED)',
    author: 'Uppsala Conflict Data Program (Sundberg & Melander 2013)',
    publisher: 'Uppsala University',
    url: 'https://ucdp.uu.se/downloads/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['id', 'date_start', 'date_prec', 'where_prec', 'side_a', 'side_b', 'best', 'low', 'high'],
  detect: (first) =>
    ['id', 'side_a', 'side_b', 'where_prec', 'date_prec', 'best'].every((c) => first.includes(c)),
  releaseOf: (fileName) => ucdpReleaseOf(fileName),
  normalise: normaliseGedRow,
};

export function normaliseGedRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('id');
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(rowKey)) throw new FieldProblem('id', `expected a numeric GED id, got '${rowKey}'`);
    const date = requiredDate(row, 'date_start');
    const end = optionalDate(row, 'date_end');
    if (end !== null && end < date) throw new FieldProblem('date_end', `${end} is before date_start ${date}`);
    const datePrecision = DATE_PRECISION[row.get('date_prec')];
    if (datePrecision === undefined)
      throw new FieldProblem('date_prec', `expected 1–5, got '${row.get('date_prec')}'`);
    const placePrecision = PLACE_PRECISION[row.get('where_prec')];
    if (placePrecision === undefined)
      throw new FieldProblem('where_prec', `expected 1–7, got '${row.get('where_prec')}'`);
    const lat = optionalNumber(row, 'latitude', -90, 90);
    const lon = optionalNumber(row, 'longitude', -180, 180);
    if ((lat === null) !== (lon === null))
      throw new FieldProblem(lat === null ? 'latitude' : 'longitude', 'latitude and longitude come together');
    const evidence = rowEvidence(context, rowKey, row.value('source_article'));
    const { fatalities, disputes } = fatalitiesOf(
      optionalCount(row, 'low'),
      optionalCount(row, 'best'),
      optionalCount(row, 'high'),
      evidence,
    );
    const countryName = row.get('country');
    const country = countryCodeOf(countryName);

    const actors = new ActorCollector(context, { from: date, to: end ?? date });
    const sideA = requiredText(row, 'side_a');
    const sideB = requiredText(row, 'side_b');
    const sourceActors = actors.ids('source', [
      { system: 'ucdp', externalId: sideId(row, 'a'), name: sideA },
    ]);
    const targetActors =
      sideB === CIVILIANS
        ? []
        : actors.ids('target', [{ system: 'ucdp', externalId: sideId(row, 'b'), name: sideB }]);

    const place = row.value('where_coordinates') ?? row.value('where_description');
    const event = datasetEvent({
      id: `ucdp-ged:${rowKey}`,
      date,
      dateEnd: end !== null && end !== date ? end : undefined,
      datePrecision,
      location: {
        name: place,
        country,
        admin1: row.value('adm_1'),
        admin2: row.value('adm_2'),
        lat,
        lon,
        precision: placePrecision,
      },
      sourceActors,
      targetActors,
      type: 'ASSAULT',
      context: ['military'],
      fatalities,
      confidence: row.get('event_clarity') === '2' ? 0.7 : 0.9,
      evidence: [evidence],
      disputes: disputes.length > 0 ? disputes : undefined,
      summary: `${VIOLENCE[row.get('type_of_violence')] ?? 'Organised violence'}: ${sideA} – ${sideB}${
        place === null ? '' : ` at ${place}`
      }; ${fatalities.best ?? 'unknown'} deaths (best estimate)`,
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

const VIOLENCE: Readonly<Record<string, string>> = {
  '1': 'State-based violence',
  '2': 'Non-state violence',
  '3': 'One-sided violence',
};

/** The UCDP actor id of side a or b: `side_x_new_id` (every layout), else `side_x_dset_id`. */
function sideId(row: DatasetRow, side: 'a' | 'b'): string | undefined {
  return row.value(`side_${side}_new_id`) ?? row.value(`side_${side}_dset_id`) ?? undefined;
}
