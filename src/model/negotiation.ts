/**
 * Negotiation: a process between parties, made of rounds (where, who hosted and mediated,
 * who sat at the table, what each side demanded, what came of it), each with evidence.
 */
import { z } from 'zod';
import { Evidence, EvidenceList } from './evidence.ts';
import { DatePrecision, EntityId, IsoDate, ReviewStatus, Slug } from './values.ts';

export const Delegation = z
  .object({
    actorId: Slug,
    /** Persons by registry id where they have one, otherwise as named by the source. */
    members: z.array(z.string().min(1)),
  })
  .strict();
export type Delegation = z.infer<typeof Delegation>;

export const Demand = z
  .object({ by: Slug, text: z.string().min(1), evidence: z.array(Evidence).optional() })
  .strict();
export type Demand = z.infer<typeof Demand>;

export const NegotiationRound = z
  .object({
    date: IsoDate,
    datePrecision: DatePrecision,
    venue: z.string().nullable(),
    hosts: z.array(Slug),
    mediators: z.array(Slug),
    delegations: z.array(Delegation),
    demands: z.array(Demand),
    outcome: z.string().nullable(),
    evidence: EvidenceList,
  })
  .strict();
export type NegotiationRound = z.infer<typeof NegotiationRound>;

export const Negotiation = z
  .object({
    id: EntityId,
    name: z.string().min(1),
    parties: z.array(Slug).min(2),
    mediators: z.array(Slug),
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    outcome: z.string().nullable(),
    status: ReviewStatus,
    rounds: z.array(NegotiationRound),
    evidence: EvidenceList,
  })
  .strict();
export type Negotiation = z.infer<typeof Negotiation>;
