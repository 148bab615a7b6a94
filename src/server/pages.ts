/**
 * Pagination for every list: `{items, total, limit, offset}`. Events are paged in the store
 * (they can number in the millions) with a count of the same filter; the other kinds are
 * small and are paged after one listing.
 */
import { DEFAULT_LIMIT } from './inputs.ts';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export function pageBounds(request: PageRequest): { limit: number; offset: number } {
  return { limit: request.limit ?? DEFAULT_LIMIT, offset: request.offset ?? 0 };
}

/** One page of a list held in memory. */
export function pageOf<T>(all: T[], request: PageRequest): Page<T> {
  const { limit, offset } = pageBounds(request);
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}
