/**
 * What an upload job does with its file: the same use cases as `jirga import` (with the
 * importer's progress and rejection callbacks feeding the job) and `jirga ingest`.
 */
import { importDataset } from '../../app/import.ts';
import { ingestDocument } from '../../app/ingest-document.ts';
import type { Encoding } from '../../ingest/encoding.ts';
import type { DocumentFormat } from '../../ingest/documents/types.ts';
import type { Store } from '../../store/store.ts';
import { REJECTIONS_REPORTED, type UploadWork } from './jobs.ts';

export interface DatasetUpload {
  file: string;
  /** A dataset format name, or 'auto'. */
  format: string;
  caseId?: string;
  encoding?: Encoding;
}

export interface DocumentUpload {
  file: string;
  /** Default: from the file's name, else from a look at its start. */
  format?: DocumentFormat;
  caseId?: string;
  dateRef?: string;
}

const perSecond = (rows: number, ms: number): number => (ms > 0 ? Math.round((rows * 1000) / ms) : 0);

export function datasetWork(store: Store, upload: DatasetUpload): UploadWork {
  return async (job, update) => {
    const summary = await importDataset(store, {
      format: upload.format,
      file: upload.file,
      ...(upload.caseId === undefined ? {} : { caseId: upload.caseId }),
      ...(upload.encoding === undefined ? {} : { encoding: upload.encoding }),
      onProgress: (p) =>
        update({
          rows: p.rows,
          bytesRead: p.bytesRead,
          totalBytes: p.totalBytes,
          rowsPerSecond: perSecond(p.rows, p.elapsedMs),
        }),
      onReject: (r) => {
        if (job.rejections.length < REJECTIONS_REPORTED)
          job.rejections.push({ line: r.line, field: r.field, reason: r.reason });
        update({ rejected: job.rejected + 1 });
      },
    });
    update({
      format: summary.dataset,
      release: summary.release,
      rows: summary.rows,
      rowsPerSecond: perSecond(summary.rows, summary.durationMs),
      bytesRead: job.totalBytes,
      imported: summary.imported,
      updated: summary.updated,
      unchanged: summary.unchanged,
      held: summary.held,
      skipped: summary.skipped,
      rejected: summary.rejected,
    });
  };
}

export function documentWork(store: Store, upload: DocumentUpload): UploadWork {
  return async (job, update) => {
    const result = await ingestDocument(store, {
      file: upload.file,
      ...(upload.format === undefined ? {} : { inputFormat: upload.format }),
      ...(upload.caseId === undefined ? {} : { caseId: upload.caseId }),
      ...(upload.dateRef === undefined ? {} : { dateRef: upload.dateRef }),
    });
    const actions = [
      result.document.action,
      ...result.references.map((r) => r.action),
      ...result.citations.map((c) => c.action),
      ...result.events.map((e) => e.action),
    ];
    update({
      bytesRead: job.totalBytes,
      imported: actions.filter((a) => a === 'stored').length,
      unchanged: actions.filter((a) => a !== 'stored').length,
      document: {
        sourceId: result.document.id,
        title: result.document.title,
        references: result.references.length,
        events: result.events.length,
        leftOut: result.leftOut.map((l) => ({ sentence: l.coded.sentence + 1, reason: l.reason })),
      },
    });
  };
}
