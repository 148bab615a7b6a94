/**
 * ACLED exports (CSV with a header, as downloaded from the ACLED export tool or API): one
 * event of political violence or demonstration per row. Event types map to PLOVER (battles,
 * explosions and violence against civilians to ASSAULT, protests and riots to PROTEST,
 * strategic developments by sub-event type); `time_precision` and `geo_precision` to the
 * schema's precisions; the single fatality figure is the best estimate; `notes` is the quote.
 * Actor names resolve through `externalIds.acled`, then by name; `assoc_actor_*` cells hold
 * several actors separated by "; ". Files of the older codebook (capitalised columns,
 * `ally_actor_*`, nine event types, day-first dates) are read too: see `acled-legacy.ts`.
 */
import type { DatePrecision, PlacePrecision } from '../../model/index.ts';
import { countryCodeOf } from '../country-codes.ts';
import {
  FieldProblem,
  normaliseSafely,
  optionalCount,
  optionalNumber,
  requiredText,
  splitList,
} from '../fields.ts';
import { acledEventDate, legacyAcledReading, type AcledReading } from './acled-legacy.ts';
import { ActorCollector, datasetEvent, rowEvidence } from './common.ts';
import type { ActorQuery, DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';

const TIME_PRECISION: Readonly<Record<string, DatePrecision>> = { '1': 'day', '2': 'week', '3': 'month' };
/** ACLED `geo_precision`: 1 the town, 2 near it or part of a region, 3 a larger region (the province). */
const GEO_PRECISION: Readonly<Record<string, PlacePrecision>> = { '1': 'exact', '2': 'near', '3': 'admin1' };

const EVENT_TYPES: Readonly<Record<string, AcledReading>> = {
  Battles: { type: 'ASSAULT', mode: 'firearms', context: ['military'] },
  'Explosions/Remote violence': { type: 'ASSAULT', mode: 'explosives', context: ['military'] },
  'Violence against civilians': { type: 'ASSAULT', mode: null, context: ['human_security'] },
  Protests: { type: 'PROTEST', mode: 'demo', context: [] },
  Riots: { type: 'PROTEST', mode: 'riot', context: [] },
};

const STRATEGIC_SUB_EVENTS: Readonly<Record<string, AcledReading>> = {
  Agreement: { type: 'AGREE', mode: null, context: [] },
  Arrests: { type: 'COERCE', mode: 'arrest', context: [] },
  'Change to group/activity': { type: 'MOBILIZE', mode: null, context: [] },
  'Disrupted weapons use': { type: 'COERCE', mode: 'seize', context: ['military'] },
  'Headquarters or base established': { type: 'MOBILIZE', mode: null, context: ['military'] },
  'Looting/property destruction': { type: 'ASSAULT', mode: null, context: [] },
  'Non-violent transfer of territory': { type: 'RETREAT', mode: null, context: ['territory'] },
  Other: { type: 'COERCE', mode: null, context: [] },
};

/** Sub-event types that say more than the event type. */
const SUB_EVENT_MODES: Readonly<Record<string, string>> = {
  'Air/drone strike': 'aerial',
  'Suicide bomb': 'suicide-attack',
  'Shelling/artillery/missile attack': 'heavy-weapons',
  'Remote explosive/landmine/IED': 'explosives',
  Abduction: 'abduct',
  'Abduction/forced disappearance': 'abduct',
  'Sexual violence': 'sexual',
};

export const acled: DatasetFormat = {
  name: 'acled',
  entity: 'event',
  incremental: true,
  info: {
    title: 'Armed Conflict Location & Event Data (ACLED)',
    author: 'ACLED (Raleigh, Linke, Hegre & Karlsen 2010)',
    publisher: 'ACLED',
    url: 'https://acleddata.com/data-export-tool/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'country', 'fatalities'],
  detect: (first) => {
    const columns = first.map((name) => name.trim().toLowerCase());
    return ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'fatalities'].every((c) =>
      columns.includes(c),
    );
  },
  releaseOf: () => undefined,
  normalise: normaliseAcledRow,
};

export function normaliseAcledRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const rowKey = row.get('event_id_cnty');
  return normaliseSafely(row, rowKey, () => {
    if (!/^[A-Za-z0-9]+$/.test(rowKey))
      throw new FieldProblem('event_id_cnty', `expected an ACLED event id, got '${rowKey}'`);
    const date = acledEventDate(row);
    const datePrecision = TIME_PRECISION[row.get('time_precision') || '1'];
    if (datePrecision === undefined)
      throw new FieldProblem('time_precision', `expected 1–3, got '${row.get('time_precision')}'`);
    const eventType = requiredText(row, 'event_type');
    const subEvent = row.value('sub_event_type') ?? '';
    const actor1 = row.value('actor1');
    const reading =
      eventType === 'Strategic developments'
        ? (STRATEGIC_SUB_EVENTS[subEvent] ?? STRATEGIC_SUB_EVENTS.Other)
        : (EVENT_TYPES[eventType] ?? legacyAcledReading(eventType, actor1 ?? ''));
    if (reading === undefined)
      throw new FieldProblem('event_type', `unknown ACLED event type '${eventType}'`);
    const mode = reading.type === 'ASSAULT' ? (SUB_EVENT_MODES[subEvent] ?? reading.mode) : reading.mode;
    const lat = optionalNumber(row, 'latitude', -90, 90);
    const lon = optionalNumber(row, 'longitude', -180, 180);
    if ((lat === null) !== (lon === null))
      throw new FieldProblem(lat === null ? 'latitude' : 'longitude', 'latitude and longitude come together');
    const deaths = optionalCount(row, 'fatalities');
    const countryName = requiredText(row, 'country');
    const country = countryCodeOf(countryName);
    const actors = new ActorCollector(context, { from: date, to: date });
    const actor2 = row.value('actor2');
    const sourceActors = actors.ids('source', [...named(actor1), ...named(associated(row, 1))]);
    const targetActors = actors.ids('target', [...named(actor2), ...named(associated(row, 2))]);
    const event = datasetEvent({
      id: `acled:${rowKey.toLowerCase()}`,
      date,
      datePrecision,
      location: {
        name: row.value('location'),
        country,
        admin1: row.value('admin1'),
        admin2: row.value('admin2'),
        lat,
        lon,
        precision: GEO_PRECISION[row.get('geo_precision')] ?? 'unknown',
      },
      sourceActors,
      targetActors,
      type: reading.type,
      mode,
      context: reading.context,
      fatalities: { low: null, best: deaths, high: null },
      confidence: 0.8,
      evidence: [rowEvidence(context, rowKey, row.value('notes'))],
      summary: `${subEvent || eventType}: ${actor1 ?? ''}${actor2 === null ? '' : ` – ${actor2}`}`,
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

/** `assoc_actor_N`, called `ally_actor_N` in files of the older codebook. */
function associated(row: DatasetRow, side: 1 | 2): string | null {
  return row.value(`assoc_actor_${side}`) ?? row.value(`ally_actor_${side}`);
}

function named(cell: string | null): ActorQuery[] {
  return splitList(cell, /\s*;\s*/).map((name) => ({ system: 'acled' as const, externalId: name, name }));
}
