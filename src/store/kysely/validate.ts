/**
 * Validation of entities on their way in: every write goes through the domain's zod schema,
 * and the first problem becomes a `ValidationError` naming the entity and the field path.
 */
import type { z } from 'zod';
import { ValidationError } from '../../errors.ts';

/**
 * Outputs of `parseOne`, by schema: an item the import already parsed with the entity's
 * schema is not parsed a second time on its way into the store. Only zod's own outputs are
 * recorded (fresh objects nobody else holds), so what is written is exactly what was checked.
 */
const parsedBy = new WeakMap<z.ZodType, WeakSet<object>>();

/** `schema.safeParse(item)`, remembering a valid output so that `parseAll` need not check it again. */
export function parseOne<T>(schema: z.ZodType<T>, item: unknown): z.ZodSafeParseResult<T> {
  const result = schema.safeParse(item);
  if (result.success && typeof result.data === 'object' && result.data !== null) {
    let outputs = parsedBy.get(schema);
    if (outputs === undefined) parsedBy.set(schema, (outputs = new WeakSet()));
    outputs.add(result.data);
  }
  return result;
}

/**
 * Records that `item` was checked against `schema` by a check known to accept exactly what the
 * schema accepts (the importer's `isValidEvent`), so that `parseAll` need not check it again.
 * The caller hands over an object it made itself and no longer changes.
 */
export function recordValid<T extends object>(schema: z.ZodType<T>, item: T): T {
  let outputs = parsedBy.get(schema);
  if (outputs === undefined) parsedBy.set(schema, (outputs = new WeakSet()));
  outputs.add(item);
  return item;
}

/** Parses every item with `schema`; throws on the first invalid one, before anything is written. */
export function parseAll<T>(schema: z.ZodType<T>, entity: string, items: readonly unknown[]): T[] {
  const parsed: T[] = [];
  const outputs = parsedBy.get(schema);
  items.forEach((item, index) => {
    if (outputs !== undefined && typeof item === 'object' && item !== null && outputs.has(item)) {
      parsed.push(item as T);
      return;
    }
    const result = schema.safeParse(item);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    const issue = result.error.issues[0];
    const field = issue === undefined ? '' : formatPath(issue.path);
    const problem = issue?.message ?? result.error.message;
    throw new ValidationError(
      `invalid ${entity} ${describeItem(item, index)}: ${problem}`,
      field === '' ? {} : { field },
      { cause: result.error },
    );
  });
  return parsed;
}

/** `fatalities.best`, `evidence[0].sourceId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describeItem(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return `'${item.id}'`;
  }
  if (typeof item === 'object' && item !== null && 'fromSourceId' in item && 'toSourceId' in item) {
    return `${String(item.fromSourceId)} → ${String(item.toSourceId)}`;
  }
  return `#${index + 1} (no id)`;
}
