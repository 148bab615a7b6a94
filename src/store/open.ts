/**
 * Opening a store from configuration: a `postgres://` URL selects PostgreSQL, anything else
 * is a SQLite file path. Also where the configuration comes from: the `--db` flag, then
 * `JIRGA_DATABASE_URL`, then `JIRGA_DB`, then `~/.jirga/jirga.sqlite`.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ValidationError } from '../errors.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export interface StoreConfig {
  /** A PostgreSQL URL; wins over `path`. */
  url?: string;
  /** A SQLite file path, or `:memory:`. */
  path?: string;
  /** PostgreSQL schema for the tables. */
  schema?: string;
}

export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/** The SQLite file used when nothing else is configured: `JIRGA_DB`, else `~/.jirga/jirga.sqlite`. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.JIRGA_DB;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : join(homedir(), '.jirga', 'jirga.sqlite');
}

/**
 * Which store to open: `--db` (a path or a PostgreSQL URL) > `JIRGA_DATABASE_URL` > `JIRGA_DB`
 * > the default path. Empty values count as unset. A URL of another database is an error.
 */
export function resolveStoreConfig(
  options: { db?: string },
  env: NodeJS.ProcessEnv = process.env,
): StoreConfig {
  const candidates: [string, string | undefined][] = [
    ['--db', options.db],
    ['JIRGA_DATABASE_URL', env.JIRGA_DATABASE_URL],
    ['JIRGA_DB', env.JIRGA_DB],
  ];
  const chosen = candidates.find((c): c is [string, string] => c[1] !== undefined && c[1] !== '');
  const [setting, value] = chosen ?? ['default', defaultDatabasePath(env)];
  if (isPostgresUrl(value)) return postgresConfig(value);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ValidationError(
      `'${value.replace(/\/\/[^@/]*@/, '//…@')}' is neither a file path nor a postgres:// URL; Jirga stores data in SQLite or PostgreSQL`,
      { field: setting },
    );
  }
  return { path: value };
}

/**
 * A PostgreSQL URL may name the schema to keep Jirga's tables in with `?schema=NAME`
 * (default: the server's search path, usually `public`); the parameter is taken off the URL.
 */
function postgresConfig(value: string): StoreConfig {
  const url = new URL(value);
  const schema = url.searchParams.get('schema');
  if (schema === null) return { url: value };
  url.searchParams.delete('schema');
  return { url: url.toString(), schema };
}

/** Opens the configured store and applies pending migrations. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.url !== undefined && isPostgresUrl(config.url)) {
    return openPostgresStore({
      url: config.url,
      ...(config.schema === undefined ? {} : { schema: config.schema }),
    });
  }
  const path = config.path ?? config.url ?? defaultDatabasePath();
  return openSqliteStore(path === ':memory:' ? path : resolve(expandHome(path)));
}

/** `~/x` → the home directory's `x` (for paths from environment variables, which no shell expanded). */
function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}
