/**
 * `/api/dataset-actors`: the dataset actor names imports left unresolved, with why each did
 * (`GET /unresolved`), and linking one to a registry actor (`POST /links`), the same use cases
 * as `jirga unresolved` and `jirga actors link`. A link is audited under the analyst named in
 * `X-Analyst`, and answers with its audit entry (undone by `POST /api/audit/{id}/undo`).
 */
import { Hono } from 'hono';
import { analystName } from '../../app/curation/changes.ts';
import { linkActor } from '../../app/link-actor.ts';
import { listUnresolved } from '../../app/unresolved.ts';
import { ANALYST_HEADER } from '../curation-inputs.ts';
import type { ApiEnv } from '../env.ts';
import { ActorLinkBody, UnresolvedQuery } from '../inputs.ts';
import { valid } from '../validate.ts';

export const datasetActorsRoutes = new Hono<ApiEnv>()
  .get('/unresolved', valid('query', UnresolvedQuery), async (c) => {
    const query = c.req.valid('query');
    const items = await listUnresolved(c.var.store, {
      ...(query.case === undefined ? {} : { caseId: query.case }),
      ...(query.dataset === undefined ? {} : { dataset: query.dataset }),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
    });
    return c.json({ items });
  })
  .post('/links', valid('json', ActorLinkBody), async (c) => {
    const body = c.req.valid('json');
    const result = await linkActor(
      c.var.store,
      {
        name: body.name,
        actor: body.actor,
        ...(body.dataset === undefined ? {} : { dataset: body.dataset }),
      },
      analystName(c.req.header(ANALYST_HEADER)),
    );
    return c.json(result, 201);
  });
