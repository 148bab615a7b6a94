/**
 * The UCDP Conflict Termination Dataset, dyad level: one row per dyad-year of the armed
 * conflicts, with the dyad's episode, whether the episode ended that year and how (peace
 * agreement, ceasefire, victory, low activity, an actor ceasing to exist). Each row becomes a
 * `hostile-to` Relation for the year between the dyad's sides (see `ucdp-conflict.ts`), keyed
 * by dyad id and year, its end narrowed to the episode's end date in the year it ended; the
 * episode, the outcome and the ceasefire and peace-agreement dates go into its summary.
 * Its dates are month/day/two-digit-year ("7/21/46"); the ceasefire and peace-agreement cells,
 * which sometimes hold several annotated dates, are kept verbatim.
 */
import { FieldProblem, normaliseSafely, requiredText } from '../fields.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';
import {
  codeOf,
  conflictDate,
  conflictYearRelation,
  CONFLICT_TYPES,
  INCOMPATIBILITIES,
  INTENSITIES,
  sideQueries,
  sideText,
  yearOf,
} from './ucdp-conflict.ts';

/** `outcome` of an episode that ended (Kreutz 2010). */
const OUTCOMES: Readonly<Record<string, string>> = {
  '1': 'peace agreement',
  '2': 'ceasefire agreement',
  '3': 'victory for side A',
  '4': 'victory for side B',
  '5': 'low activity',
  '6': 'an actor ceased to exist',
};

export const ucdpTerm: DatasetFormat = {
  name: 'ucdp-term',
  entity: 'relation',
  info: {
    title: 'UCDP Conflict Termination Dataset (dyad level)',
    author: 'Uppsala Conflict Data Program (Kreutz 2010)',
    publisher: 'Uppsala University',
    url: 'https://ucdp.uu.se/downloads/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['dyadep_id', 'dyad_id', 'conflict_id', 'year', 'side_a', 'side_a_id', 'side_b', 'side_b_id'],
  detect: (first) => ['dyadep_id', 'dyadterm', 'outcome', 'dyad_id'].every((c) => first.includes(c)),
  releaseOf: (fileName, first) => /(\d+-\d{4})/.exec(fileName)?.[1] ?? first.value('version') ?? undefined,
  normalise: normaliseUcdpTermRow,
};

export function normaliseUcdpTermRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const dyad = row.get('dyad_id');
  const rowKey = `${dyad}:${row.get('year')}`;
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(dyad)) throw new FieldProblem('dyad_id', `expected a numeric dyad id, got '${dyad}'`);
    const year = yearOf(row);
    const location = requiredText(row, 'location');
    const type = codeOf(row, 'type_of_conflict', CONFLICT_TYPES);
    const incompatibility = codeOf(row, 'incompatibility', INCOMPATIBILITIES);
    const intensity = codeOf(row, 'intensity_level', INTENSITIES);
    const ended = row.get('dyadterm') === '1';
    const episodeEnd = conflictDate(row, 'ependdate');
    const outcomeCode = row.get('outcome');
    const outcome = outcomeCode === '' ? null : (OUTCOMES[outcomeCode] ?? null);
    if (outcomeCode !== '' && outcome === null)
      throw new FieldProblem('outcome', `expected one of 1–6 or empty, got '${outcomeCode}'`);
    // Verbatim: a few cells hold several dates with notes ("1995-12-23 (unilateral); …").
    const ceasefire = row.value('cfiredate');
    const agreement = row.value('peagdate');
    const summary =
      `UCDP conflict termination, conflict ${row.get('conflict_id')} dyad ${dyad} episode ${row.get('dyadepisode') || '?'} ` +
      `(${location}), ${year}: ${type} conflict over ${incompatibility}, ${intensity}; ` +
      `side A: ${sideText(row, 'side_a', 'side_a_2nd')}; side B: ${sideText(row, 'side_b', 'side_b_2nd')}` +
      (ended
        ? `; the episode ended${episodeEnd === null ? '' : ` on ${episodeEnd}`}${outcome === null ? '' : ` (${outcome})`}`
        : '') +
      (ceasefire === null ? '' : `; ceasefire ${ceasefire}`) +
      (agreement === null ? '' : `; peace agreement ${agreement}`) +
      (row.get('recur') === '1' ? '; the conflict recurred' : '');
    return conflictYearRelation(
      {
        rowKey,
        entityId: `ucdp-term:${rowKey}`,
        year,
        start: conflictDate(row, 'start_date2'),
        end: ended ? episodeEnd : null,
        summary,
        location,
        sideA: sideQueries(row, 'side_a_id', 'side_a'),
        sideB: sideQueries(row, 'side_b_id', 'side_b'),
      },
      context,
    );
  });
}
