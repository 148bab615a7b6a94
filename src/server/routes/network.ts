/** `GET /api/network`: the case's signed, weighted actor graph for a window, as graphology JSON (`caseNetwork`). */
import { Hono } from 'hono';
import { toGraphologyJSON } from '../../analysis/index.ts';
import { caseNetwork } from '../../app/network.ts';
import type { ApiEnv } from '../env.ts';
import { NetworkQuery } from '../inputs.ts';
import { valid } from '../validate.ts';

export const networkRoutes = new Hono<ApiEnv>().get('/', valid('query', NetworkQuery), async (c) => {
  const query = c.req.valid('query');
  const graph = await caseNetwork(c.var.store, {
    caseId: query.case,
    from: query.from,
    to: query.to,
    includeDrafts: query.drafts === 'true',
  });
  return c.json(toGraphologyJSON(graph));
});
