/** `/api/actors`: the actor registry, by case and kind, and one actor by id. */
import { Hono } from 'hono';
import { requireCase } from '../../app/cases.ts';
import type { ApiEnv } from '../env.ts';
import { ActorsQuery, IdParam } from '../inputs.ts';
import { pageOf } from '../pages.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export const actorsRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', ActorsQuery), async (c) => {
    const query = c.req.valid('query');
    if (query.case !== undefined) await requireCase(c.var.store, query.case);
    const actors = await c.var.store.listActors({ caseId: query.case, kinds: query.kind });
    return c.json(pageOf(actors, query));
  })
  .get('/:id', valid('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(found(await c.var.store.getActor(id), 'actor', id));
  });
