/**
 * What ACLED files from before its 2019 revision write differently from today's exports: nine
 * event types with no sub-event type ("Battle-No change of territory", "Remote violence",
 * "Riots/Protests", "Strategic development"…), associated actors as `ally_actor_1/2`, and, in
 * the Africa releases, capitalised column names and dates written day first ("18/04/2001").
 * `acled.ts` reads both; this module holds the older vocabulary.
 */
import { IsoDate, type PloverContext, type PloverType } from '../../model/index.ts';
import { FieldProblem, requiredDate } from '../fields.ts';
import type { DatasetRow } from './row.ts';

export interface AcledReading {
  type: PloverType;
  mode: string | null;
  context: PloverContext[];
}

const BATTLE: AcledReading = { type: 'ASSAULT', mode: 'firearms', context: ['military'] };
const BATTLE_OVER_TERRITORY: AcledReading = {
  type: 'ASSAULT',
  mode: 'firearms',
  context: ['military', 'territory'],
};

/** The event types of the older codebook that today's six do not cover. */
const LEGACY_EVENT_TYPES: Readonly<Record<string, AcledReading>> = {
  'Battle-No change of territory': BATTLE,
  'Battle-Government regains territory': BATTLE_OVER_TERRITORY,
  'Battle-Non-state actor overtakes territory': BATTLE_OVER_TERRITORY,
  'Remote violence': { type: 'ASSAULT', mode: 'explosives', context: ['military'] },
  'Strategic development': { type: 'COERCE', mode: null, context: [] },
  'Headquarters or base established': { type: 'MOBILIZE', mode: null, context: ['military'] },
  'Non-violent transfer of territory': { type: 'RETREAT', mode: null, context: ['territory'] },
};

/**
 * The reading of an event type of the older codebook, or undefined when it is not one.
 * "Riots/Protests" was one type: the first actor ("Rioters (…)", "Protesters (…)") tells
 * a riot from a demonstration, and neither when it is someone else.
 */
export function legacyAcledReading(eventType: string, actor1: string): AcledReading | undefined {
  if (eventType === 'Riots/Protests') {
    const mode = actor1.startsWith('Rioters') ? 'riot' : actor1.startsWith('Protesters') ? 'demo' : null;
    return { type: 'PROTEST', mode, context: [] };
  }
  return LEGACY_EVENT_TYPES[eventType];
}

/**
 * `event_date` as `YYYY-MM-DD`. ACLED writes a slashed date day first ("18/04/2001"), unlike
 * the month-first dates of other datasets; every other form is read as `requiredDate` reads it.
 */
export function acledEventDate(row: DatasetRow): string {
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(row.get('event_date'));
  if (slashed === null) return requiredDate(row, 'event_date');
  const iso = `${slashed[3]}-${slashed[2]!.padStart(2, '0')}-${slashed[1]!.padStart(2, '0')}`;
  const checked = IsoDate.safeParse(iso);
  if (!checked.success)
    throw new FieldProblem(
      'event_date',
      `${checked.error.issues[0]?.message ?? 'invalid'} (read day first): '${row.get('event_date')}'`,
    );
  return iso;
}
