/**
 * What every route sees: the store, set on the context by `storeMiddleware`. The store is
 * given once (tests, `jirga serve`) or opened on first use and kept for the app's lifetime.
 */
import { createMiddleware } from 'hono/factory';
import type { Store } from '../store/store.ts';

export interface ApiEnv {
  Variables: { store: Store };
}

/** A store, or how to open one (opened once, on the first request). */
export type StoreSource = { store: Store } | { openStore: () => Promise<Store> };

export function storeMiddleware(source: StoreSource) {
  let opening: Promise<Store> | undefined;
  const get = (): Promise<Store> => {
    if ('store' in source) return Promise.resolve(source.store);
    opening ??= source.openStore().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return createMiddleware<ApiEnv>(async (c, next) => {
    c.set('store', await get());
    await next();
  });
}
