/**
 * The workbench's calls to the curation endpoints, typed through the same `hc<AppType>`
 * client: the review queue and bulk review, an item's history and undo, edits with the
 * version they are based on (`If-Match`), and source grading. Every change names the analyst.
 */
import type { InferResponseType } from 'hono/client';
import { client, read } from './api.ts';

const api = client.api;

export type ReviewQueue = InferResponseType<typeof api.review.$get, 200>;
export type Draft = ReviewQueue['items'][number];
export type ReviewRequest = Parameters<typeof api.review.$post>[0]['json'];
export type ReviewStatus = ReviewRequest['status'];
export type ItemHistory = InferResponseType<typeof api.audit.$get, 200>;
export type AuditEntry = ItemHistory['entries'][number];
export type GradeRequest = Parameters<(typeof api.sources)[':id']['grade']['$put']>[0]['json'];
export type EditableKind = 'event' | 'relation' | 'source';
export type EventBody = Parameters<(typeof api.events)[':id']['$put']>[0]['json'];
export type RelationBody = Parameters<(typeof api.relations)[':id']['$put']>[0]['json'];
export type SourceBody = Parameters<(typeof api.sources)[':id']['$put']>[0]['json'];

const by = (analyst: string) => ({ headers: { 'X-Analyst': analyst } });
const basedOn = (analyst: string, version: number) => ({
  headers: { 'X-Analyst': analyst, 'If-Match': `"${version}"` },
});

export const fetchReviewQueue = async (caseId: string) =>
  read(await api.review.$get({ query: { case: caseId, limit: '1000' } }));

export const reviewItems = async (json: ReviewRequest, analyst: string) =>
  read(await api.review.$post({ json }, by(analyst)));

export const fetchHistory = async (kind: string, id: string) =>
  read(await api.audit.$get({ query: { item: `${kind}:${id}` } }));

export const undoEntry = async (id: number, analyst: string) =>
  read(await api.audit[':id'].undo.$post({ param: { id: String(id) } }, by(analyst)));

export const gradeSource = async (id: string, json: GradeRequest, version: number, analyst: string) =>
  read(await api.sources[':id'].grade.$put({ param: { id }, json }, basedOn(analyst, version)));

/** The stored item of an editable kind. */
export async function fetchEditable(kind: EditableKind, id: string): Promise<unknown> {
  if (kind === 'event') return read(await api.events[':id'].$get({ param: { id } }));
  if (kind === 'relation') return read(await api.relations[':id'].$get({ param: { id } }));
  return (await read(await api.sources[':id'].$get({ param: { id } }))).source;
}

/** Saves an edit based on `version`; a stale version is the server's 409 message. */
export async function saveEditable(
  kind: EditableKind,
  id: string,
  item: unknown,
  version: number,
  analyst: string,
): Promise<{ version: number }> {
  const options = basedOn(analyst, version);
  if (kind === 'event')
    return read(await api.events[':id'].$put({ param: { id }, json: item as EventBody }, options));
  if (kind === 'relation')
    return read(await api.relations[':id'].$put({ param: { id }, json: item as RelationBody }, options));
  return read(await api.sources[':id'].$put({ param: { id }, json: item as SourceBody }, options));
}

/** Creates an item, linked to the case. */
export async function createEditable(
  kind: EditableKind,
  item: unknown,
  caseId: string,
  analyst: string,
): Promise<{ version: number }> {
  const query = { case: caseId };
  if (kind === 'event') return read(await api.events.$post({ query, json: item as EventBody }, by(analyst)));
  if (kind === 'relation')
    return read(await api.relations.$post({ query, json: item as RelationBody }, by(analyst)));
  return read(await api.sources.$post({ query, json: item as SourceBody }, by(analyst)));
}
