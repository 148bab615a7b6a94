/**
 * Where and when events happened, for incident linking: the id, day and coordinates of every
 * event with coordinates on the given days, read from the `(date, id, lat, lon)` index alone
 * (no event row is read). Events whose id starts with an excluded prefix (the importing
 * dataset's own rows, which a big import keeps adding to the very days it looks up) are never
 * reached: per day the query is two index ranges, ids below the prefix and ids from its end
 * on, `union all`. Or all of them at once, when they are few enough to keep in memory for a
 * bulk import. Every query of days has the same text (a short last chunk is padded with a day no
 * event has), so SQLite's prepared writes run it as one cached statement.
 */
import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';
import type { EventPlace } from '../store.ts';
import { chunk, placeholderStyleOf, preparedWritesOf, type PlaceholderStyle } from './batch-write.ts';
import type { Database } from './tables.ts';

const DAYS_PER_QUERY = 200;
/** No event is dated ''. */
const NO_DAY = '';

export async function listEventPlaces(
  db: Kysely<Database>,
  days: readonly string[],
  excludeIdPrefix: string | undefined,
): Promise<EventPlace[]> {
  const places: EventPlace[] = [];
  const prepared = preparedWritesOf(db);
  const text = queryText(placeholderStyleOf(db));
  // With no prefix to exclude, the ids below '' are none and those from '' on are all.
  const [below, above] =
    excludeIdPrefix === undefined || excludeIdPrefix === ''
      ? ['', '']
      : [excludeIdPrefix, prefixEnd(excludeIdPrefix)];
  for (const part of chunk([...new Set(days)], DAYS_PER_QUERY)) {
    const padded = [...part];
    while (padded.length < DAYS_PER_QUERY) padded.push(NO_DAY);
    const parameters = [...padded, below, ...padded, above];
    const rows =
      prepared === undefined
        ? (await db.executeQuery<EventPlace>(CompiledQuery.raw(text, parameters))).rows
        : prepared.all<EventPlace>(text, parameters);
    for (const row of rows) places.push({ id: row.id, date: row.date, lat: row.lat, lon: row.lon });
  }
  return places;
}

/**
 * The places of every event (the excluded prefix apart), up to `limit` of them; more than
 * `limit` returns `undefined`. One pass over the `(date, id, lat, lon)` index (`date >= ''`
 * makes it the index both engines read), no event row read.
 */
export async function listAllEventPlaces(
  db: Kysely<Database>,
  excludeIdPrefix: string | undefined,
  limit: number,
): Promise<EventPlace[] | undefined> {
  const [below, above] =
    excludeIdPrefix === undefined || excludeIdPrefix === ''
      ? ['', '']
      : [excludeIdPrefix, prefixEnd(excludeIdPrefix)];
  const rows = await db
    .selectFrom('events')
    .select(['id', 'date', 'lat', 'lon'])
    .where('date', '>=', '')
    .where((eb) => eb.or([eb('id', '<', below), eb('id', '>=', above)]))
    .where('lat', 'is not', null)
    .where('lon', 'is not', null)
    .limit(limit + 1)
    .execute();
  if (rows.length > limit) return undefined;
  return rows.map((row) => ({ id: row.id, date: row.date, lat: row.lat!, lon: row.lon! }));
}

const texts = new Map<PlaceholderStyle, string>();

function queryText(style: PlaceholderStyle): string {
  let text = texts.get(style);
  if (text !== undefined) return text;
  let n = 0;
  const mark = () => (style === 'dollar' ? `$${++n}` : '?');
  const onDays = (operator: '<' | '>=') => {
    const days = Array.from({ length: DAYS_PER_QUERY }, mark).join(', ');
    return `select id, date, lat, lon from events
      where date in (${days}) and id ${operator} ${mark()} and lat is not null and lon is not null`;
  };
  text = `${onDays('<')} union all ${onDays('>=')}`;
  texts.set(style, text);
  return text;
}

/** The smallest string above every string starting with `prefix` (its last character plus one). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
