/** `/api/relations`: typed, signed relations by case and actor (ids or names), and one by id. */
import { Hono } from 'hono';
import { listRelations } from '../../app/items.ts';
import type { ApiEnv } from '../env.ts';
import { IdParam, RelationsQuery } from '../inputs.ts';
import { pageOf } from '../pages.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export const relationsRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', RelationsQuery), async (c) => {
    const query = c.req.valid('query');
    const relations = await listRelations(c.var.store, { caseId: query.case, actors: query.actor });
    return c.json(pageOf(relations, query));
  })
  .get('/:id', valid('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(found(await c.var.store.getRelation(id), 'relation', id));
  });
