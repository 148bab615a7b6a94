/**
 * The server engine: PostgreSQL through a pg Pool and Kysely's PostgresDialect. An optional
 * `schema` puts every table in that schema (created if missing, set as the search_path), so
 * several stores — or several test runs — can share one database.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { StoreUnavailableError, ValidationError } from '../../errors.ts';
import { KyselyStore } from '../kysely/kysely-store.ts';
import type { Database } from '../kysely/tables.ts';
import type { Store } from '../store.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Schema for the tables; the server's default (usually `public`) when omitted. */
  schema?: string;
  /** How long to wait for a connection, in milliseconds (default 5000). */
  connectTimeoutMs?: number;
}

/** PostgreSQL's bound-parameter limit per statement. */
const POSTGRES_MAX_PARAMETERS = 65_535;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects, creates the schema if asked for one, and brings the tables up to date. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { url, schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ValidationError(`'${schema}' is not a usable schema name (lower-case letters, digits, _)`, {
      field: 'schema',
    });
  }
  const location = redactUrl(url) + (schema === undefined ? '' : ` (schema ${schema})`);
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by the server must not crash the process; the next query
  // opens a new one and reports any lasting failure itself.
  pool.on('error', () => undefined);
  await prepareServer(pool, url, schema);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const store = new KyselyStore(db, {
    engine: 'postgres',
    capabilities: { embedded: false, concurrentWriters: true },
    maxParameters: POSTGRES_MAX_PARAMETERS,
    location,
    ...(schema === undefined ? {} : { schema }),
  });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Checks the server answers, and creates the schema; failures become `StoreUnavailableError`. */
async function prepareServer(pool: pg.Pool, url: string, schema: string | undefined): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error && error.message !== '' ? error.message : String(error);
    throw new StoreUnavailableError(
      `cannot reach PostgreSQL at ${redactUrl(url)}: ${reason}. ` +
        'Start the server or fix the URL (--db or JIRGA_DATABASE_URL); without a URL Jirga uses SQLite.',
      { cause: error },
    );
  }
  try {
    if (schema !== undefined) await client.query(`create schema if not exists "${schema}"`);
  } finally {
    client.release();
  }
}

/** The URL with any password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable PostgreSQL URL)';
  }
}
