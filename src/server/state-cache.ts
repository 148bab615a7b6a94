/**
 * Results derived from the store, kept per store state: an entry is reused while the store's
 * `stateToken()` is the one it was computed under, and dropped when the token moves (any write,
 * here or by another process). Concurrent requests for the same key share one computation.
 * Used for what is expensive and asked again and again: event totals per filter, summaries,
 * case overviews and assessments.
 */
import type { Store } from '../store/store.ts';

/** Entries kept per store; the oldest goes first. */
const MAX_ENTRIES = 256;

interface StoreEntries {
  token: string;
  values: Map<string, Promise<unknown>>;
}

const byStore = new WeakMap<Store, StoreEntries>();

/** `compute()`'s result for `key` under the store's current state, computed at most once per state. */
export async function cachedForState<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
  const token = await store.stateToken();
  let entries = byStore.get(store);
  if (entries === undefined || entries.token !== token) {
    entries = { token, values: new Map() };
    byStore.set(store, entries);
  }
  const known = entries.values.get(key);
  if (known !== undefined) return known as Promise<T>;
  const computing = compute();
  entries.values.set(key, computing);
  if (entries.values.size > MAX_ENTRIES) entries.values.delete(entries.values.keys().next().value!);
  // A failure is not kept: the next request tries again.
  computing.catch(() => entries.values.delete(key));
  return computing;
}
