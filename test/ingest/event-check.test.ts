/**
 * The importer's hand-written event check must accept exactly what the zod `Event` schema
 * accepts: on valid events (property-generated), and on the same events with one member
 * replaced by a wrong or borderline value, removed, or joined by an unknown member.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEvent } from '../../src/ingest/event-check.ts';
import { Event } from '../../src/model/index.ts';
import { event } from '../store/arbitraries.ts';

/** The path of every member inside `value`: object keys and array indexes. */
function memberPaths(value: unknown, prefix: (string | number)[] = [], found: (string | number)[][] = []) {
  if (typeof value !== 'object' || value === null) return found;
  if (Array.isArray(value)) value.forEach((inner, i) => memberPaths(inner, [...prefix, i], found));
  else
    for (const [key, inner] of Object.entries(value)) {
      found.push([...prefix, key]);
      memberPaths(inner, [...prefix, key], found);
    }
  if (Array.isArray(value)) value.forEach((_, i) => found.push([...prefix, i]));
  return found;
}

/** The path of every plain object inside `value` (itself included). */
function objectPaths(value: unknown, prefix: (string | number)[] = [], found: (string | number)[][] = []) {
  if (typeof value !== 'object' || value === null) return found;
  if (!Array.isArray(value)) found.push(prefix);
  for (const [key, inner] of Object.entries(value))
    objectPaths(inner, [...prefix, Array.isArray(value) ? Number(key) : key], found);
  return found;
}

/** A copy of `original` with the member at `path` set to `value`, or removed when `value` is `REMOVE`. */
function changed(original: Event, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(original) as unknown as Record<string | number, unknown>;
  let holder = copy;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value !== REMOVE) holder[last] = value;
  else if (Array.isArray(holder)) holder.splice(Number(last), 1);
  else delete holder[last];
  return copy;
}

const REMOVE = Symbol('remove');

const ODD_VALUES: readonly unknown[] = [
  null,
  undefined,
  '',
  'x',
  'X Y',
  'ASSAULT',
  'military',
  'day',
  'exact',
  'PAK',
  'pak',
  '2021-02-29',
  '2020-02-29',
  '2021-04-31',
  '1799-12-31',
  '1800-01-01',
  '2100-12-31',
  '2101-01-01',
  '2021-13-01',
  '2021-00-10',
  '2021-1-01',
  '0123',
  '1',
  'a-b',
  'a--b',
  'dataset:x',
  0,
  -0,
  -1,
  1,
  0.5,
  1.5,
  2,
  11,
  -10,
  90.5,
  -180,
  181,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  [],
  [{}],
  {},
];

describe('isValidEvent', () => {
  it('accepts every event the schema accepts', () => {
    fc.assert(
      fc.property(event, (e) => {
        expect(Event.safeParse(e).success).toBe(true);
        expect(isValidEvent(e)).toBe(true);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('agrees with the schema on every member of sample events set to an odd value, removed, or joined by another', () => {
    const samples = fc.sample(event, { seed: 7, numRuns: 12 });
    const values = [...ODD_VALUES, REMOVE];
    let refused = 0;
    let checked = 0;
    for (const sample of samples) {
      const paths = memberPaths(sample);
      for (const holder of objectPaths(sample)) paths.push([...holder, 'unknownMember']);
      for (const path of paths) {
        for (const value of values) {
          const candidate = changed(sample, path, value);
          const zodSays = Event.safeParse(candidate).success;
          if (!zodSays) refused++;
          checked++;
          if (isValidEvent(candidate) !== zodSays)
            expect.fail(`${path.join('.')} = ${String(value)}: zod says ${zodSays}`);
        }
      }
    }
    // The sample must exercise refusals, not only harmless changes.
    expect(refused).toBeGreaterThan(checked / 2);
  });
});
