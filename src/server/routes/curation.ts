/**
 * Curation endpoints: create (`POST /api/{kind}`), edit (`PUT /api/{kind}/{id}` with
 * `If-Match`) and delete items of every curated kind; grade a source; the review queue and
 * bulk review; merges of actors and incidents; an item's audit history; an audit entry with
 * the entries recorded with it; undo. Every change
 * names its analyst in `X-Analyst` and answers with its audit entries; a stale `If-Match` is
 * a 409 naming the item and its current version.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { createItem, deleteItem, gradeSource, updateItem } from '../../app/curation/edit.ts';
import { analystName } from '../../app/curation/changes.ts';
import type { CuratedKind } from '../../app/curation/kinds.ts';
import { mergeActors, mergeIncidents } from '../../app/curation/merge.ts';
import { reviewItems, reviewQueue } from '../../app/curation/review.ts';
import { changeGroup, itemHistory, undoChange } from '../../app/curation/undo.ts';
import { Agreement, Event, Negotiation, Relation, Source } from '../../model/index.ts';
import {
  ActorBody,
  ActorMergeBody,
  ANALYST_HEADER,
  AuditIdParam,
  AuditQuery,
  CreateQuery,
  GradeBody,
  historyTag,
  IncidentMergeBody,
  ReviewBody,
  ReviewQueueQuery,
  versionFrom,
  versionTag,
} from '../curation-inputs.ts';
import type { ApiEnv } from '../env.ts';
import { IdParam } from '../inputs.ts';
import { valid } from '../validate.ts';

const who = (c: Context) => analystName(c.req.header(ANALYST_HEADER));

/** POST (create), PUT (edit, If-Match) and DELETE (If-Match) of one kind of item. */
function itemRoutes<K extends CuratedKind, S extends z.ZodType>(kind: K, schema: S) {
  return new Hono<ApiEnv>()
    .post('/', valid('query', CreateQuery), valid('json', schema), async (c) => {
      const done = await createItem(
        c.var.store,
        kind,
        c.req.valid('json'),
        who(c),
        c.req.valid('query').case,
      );
      c.header('ETag', versionTag(done.version));
      return c.json(done, 201);
    })
    .put('/:id', valid('param', IdParam), valid('json', schema), async (c) => {
      const basedOn = versionFrom(c.req.header('If-Match'), true)!;
      const { id } = c.req.valid('param');
      const done = await updateItem(c.var.store, kind, id, c.req.valid('json'), basedOn, who(c));
      c.header('ETag', versionTag(done.version));
      return c.json(done);
    })
    .delete('/:id', valid('param', IdParam), async (c) => {
      const basedOn = versionFrom(c.req.header('If-Match'), true)!;
      const { id } = c.req.valid('param');
      return c.json({ audit: [await deleteItem(c.var.store, kind, id, basedOn, who(c))] });
    });
}

const sourceRoutes = itemRoutes('source', Source).put(
  '/:id/grade',
  valid('param', IdParam),
  valid('json', GradeBody),
  async (c) => {
    const basedOn = versionFrom(c.req.header('If-Match'), false);
    const done = await gradeSource(
      c.var.store,
      c.req.valid('param').id,
      c.req.valid('json'),
      basedOn,
      who(c),
    );
    c.header('ETag', versionTag(done.version));
    return c.json(done);
  },
);

const actorRoutes = itemRoutes('actor', ActorBody).post('/merge', valid('json', ActorMergeBody), async (c) =>
  c.json({ audit: await mergeActors(c.var.store, c.req.valid('json'), who(c)) }),
);

const eventRoutes = itemRoutes('event', Event).post('/merge', valid('json', IncidentMergeBody), async (c) =>
  c.json({ audit: await mergeIncidents(c.var.store, c.req.valid('json'), who(c)) }),
);

const reviewRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', ReviewQueueQuery), async (c) => {
    const query = c.req.valid('query');
    const items = await reviewQueue(c.var.store, {
      ...(query.case === undefined ? {} : { caseId: query.case }),
      ...(query.kind === undefined ? {} : { kinds: [query.kind] }),
      limit: query.limit ?? 100,
    });
    return c.json({ items });
  })
  .post('/', valid('json', ReviewBody), async (c) => {
    const body = c.req.valid('json');
    return c.json(await reviewItems(c.var.store, body.items, body.status, who(c)));
  });

const auditRoutes = new Hono<ApiEnv>()
  .get('/', valid('query', AuditQuery), async (c) => {
    const { kind, id } = c.req.valid('query').item;
    const history = await itemHistory(c.var.store, kind, id);
    c.header('ETag', historyTag(history));
    return c.json(history);
  })
  .get('/:id', valid('param', AuditIdParam), async (c) =>
    c.json(await changeGroup(c.var.store, c.req.valid('param').id)),
  )
  .post('/:id/undo', valid('param', AuditIdParam), async (c) =>
    c.json({ audit: await undoChange(c.var.store, c.req.valid('param').id, who(c)) }),
  );

/** Mounted beside the read routes, under `/api`. */
export const curationRoutes = new Hono<ApiEnv>()
  .route('/events', eventRoutes)
  .route('/relations', itemRoutes('relation', Relation))
  .route('/negotiations', itemRoutes('negotiation', Negotiation))
  .route('/agreements', itemRoutes('agreement', Agreement))
  .route('/actors', actorRoutes)
  .route('/sources', sourceRoutes)
  .route('/review', reviewRoutes)
  .route('/audit', auditRoutes);
