/**
 * Evidence: the one shape that ties every fact to where it was read. Either a span of a
 * stored document (offsets into its text, and the quote) or a row of a dataset release,
 * optionally attributed to whoever made the claim.
 */
import { z } from 'zod';
import { EntityId } from './values.ts';

export const Evidence = z
  .object({
    sourceId: EntityId,
    quote: z.string().min(1).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    dataset: z.string().min(1).optional(),
    release: z.string().min(1).optional(),
    row: z.string().min(1).optional(),
    claimedBy: EntityId.optional(),
  })
  .strict()
  .refine((e) => e.start === undefined || e.end === undefined || e.end >= e.start, {
    message: 'end must not be before start',
    path: ['end'],
  });
export type Evidence = z.infer<typeof Evidence>;

/** At least one piece of evidence: the rule that every number traces to a source. */
export const EvidenceList = z.array(Evidence).min(1, 'every item needs at least one piece of evidence');
