/**
 * Reading the server's answer: its JSON on success; otherwise its error, where a refusal that
 * names a field becomes a `ValidationError` naming it (so a form shows it beside that field).
 */
import { ValidationError } from '../../src/errors.ts';

/** Reads a response: the JSON on success, the server's error message otherwise. */
export async function read<T>(response: { ok: boolean; status: number; json(): Promise<T> }): Promise<T> {
  if (response.ok) return response.json();
  let message = `HTTP ${response.status}`;
  let field: string | undefined;
  try {
    const body = (await response.json()) as unknown as { error?: { message?: string; field?: string } };
    if (body.error?.message !== undefined) message = body.error.message;
    field = body.error?.field;
  } catch {
    // not JSON: keep the status
  }
  if (field === undefined) throw new Error(message);
  // The server's message already names the field; the error names it once more, as its location.
  const named = `field '${field}': `;
  throw new ValidationError(message.startsWith(named) ? message.slice(named.length) : message, { field });
}
