/**
 * The UCDP/PRIO Armed Conflict Dataset: one row per conflict-year (at least 25 battle-related
 * deaths, at least one side a government). Each row becomes a `hostile-to` Relation for the
 * year between side A and side B (see `ucdp-conflict.ts`), keyed by conflict id and year;
 * type, incompatibility, territory, intensity and secondary parties go into its summary.
 */
import { FieldProblem, requiredText, ucdpReleaseOf, normaliseSafely } from '../fields.ts';
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

export const ucdpAcd: DatasetFormat = {
  name: 'ucdp-acd',
  entity: 'relation',
  info: {
    title: 'UCDP/PRIO Armed Conflict Dataset',
    author: 'Uppsala Conflict Data Program and PRIO (Gleditsch et al. 2002; Davies, Pettersson & Öberg 2022)',
    publisher: 'Uppsala University',
    url: 'https://ucdp.uu.se/downloads/',
  },
  layout: { delimiter: ',', quote: '"' },
  required: ['conflict_id', 'year', 'side_a', 'side_a_id', 'side_b', 'side_b_id', 'intensity_level'],
  detect: (first) =>
    ['conflict_id', 'year', 'intensity_level', 'cumulative_intensity', 'type_of_conflict'].every((c) =>
      first.includes(c),
    ) && !first.includes('dyad_id'),
  releaseOf: (fileName, first) => first.value('version') ?? ucdpReleaseOf(fileName),
  normalise: normaliseUcdpAcdRow,
};

export function normaliseUcdpAcdRow(row: DatasetRow, context: NormaliseContext): Normalised {
  const conflict = row.get('conflict_id');
  const rowKey = `${conflict}:${row.get('year')}`;
  return normaliseSafely(row, rowKey, () => {
    if (!/^\d+$/.test(conflict))
      throw new FieldProblem('conflict_id', `expected a numeric conflict id, got '${conflict}'`);
    const year = yearOf(row);
    const location = requiredText(row, 'location');
    const intensity = codeOf(row, 'intensity_level', INTENSITIES);
    const type = codeOf(row, 'type_of_conflict', CONFLICT_TYPES);
    const incompatibility = codeOf(row, 'incompatibility', INCOMPATIBILITIES);
    const territory = row.value('territory_name');
    const episodeEnded = row.get('ep_end') === '1';
    const summary =
      `UCDP/PRIO armed conflict ${conflict} (${location}${territory === null ? '' : `: ${territory}`}), ${year}: ` +
      `${type} conflict over ${incompatibility}, ${intensity}; ` +
      `side A: ${sideText(row, 'side_a', 'side_a_2nd')}; side B: ${sideText(row, 'side_b', 'side_b_2nd')}` +
      (episodeEnded ? '; the episode ended this year' : '');
    return conflictYearRelation(
      {
        rowKey,
        entityId: `ucdp-acd:${rowKey}`,
        year,
        start: conflictDate(row, 'start_date2'),
        end: episodeEnded ? conflictDate(row, 'ep_end_date') : null,
        summary,
        location,
        sideA: sideQueries(row, 'side_a_id', 'side_a'),
        sideB: sideQueries(row, 'side_b_id', 'side_b'),
      },
      context,
    );
  });
}
