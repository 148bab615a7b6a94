/**
 * The Store contract on PostgreSQL, each store in its own throw-away schema. Skipped with a
 * reason when no server answers (failing instead under CI).
 */
import { afterAll, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.ts';
import { openStore } from '../../src/store/open.ts';
import { runStoreContract } from './contract.ts';
import { describePostgres, probePostgres, TEST_DATABASE_URL, ThrowAwaySchemas } from './postgres-server.ts';

const problem = await probePostgres();
const schemas = new ThrowAwaySchemas();
afterAll(() => schemas.dropAll());

describePostgres('postgres', problem, () => {
  runStoreContract('postgres contract', () => schemas.open(), { reopen: (store) => schemas.reopen(store) });

  it('keeps stores in different schemas apart', async () => {
    const a = await schemas.open();
    const b = await schemas.open();
    try {
      await a.putCase({
        id: 'only-in-a',
        title: 'A',
        question: 'Q?',
        scope: { countries: [], actors: [], from: null, to: null },
        description: '',
      });
      expect(await a.listCases()).toHaveLength(1);
      expect(await b.listCases()).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('moves the state token when another connection writes', async () => {
    const a = await schemas.open();
    const b = await schemas.reopen(await schemas.open());
    try {
      const before = await a.stateToken();
      await b.putCase({
        id: 'written-elsewhere',
        title: 'B',
        question: 'Q?',
        scope: { countries: [], actors: [], from: null, to: null },
        description: '',
      });
      expect(await a.stateToken()).not.toBe(before);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('turns an unreachable server into StoreUnavailableError naming the host', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.port = '1';
    url.password = 'secret';
    const opening = openStore({ url: url.toString() });
    await expect(opening).rejects.toThrow(StoreUnavailableError);
    await expect(openStore({ url: url.toString() })).rejects.toThrow(`${url.hostname}:1`);
    await expect(openStore({ url: url.toString() })).rejects.not.toThrow('secret');
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openStore({ url: TEST_DATABASE_URL, schema: 'x"; drop table y; --' })).rejects.toThrow(
      /schema/,
    );
  });
});
