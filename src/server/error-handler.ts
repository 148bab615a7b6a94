/**
 * The one place errors become HTTP responses: Jirga's errors get their status from
 * `httpStatusFor` and a JSON body `{error: {code, message, field?, suggestions?}}`; Hono's
 * own exceptions (malformed JSON) keep their status; anything else is logged and is a 500.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpStatusFor, JirgaError, NotFoundError, ValidationError } from '../errors.ts';

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; suggestions?: string[] };
}

/** The API's error body for any thrown value (also what a failed upload job reports). */
export function bodyOf(error: unknown): ApiErrorBody {
  if (error instanceof ValidationError && error.location.field !== undefined) {
    return { error: { code: error.code, message: error.message, field: error.location.field } };
  }
  if (error instanceof NotFoundError && error.suggestions.length > 0) {
    return { error: { code: error.code, message: error.message, suggestions: error.suggestions } };
  }
  if (error instanceof JirgaError) return { error: { code: error.code, message: error.message } };
  if (error instanceof HTTPException) return { error: { code: 'http', message: error.message } };
  return { error: { code: 'internal', message: 'internal error' } };
}

export function statusOf(error: unknown): ContentfulStatusCode {
  return (error instanceof HTTPException ? error.status : httpStatusFor(error)) as ContentfulStatusCode;
}

export function onError(error: unknown, c: Context): Response {
  const status = statusOf(error);
  if (status >= 500) console.error(error);
  return c.json(bodyOf(error), status);
}

export function onNotFound(c: Context): Response {
  return c.json(bodyOf(new NotFoundError('path', c.req.path)), 404);
}
