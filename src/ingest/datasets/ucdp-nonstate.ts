/**
 * The UCDP Non-State Conflict Dataset: one row per dyad-year of armed conflict between two
 * organised groups, neither a government, with the year's fatality estimates. Each row
 * becomes a `hostile-to` Relation for the year between the two groups (see
 * `ucdp-conflict.ts`), keyed by dyad id and year; the kind of organisation and the fatalities
 * (best, low, high, verbatim) go into its summary — yearly totals are not events and are not
 * counted with them.
 */
import { FieldProblem, normaliseSafely, optionalCount, requiredText, ucdpReleaseOf } from '../fields.ts';
import type { DatasetFormat, Normalised, NormaliseContext } from './format.ts';
import type { DatasetRow } from './row.ts';
import { codeOf, conflictDate, conflictYearRelation, sideQueries, yearOf } from './ucdp-conflict.ts';

/** `org`: how the sides are organised. */
const ORGANISATION: Readonly<Record<string, string>> = {
  '1': 'formally organised groups',
  '2': 'informally organised supporters of a political party or candidate',
  '3': 'informally organised groups sharing a communal identity',
};

export const ucdpNonState: DatasetFormat = {
  name: 'ucdp-nonstate',
  entity: 'relation',
  info: {
    title: 'UCDP Non-State Conflict Dataset',
    author: 'Uppsala Conflict Data Program (Sundberg, Eck & Kreutz 2012)',
    publisher: 'Uppsala University',
    url: 'https://ucdp.uu.se/downloads/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: [
    'conflict_id',
    'dyad_id',
    'year',
    'side_a_name',
    'side_a_id',
    'side_b_name',
    'side_b_id',
    'best_fatality_estimate',
  ],
  detect: (first) =>
    ['conflict_id', 'dyad_id', 'org', 'side_a_name', 'best_fatality_estimate'].every((c) =>
      first.includes(c),
    ),
  releaseOf: (fileName, first) => first.value('version') ?? ucdpReleaseOf(fileName),
  normalise: normaliseUcdpNonStateRow,
};

export function normaliseUcdpNonStateRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const dyad = row.get('dyad_id');
  const rowKey = `${dyad}:${row.get('year')}`;
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(dyad)) throw new FieldProblem('dyad_id', `expected a numeric dyad id, got '${dyad}'`);
    const year = yearOf(row);
    const location = requiredText(row, 'location');
    const organisation = codeOf(row, 'org', ORGANISATION);
    // Kept as the dataset gives them, even when a bound is on the wrong side of the best
    // estimate (a few rows of 22.1): the summary says so rather than losing the dyad-year.
    const low = optionalCount(row, 'low_fatality_estimate');
    const best = optionalCount(row, 'best_fatality_estimate');
    const high = optionalCount(row, 'high_fatality_estimate');
    const disordered =
      (low !== null && best !== null && low > best) || (high !== null && best !== null && high < best);
    const episodeEnded = row.get('ep_end') === '1';
    const summary =
      `UCDP non-state conflict ${row.get('conflict_id')}, dyad ${dyad} (${location}), ${year}: ` +
      `${organisation}, ${requiredText(row, 'side_a_name')} against ${requiredText(row, 'side_b_name')}; ` +
      `fatalities best ${best ?? '?'}, low ${low ?? '?'}, high ${high ?? '?'}` +
      (disordered ? " (the dataset's bounds disagree with its best estimate)" : '') +
      (episodeEnded ? '; the episode ended this year' : '');
    return conflictYearRelation(
      {
        rowKey,
        entityId: `ucdp-nonstate:${rowKey}`,
        year,
        start: conflictDate(row, 'start_date2'),
        end: episodeEnded ? conflictDate(row, 'ep_end_date') : null,
        summary,
        location,
        sideA: sideQueries(row, 'side_a_id', 'side_a_name'),
        sideB: sideQueries(row, 'side_b_id', 'side_b_name'),
      },
      context,
    );
  });
}
