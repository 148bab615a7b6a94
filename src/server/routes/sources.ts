/**
 * `/api/sources`: documents and datasets with their grading, by case; one source with what it
 * cites, and with `?text=1` the body stored for it (null when none was stored).
 */
import { Hono } from 'hono';
import { listSources } from '../../app/items.ts';
import type { ApiEnv } from '../env.ts';
import { IdParam, ItemsQuery, SourceQuery } from '../inputs.ts';
import { pageOf } from '../pages.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export const sourcesRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', ItemsQuery), async (c) => {
    const query = c.req.valid('query');
    return c.json(pageOf(await listSources(c.var.store, { caseId: query.case }), query));
  })
  .get('/:id', valid('param', IdParam), valid('query', SourceQuery), async (c) => {
    const { id } = c.req.valid('param');
    const source = found(await c.var.store.getSource(id), 'source', id);
    const citations = await c.var.store.listCitations(id);
    if (c.req.valid('query').text !== '1') return c.json({ source, citations });
    return c.json({ source, citations, text: (await c.var.store.getSourceText(id)) ?? null });
  });
