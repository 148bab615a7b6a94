/**
 * The workbench's calls to the curation endpoints, typed through the same `hc<AppType>`
 * client: the review queue and bulk review, an item's history, a change's group and undo, edits with the
 * version they are based on (`If-Match`), and source grading. Every change names the analyst.
 */
import type { InferResponseType } from 'hono/client';
import type { CuratedKind } from '../../src/app/curation/kinds.ts';
import { client, read } from './api.ts';

const api = client.api;

export type ReviewQueue = InferResponseType<typeof api.review.$get, 200>;
export type Draft = ReviewQueue['items'][number];
export type ReviewRequest = Parameters<typeof api.review.$post>[0]['json'];
export type ReviewStatus = ReviewRequest['status'];
export type ItemHistory = InferResponseType<typeof api.audit.$get, 200>;
/** An entry of an item's history: recorded, or (the last) a change made outside curation not yet recorded. */
export type HistoryEntry = ItemHistory['entries'][number];
export type ChangeGroup = InferResponseType<(typeof api.audit)[':id']['$get'], 200>;
/** A recorded audit entry. */
export type AuditEntry = ChangeGroup['entry'];
export type GradeRequest = Parameters<(typeof api.sources)[':id']['grade']['$put']>[0]['json'];
/** The kinds an analyst creates and edits: the server's own list. */
export type EditableKind = CuratedKind;
export type ActorMergeBody = Parameters<typeof api.actors.merge.$post>[0]['json'];
export type IncidentMergeBody = Parameters<typeof api.events.merge.$post>[0]['json'];
export type MergeResult = InferResponseType<typeof api.actors.merge.$post, 200>;

/** What every editable kind's routes offer, with the body left open (each route checks its own schema). */
interface Response<T> {
  ok: boolean;
  status: number;
  json(): Promise<T>;
}
type Options = { headers: Record<string, string> };
interface EditableRoutes {
  ':id': {
    $get(args: { param: { id: string } }): Promise<Response<unknown>>;
    $put(
      args: { param: { id: string }; json: never },
      options: Options,
    ): Promise<Response<{ version: number }>>;
  };
  $post(
    args: { query: { case?: string }; json: never },
    options: Options,
  ): Promise<Response<{ version: number }>>;
}

const ROUTES: Readonly<Record<EditableKind, EditableRoutes>> = {
  event: api.events,
  relation: api.relations,
  negotiation: api.negotiations,
  agreement: api.agreements,
  actor: api.actors,
  source: api.sources,
};

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

/** An audit entry and the entries recorded with it (a merge's parts, dataset actor links among them). */
export const fetchGroup = async (id: number) =>
  read(await api.audit[':id'].$get({ param: { id: String(id) } }));

export const undoEntry = async (id: number, analyst: string) =>
  read(await api.audit[':id'].undo.$post({ param: { id: String(id) } }, by(analyst)));

export const gradeSource = async (id: string, json: GradeRequest, version: number, analyst: string) =>
  read(await api.sources[':id'].grade.$put({ param: { id }, json }, basedOn(analyst, version)));

/** The stored item of an editable kind (a source's route wraps it with its uses). */
export async function fetchEditable(kind: EditableKind, id: string): Promise<unknown> {
  const stored = await read(await ROUTES[kind][':id'].$get({ param: { id } }));
  return kind === 'source' ? (stored as { source: unknown }).source : stored;
}

/** Saves an edit based on `version`; a stale version is the server's 409 message. */
export const saveEditable = async (
  kind: EditableKind,
  id: string,
  item: unknown,
  version: number,
  analyst: string,
) => read(await ROUTES[kind][':id'].$put({ param: { id }, json: item as never }, basedOn(analyst, version)));

/** Creates an item, linked to the case. */
export const createEditable = async (kind: EditableKind, item: unknown, caseId: string, analyst: string) =>
  read(await ROUTES[kind].$post({ query: { case: caseId }, json: item as never }, by(analyst)));

/** Merges a duplicate actor into the one kept; answers with the merge's audit entries. */
export const mergeActors = async (json: ActorMergeBody, analyst: string) =>
  read(await api.actors.merge.$post({ json }, by(analyst)));

/** Gives two events reporting one incident one incident id; answers with the audit entries. */
export const mergeIncidents = async (json: IncidentMergeBody, analyst: string) =>
  read(await api.events.merge.$post({ json }, by(analyst)));
