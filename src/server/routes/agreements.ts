/** `/api/agreements`: ceasefires and deals by case, and one by id. */
import { Hono } from 'hono';
import { listAgreements } from '../../app/items.ts';
import type { ApiEnv } from '../env.ts';
import { IdParam, ItemsQuery } from '../inputs.ts';
import { pageOf } from '../pages.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export const agreementsRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', ItemsQuery), async (c) => {
    const query = c.req.valid('query');
    return c.json(pageOf(await listAgreements(c.var.store, { caseId: query.case }), query));
  })
  .get('/:id', valid('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(found(await c.var.store.getAgreement(id), 'agreement', id));
  });
