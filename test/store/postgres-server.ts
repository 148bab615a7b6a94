/**
 * The PostgreSQL server the tests use: `JIRGA_TEST_DATABASE_URL`, else the local trust-auth
 * server. Tests probe it first and skip (locally) or fail (under CI) when it does not answer,
 * and isolate themselves in throw-away schemas named `jirga_test_<random>`.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { redactUrl } from '../../src/store/postgres/postgres-store.ts';
import type { Store } from '../../src/store/store.ts';

export const TEST_DATABASE_URL =
  process.env.JIRGA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why the server cannot be used, or undefined when it answers. */
export async function probePostgres(url: string = TEST_DATABASE_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error && error.message !== '' ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `describe` when the server answers; otherwise a skipped suite whose name says why (or, under
 * CI, a failing one: CI must run both engines).
 */
export function describePostgres(name: string, problem: string | undefined, body: () => void): void {
  if (problem === undefined) {
    describe(name, body);
    return;
  }
  const where = redactUrl(TEST_DATABASE_URL);
  if (process.env.CI !== undefined && process.env.CI !== '') {
    describe(name, () => {
      it(`needs a PostgreSQL server at ${where} under CI`, () => {
        throw new Error(`no PostgreSQL server at ${where} (${problem}); CI must run both engines`);
      });
    });
    return;
  }
  describe.skip(`${name} (skipped: no server at ${where}; set JIRGA_TEST_DATABASE_URL)`, () => {
    it('runs against PostgreSQL', () => undefined);
  });
}

/** Makes stores in fresh schemas and drops every one of them afterwards. */
export class ThrowAwaySchemas {
  private readonly schemas: string[] = [];
  private readonly schemaOf = new WeakMap<Store, string>();

  async open(): Promise<Store> {
    const schema = `jirga_test_${randomBytes(6).toString('hex')}`;
    this.schemas.push(schema);
    const store = await openStore({ url: TEST_DATABASE_URL, schema });
    this.schemaOf.set(store, schema);
    return store;
  }

  /** Closes `store` and opens the same schema again. */
  async reopen(store: Store): Promise<Store> {
    const schema = this.schemaOf.get(store);
    if (schema === undefined) throw new Error('store was not made by ThrowAwaySchemas');
    await store.close();
    const reopened = await openStore({ url: TEST_DATABASE_URL, schema });
    this.schemaOf.set(reopened, schema);
    return reopened;
  }

  async dropAll(): Promise<void> {
    if (this.schemas.length === 0) return;
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      for (const schema of this.schemas.splice(0))
        await client.query(`drop schema if exists "${schema}" cascade`);
    } finally {
      await client.end();
    }
  }
}
