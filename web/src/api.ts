/**
 * The workbench's only way to the server: Hono's typed client over the server's own route
 * types (`AppType`), so request parameters and response shapes are never copied here.
 */
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../src/server/app.ts';
import { read } from './api-read.ts';

export { read };

export const client = hc<AppType>(
  typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
);
const api = client.api;

export type CaseList = InferResponseType<typeof api.cases.$get, 200>;
export type CaseSummary = CaseList['items'][number];
export type CaseOverview = InferResponseType<(typeof api.cases)[':id']['$get'], 200>;
export type EventPage = InferResponseType<typeof api.events.$get, 200>;
export type JirgaEvent = EventPage['items'][number];
export type Actor = InferResponseType<typeof api.actors.$get, 200>['items'][number];
export type Relation = InferResponseType<typeof api.relations.$get, 200>['items'][number];
export type Agreement = InferResponseType<typeof api.agreements.$get, 200>['items'][number];
export type Source = InferResponseType<typeof api.sources.$get, 200>['items'][number];
export type Evidence = JirgaEvent['evidence'][number];

/** Pages fetched at most for one list; more is reported as truncated. */
export const MAX_PAGES = 10;
export const PAGE_SIZE = 1000;

export const fetchCases = async () => read(await api.cases.$get({ query: { limit: String(PAGE_SIZE) } }));

export const fetchOverview = async (id: string) => read(await api.cases[':id'].$get({ param: { id } }));

export const fetchSource = async (id: string) =>
  read(await api.sources[':id'].$get({ param: { id }, query: {} }));

export interface AllPages<T> {
  items: T[];
  total: number;
}

/** Every page of a list, up to MAX_PAGES. */
async function allPages<T>(
  fetchPage: (query: { limit: string; offset: string }) => Promise<{ items: T[]; total: number }>,
): Promise<AllPages<T>> {
  const items: T[] = [];
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage({ limit: String(PAGE_SIZE), offset: String(page * PAGE_SIZE) });
    items.push(...result.items);
    total = result.total;
    if (items.length >= total || result.items.length === 0) break;
  }
  return { items, total };
}

/** A case's events in a window (null bounds are open), page after page by keyset cursor, up to `maxPages`. */
export async function fetchEvents(
  caseId: string,
  window: { from: string | null; to: string | null },
  maxPages = MAX_PAGES,
): Promise<AllPages<JirgaEvent>> {
  const query = {
    case: caseId,
    limit: String(PAGE_SIZE),
    ...(window.from === null ? {} : { from: window.from }),
    ...(window.to === null ? {} : { to: window.to }),
  };
  const items: JirgaEvent[] = [];
  let total = 0;
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: EventPage = await read(
      await api.events.$get({ query: after === null ? query : { ...query, after } }),
    );
    items.push(...result.items);
    total = result.total;
    after = result.next;
    if (after === null) break;
  }
  return { items, total };
}

/** An actor's deadliest events in a case (best fatality estimate first), counted by the server. */
export const fetchDeadliestEvents = async (caseId: string, actorId: string, limit: number) =>
  read(
    await api.events.$get({
      query: { case: caseId, actor: actorId, order: 'deadliest', limit: String(limit) },
    }),
  );

export type EventSummary = InferResponseType<typeof api.events.summary.$get, 200>;

/** A case's events and deaths per month or ISO week and type, counted by the server. */
export const fetchEventSummary = async (caseId: string, period: 'month' | 'week') =>
  read(await api.events.summary.$get({ query: { case: caseId, period } }));
export const fetchActors = (caseId: string) =>
  allPages(async (page) => read(await api.actors.$get({ query: { case: caseId, ...page } })));
export const fetchRelations = (caseId: string) =>
  allPages(async (page) => read(await api.relations.$get({ query: { case: caseId, ...page } })));
export const fetchAgreements = (caseId: string) =>
  allPages(async (page) => read(await api.agreements.$get({ query: { case: caseId, ...page } })));
export const fetchSources = (caseId: string) =>
  allPages(async (page) => read(await api.sources.$get({ query: { case: caseId, ...page } })));

export const fetchEvent = async (id: string) => read(await api.events[':id'].$get({ param: { id } }));
export const fetchRelation = async (id: string) => read(await api.relations[':id'].$get({ param: { id } }));
export const fetchAgreement = async (id: string) => read(await api.agreements[':id'].$get({ param: { id } }));

export type AssessmentQuery = Parameters<typeof api.assessment.$get>[0]['query'];
export type AssessResult = InferResponseType<typeof api.assessment.$get, 200>;
export type Assessment = AssessResult['assessment'];
export type Indicator = Assessment['indicators'][number];
export type Prospect = Assessment['prospects']['onset'];
export type Comparison = NonNullable<AssessResult['comparison']>['changes'];

export const fetchAssessment = async (query: AssessmentQuery) => read(await api.assessment.$get({ query }));

export type SimulateBody = Parameters<typeof api.simulate.$post>[0]['json'];
export type SimulationResponse = InferResponseType<typeof api.simulate.$post, 200>;
/** A scenario run: the simulation response that carries its scenario. */
export type ScenarioRun = Extract<SimulationResponse, { scenario: unknown }>;

export const runSimulation = async (json: SimulateBody) => read(await api.simulate.$post({ json }));

export type UploadSettings = InferResponseType<typeof api.uploads.$get, 200>;
export type UploadJob = InferResponseType<(typeof api.uploads)[':id']['$get'], 200>;
export type UploadQuery = Parameters<typeof api.uploads.$post>[0]['query'];

export const fetchUploadSettings = async () => read(await api.uploads.$get());
export const fetchUpload = async (id: string) => read(await api.uploads[':id'].$get({ param: { id } }));

/**
 * Sends a file as the body of `POST /api/uploads` (the typed route's URL and answer) with
 * XMLHttpRequest, the one browser API that reports upload progress.
 */
export function sendUpload(
  file: File,
  query: UploadQuery,
  onProgress: (sent: number, total: number) => void,
): Promise<InferResponseType<typeof api.uploads.$post, 202>> {
  const url = api.uploads.$url({ query });
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url.toString());
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    request.onerror = () => reject(new Error('the upload did not reach the server'));
    request.onload = () => {
      const ok = request.status >= 200 && request.status < 300;
      read({
        ok,
        status: request.status,
        json: () => Promise.resolve(JSON.parse(request.responseText)),
      }).then(resolve, reject);
    };
    request.send(file);
  });
}

export type BriefQuery = Parameters<typeof api.brief.$get>[0]['query'];

/** The brief's address for a question and format (for the preview frame and the downloads). */
export const briefUrl = (query: BriefQuery): string => api.brief.$url({ query }).toString();

export type ProfileQuery = Parameters<typeof api.profile.$get>[0]['query'];

/** An actor profile's address for a format and language (for the preview frame and the downloads). */
export const profileUrl = (query: ProfileQuery): string => api.profile.$url({ query }).toString();

export type UnresolvedName = InferResponseType<
  (typeof api)['dataset-actors']['unresolved']['$get'],
  200
>['items'][number];
export type ActorLinkResult = InferResponseType<(typeof api)['dataset-actors']['links']['$post'], 201>;

/** The dataset actor names imports left unresolved (of a case's items), with why. */
export const fetchUnresolved = async (caseId: string, limit: number) =>
  read(await api['dataset-actors'].unresolved.$get({ query: { case: caseId, limit: String(limit) } }));

/** Links a dataset actor name to a registry actor (id or name), in one dataset or every one. */
export const linkDatasetActor = async (name: string, actor: string, dataset?: string) =>
  read(
    await api['dataset-actors'].links.$post({
      json: { name, actor, ...(dataset === undefined ? {} : { dataset }) },
    }),
  );
