/** `/api/cases`: the cases in the store, and one case at a glance (`caseOverview`). */
import { Hono } from 'hono';
import { caseOverview } from '../../app/cases.ts';
import type { ApiEnv } from '../env.ts';
import { CasesQuery, IdParam } from '../inputs.ts';
import { pageOf } from '../pages.ts';
import { valid } from '../validate.ts';

/** How many latest events a case overview carries. */
const LATEST_EVENTS = 10;

export const casesRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', CasesQuery), async (c) =>
    c.json(pageOf(await c.var.store.listCases(), c.req.valid('query'))),
  )
  .get('/:id', valid('param', IdParam), async (c) =>
    c.json(await caseOverview(c.var.store, c.req.valid('param').id, LATEST_EVENTS)),
  );
