/**
 * Upload jobs: what the API reports about each upload (state, progress, totals, rejected rows,
 * the error) and the queue that runs them one after the other (an import holds the store's
 * writer for its whole transaction, so two at once would only wait on each other). Jobs live
 * in memory for the server's lifetime; the oldest finished ones are forgotten past a limit.
 * The work itself is given as a function, so this module knows nothing of datasets.
 */
import { randomUUID } from 'node:crypto';
import type { ImportSummary } from '../../app/import.ts';
import type { ApiErrorBody } from '../error-handler.ts';

export const UPLOAD_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];
export type UploadKind = 'dataset' | 'document';

export interface UploadRejection {
  line: number;
  field: string;
  reason: string;
}

/** What a stored document became (document uploads only). */
export interface UploadDocumentResult {
  sourceId: string;
  title: string;
  references: number;
  events: number;
  leftOut: { sentence: number; reason: string }[];
}

/** The importer's totals, as `jirga import` reports them (so far, while the job runs). */
type ImportTotals = Pick<
  ImportSummary,
  'rows' | 'imported' | 'updated' | 'unchanged' | 'held' | 'skipped' | 'rejected' | 'release'
>;

export interface UploadJob extends ImportTotals {
  id: string;
  kind: UploadKind;
  /** The client's file name. */
  name: string;
  bytes: number;
  /** The dataset format (or 'auto' until detected), or the document format. */
  format: string;
  caseId: string | null;
  state: UploadState;
  created: string;
  started: string | null;
  finished: string | null;
  /** Rows read per second since the import started. */
  rowsPerSecond: number;
  /** Bytes of the file read so far, of `totalBytes`. */
  bytesRead: number;
  totalBytes: number;
  /** The first rejected rows (all of them are counted in `rejected`). */
  rejections: UploadRejection[];
  document: UploadDocumentResult | null;
  error: ApiErrorBody['error'] | null;
}

/** Rejected rows a job keeps for the client. */
export const REJECTIONS_REPORTED = 500;
/** Jobs kept in memory; past this, the oldest finished ones are dropped. */
const JOBS_KEPT = 200;

export type UploadWork = (job: UploadJob, update: (change: Partial<UploadJob>) => void) => Promise<void>;

export interface NewUpload {
  kind: UploadKind;
  name: string;
  bytes: number;
  format: string;
  caseId: string | null;
  work: UploadWork;
  /** Runs after the work, whatever its outcome (removes the temporary file). */
  cleanup: () => Promise<void>;
  /** Turns a failure into the API's error body. */
  describeError: (error: unknown) => ApiErrorBody['error'];
}

export class UploadJobs {
  private readonly jobs = new Map<string, UploadJob>();
  private queue: Promise<void> = Promise.resolve();

  get(id: string): UploadJob | undefined {
    return this.jobs.get(id);
  }

  /** Newest first. */
  list(): UploadJob[] {
    return [...this.jobs.values()].reverse();
  }

  /** Adds a queued job and runs it after those before it; resolves with the job at once. */
  enqueue(upload: NewUpload): UploadJob {
    const job: UploadJob = {
      id: `upload-${randomUUID()}`,
      kind: upload.kind,
      name: upload.name,
      bytes: upload.bytes,
      format: upload.format,
      caseId: upload.caseId,
      state: 'queued',
      created: new Date().toISOString(),
      started: null,
      finished: null,
      rows: 0,
      rowsPerSecond: 0,
      bytesRead: 0,
      totalBytes: upload.bytes,
      imported: 0,
      updated: 0,
      unchanged: 0,
      held: 0,
      skipped: 0,
      rejected: 0,
      rejections: [],
      release: null,
      document: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.forgetOldest();
    this.queue = this.queue.then(() => this.run(job, upload));
    return { ...job };
  }

  /** Runs the work; the temporary file is removed before the job says it is over. */
  private async run(job: UploadJob, upload: NewUpload): Promise<void> {
    const update = (change: Partial<UploadJob>) => Object.assign(job, change);
    update({ state: 'running', started: new Date().toISOString() });
    let outcome: Partial<UploadJob>;
    try {
      await upload.work(job, update);
      outcome = { state: 'done' };
    } catch (error) {
      outcome = { state: 'failed', error: upload.describeError(error) };
    }
    await upload.cleanup().catch(() => undefined);
    update({ ...outcome, finished: new Date().toISOString() });
  }

  private forgetOldest(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= JOBS_KEPT) return;
      if (job.state === 'done' || job.state === 'failed') this.jobs.delete(id);
    }
  }
}
