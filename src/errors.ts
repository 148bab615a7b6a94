/**
 * The one error hierarchy of Jirga. Every failure a user can cause is a `JirgaError` subclass
 * carrying a stable `code`; the CLI maps it to an exit code and the server to an HTTP status
 * in one place each (`exitCodeFor`, `httpStatusFor`). Anything else is an internal error.
 */

/** Where in an input a problem was found: file, line (1-based) and field or column. */
export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

export abstract class JirgaError extends Error {
  abstract readonly code: string;
  /** HTTP status used by the server. */
  abstract readonly status: number;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The user's input is malformed: a bad flag, a bad CSV cell, an absurd date. */
export class ValidationError extends JirgaError {
  readonly code = 'validation';
  readonly status = 400;
  constructor(
    message: string,
    readonly location: InputLocation = {},
    options?: { cause?: unknown },
  ) {
    super(withLocation(message, location), options);
  }
}

/** A named thing (case, actor, event, file) does not exist; `suggestions` lists close names. */
export class NotFoundError extends JirgaError {
  readonly code = 'not-found';
  readonly status = 404;
  constructor(
    readonly what: string,
    readonly key: string,
    readonly suggestions: string[] = [],
  ) {
    super(
      `unknown ${what} '${key}'` +
        (suggestions.length > 0 ? `; did you mean: ${suggestions.join(', ')}?` : ''),
    );
  }
}

/** The request conflicts with what is stored (a duplicate id, a stale version). */
export class ConflictError extends JirgaError {
  readonly code = 'conflict';
  readonly status = 409;
}

/** A name matched several things and Jirga will not guess. */
export class AmbiguityError extends JirgaError {
  readonly code = 'ambiguous';
  readonly status = 409;
  constructor(
    readonly key: string,
    readonly candidates: string[],
  ) {
    super(`'${key}' is ambiguous: ${candidates.join(', ')}`);
  }
}

/** The store cannot be reached or is not in a usable state (no server, wrong schema version). */
export class StoreUnavailableError extends JirgaError {
  readonly code = 'store-unavailable';
  readonly status = 503;
}

/** A computation was asked for something it cannot do with these inputs (a model with too few actors). */
export class UnprocessableError extends JirgaError {
  readonly code = 'unprocessable';
  readonly status = 422;
}

/** A request body is larger than the server accepts (an upload over `--max-upload-mb`). */
export class PayloadTooLargeError extends JirgaError {
  readonly code = 'too-large';
  readonly status = 413;
}

/** A tool the request needs is not installed here (chromium for PDF output). */
export class ServiceUnavailableError extends JirgaError {
  readonly code = 'unavailable';
  readonly status = 503;
}

/** CLI exit codes: 0 success, 1 a user error (any JirgaError), 2 an internal error. */
export function exitCodeFor(error: unknown): 1 | 2 {
  return error instanceof JirgaError && !(error instanceof StoreUnavailableError) ? 1 : 2;
}

/** HTTP status for any thrown value: the error's own status, else 500. */
export function httpStatusFor(error: unknown): number {
  return error instanceof JirgaError ? error.status : 500;
}

function withLocation(message: string, location: InputLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.field !== undefined) parts.push(`field '${location.field}'`);
  return parts.length > 0 ? `${parts.join(', ')}: ${message}` : message;
}
