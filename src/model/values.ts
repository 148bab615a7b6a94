/**
 * The shared value sets and scalar schemas of the domain model (PRODUCT.md): dates with their
 * precision, places, review status, origin, ids. Every other schema is built from these.
 */
import { z } from 'zod';

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const PLACE_PRECISIONS = ['exact', 'near', 'admin2', 'admin1', 'country', 'unknown'] as const;
export const PlacePrecision = z.enum(PLACE_PRECISIONS);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

export const REVIEW_STATUSES = ['draft', 'reviewed', 'disputed', 'rejected'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ORIGINS = ['curated', 'dataset', 'coded'] as const;
export const Origin = z.enum(ORIGINS);
export type Origin = z.infer<typeof Origin>;

/** Earliest and latest dates Jirga accepts; anything outside is an input error, not history. */
export const MIN_DATE = '1800-01-01';
export const MAX_DATE = '2100-12-31';

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day as `YYYY-MM-DD`, a real day between 1800 and 2100. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDay, 'not a real calendar day')
  .refine((value) => value >= MIN_DATE && value <= MAX_DATE, `outside ${MIN_DATE}…${MAX_DATE}`);
export type IsoDate = z.infer<typeof IsoDate>;

/** A stable slug: lower-case letters, digits and hyphens ("pakistan-army", "ttp"). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and hyphens');

/**
 * An entity id: a slug, optionally namespaced and dotted for imported rows
 * ("ucdp-ged:244657", "gdelt:1098"). Never contains spaces.
 */
export const EntityId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, 'expected an id of lower-case letters, digits, ".", ":", "_" or "-"');

/** ISO 3166-1 alpha-3 country code, upper case ("PAK", "AFG"). */
export const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');

/** A language tag: ISO 639-1 where one exists ("en", "ur", "ps", "fa", "tr", "ru"). */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code');
