/**
 * `jirga actors link`: a dataset actor name kept as unresolved is linked to a registry actor;
 * `jirga unresolved` stops listing it, a re-import resolves the rows that carried it, a later
 * import resolves it from the start, and a link for one dataset does not leak into another.
 * On SQLite and PostgreSQL (skipped by name when no server answers); the command end to end.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import { linkActor } from '../../src/app/link-actor.ts';
import { NotFoundError } from '../../src/errors.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { describePostgres, probePostgres, ThrowAwaySchemas } from '../store/postgres-server.ts';
import { ACLED_HEADER, acledRow, GED_49, gedRow, INGEST_ACTORS, tempDir, writeCsv } from './fixtures.ts';
import { runIngestCli } from './import-cli.ts';

const UNKNOWN = { side_b: 'Jamaat-ul-Test', side_b_new_id: '9999', side_b_dset_id: '9999' };

function scenario(open: () => Promise<Store>): void {
  let store: Store;
  const dir = tempDir();
  beforeAll(async () => {
    store = await open();
    await store.putActors([...INGEST_ACTORS]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('refuses an unknown actor with suggestions, and an unknown dataset', async () => {
    const error = await linkActor(store, { name: 'Jamaat-ul-Test', actor: 'tehrik-taliban' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions.length).toBeGreaterThan(0);
    await expect(
      linkActor(store, { name: 'Jamaat-ul-Test', actor: 'ttp', dataset: 'ucdp-gdd' }),
    ).rejects.toThrow(NotFoundError);
    expect(await store.listDatasetActorLinks()).toEqual([]);
  });

  it('links a name: unresolved no longer lists it, stored events take the actor at once', async () => {
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1'), gedRow('2', UNKNOWN)]);
    expect(await importDataset(store, { format: 'ucdp-ged', file })).toMatchObject({
      imported: 2,
      unresolvedActors: 1,
    });
    expect((await store.listUnresolvedNames()).map((n) => n.name)).toEqual(['Jamaat-ul-Test']);
    expect((await store.getEvent('ucdp-ged:2'))?.targetActors).toEqual([]);

    const result = await linkActor(store, { name: 'Jamaat-ul-Test', actor: 'TTP', dataset: 'ucdp-ged' });
    expect(result).toMatchObject({
      name: 'Jamaat-ul-Test',
      actorId: 'ttp',
      dataset: 'ucdp-ged',
      items: 1,
      eventsUpdated: 1,
    });
    expect(await store.listUnresolvedNames()).toEqual([]);
    // The stored event names the actor already, and no longer carries the name as unresolved.
    expect((await store.getEvent('ucdp-ged:2'))?.targetActors).toEqual(['ttp']);
    expect((await store.getEvent('ucdp-ged:1'))?.targetActors).toEqual(['ttp']);
    expect(await store.listDatasetActorNames(['ucdp-ged:2'])).toEqual([]);
    // Linking again changes nothing more.
    expect(
      await linkActor(store, { name: 'Jamaat-ul-Test', actor: 'TTP', dataset: 'ucdp-ged' }),
    ).toMatchObject({
      items: 0,
      eventsUpdated: 0,
    });
    expect(await store.listDatasetActorLinks('ucdp-ged')).toMatchObject([
      { dataset: 'ucdp-ged', name: 'Jamaat-ul-Test', actorId: 'ttp' },
    ]);

    // The row's stored hash is the one from before the link: the re-import rewrites it once.
    const again = await importDataset(store, { format: 'ucdp-ged', file });
    expect(again).toMatchObject({ updated: 1, unchanged: 1, unresolvedActors: 0 });
    expect((await store.getEvent('ucdp-ged:2'))?.targetActors).toEqual(['ttp']);
    expect(await store.listDatasetActorNames(['ucdp-ged:2'])).toEqual([]);
    // And the re-import after that changes nothing.
    expect(await importDataset(store, { format: 'ucdp-ged', file })).toMatchObject({ unchanged: 2 });

    const later = writeCsv(join(dir, 'ged-241.csv'), GED_49, [gedRow('3', UNKNOWN)]);
    expect(await importDataset(store, { format: 'ucdp-ged', file: later })).toMatchObject({
      imported: 1,
      unresolvedActors: 0,
    });
    expect((await store.getEvent('ucdp-ged:3'))?.targetActors).toEqual(['ttp']);
  });

  it('a link for one dataset stays there; a link without a dataset holds everywhere', async () => {
    const acled = writeCsv(join(dir, 'acled.csv'), ACLED_HEADER, [
      acledRow('PAK900', { actor2: 'Jamaat-ul-Test', assoc_actor_2: '' }),
    ]);
    await importDataset(store, { format: 'acled', file: acled });
    const acledNames = async () => (await store.listUnresolvedNames({ dataset: 'acled' })).map((n) => n.name);
    expect(await acledNames()).toContain('Jamaat-ul-Test');
    await linkActor(store, { name: 'Jamaat-ul-Test', actor: 'afghan-taliban' });
    expect(await acledNames()).not.toContain('Jamaat-ul-Test');
    await importDataset(store, { format: 'acled', file: acled });
    // The global link resolves ACLED; GED keeps its own, more specific link.
    const acledEvent = (await store.listEvents()).find((e) => e.id.startsWith('acled:'));
    expect(acledEvent?.targetActors).toContain('afghan-taliban');
    const gedAgain = writeCsv(join(dir, 'ged-251.csv'), GED_49, [gedRow('4', UNKNOWN)]);
    await importDataset(store, { format: 'ucdp-ged', file: gedAgain });
    expect((await store.getEvent('ucdp-ged:4'))?.targetActors).toEqual(['ttp']);
  });
}

describe('actors link on SQLite', () => scenario(() => openStore({ path: ':memory:' })));

const schemas = new ThrowAwaySchemas();
describePostgres('actors link on PostgreSQL', await probePostgres(), () => {
  afterAll(() => schemas.dropAll());
  scenario(() => schemas.open());
});

describe('jirga actors link (CLI)', () => {
  it('links, prints JSON, and exits 1 naming suggestions for an unknown actor', async () => {
    const dir = tempDir();
    const db = join(dir, 'jirga.sqlite');
    const store = await openStore({ path: db });
    await store.putActors([...INGEST_ACTORS]);
    await store.close();
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1', UNKNOWN)]);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runIngestCli(['--db', db, 'import', 'ucdp-ged', file, '--quiet'])).toBe(0);
      expect(
        await runIngestCli(['--db', db, 'actors', 'link', 'Jamaat-ul-Test', 'ttp', '--format', 'json']),
      ).toBe(0);
      expect(JSON.parse(String(out.mock.calls.at(-1)?.[0]))).toMatchObject({
        name: 'Jamaat-ul-Test',
        actorId: 'ttp',
        dataset: null,
        items: 1,
      });
      expect(await runIngestCli(['--db', db, 'unresolved', '--format', 'json'])).toBe(0);
      expect(JSON.parse(String(out.mock.calls.at(-1)?.[0]))).toEqual([]);
      expect(await runIngestCli(['--db', db, 'actors', 'link', 'X', 'tehrik-talibn'])).toBe(1);
      expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/unknown actor 'tehrik-talibn'; did you mean/);
      expect(await runIngestCli(['--db', db, 'actors', '--format', 'json'])).toBe(0);
      // The plain list is untouched by the subcommand (the built-in case loads on first use).
      const listed = JSON.parse(String(out.mock.calls.at(-1)?.[0])) as { id: string }[];
      expect(listed.map((a) => a.id)).toEqual(expect.arrayContaining(INGEST_ACTORS.map((a) => a.id)));
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
