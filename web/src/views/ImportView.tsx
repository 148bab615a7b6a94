/**
 * The Import view: drop a file or choose one (a keyboard reaches the file button), say how to
 * read it, and watch it go: the upload's progress in the browser, then the import job's own
 * (`GET /api/uploads/{id}`, polled), its summary and its rejected rows in a table. After a
 * dataset import that changed the store, the case is loaded again so every view shows it.
 * Below, the dataset actor names still unresolved on the case, to link (`UnresolvedNames`).
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import {
  fetchUpload,
  fetchUploadSettings,
  sendUpload,
  type UploadJob,
  type UploadQuery,
  type UploadSettings,
} from '../api.ts';
import type { CaseData } from '../case-data.ts';
import { UnresolvedNames } from '../components/UnresolvedNames.tsx';
import { STRINGS } from '../lib/strings.ts';

/** How often the job is asked for its progress. */
const POLL_MS = 400;

type Kind = '' | 'dataset' | 'document';
type Encoding = NonNullable<UploadQuery['encoding']>;

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; sent: number; total: number }
  | { step: 'importing'; job: UploadJob }
  | { step: 'error'; message: string };

const number = (n: number) => n.toLocaleString('en');
/** A file size in kB below a megabyte, else in MB with one decimal. */
const fileSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

function useUploadSettings(): UploadSettings | null {
  const [settings, setSettings] = useState<UploadSettings | null>(null);
  useEffect(() => {
    fetchUploadSettings().then(setSettings, () => setSettings(null));
  }, []);
  return settings;
}

/** Polls the job until it is over; `onOver` runs once with the last state. */
function useJobPolling(phase: Phase, setPhase: (p: Phase) => void, onOver: (job: UploadJob) => void) {
  const id = phase.step === 'importing' ? phase.job.id : null;
  const over = phase.step === 'importing' && (phase.job.state === 'done' || phase.job.state === 'failed');
  useEffect(() => {
    if (id === null || over) return;
    let current = true;
    const timer = window.setTimeout(() => {
      fetchUpload(id).then(
        (job) => {
          if (!current) return;
          setPhase({ step: 'importing', job });
          if (job.state === 'done' || job.state === 'failed') onOver(job);
        },
        (error: unknown) =>
          current &&
          setPhase({ step: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    }, POLL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  });
}

function JobProgress({ job }: { job: UploadJob }) {
  const share = job.totalBytes > 0 ? job.bytesRead / job.totalBytes : 0;
  const over = job.state === 'done' || job.state === 'failed';
  return (
    <div className="job-progress">
      <p className={`job-state ${job.state}`} role="status">
        {STRINGS.uploadStates[job.state]}
        {job.kind === 'dataset' && ` · ${STRINGS.progressRows(number(job.rows), number(job.rowsPerSecond))}`}
      </p>
      <progress max={1} value={over ? 1 : share} aria-label={STRINGS.uploadStates[job.state]} />
    </div>
  );
}

function JobSummary({ job }: { job: UploadJob }) {
  const totals = (
    ['rows', 'imported', 'updated', 'unchanged', 'held', 'skipped', 'rejected'] as const
  ).filter((key) => job.kind === 'dataset' || key === 'imported' || key === 'unchanged');
  return (
    <section className="import-summary" aria-labelledby="import-summary-heading">
      <h3 id="import-summary-heading">{STRINGS.importSummary}</h3>
      {job.error !== null && <p role="alert">{job.error.message}</p>}
      <dl className="counts">
        <div>
          <dt>{STRINGS.formatUsed}</dt>
          <dd>{job.format}</dd>
        </div>
        {job.release !== null && (
          <div>
            <dt>{STRINGS.releaseUsed}</dt>
            <dd>{job.release}</dd>
          </div>
        )}
        {totals.map((key) => (
          <div key={key} data-total={key}>
            <dt>{STRINGS.totals[key]}</dt>
            <dd>{number(job[key])}</dd>
          </div>
        ))}
      </dl>
      {job.document !== null && (
        <>
          <p>{STRINGS.documentStored(job.document.title, job.document.references, job.document.events)}</p>
          {job.document.leftOut.length > 0 && (
            <>
              <h4>{STRINGS.leftOut}</h4>
              <ul>
                {job.document.leftOut.map((item, i) => (
                  <li key={i}>
                    sentence {item.sentence}: {item.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {job.rejected > 0 && (
        <table className="rejections-table">
          <caption>{STRINGS.rejectedRows(job.rejections.length, job.rejected)}</caption>
          <thead>
            <tr>
              <th scope="col">{STRINGS.rejectedCols.line}</th>
              <th scope="col">{STRINGS.rejectedCols.field}</th>
              <th scope="col">{STRINGS.rejectedCols.reason}</th>
            </tr>
          </thead>
          <tbody>
            {job.rejections.map((r, i) => (
              <tr key={i}>
                <td className="number">{r.line}</td>
                <td>
                  <code>{r.field}</code>
                </td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ImportView({ data, onImported }: { data: CaseData; onImported: () => void }) {
  const settings = useUploadSettings();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<Kind>('');
  const [dataset, setDataset] = useState('auto');
  const [encoding, setEncoding] = useState<Encoding | ''>('');
  const [linkCase, setLinkCase] = useState(true);
  const [dateRef, setDateRef] = useState('');
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [refreshed, setRefreshed] = useState(false);
  /** Counts finished dataset imports, so that the unresolved names are read again after each. */
  const [imports, setImports] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const caseInfo = data.overview.case;

  useJobPolling(phase, setPhase, (job) => {
    if (job.kind === 'dataset' && job.state === 'done') setImports((n) => n + 1);
    if (job.kind === 'dataset' && job.state === 'done' && job.imported + job.updated > 0) {
      onImported();
      setRefreshed(true);
    }
  });

  const extensions = settings?.documentExtensions ?? [];
  const looksLikeDocument =
    file !== null && extensions.some((ending) => file.name.toLowerCase().endsWith(ending));
  const asDocument = kind === 'document' || (kind === '' && looksLikeDocument);
  const busy =
    phase.step === 'uploading' ||
    (phase.step === 'importing' && ['queued', 'running'].includes(phase.job.state));

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped !== undefined) setFile(dropped);
  };

  const start = () => {
    if (file === null) return;
    const query: UploadQuery = {
      name: file.name,
      ...(kind === '' ? {} : { kind }),
      ...(linkCase ? { case: caseInfo.id } : {}),
      ...(asDocument
        ? dateRef === ''
          ? {}
          : { dateRef }
        : { dataset, ...(encoding === '' ? {} : { encoding }) }),
    };
    setRefreshed(false);
    setPhase({ step: 'uploading', sent: 0, total: file.size });
    sendUpload(file, query, (sent, total) => setPhase({ step: 'uploading', sent, total })).then(
      (job) => setPhase({ step: 'importing', job }),
      (error: unknown) =>
        setPhase({ step: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <section className="view import-view" aria-labelledby="import-heading">
      <h2 id="import-heading">{STRINGS.importHeading}</h2>
      {settings !== null && <p className="hint">{STRINGS.importHint(fileSize(settings.maxBytes))}</p>}
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          {STRINGS.dropHere}{' '}
          <button type="button" onClick={() => input.current?.click()}>
            {STRINGS.chooseFile}
          </button>
        </p>
        <input
          ref={input}
          type="file"
          className="file-input"
          aria-label={STRINGS.chooseFile}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {file !== null && <p className="chosen-file">{STRINGS.chosenFile(file.name, fileSize(file.size))}</p>}
      </div>
      <form
        className="assessment-controls import-controls"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <label>
          {STRINGS.uploadKind}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="">{STRINGS.kindByName}</option>
            <option value="dataset">{STRINGS.kindDataset}</option>
            <option value="document">{STRINGS.kindDocument}</option>
          </select>
        </label>
        {!asDocument && (
          <>
            <label>
              {STRINGS.datasetFormat}{' '}
              <select value={dataset} onChange={(e) => setDataset(e.target.value)}>
                {(settings?.datasets ?? ['auto']).map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {STRINGS.encoding}{' '}
              <select value={encoding} onChange={(e) => setEncoding(e.target.value as Encoding | '')}>
                <option value="">{STRINGS.detected}</option>
                {(settings?.encodings ?? []).map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {asDocument && (
          <label>
            {STRINGS.dateRef}{' '}
            <input type="date" value={dateRef} onChange={(e) => setDateRef(e.target.value)} />
          </label>
        )}
        <label>
          <input type="checkbox" checked={linkCase} onChange={(e) => setLinkCase(e.target.checked)} />{' '}
          {STRINGS.linkToCase(caseInfo.title)}
        </label>
        <button type="submit" disabled={file === null || busy}>
          {STRINGS.startUpload}
        </button>
      </form>
      {phase.step === 'uploading' && (
        <div className="job-progress">
          <p role="status">{STRINGS.uploading(Math.round((phase.sent / Math.max(phase.total, 1)) * 100))}</p>
          <progress max={Math.max(phase.total, 1)} value={phase.sent} />
        </div>
      )}
      {phase.step === 'error' && <p role="alert">{phase.message}</p>}
      {phase.step === 'importing' && <JobProgress job={phase.job} />}
      {phase.step === 'importing' && (phase.job.state === 'done' || phase.job.state === 'failed') && (
        <JobSummary job={phase.job} />
      )}
      {refreshed && <p className="hint case-refreshed">{STRINGS.caseRefreshed}</p>}
      <UnresolvedNames
        caseId={caseInfo.id}
        actors={[...data.actors.values()]}
        refreshKey={imports}
        onLinked={onImported}
      />
    </section>
  );
}
