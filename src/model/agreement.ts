/**
 * Agreement: a ceasefire, peace or framework deal with its parties, third parties (mediator,
 * guarantor, host, witness), whether it was written down, and how and by whom it ended.
 */
import { z } from 'zod';
import { EvidenceList } from './evidence.ts';
import { DatePrecision, EntityId, IsoDate, ReviewStatus, Slug } from './values.ts';

export const AGREEMENT_KINDS = [
  'ceasefire',
  'peace',
  'framework',
  'partial',
  'implementation',
  'other',
] as const;
export const AgreementKind = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof AgreementKind>;

export const THIRD_PARTY_ROLES = ['mediator', 'guarantor', 'host', 'witness'] as const;

export const ThirdParty = z.object({ actorId: Slug, role: z.enum(THIRD_PARTY_ROLES) }).strict();
export type ThirdParty = z.infer<typeof ThirdParty>;

/**
 * How an agreement ended. `date` is the day it ended, or null when unknown; `datePrecision`
 * says how exact that day is, as for events: absent means 'day'; with 'week', 'month' or
 * 'year' the date is the first day of that period (a month-precision end in July 2007 is
 * stored as 2007-07-01), so readers take the whole period as the span the ending fell in.
 */
export const AgreementEnd = z
  .object({
    date: IsoDate.nullable(),
    datePrecision: DatePrecision.optional(),
    /** How it ended, in a word or two: "renounced", "collapsed", "superseded", "expired". */
    how: z.string().min(1),
    by: z.array(Slug),
  })
  .strict();
export type AgreementEnd = z.infer<typeof AgreementEnd>;

export const Agreement = z
  .object({
    id: EntityId,
    name: z.string().min(1),
    kind: AgreementKind,
    parties: z.array(Slug).min(2),
    thirdParties: z.array(ThirdParty),
    /** The day it was concluded (signed or announced); null when unknown. */
    signed: IsoDate.nullable(),
    signedPrecision: DatePrecision,
    /** True for a signed text; a verbal ceasefire is not written. */
    written: z.boolean(),
    ended: AgreementEnd.nullable(),
    provisions: z.array(z.string().min(1)),
    status: ReviewStatus,
    evidence: EvidenceList,
  })
  .strict();
export type Agreement = z.infer<typeof Agreement>;
