/**
 * Incident-linking candidates for a whole batch in one query per `BOXES_PER_QUERY` boxes: the
 * boxes (a date range and a longitude/latitude box each) go in as a `values` list joined to
 * `events` by the `(date, id, lat, lon)` index; events whose id starts with an excluded prefix
 * (the importing dataset's own rows) or that lie outside the box are skipped on that index,
 * before any row is read. The boxes are the outer loop (`cross join` fixes the order on
 * SQLite; PostgreSQL plans it itself). Every query has the same text (a short last chunk is
 * padded with empty boxes), so SQLite's prepared writes run it as one cached statement.
 */
import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';
import type { Event } from '../../model/index.ts';
import type { EventBox } from '../store.ts';
import { chunk, placeholderStyleOf, preparedWritesOf, type PlaceholderStyle } from './batch-write.ts';
import { fromDoc } from './rows.ts';
import type { Database } from './tables.ts';

const BOXES_PER_QUERY = 100;
/** A box no event is in (its dates are the wrong way round), to pad the last chunk. */
const EMPTY_BOX = ['', '9999-12-31', '0000-01-01', 0, 0, 0, 0] as const;

type Cell = string | number;

export async function listEventsInBoxes(
  db: Kysely<Database>,
  boxes: readonly EventBox[],
  excludeIdPrefix: string | undefined,
): Promise<{ box: string; event: Event }[]> {
  const found: { box: string; event: Event }[] = [];
  const parsed = new Map<string, Event>();
  const prepared = preparedWritesOf(db);
  const text = queryText(placeholderStyleOf(db));
  const [below, above] =
    excludeIdPrefix === undefined || excludeIdPrefix === ''
      ? ['', '']
      : [excludeIdPrefix, prefixEnd(excludeIdPrefix)];
  for (const part of chunk(boxes, BOXES_PER_QUERY)) {
    const parameters: Cell[] = [];
    for (const b of part) parameters.push(b.key, b.from, b.to, b.minLon, b.minLat, b.maxLon, b.maxLat);
    for (let i = part.length; i < BOXES_PER_QUERY; i++) parameters.push(...EMPTY_BOX);
    // With no prefix to exclude, `id < '' or id >= ''` holds for every id.
    parameters.push(below, above);
    const rows =
      prepared === undefined
        ? (await db.executeQuery<Row>(CompiledQuery.raw(text, parameters))).rows
        : prepared.all<Row>(text, parameters);
    for (const row of rows) {
      let event = parsed.get(row.id);
      if (event === undefined) parsed.set(row.id, (event = fromDoc<Event>(row)));
      found.push({ box: row.box, event });
    }
  }
  return found;
}

interface Row {
  box: string;
  id: string;
  doc: string;
}

const texts = new Map<PlaceholderStyle, string>();

function queryText(style: PlaceholderStyle): string {
  let text = texts.get(style);
  if (text !== undefined) return text;
  let n = 0;
  const mark = (cast?: string) => {
    const placeholder = style === 'dollar' ? `$${++n}` : '?';
    return cast === undefined ? placeholder : `cast(${placeholder} as ${cast})`;
  };
  const tuples: string[] = [];
  for (let b = 0; b < BOXES_PER_QUERY; b++) {
    const real = 'double precision';
    tuples.push(
      `(${mark()}, ${mark()}, ${mark()}, ${mark(real)}, ${mark(real)}, ${mark(real)}, ${mark(real)})`,
    );
  }
  text = `with boxes (box, d0, d1, x0, y0, x1, y1) as (values ${tuples.join(', ')})
    select boxes.box as box, events.id as id, events.doc as doc
    from boxes cross join events
    where events.date >= boxes.d0 and events.date <= boxes.d1
      and (events.id < ${mark()} or events.id >= ${mark()})
      and events.lat >= boxes.y0 and events.lat <= boxes.y1
      and events.lon >= boxes.x0 and events.lon <= boxes.x1`;
  texts.set(style, text);
  return text;
}

/** The smallest string above every string starting with `prefix` (its last character plus one). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
