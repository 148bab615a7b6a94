/**
 * `/api/events`: events filtered by case, actor (ids or names), PLOVER type, date range and
 * bounding box, paged by keyset cursor (`after`, each page giving its `next`) or offset, with a
 * total; the same filters summarised per month or week (`/summary`); and one event by id.
 */
import { Hono } from 'hono';
import type { ApiEnv } from '../env.ts';
import { eventPage, eventSummary } from '../event-page.ts';
import { EventSummaryQuery, EventsQuery, IdParam } from '../inputs.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export const eventsRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', EventsQuery), async (c) =>
    c.json(await eventPage(c.var.store, c.req.valid('query'))),
  )
  .get('/summary', valid('query', EventSummaryQuery), async (c) =>
    c.json(await eventSummary(c.var.store, c.req.valid('query'))),
  )
  .get('/:id', valid('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(found(await c.var.store.getEvent(id), 'event', id));
  });
