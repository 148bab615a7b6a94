/**
 * Relation: a typed, signed, dated link between two actors (mediates-between, harbours,
 * supports, …). A contested claim is stored as a relation claimed by its author, not a fact.
 */
import { z } from 'zod';
import { EvidenceList } from './evidence.ts';
import { EntityId, IsoDate, ReviewStatus, Slug } from './values.ts';

export const RELATION_PREDICATES = [
  'mediates-between',
  'harbours',
  'supports',
  'allied-with',
  'hostile-to',
  'splinter-of',
  'member-of',
  'leads',
  'influences',
  'designates',
  'negotiates-with',
  'funds',
  'sponsors-proxy',
  'merged-into',
] as const;
export const RelationPredicate = z.enum(RELATION_PREDICATES);
export type RelationPredicate = z.infer<typeof RelationPredicate>;

export const RELATION_STANCES = ['asserted', 'reported', 'disputed'] as const;

export const Relation = z
  .object({
    id: EntityId,
    subjectId: Slug,
    predicate: RelationPredicate,
    objectId: Slug,
    /** The second party of a three-place predicate: mediates-between subject, object and this one. */
    secondObjectId: Slug.optional(),
    sign: z.number().min(-1).max(1),
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    stance: z.enum(RELATION_STANCES),
    claimedBy: EntityId.nullable(),
    status: ReviewStatus,
    evidence: EvidenceList,
    /** One line in our words (a Jirga addition for display). */
    summary: z.string().optional(),
  })
  .strict()
  .refine((r) => r.from === null || r.to === null || r.to >= r.from, {
    message: 'to is before from',
    path: ['to'],
  })
  .refine((r) => r.predicate !== 'mediates-between' || r.secondObjectId !== undefined, {
    message: 'mediates-between needs secondObjectId (the other party)',
    path: ['secondObjectId'],
  });
export type Relation = z.infer<typeof Relation>;
