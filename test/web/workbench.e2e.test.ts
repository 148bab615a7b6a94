/**
 * The workbench end to end: builds the web app, serves it with the API on a free port over a
 * temporary SQLite store holding the built-in case, and drives Debian's chromium through
 * playwright-core: the founding question, the timeline, the map, a click through to an
 * event's evidence, the network; a draft reviewed and the review undone in the Curation view;
 * no console errors (a CSP violation would be one).
 * Screenshots go to a temporary directory whose path is printed.
 * Skipped when /usr/bin/chromium is absent and CI is unset; in CI a missing browser fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { getItem } from '../../src/app/curation/kinds.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { buildWeb, createApp, listen, type RunningServer } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { ReviewableKind, Store } from '../../src/store/store.ts';

const CHROMIUM = '/usr/bin/chromium';
const inCi = (process.env.CI ?? '') !== '';
const runnable = existsSync(CHROMIUM) || inCi;

describe.skipIf(!runnable)('workbench in chromium (needs /usr/bin/chromium unless CI is set)', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const shots = mkdtempSync(join(tmpdir(), 'jirga-screens-'));

  beforeAll(async () => {
    await buildWeb();
    dir = mkdtempSync(join(tmpdir(), 'jirga-e2e-'));
    store = await openSqliteStore(join(dir, 'jirga.sqlite'));
    await ensureBuiltinCases(store);
    server = await listen(createApp({ store }), { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    console.info(`workbench screenshots: ${shots}`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the founding question and what the store holds', async () => {
    await page.goto(`${server.url}/`);
    await expect
      .poll(() => page.locator('h2.question').textContent())
      .toContain('Can the Afghan Taliban mediate between Pakistan and the TTP');
    expect(await page.locator('.counts dd').first().textContent()).toBe(String(pakistanTtp.actors.length));
    await page.screenshot({ path: join(shots, '1-case.png') });
  });

  it('draws the timeline as SVG bars with agreement bands', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('svg.timeline-chart').waitFor();
    expect(await page.locator('svg.timeline-chart rect.bar').count()).toBeGreaterThan(10);
    expect(await page.locator('svg.timeline-chart .band').count()).toBe(
      pakistanTtp.agreements.filter((a) => a.signed !== null).length,
    );
    await page.screenshot({ path: join(shots, '2-timeline.png') });
  });

  it('sets the window from the inputs, and the views follow it', async () => {
    await page.getByLabel('From', { exact: true }).fill('2022-01-01');
    await page.getByLabel('To', { exact: true }).fill('2022-12-31');
    const expected = pakistanTtp.events.filter(
      (e) => e.date >= '2022-01-01' && e.date <= '2022-12-31',
    ).length;
    await expect.poll(() => page.locator('.timeline-view .event-list li').count()).toBe(expected);
    await page.getByRole('button', { name: 'Whole period' }).click();
    await expect
      .poll(() => page.locator('.timeline-view .event-list li').count())
      .toBe(pakistanTtp.events.length);
  });

  it('draws the map offline and opens an event’s evidence on click', async () => {
    await page.getByRole('link', { name: 'Map' }).click();
    await page.locator('svg.map').waitFor();
    expect(await page.locator('svg.map .countries path').count()).toBeGreaterThan(200);
    const points = page.locator('svg.map circle.event-point');
    expect(await points.count()).toBe(pakistanTtp.events.filter((e) => e.location.lat !== null).length);
    const point = points.last();
    const eventId = await point.getAttribute('data-event-id');
    const event = pakistanTtp.events.find((e) => e.id === eventId);
    expect(event).toBeDefined();
    await point.click();
    const firstSource = pakistanTtp.sources.find((s) => s.id === event!.evidence[0]!.sourceId);
    await expect
      .poll(() => page.locator('.evidence-panel .source-title').first().textContent())
      .toBe(firstSource!.title);
    await page.screenshot({ path: join(shots, '3-map-evidence.png') });
  });

  it('draws the network of relations and opens a relation’s evidence', async () => {
    await page.getByRole('link', { name: 'Network' }).click();
    await page.locator('svg.network').waitFor();
    expect(await page.locator('svg.network line.edge').count()).toBeGreaterThan(
      pakistanTtp.relations.length - 1,
    );
    await page.locator('.relations-table button').first().click();
    await expect.poll(() => page.locator('.evidence-panel .evidence-item').count()).toBeGreaterThan(0);
    await page.locator('svg.network').screenshot({ path: join(shots, '4-network.png') });
  });

  it('highlights the unbalanced triads of the network', async () => {
    await expect.poll(() => page.locator('.triad-summary').textContent()).toMatch(/triad/);
    expect(await page.locator('svg.network polygon.triad-halo').count()).toBe(
      await page.locator('ul.triads li').count(),
    );
  });

  it('shows the assessment: prospects with their terms, indicators opening their evidence, a comparison', async () => {
    await page.getByRole('link', { name: 'Assessment' }).click();
    const terms = page.locator('.prospect .prospect-term');
    await expect.poll(() => terms.count(), { timeout: 20_000 }).toBe(3);
    const icd203 =
      /almost no chance|very unlikely|unlikely|roughly even chance|likely|very likely|almost certain|no estimate/;
    for (const term of await terms.allTextContents()) expect(term).toMatch(icd203);
    expect(await page.locator('.prospect .confidence-level').count()).toBe(3);
    const rows = page.locator('.indicators-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    await page.locator('.indicators-table tr[data-indicator="intensity"] button').click();
    await expect
      .poll(() => page.locator('.evidence-panel .linked-items li').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.locator('.evidence-panel .linked-items .event-button').first().click();
    await expect.poll(() => page.locator('.evidence-panel .evidence-item').count()).toBeGreaterThan(0);
    expect(await page.locator('.analogues li').count()).toBeGreaterThan(0);
    expect(await page.locator('.caveats li').count()).toBeGreaterThan(0);
    await page.getByLabel('As of').fill('2023-05-31');
    await page.getByLabel('Compare with').fill('2022-05-31');
    await expect
      .poll(() => page.locator('#comparison-heading').textContent(), { timeout: 20_000 })
      .toBe('What changed from 2022-05-31 to 2023-05-31');
    await page.screenshot({ path: join(shots, '5-assessment.png'), fullPage: true });
  });

  it('runs the scenario and draws positions per round, the forecast and the zones', async () => {
    await page.getByRole('link', { name: 'Simulation' }).click();
    await page.getByRole('button', { name: 'Run the scenario' }).click();
    await page.locator('svg.sim-chart').waitFor({ timeout: 30_000 });
    expect(await page.locator('svg.sim-chart path.actor-line').count()).toBeGreaterThan(3);
    expect(await page.locator('.zones-table tr').count()).toBeGreaterThan(1);
    expect(await page.locator('.sim-notes').textContent()).toContain('expert judgements');
    const before = await page.locator('.forecast-table tbody tr').first().locator('td').first().textContent();
    await page.getByLabel('Apply the scenario’s mediation lever').check();
    await page.getByRole('button', { name: 'Run again with these settings' }).click();
    await expect.poll(() => page.locator('.lever-summary').count(), { timeout: 30_000 }).toBe(1);
    expect(before).toMatch(/^\d/);
    await page.screenshot({ path: join(shots, '6-simulation.png'), fullPage: true });
  });

  it('reviews a draft from the curation queue, shows its audit entry, and undoes it', async () => {
    await page.getByRole('link', { name: 'Curation' }).click();
    const rows = page.locator('.review-queue tbody tr');
    const drafts = [
      ...pakistanTtp.events,
      ...pakistanTtp.relations,
      ...pakistanTtp.negotiations,
      ...pakistanTtp.agreements,
    ].filter((item) => item.status === 'draft').length;
    await expect.poll(() => rows.count()).toBe(drafts);
    const row = rows.first();
    const [kind, ...rest] = (await row.getAttribute('data-item'))!.split(':');
    const id = rest.join(':');
    await row.getByRole('button', { name: /^Open / }).click();
    await page.locator('.audit-history, .opened-item .empty').first().waitFor();
    await row.getByRole('button', { name: /^Mark .* as reviewed$/ }).click();
    await expect.poll(() => rows.count()).toBe(drafts - 1);
    const review = page.locator('.audit-entry[data-action="review"]');
    await expect.poll(() => review.count()).toBe(1);
    expect(await review.locator('.audit-who').textContent()).toBe('analyst');
    const stored = async () =>
      ((await getItem(store, kind as ReviewableKind, id)) as { status: string }).status;
    expect(await stored()).toBe('reviewed');
    await page.screenshot({ path: join(shots, '7-curation.png'), fullPage: true });
    await review.getByRole('button', { name: /^Undo change / }).click();
    await expect.poll(() => page.locator('.audit-entry[data-action="undo"]').count()).toBe(1);
    await expect.poll(() => rows.count()).toBe(drafts);
    expect(await stored()).toBe('draft');
  });

  it('edits a draft event in the form, refusing what the schema refuses, and records the edit', async () => {
    const row = page.locator('.review-queue tbody tr[data-item^="event:"]').first();
    const id = (await row.getAttribute('data-item'))!.slice('event:'.length);
    await row.getByRole('button', { name: /^Open / }).click();
    const summary = page.getByLabel('Summary', { exact: true });
    await summary.waitFor();
    await page.getByLabel('Confidence (0–1)').fill('3');
    await expect.poll(() => page.locator('.form-problem').textContent()).toContain('confidence');
    expect(await page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await page.getByLabel('Confidence (0–1)').fill('0.6');
    await summary.fill('Edited in the workbench');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.audit-entry[data-action="update"]').count()).toBe(1);
    expect((await store.getEvent(id))?.summary).toBe('Edited in the workbench');
    expect((await store.getEvent(id))?.confidence).toBe(0.6);
  });

  it('creates a relation from the form, with its evidence, as a draft in the queue', async () => {
    const rows = page.locator('.review-queue tbody tr');
    const before = await rows.count();
    await page.getByRole('button', { name: 'New relation' }).click();
    await page.getByLabel('Id', { exact: true }).fill('curated-e2e-relation');
    await page.getByLabel('Subject (actor id)').fill('afghan-taliban');
    await page.getByLabel('Object (actor id)').fill('ttp');
    await page.getByLabel('Sign (−1 … +1)').fill('0.5');
    await expect.poll(() => page.locator('.form-problem').textContent()).toContain('evidence.0.sourceId');
    const source = pakistanTtp.sources[0]!;
    await page.getByLabel('Evidence: source').selectOption(source.id);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.audit-entry[data-action="create"]').count()).toBe(1);
    await expect.poll(() => rows.count()).toBe(before + 1);
    const stored = await store.getRelation('curated-e2e-relation');
    expect(stored).toMatchObject({
      subjectId: 'afghan-taliban',
      objectId: 'ttp',
      status: 'draft',
      sign: 0.5,
    });
    expect(stored?.evidence).toEqual([{ sourceId: source.id }]);
  });

  it('logged no errors in the browser (CSP violations included)', () => {
    expect(problems).toEqual([]);
  });
});
