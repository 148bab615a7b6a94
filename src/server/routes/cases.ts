/** `/api/cases`: the cases in the store, and one case at a glance (`caseOverview`, kept per store state). */
import { Hono } from 'hono';
import { caseOverview } from '../../app/cases.ts';
import type { ApiEnv } from '../env.ts';
import { CasesQuery, IdParam } from '../inputs.ts';
import { pageOf } from '../pages.ts';
import { cachedForState } from '../state-cache.ts';
import { valid } from '../validate.ts';

/** How many latest events a case overview carries. */
const LATEST_EVENTS = 10;

export const casesRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', CasesQuery), async (c) =>
    c.json(pageOf(await c.var.store.listCases(), c.req.valid('query'))),
  )
  .get('/:id', valid('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const store = c.var.store;
    return c.json(
      await cachedForState(store, JSON.stringify(['case', id]), () => caseOverview(store, id, LATEST_EVENTS)),
    );
  });
