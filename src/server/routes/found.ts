/** Turning a store look-up that found nothing into the API's 404. */
import { NotFoundError } from '../../errors.ts';

export function found<T>(item: T | undefined, what: string, id: string): T {
  if (item === undefined) throw new NotFoundError(what, id);
  return item;
}
