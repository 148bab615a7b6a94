/**
 * The Import view's list of dataset actors not linked to the registry, end to end in Debian's
 * chromium: a GED file of our own with a group the registry lacks is imported into the built-in
 * case; the view lists the name with how many events carry it and why, an unknown registry
 * actor is refused in words, and linking it to the TTP gives both events the actor and takes
 * the name off the list. No console errors. Skipped when /usr/bin/chromium is absent and CI is
 * unset; in CI a missing browser fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { importDataset } from '../../src/app/import.ts';
import { buildWeb, createApp, listen, type RunningServer } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { GED_49, gedRow, writeCsv } from '../ingest/fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const runnable = existsSync(CHROMIUM) || (process.env.CI ?? '') !== '';
const GROUP = 'Front of the Valley';

describe.skipIf(!runnable)(
  'unresolved dataset actors in the workbench (needs /usr/bin/chromium unless CI is set)',
  () => {
    let dir: string;
    let store: Store;
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];
    const shots = mkdtempSync(join(tmpdir(), 'jirga-screens-unresolved-'));

    beforeAll(async () => {
      await buildWeb();
      dir = mkdtempSync(join(tmpdir(), 'jirga-e2e-unresolved-'));
      store = await openSqliteStore(join(dir, 'jirga.sqlite'));
      await ensureBuiltinCases(store);
      const rows = ['801', '802'].map((id) =>
        gedRow(id, { relid: `PAK-2014-1-857-${id}`, side_b: GROUP, side_b_new_id: '99801' }),
      );
      await importDataset(store, {
        format: 'ucdp-ged',
        file: writeCsv(join(dir, 'ged-unresolved.csv'), GED_49, rows),
        caseId: 'pakistan-ttp',
      });
      server = await listen(createApp({ store }), { port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    });

    it('lists the name with why, refuses an unknown actor, and links it to the TTP', async () => {
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: 'Import' }).click();
      const row = page.locator('.unresolved-table tbody tr').filter({ hasText: GROUP });
      await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
      const cells = await row.locator('td').allTextContents();
      expect(cells.slice(0, 4)).toEqual([GROUP, 'ucdp-ged', '99801', '2']);
      expect(cells[4]).toMatch(/^no registry actor has this name or id/);
      console.info(`unresolved-names screenshots: ${shots}`);
      await page.screenshot({ path: join(shots, 'unresolved.png'), fullPage: true });

      const field = page.getByLabel(`Registry actor for “${GROUP}” (id or name)`);
      await field.fill('Nobody at all');
      await row.getByRole('button', { name: 'Link' }).click();
      await expect
        .poll(() => page.locator('.unresolved-names [role="alert"]').textContent())
        .toMatch(/Nobody at all/);
      // The refusal is the API's 404, which chromium logs as a failed load: expected once, then cleared.
      expect(problems).toEqual([expect.stringContaining('404')]);
      problems.length = 0;

      await field.fill('ttp');
      await row.getByRole('button', { name: 'Link' }).click();
      await expect
        .poll(() => page.locator('.unresolved-names [role="status"]').textContent())
        .toBe(`“${GROUP}” is now linked to Tehrik-i-Taliban Pakistan; 2 stored events now name it.`);
      await expect.poll(() => row.count()).toBe(0);
      for (const id of ['ucdp-ged:801', 'ucdp-ged:802'])
        expect((await store.getEvent(id))?.targetActors).toContain('ttp');
      expect(problems).toEqual([]);
    }, 60_000);
  },
);
