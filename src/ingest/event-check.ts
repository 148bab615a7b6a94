/**
 * A hand-written check of the `Event` schema for the import's hot path: the same rules as the
 * zod schema (strict objects, value sets, id and date formats, real calendar days within
 * 1800–2100, ranges, fatalities in order, PLOVER modes, evidence on every item), as plain
 * code that allocates nothing. It only answers "valid or not": for an event it refuses, the
 * importer asks zod, so a rejection names exactly the field and reason zod would. A property
 * test holds the two to the same answers. Pure.
 */
import {
  Claim,
  CLAIM_KINDS,
  Dispute,
  Event,
  Evidence,
  Fatalities,
  Location,
  DATE_PRECISIONS,
  isModeOf,
  MAX_DATE,
  MIN_DATE,
  ORIGINS,
  PLACE_PRECISIONS,
  PLOVER_CONTEXTS,
  PLOVER_TYPES,
  REVIEW_STATUSES,
  type PloverType,
} from '../model/index.ts';

const DATE_PRECISION = new Set<unknown>(DATE_PRECISIONS);
const PLACE_PRECISION = new Set<unknown>(PLACE_PRECISIONS);
const PLOVER_TYPE = new Set<unknown>(PLOVER_TYPES);
const PLOVER_CONTEXT = new Set<unknown>(PLOVER_CONTEXTS);
const ORIGIN = new Set<unknown>(ORIGINS);
const REVIEW_STATUS = new Set<unknown>(REVIEW_STATUSES);
const CLAIM_KIND = new Set<unknown>(CLAIM_KINDS);

const ENTITY_ID = /^[a-z0-9][a-z0-9._:-]*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CAMEO = /^\d{2,4}$/;

/** The members each object may have: the schemas' own shapes (they are strict). */
const EVENT_KEYS = keysOf(Event.shape);
const LOCATION_KEYS = keysOf(Location.shape);
const FATALITY_KEYS = keysOf(Fatalities.shape);
const EVIDENCE_KEYS = keysOf(Evidence.shape);
const CLAIM_KEYS = keysOf(Claim.shape);
const DISPUTE_KEYS = keysOf(Dispute.shape);
const DISPUTE_VALUE_KEYS = keysOf(Dispute.shape.values.element.shape);

function keysOf(shape: object): ReadonlySet<string> {
  return new Set(Object.keys(shape));
}

type Fields = Record<string, unknown>;

/** Whether `value` is an `Event` the zod schema accepts. */
export function isValidEvent(value: unknown): value is Event {
  if (!isPlain(value) || !onlyKeys(value, EVENT_KEYS)) return false;
  const e = value;
  if (!isEntityId(e.id) || !isIsoDate(e.date)) return false;
  if (e.dateEnd !== undefined && !isIsoDate(e.dateEnd)) return false;
  if (!DATE_PRECISION.has(e.datePrecision) || !isLocation(e.location)) return false;
  if (!isArrayOf(e.sourceActors, isSlug) || !isArrayOf(e.targetActors, isSlug)) return false;
  if (!PLOVER_TYPE.has(e.type) || (e.mode !== null && typeof e.mode !== 'string')) return false;
  if (!isArrayOf(e.context, (c) => PLOVER_CONTEXT.has(c))) return false;
  if (e.cameo !== null && !(typeof e.cameo === 'string' && CAMEO.test(e.cameo))) return false;
  if (e.intensity !== null && !isNumberIn(e.intensity, -10, 10)) return false;
  if (!isFatalities(e.fatalities) || !isArrayOf(e.claims, isClaim)) return false;
  if (!ORIGIN.has(e.origin) || !REVIEW_STATUS.has(e.status)) return false;
  if (!isNumberIn(e.confidence, 0, 1)) return false;
  if (!isArrayOf(e.evidence, isEvidence) || (e.evidence as unknown[]).length < 1) return false;
  if (e.incidentId !== null && !isEntityId(e.incidentId)) return false;
  if (e.summary !== undefined && typeof e.summary !== 'string') return false;
  if (e.disputes !== undefined && !isArrayOf(e.disputes, isDispute)) return false;
  if (e.dateEnd !== undefined && (e.dateEnd as string) < (e.date as string)) return false;
  return isModeOf(e.type as PloverType, e.mode as string | null);
}

function isLocation(value: unknown): boolean {
  if (!isPlain(value) || !onlyKeys(value, LOCATION_KEYS)) return false;
  const l = value;
  if (!isNullableString(l.name) || !isNullableString(l.admin1) || !isNullableString(l.admin2)) return false;
  if (l.country !== null && !(typeof l.country === 'string' && COUNTRY.test(l.country))) return false;
  if (l.lat !== null && !isNumberIn(l.lat, -90, 90)) return false;
  if (l.lon !== null && !isNumberIn(l.lon, -180, 180)) return false;
  if (!PLACE_PRECISION.has(l.precision)) return false;
  return (l.lat === null) === (l.lon === null);
}

function isFatalities(value: unknown): boolean {
  if (!isPlain(value) || !onlyKeys(value, FATALITY_KEYS)) return false;
  const { low, best, high } = value;
  if (!isNullableCount(low) || !isNullableCount(best) || !isNullableCount(high)) return false;
  return (
    (low === null || best === null || low <= best) &&
    (best === null || high === null || best <= high) &&
    (low === null || high === null || low <= high)
  );
}

function isEvidence(value: unknown): boolean {
  if (!isPlain(value) || !onlyKeys(value, EVIDENCE_KEYS)) return false;
  const e = value;
  if (!isEntityId(e.sourceId)) return false;
  if (e.quote !== undefined && !isNonEmptyString(e.quote)) return false;
  if (e.start !== undefined && !isCount(e.start)) return false;
  if (e.end !== undefined && !isCount(e.end)) return false;
  if (e.dataset !== undefined && !isNonEmptyString(e.dataset)) return false;
  if (e.release !== undefined && !isNonEmptyString(e.release)) return false;
  if (e.row !== undefined && !isNonEmptyString(e.row)) return false;
  if (e.claimedBy !== undefined && !isEntityId(e.claimedBy)) return false;
  return e.start === undefined || e.end === undefined || (e.end as number) >= (e.start as number);
}

function isClaim(value: unknown): boolean {
  if (!isPlain(value) || !onlyKeys(value, CLAIM_KEYS)) return false;
  const c = value;
  if (!isEntityId(c.by) || !CLAIM_KIND.has(c.kind) || !isArrayOf(c.evidence, isEvidence)) return false;
  if (c.about !== undefined && !isEntityId(c.about)) return false;
  return c.fatalities === undefined || isFatalities(c.fatalities);
}

function isDispute(value: unknown): boolean {
  if (!isPlain(value) || !onlyKeys(value, DISPUTE_KEYS)) return false;
  const d = value;
  if (!isNonEmptyString(d.field) || !isNonEmptyString(d.why)) return false;
  if (!isArrayOf(d.values, isDisputeValue)) return false;
  return (d.values as unknown[]).length >= 2;
}

function isDisputeValue(value: unknown): boolean {
  return isPlain(value) && onlyKeys(value, DISPUTE_VALUE_KEYS) && isArrayOf(value.evidence, isEvidence);
}

/** A calendar day as `YYYY-MM-DD`, real, between 1800 and 2100 (the `IsoDate` schema's rules). */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || value < MIN_DATE || value > MAX_DATE)
    return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isPlain(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** No member outside `keys` (zod's `.strict()`); a member set to undefined counts as absent only if allowed. */
function onlyKeys(value: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

function isEntityId(value: unknown): boolean {
  return typeof value === 'string' && ENTITY_ID.test(value);
}

function isSlug(value: unknown): boolean {
  return typeof value === 'string' && SLUG.test(value);
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1;
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNullableCount(value: unknown): value is number | null {
  return value === null || isCount(value);
}
