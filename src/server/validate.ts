/**
 * Request validation: Hono validators that parse a request part (query, path parameters,
 * JSON body) with a zod schema and raise Jirga's `ValidationError` naming the offending field,
 * so every bad input becomes one 400 shaped by the error handler.
 */
import type { MiddlewareHandler, ValidationTargets } from 'hono';
import { validator, type InferInput } from 'hono/validator';
import type { z } from 'zod';
import { ValidationError } from '../errors.ts';

type Target = keyof Pick<ValidationTargets, 'query' | 'param' | 'json'>;

/**
 * The field a zod issue is about: the unknown keys it names, else its path (a query or path
 * parameter is named alone, without the index of a value in its list).
 */
export function fieldOf(issue: z.core.$ZodIssue, where: string): string | undefined {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  if (issue.path.length === 0) return undefined;
  return where === 'body' || where === 'json' ? issue.path.map(String).join('.') : String(issue.path[0]);
}

/** Parses `value` with `schema`; the first issue becomes a ValidationError naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue === undefined ? undefined : fieldOf(issue, where);
  const message =
    issue?.code === 'unrecognized_keys' ? `unknown ${where} parameter` : (issue?.message ?? 'invalid input');
  throw new ValidationError(message, field === undefined ? {} : { field });
}

/** What a validator declares: the input the typed client sends, the output a handler reads. */
type Validated<T extends Target, S extends z.ZodType> = {
  in: { [K in T]: InferInput<z.input<S>, K> };
  out: { [K in T]: z.output<S> };
};

/**
 * A validator for one request part; `c.req.valid(target)` then holds the parsed value, and
 * the typed client sends the schema's input (query values as strings).
 */
export function valid<T extends Target, S extends z.ZodType>(
  target: T,
  schema: S,
): MiddlewareHandler<object, string, Validated<T, S>> {
  const middleware = validator(target, (value): z.output<S> =>
    parseInput(schema, value, target === 'param' ? 'path' : target),
  );
  // Hono infers the client's input from the validator's output; declare the schema's input instead.
  return middleware as unknown as MiddlewareHandler<object, string, Validated<T, S>>;
}
