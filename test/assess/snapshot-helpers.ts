/**
 * A tiny world for the assessment tests: a state `gov` (with its army), an armed group `reb`,
 * a mediator `med` with its government office, and an outside power; plus a helper that
 * assesses a set of items as of a date.
 */
import { assess, type Assessment } from '../../src/assess/assessment.ts';
import { makeContext, type AssessmentContext } from '../../src/assess/context.ts';
import { partiesOf } from '../../src/assess/assessment.ts';
import { takeSnapshot, type SnapshotItems } from '../../src/assess/snapshot.ts';
import { actor, source } from './builders.ts';

export const ACTORS = [
  actor('gov', 'state', { country: 'AAA' }),
  actor('gov-army', 'military', { parentId: 'gov', country: 'AAA' }),
  actor('reb', 'armed-group', { country: 'AAA' }),
  actor('med', 'armed-group', { country: 'BBB' }),
  actor('med-office', 'office', { parentId: 'med', country: 'BBB' }),
  actor('splinter', 'armed-group', { country: 'AAA' }),
  actor('power', 'state', { country: 'CCC' }),
];

export function items(parts: Partial<SnapshotItems>): SnapshotItems {
  return {
    actors: ACTORS,
    events: [],
    relations: [],
    agreements: [],
    negotiations: [],
    sources: [source()],
    ...parts,
  };
}

export function contextFor(
  parts: Partial<SnapshotItems>,
  asOf = '2023-01-01',
  includeDrafts = false,
): AssessmentContext {
  const snapshot = takeSnapshot(items(parts), asOf, { includeDrafts });
  return makeContext(snapshot, partiesOf(snapshot, { mediator: 'med', parties: ['gov', 'reb'] }));
}

export function assessmentFor(parts: Partial<SnapshotItems>, asOf = '2023-01-01'): Assessment {
  return assess(takeSnapshot(items(parts), asOf), { mediator: 'med', parties: ['gov', 'reb'] });
}
