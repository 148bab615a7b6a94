/**
 * `/api/uploads`: a dataset file (any format `jirga import` reads, or `auto`) or a document
 * (text, Markdown, HTML, as `jirga ingest`) sent as the raw request body, streamed to a
 * temporary file under the size limit, then imported by a queued job; `GET /api/uploads/{id}`
 * reports the job's state, progress, totals and rejected rows (clients poll it).
 */
import { rm } from 'node:fs/promises';
import { Hono } from 'hono';
import { requireCase } from '../../app/cases.ts';
import { ValidationError } from '../../errors.ts';
import { DOCUMENT_EXTENSIONS, DOCUMENT_FORMATS, documentFormatByName } from '../../ingest/documents/index.ts';
import { ENCODINGS } from '../../ingest/encoding.ts';
import type { Store } from '../../store/store.ts';
import type { ApiEnv } from '../env.ts';
import { bodyOf, statusOf } from '../error-handler.ts';
import { UPLOAD_DATASETS, UploadIdParam, UploadQuery } from '../inputs.ts';
import { UploadJobs, type NewUpload, type UploadKind } from '../uploads/jobs.ts';
import { receiveUpload, type ReceivedUpload } from '../uploads/receive.ts';
import { datasetWork, documentWork } from '../uploads/work.ts';
import { valid } from '../validate.ts';
import { found } from './found.ts';

export interface UploadSettings {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Where each upload's temporary directory is made. */
  tempRoot: string;
}

function describeError(error: unknown) {
  if (statusOf(error) >= 500) console.error(error);
  return bodyOf(error).error;
}

function declaredLength(header: string | undefined): number | undefined {
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** `kind`, else a document when the name says so (`.txt`, `.md`, `.html`, …), else a dataset. */
function kindOf(query: UploadQuery): UploadKind {
  return query.kind ?? (documentFormatByName(query.name) === undefined ? 'dataset' : 'document');
}

/** The job for a received file: what it is, and the use case that imports it. */
function newUpload(store: Store, query: UploadQuery, received: ReceivedUpload): NewUpload {
  const byName = documentFormatByName(query.name);
  const kind = kindOf(query);
  const common = {
    name: query.name,
    bytes: received.bytes,
    caseId: query.case ?? null,
    cleanup: () => rm(received.dir, { recursive: true, force: true }),
    describeError,
  };
  const caseId = query.case === undefined ? {} : { caseId: query.case };
  if (kind === 'document') {
    return {
      ...common,
      kind,
      format: byName ?? 'auto',
      work: documentWork(store, {
        file: received.path,
        ...(byName === undefined ? {} : { format: byName }),
        ...caseId,
        ...(query.dateRef === undefined ? {} : { dateRef: query.dateRef }),
      }),
    };
  }
  const format = query.dataset ?? 'auto';
  return {
    ...common,
    kind,
    format,
    work: datasetWork(store, {
      file: received.path,
      format,
      ...caseId,
      ...(query.encoding === undefined ? {} : { encoding: query.encoding }),
    }),
  };
}

function checkCombination(query: UploadQuery): void {
  const document = kindOf(query) === 'document';
  if (document && query.dataset !== undefined)
    throw new ValidationError('dataset applies to dataset files, not documents', { field: 'dataset' });
  if (document && query.encoding !== undefined)
    throw new ValidationError('encoding applies to dataset files (documents are detected)', {
      field: 'encoding',
    });
  if (!document && query.dateRef !== undefined)
    throw new ValidationError('dateRef applies to documents, not dataset files', { field: 'dateRef' });
}

export function uploadsRoutes(settings: UploadSettings, jobs = new UploadJobs()) {
  return new Hono<ApiEnv>()
    .get('/', (c) =>
      c.json({
        maxBytes: settings.maxBytes,
        datasets: UPLOAD_DATASETS,
        documentFormats: [...DOCUMENT_FORMATS],
        documentExtensions: [...DOCUMENT_EXTENSIONS],
        encodings: [...ENCODINGS],
        items: jobs.list(),
      }),
    )
    .post('/', valid('query', UploadQuery), async (c) => {
      const query = c.req.valid('query');
      checkCombination(query);
      if (query.case !== undefined) await requireCase(c.var.store, query.case);
      const declared = declaredLength(c.req.header('Content-Length'));
      const received = await receiveUpload(c.req.raw.body, {
        root: settings.tempRoot,
        name: query.name,
        maxBytes: settings.maxBytes,
        ...(declared === undefined ? {} : { declaredBytes: declared }),
      });
      return c.json(jobs.enqueue(newUpload(c.var.store, query, received)), 202);
    })
    .get('/:id', valid('param', UploadIdParam), (c) => {
      const { id } = c.req.valid('param');
      return c.json(found(jobs.get(id), 'upload', id));
    });
}
