/**
 * Case: the question an analyst works on and its scope. An item belongs to a case when it is
 * linked to it explicitly or falls inside the scope (its actors or countries, within its period).
 */
import { z } from 'zod';
import { CountryCode, EntityId, IsoDate, Slug } from './values.ts';

export const CaseScope = z
  .object({
    countries: z.array(CountryCode),
    actors: z.array(EntityId),
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
  })
  .strict();
export type CaseScope = z.infer<typeof CaseScope>;

export const Case = z
  .object({
    id: Slug,
    title: z.string().min(1),
    question: z.string().min(1),
    scope: CaseScope,
    description: z.string(),
  })
  .strict();
export type Case = z.infer<typeof Case>;

/** The kinds of stored item that can be linked to a case explicitly. */
export const CASE_ITEM_KINDS = ['actor', 'source', 'event', 'relation', 'negotiation', 'agreement'] as const;
export const CaseItemKind = z.enum(CASE_ITEM_KINDS);
export type CaseItemKind = z.infer<typeof CaseItemKind>;
