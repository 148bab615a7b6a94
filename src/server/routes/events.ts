/**
 * `/api/events`: events filtered by case, actor (ids or names), PLOVER type, date range and
 * bounding box, paged with a total; and one event by id.
 */
import { Hono } from 'hono';
import type { ApiEnv } from '../env.ts';
import { eventPage } from '../event-page.ts';
import { EventsQuery, IdParam } from '../inputs.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export const eventsRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', EventsQuery), async (c) =>
    c.json(await eventPage(c.var.store, c.req.valid('query'))),
  )
  .get('/:id', valid('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(found(await c.var.store.getEvent(id), 'event', id));
  });
