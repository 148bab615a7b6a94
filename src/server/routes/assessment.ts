/**
 * `GET /api/assessment`: can this mediator mediate between these two parties, as of a day
 * (`assessMediation`). The result is kept per question and store state: it depends on nothing
 * else (the reference files are read-only), and costs seconds on a large store.
 */
import { Hono } from 'hono';
import { assessMediation } from '../../app/assess.ts';
import type { ApiEnv } from '../env.ts';
import { AssessmentQuery } from '../inputs.ts';
import { cachedForState } from '../state-cache.ts';
import { valid } from '../validate.ts';

export const assessmentRoutes = new Hono<ApiEnv>().get('/', valid('query', AssessmentQuery), async (c) => {
  const query = c.req.valid('query');
  const store = c.var.store;
  const key = JSON.stringify(['assessment', query]);
  const result = await cachedForState(store, key, () =>
    assessMediation(store, {
      caseId: query.case,
      mediator: query.mediator,
      parties: query.parties,
      asOf: query.asOf,
      ...(query.compareAsOf === undefined ? {} : { compareAsOf: query.compareAsOf }),
      includeDrafts: query.drafts === 'true',
    }),
  );
  return c.json(result);
});
