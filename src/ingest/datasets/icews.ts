/**
 * ICEWS event files (Dataverse yearly `events.YYYY.*.tab` and, from late 2018, weekly
 * `YYYYMMDD-icews-events.tab`, whose release is that date): tab-separated with a header and no
 * quoting, one CAMEO-coded event per row with source and target names, an intensity on the
 * Goldstein scale and a geocoded place. Statements (CAMEO 01) are skipped: PLOVER does not code them.
 */
import type { PlacePrecision } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import { FieldProblem, normaliseSafely, optionalNumber, requiredDate, requiredText } from '../fields.ts';
import { readCameo } from './cameo-event.ts';
import { ActorCollector, datasetEvent, rowEvidence } from './common.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

export const icews: DatasetFormat = {
  name: 'icews',
  entity: 'event',
  incremental: true,
  info: {
    title: 'Integrated Crisis Early Warning System (ICEWS) Coded Event Data',
    author: 'Boschee, Lautenschlager, O’Brien, Shellman, Starz, Ward',
    publisher: 'Harvard Dataverse',
    url: 'https://dataverse.harvard.edu/dataverse/icews',
  },
  layout: { delimiter: '\t', quote: null },
  required: ['Event ID', 'Event Date', 'Source Name', 'CAMEO Code', 'Target Name'],
  detect: (first) => ['Event ID', 'Event Date', 'CAMEO Code', 'Source Name'].every((c) => first.includes(c)),
  releaseOf: (fileName) =>
    /events\.(\d{4}(?:\.[A-Za-z0-9]+)?)\.tab$/i.exec(fileName)?.[1] ??
    /^(\d{6,8})-icews-events\.tab$/i.exec(fileName)?.[1],
  normalise: normaliseIcewsRow,
};

export function normaliseIcewsRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('Event ID');
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(rowKey)) throw new FieldProblem('Event ID', `expected a numeric id, got '${rowKey}'`);
    const code = requiredText(row, 'CAMEO Code');
    const cameo = readCameo(code, 'CAMEO Code');
    if (cameo.statement)
      return {
        outcome: 'skipped',
        rowKey,
        reason: `CAMEO ${code} is a statement, which PLOVER does not code`,
      };
    const date = requiredDate(row, 'Event Date');
    const lat = optionalNumber(row, 'Latitude', -90, 90);
    const lon = optionalNumber(row, 'Longitude', -180, 180);
    const intensity = optionalNumber(row, 'Intensity', -10, 10);
    const sourceName = requiredText(row, 'Source Name');
    const targetName = requiredText(row, 'Target Name');
    const actors = new ActorCollector(context, { from: date, to: date });
    const sourceActors = actors.ids('source', [{ name: sourceName }]);
    const targetActors = actors.ids('target', [{ name: targetName }]);
    const countryName = row.value('Country');
    const country = countryName === null ? null : countryCodeOf(countryName);
    const city = row.value('City');
    const province = row.value('Province');
    const precision: PlacePrecision =
      city !== null ? 'near' : province !== null ? 'admin1' : country !== null ? 'country' : 'unknown';
    const event = datasetEvent({
      id: `icews:${rowKey}`,
      date,
      datePrecision: 'day',
      location: {
        name: city ?? province ?? countryName,
        country,
        admin1: province,
        admin2: row.value('District'),
        lat: lat === null || lon === null ? null : lat,
        lon: lat === null || lon === null ? null : lon,
        precision,
      },
      sourceActors,
      targetActors,
      type: cameo.mapping.type,
      mode: cameo.mapping.mode,
      context: cameo.mapping.context,
      cameo: code,
      intensity,
      fatalities: { low: null, best: null, high: null },
      confidence: 0.5,
      evidence: [rowEvidence(context, rowKey, null)],
      summary: `${sourceName}: ${row.get('Event Text') || code} → ${targetName}`,
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
