/**
 * Event: who did what to whom, when and where, in PLOVER terms, with fatalities as a range,
 * the claims of responsibility or blame, and the evidence. Disagreements between sources on
 * a date or a figure stay visible in `disputes`, each value with its own evidence.
 */
import { z } from 'zod';
import { Evidence, EvidenceList } from './evidence.ts';
import { isModeOf, PloverContext, PloverType } from './plover.ts';
import {
  CountryCode,
  DatePrecision,
  EntityId,
  IsoDate,
  Origin,
  PlacePrecision,
  ReviewStatus,
  Slug,
} from './values.ts';

export const Location = z
  .object({
    name: z.string().nullable(),
    country: CountryCode.nullable(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    precision: PlacePrecision,
  })
  .strict()
  .refine((l) => (l.lat === null) === (l.lon === null), {
    message: 'lat and lon come together',
    path: ['lon'],
  });
export type Location = z.infer<typeof Location>;

const Count = z.number().int().nonnegative().nullable();

/** Deaths as a range; null means unknown (never 0 for unknown). */
export const Fatalities = z
  .object({ low: Count, best: Count, high: Count })
  .strict()
  .refine(
    (f) =>
      (f.low === null || f.best === null || f.low <= f.best) &&
      (f.best === null || f.high === null || f.best <= f.high) &&
      (f.low === null || f.high === null || f.low <= f.high),
    { message: 'fatalities must satisfy low ≤ best ≤ high' },
  );
export type Fatalities = z.infer<typeof Fatalities>;

export const CLAIM_KINDS = ['claimed', 'denied', 'attributed'] as const;

/** Who claimed, denied or was blamed for the event (with a casualty figure when the claim has one). */
export const Claim = z
  .object({
    by: EntityId,
    kind: z.enum(CLAIM_KINDS),
    evidence: z.array(Evidence),
    /** Whose act the claim is about, when not the claimant ("Pakistan attributed it to the TTP"). */
    about: EntityId.optional(),
    fatalities: Fatalities.optional(),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

/** One field on which sources disagree: every value with its evidence, and why one was chosen. */
export const Dispute = z
  .object({
    field: z.string().min(1),
    values: z
      .array(z.object({ value: z.unknown(), evidence: z.array(Evidence) }).strict())
      .min(2, 'a dispute has at least two values'),
    chosen: z.unknown(),
    why: z.string().min(1),
  })
  .strict();
export type Dispute = z.infer<typeof Dispute>;

export const Event = z
  .object({
    id: EntityId,
    date: IsoDate,
    dateEnd: IsoDate.optional(),
    datePrecision: DatePrecision,
    location: Location,
    sourceActors: z.array(Slug),
    targetActors: z.array(Slug),
    type: PloverType,
    mode: z.string().nullable(),
    context: z.array(PloverContext),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits, as a string')
      .nullable(),
    intensity: z.number().min(-10).max(10).nullable(),
    fatalities: Fatalities,
    claims: z.array(Claim),
    origin: Origin,
    status: ReviewStatus,
    confidence: z.number().min(0).max(1),
    evidence: EvidenceList,
    incidentId: EntityId.nullable(),
    /** One line in our own words saying what happened (a Jirga addition for display). */
    summary: z.string().optional(),
    disputes: z.array(Dispute).optional(),
  })
  .strict()
  .refine((e) => e.dateEnd === undefined || e.dateEnd >= e.date, {
    message: 'dateEnd is before date',
    path: ['dateEnd'],
  })
  .refine((e) => isModeOf(e.type, e.mode), {
    message: 'mode is not one of this PLOVER type',
    path: ['mode'],
  });
export type Event = z.infer<typeof Event>;
