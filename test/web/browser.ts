/**
 * What the workbench's end-to-end tests share: Debian's chromium (whether the tests can run
 * here, a headless launch, a page whose console errors are collected) and the workbench served
 * on a free port over a temporary SQLite store holding the built-in cases.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/app/brief.ts';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { createApp, listen, type RunningServer } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

const inCi = (process.env.CI ?? '') !== '';
/** Skipped when chromium is absent and CI is unset; in CI a missing browser fails. */
export const runnable = existsSync(CHROMIUM_PATH) || inCi;

/** Headless, with the flags the PDF briefs use. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** A 1280×800 page whose console errors and uncaught errors are pushed to `problems`. */
export async function watchedPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return page;
}

export interface ServedCase {
  dir: string;
  store: Store;
  server: RunningServer;
  close(): Promise<void>;
}

/** The API and the built app on a free port, over a new SQLite store holding the built-in cases. */
export async function serveBuiltinCases(): Promise<ServedCase> {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-e2e-'));
  const store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await ensureBuiltinCases(store);
  const server = await listen(createApp({ store }), { port: 0, host: '127.0.0.1' });
  return {
    dir,
    store,
    server,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
