/**
 * fast-check arbitraries for valid domain events, built from the model's own value sets:
 * real calendar days in 1800–2100, fatalities with low ≤ best ≤ high or nulls, unicode names
 * and places, coordinates in range, PLOVER types with one of their modes.
 */
import fc from 'fast-check';
import {
  CLAIM_KINDS,
  DATE_PRECISIONS,
  ORIGINS,
  PLACE_PRECISIONS,
  PLOVER_CONTEXTS,
  PLOVER_TYPE_INFO,
  PLOVER_TYPES,
  REVIEW_STATUSES,
} from '../../src/model/index.ts';
import type { Event, Evidence, Fatalities, Location } from '../../src/model/index.ts';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1800, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2100, 11, 31) / DAY_MS;

/** A real calendar day, `YYYY-MM-DD`. */
export const isoDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(toIsoDate);

function toIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

export const entityId = fc
  .tuple(slug, fc.stringMatching(/^[a-z0-9._:-]{0,12}$/))
  .map(([head, tail]) => head + tail);

/** Text in any script, emoji and combining marks included. */
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const anyText = fc.string({ unit: 'binary', maxLength: 30 });

/** Doubles that survive JSON: finite, and no negative zero (JSON writes -0 as 0). */
function finite(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map((value) => (Object.is(value, -0) ? 0 : value));
}

const country = fc.stringMatching(/^[A-Z]{3}$/);

export const location: fc.Arbitrary<Location> = fc
  .record({
    name: fc.option(text),
    country: fc.option(country),
    admin1: fc.option(anyText),
    admin2: fc.option(anyText),
    coordinates: fc.option(fc.tuple(finite(-90, 90), finite(-180, 180))),
    precision: fc.constantFrom(...PLACE_PRECISIONS),
  })
  .map(({ coordinates, ...rest }) => ({
    ...rest,
    lat: coordinates?.[0] ?? null,
    lon: coordinates?.[1] ?? null,
  }));

const count = fc.option(fc.nat({ max: 100_000 }));

/** Any of low, best, high may be unknown; those known are ordered. */
export const fatalities: fc.Arbitrary<Fatalities> = fc.tuple(count, count, count).map((values) => {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const [low, best, high] = values.map((v) => (v === null ? null : (known.shift() as number)));
  return { low: low ?? null, best: best ?? null, high: high ?? null };
});

export const evidence: fc.Arbitrary<Evidence> = fc.oneof(
  fc
    .record({ sourceId: entityId, quote: text, start: fc.nat({ max: 10_000 }), length: fc.nat({ max: 500 }) })
    .map(({ start, length, ...rest }) => ({ ...rest, start, end: start + length })),
  fc.record(
    { sourceId: entityId, dataset: text, release: text, row: text, claimedBy: entityId },
    { requiredKeys: ['sourceId', 'dataset'] },
  ),
);

/** A PLOVER type with null or one of the modes it admits. */
const typeAndMode = fc.constantFrom(...PLOVER_TYPES).chain((type) => {
  const modes = PLOVER_TYPE_INFO[type].modes;
  const mode = modes.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...modes), { freq: 3 });
  return mode.map((m) => ({ type, mode: m }));
});

export const event: fc.Arbitrary<Event> = fc
  .record(
    {
      id: entityId,
      date: isoDate,
      span: fc.nat({ max: 400 }),
      datePrecision: fc.constantFrom(...DATE_PRECISIONS),
      location,
      sourceActors: fc.array(slug, { maxLength: 3 }),
      targetActors: fc.array(slug, { maxLength: 3 }),
      typeAndMode,
      context: fc.uniqueArray(fc.constantFrom(...PLOVER_CONTEXTS), { maxLength: 3 }),
      cameo: fc.option(fc.stringMatching(/^\d{2,4}$/)),
      intensity: fc.option(finite(-10, 10)),
      fatalities,
      claims: fc.array(
        fc.record(
          {
            by: entityId,
            kind: fc.constantFrom(...CLAIM_KINDS),
            evidence: fc.array(evidence, { maxLength: 2 }),
            about: entityId,
            fatalities,
          },
          { requiredKeys: ['by', 'kind', 'evidence'] },
        ),
        { maxLength: 2 },
      ),
      origin: fc.constantFrom(...ORIGINS),
      status: fc.constantFrom(...REVIEW_STATUSES),
      confidence: finite(0, 1),
      evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
      incidentId: fc.option(entityId),
      summary: text,
    },
    {
      requiredKeys: [
        'id',
        'date',
        'datePrecision',
        'location',
        'sourceActors',
        'targetActors',
        'typeAndMode',
        'context',
        'cameo',
        'intensity',
        'fatalities',
        'claims',
        'origin',
        'status',
        'confidence',
        'evidence',
        'incidentId',
      ],
    },
  )
  .map(({ span, typeAndMode: { type, mode }, ...rest }) => {
    const end =
      span === undefined ? undefined : toIsoDate(Math.min(LAST_DAY, Date.parse(rest.date) / DAY_MS + span));
    return { ...rest, type, mode, ...(end === undefined ? {} : { dateEnd: end }) };
  });

/** Events with distinct ids. */
export const eventBatch = (maxLength: number): fc.Arbitrary<Event[]> =>
  fc.uniqueArray(event, { selector: (e) => e.id, minLength: 1, maxLength });
