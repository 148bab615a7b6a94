/**
 * The curation endpoints' inputs as zod schemas: review requests, merges, the audit query,
 * source grades, an actor as an edit sends it, and the two headers every change reads: `If-Match` (the version an edit is
 * based on) and `X-Analyst` (who makes it).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { Actor, Credibility, EntityId, REVIEW_STATUSES, Reliability, Slug } from '../model/index.ts';
import { ITEM_REF_HELP, parseItemRef } from '../app/curation/kinds.ts';
import { REVIEWABLE_KINDS } from '../store/curation-records.ts';

/** The header naming the analyst who makes a change (default "analyst"). */
export const ANALYST_HEADER = 'X-Analyst';

export const ReviewBody = z
  .object({
    items: z
      .array(
        z
          .object({
            kind: z.enum(REVIEWABLE_KINDS),
            id: EntityId,
            version: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .min(1, 'nothing to review')
      .max(1000, 'at most 1000 items at once'),
    status: z.enum(REVIEW_STATUSES),
  })
  .strict();

export const ReviewQueueQuery = z
  .object({
    case: Slug.optional(),
    kind: z.enum(REVIEWABLE_KINDS).optional(),
    limit: z
      .string()
      .regex(/^\d+$/, 'expected a whole number')
      .transform(Number)
      .pipe(z.number().min(1).max(1000))
      .optional(),
  })
  .strict();

/** Where a new item goes: the case to link it to. */
export const CreateQuery = z.object({ case: Slug.optional() }).strict();

/** An actor as an analyst creates or edits it: the model's schema (a period ending before it starts is refused at its `to`). */
export const ActorBody = Actor;

export const ActorMergeBody = z.object({ into: Slug, merged: Slug }).strict();

export const IncidentMergeBody = z.object({ events: z.tuple([EntityId, EntityId]) }).strict();

export const GradeBody = z
  .object({ reliability: Reliability, credibility: Credibility, note: z.string().max(2000).optional() })
  .strict();

/** The item whose history is asked for, as `kind:id`. */
export const AuditQuery = z
  .object({
    item: z.string().transform((value, ctx) => {
      const ref = parseItemRef(value);
      if (ref === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected ${ITEM_REF_HELP}` });
        return z.NEVER;
      }
      return ref;
    }),
  })
  .strict();

export const AuditIdParam = z.object({
  id: z.string().regex(/^\d+$/, 'expected an audit entry number').transform(Number),
});

/**
 * The version in an `If-Match` header: `"3"`, `W/"3"` or `3` (or a history's `"3-outside-…"`,
 * read as 3). Required for edits (`required`),
 * optional for reviews and grades (absent: the current version).
 */
export function versionFrom(header: string | undefined, required: boolean): number | undefined {
  if (header === undefined || header.trim() === '') {
    if (!required) return undefined;
    throw new ValidationError('an edit needs the version it is based on, as If-Match: "VERSION"', {
      field: 'If-Match',
    });
  }
  const match = /^(?:W\/)?"?(\d+)(?:-outside-[0-9a-f]+)?"?$/.exec(header.trim());
  if (match === null)
    throw new ValidationError(`expected a version such as "3", got ${header}`, { field: 'If-Match' });
  return Number(match[1]);
}

/** The ETag of an item's version, as `If-Match` takes it back. */
export const versionTag = (version: number): string => `"${version}"`;

/**
 * The ETag of an item's history: its version, and when the history shows a change made outside
 * curation not yet recorded (which moves no version), a digest of that change too, so that a
 * cached history is not answered 304 once such a change appears. `If-Match` reads the version.
 */
export function historyTag(history: {
  version: number;
  entries: readonly { id: number | null; after: unknown }[];
}): string {
  const unrecorded = history.entries.find((e) => e.id === null);
  if (unrecorded === undefined) return versionTag(history.version);
  const digest = createHash('sha1').update(JSON.stringify(unrecorded.after)).digest('hex').slice(0, 16);
  return `"${history.version}-outside-${digest}"`;
}
