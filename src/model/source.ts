/**
 * Source (a document or a dataset) with the analyst's grading, and Citation, the link from a
 * document to what it cites by footnote marker.
 */
import { z } from 'zod';
import { EntityId, IsoDate, LanguageCode } from './values.ts';

export const SOURCE_KINDS = ['article', 'report', 'statement', 'dataset'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** Admiralty (NATO) source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const Credibility = z.number().int().min(1).max(6);

export const Source = z
  .object({
    id: EntityId,
    kind: SourceKind,
    title: z.string().min(1),
    author: z.string().nullable(),
    publisher: z.string().nullable(),
    language: LanguageCode.nullable(),
    url: z.string().url().nullable(),
    published: IsoDate.nullable(),
    accessed: IsoDate.nullable(),
    editionOf: EntityId.nullable(),
    reliability: Reliability.nullable(),
    credibility: Credibility.nullable(),
    contentHash: z.string().nullable(),
    /** Why the analyst graded the source as they did (a Jirga addition to PRODUCT.md's fields). */
    gradingNote: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Citation = z
  .object({
    fromSourceId: EntityId,
    toSourceId: EntityId,
    marker: z.string().min(1),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;
