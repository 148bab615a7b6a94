/**
 * The bodies of ingested documents (`source_texts`): written once per body, keyed by the
 * Source, with the hash computed here so that a stored hash always matches its body.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { SourceText } from '../store.ts';
import type { Database } from './tables.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function checkText(text: Omit<SourceText, 'sha256'>): void {
  if (typeof text.body !== 'string')
    throw new ValidationError(`source text '${text.sourceId}': the body must be text`, { field: 'body' });
  if (Number.isNaN(Date.parse(text.storedAt)))
    throw new ValidationError(`source text '${text.sourceId}': '${text.storedAt}' is not a timestamp`, {
      field: 'storedAt',
    });
}

/** Upserts the body of a stored Source; `'unchanged'` when the same body is stored already. */
export async function putSourceText(
  db: Kysely<Database>,
  text: Omit<SourceText, 'sha256'>,
): Promise<'stored' | 'unchanged'> {
  checkText(text);
  const source = await db
    .selectFrom('sources')
    .select('id')
    .where('id', '=', text.sourceId)
    .executeTakeFirst();
  if (source === undefined) throw new NotFoundError('source', text.sourceId);
  const hash = sha256(text.body);
  const stored = await db
    .selectFrom('source_texts')
    .select('sha256')
    .where('source_id', '=', text.sourceId)
    .executeTakeFirst();
  if (stored?.sha256 === hash) return 'unchanged';
  const row = {
    source_id: text.sourceId,
    body: text.body,
    sha256: hash,
    language: text.language,
    stored_at: text.storedAt,
  };
  await db
    .insertInto('source_texts')
    .values(row)
    .onConflict((oc) =>
      oc.column('source_id').doUpdateSet({
        body: row.body,
        sha256: row.sha256,
        language: row.language,
        stored_at: row.stored_at,
      }),
    )
    .execute();
  return 'stored';
}

export async function getSourceText(db: Kysely<Database>, sourceId: string): Promise<SourceText | undefined> {
  const row = await db
    .selectFrom('source_texts')
    .selectAll()
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    sourceId: row.source_id,
    body: row.body,
    sha256: row.sha256,
    language: row.language,
    storedAt: row.stored_at,
  };
}
