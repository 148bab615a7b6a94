/** `GET /api/assessment`: can this mediator mediate between these two parties, as of a day (`assessMediation`). */
import { Hono } from 'hono';
import { assessMediation } from '../../app/assess.ts';
import type { ApiEnv } from '../env.ts';
import { AssessmentQuery } from '../inputs.ts';
import { valid } from '../validate.ts';

export const assessmentRoutes = new Hono<ApiEnv>().get('/', valid('query', AssessmentQuery), async (c) => {
  const query = c.req.valid('query');
  const result = await assessMediation(c.var.store, {
    caseId: query.case,
    mediator: query.mediator,
    parties: query.parties,
    asOf: query.asOf,
    ...(query.compareAsOf === undefined ? {} : { compareAsOf: query.compareAsOf }),
    includeDrafts: query.drafts === 'true',
  });
  return c.json(result);
});
