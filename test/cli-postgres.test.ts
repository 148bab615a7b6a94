/**
 * The CLI on PostgreSQL: the same commands against a server (a throw-away schema named in
 * the URL) give the same entities as on SQLite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { runCli } from './cli-harness.ts';
import { describePostgres, probePostgres, TEST_DATABASE_URL } from './store/postgres-server.ts';

const problem = await probePostgres();
const schema = `jirga_test_cli_${randomBytes(4).toString('hex')}`;
const separator = TEST_DATABASE_URL.includes('?') ? '&' : '?';
const pgUrl = `${TEST_DATABASE_URL}${separator}schema=${schema}`;
const dir = mkdtempSync(join(tmpdir(), 'jirga-cli-pg-'));
const sqlitePath = join(dir, 'jirga.sqlite');

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (problem !== undefined) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

async function entities(db: string, ...args: string[]): Promise<unknown> {
  const run = await runCli(['--db', db, ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describePostgres('jirga CLI on PostgreSQL', problem, () => {
  it('loads the built-in case and lists the same entities as SQLite', async () => {
    for (const command of ['actors', 'events', 'relations', 'agreements', 'negotiations', 'sources']) {
      const onPostgres = await entities(pgUrl, command, '--case', 'pakistan-ttp');
      const onSqlite = await entities(sqlitePath, command, '--case', 'pakistan-ttp');
      expect(onPostgres, command).toEqual(onSqlite);
      expect((onPostgres as unknown[]).length, command).toBeGreaterThan(0);
    }
  });

  it('filters events the same way on both engines', async () => {
    const args = [
      'events',
      '--case',
      'pakistan-ttp',
      '--from',
      '2022-01-01',
      '--to',
      '2023-06-30',
      '--actor',
      'ttp',
    ];
    expect(await entities(pgUrl, ...args)).toEqual(await entities(sqlitePath, ...args));
  });
});
