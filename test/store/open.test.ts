/**
 * Choosing and opening a store from configuration: the precedence of `--db`,
 * `JIRGA_DATABASE_URL`, `JIRGA_DB` and the default path, and which engine a value selects.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDatabasePath, openStore, resolveStoreConfig } from '../../src/store/open.ts';

const PG = 'postgres://jirga@db.example:5432/jirga';

describe('resolveStoreConfig', () => {
  it('prefers --db, then JIRGA_DATABASE_URL, then JIRGA_DB, then ~/.jirga/jirga.sqlite', () => {
    const env = { JIRGA_DATABASE_URL: PG, JIRGA_DB: '/data/team.sqlite' };
    expect(resolveStoreConfig({ db: '/tmp/flag.sqlite' }, env)).toEqual({ path: '/tmp/flag.sqlite' });
    expect(resolveStoreConfig({ db: 'postgresql://u@h/d' }, env)).toEqual({ url: 'postgresql://u@h/d' });
    expect(resolveStoreConfig({}, env)).toEqual({ url: PG });
    expect(resolveStoreConfig({}, { JIRGA_DB: '/data/team.sqlite' })).toEqual({ path: '/data/team.sqlite' });
    expect(resolveStoreConfig({}, {})).toEqual({ path: join(homedir(), '.jirga', 'jirga.sqlite') });
  });

  it('treats empty values as unset, and a postgres URL in JIRGA_DB as PostgreSQL', () => {
    expect(resolveStoreConfig({ db: '' }, { JIRGA_DATABASE_URL: '', JIRGA_DB: '/x.sqlite' })).toEqual({
      path: '/x.sqlite',
    });
    expect(resolveStoreConfig({}, { JIRGA_DB: PG })).toEqual({ url: PG });
  });
});

describe('resolveStoreConfig with a schema in the URL', () => {
  it('takes ?schema= off the URL into the config', () => {
    expect(resolveStoreConfig({ db: 'postgres://u@h:5432/db?schema=team_a&sslmode=disable' }, {})).toEqual({
      url: 'postgres://u@h:5432/db?sslmode=disable',
      schema: 'team_a',
    });
    expect(resolveStoreConfig({ db: 'postgres://u@h/db' }, {})).toEqual({ url: 'postgres://u@h/db' });
  });
});

describe('defaultDatabasePath', () => {
  it('is JIRGA_DB when set, else under the home directory', () => {
    expect(defaultDatabasePath({ JIRGA_DB: '/srv/j.sqlite' })).toBe('/srv/j.sqlite');
    expect(defaultDatabasePath({})).toBe(join(homedir(), '.jirga', 'jirga.sqlite'));
  });
});

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens SQLite at a path, creating parent directories and applying migrations', async () => {
    const path = join(dir, 'a', 'b', 'jirga.sqlite');
    const store = await openStore({ path });
    try {
      expect(store.engine).toBe('sqlite');
      expect(store.location).toBe(path);
      expect(await store.migrate()).toEqual([]);
      expect(await store.listCases()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('opens an in-memory SQLite store for :memory:', async () => {
    const store = await openStore({ path: ':memory:' });
    expect(store.location).toBe(':memory:');
    await store.close();
  });
});

describe('resolveStoreConfig with another database URL', () => {
  it('refuses it, naming the setting and hiding credentials', () => {
    expect(() => resolveStoreConfig({ db: 'mysql://root:pw@h/db' }, {})).toThrow(
      /--db.*neither a file path nor a postgres/,
    );
    expect(() => resolveStoreConfig({}, { JIRGA_DATABASE_URL: 'mysql://root:pw@h/db' })).toThrow(
      /JIRGA_DATABASE_URL/,
    );
    expect(() => resolveStoreConfig({ db: 'mysql://root:pw@h/db' }, {})).not.toThrow(/pw/);
  });
});
