/**
 * The workbench shell: the case picker, the view tabs (in the URL hash, `lib/view-hash.ts`), the time window every
 * view follows, and the evidence panel beside the current view.
 */
import { useEffect, useState } from 'react';
import { fetchCases, type CaseSummary } from './api.ts';
import { useCaseData, type CaseData } from './case-data.ts';
import { EvidencePanel } from './components/EvidencePanel.tsx';
import { WithEvents } from './components/WithEvents.tsx';
import { WindowControls } from './components/WindowControls.tsx';
import { STRINGS } from './lib/strings.ts';
import { WHOLE_PERIOD, type TimeWindow } from './lib/time-window.ts';
import { viewInHash } from './lib/view-hash.ts';
import type { Selection } from './selection.ts';
import { ActorView } from './views/ActorView.tsx';
import { AssessmentView } from './views/AssessmentView.tsx';
import { CaseView } from './views/CaseView.tsx';
import { CurationView } from './views/CurationView.tsx';
import { EvidenceView } from './views/EvidenceView.tsx';
import { ImportView } from './views/ImportView.tsx';
import { MapView } from './views/MapView.tsx';
import { NetworkView } from './views/NetworkView.tsx';
import { SimulationView } from './views/SimulationView.tsx';
import { TimelineView } from './views/TimelineView.tsx';

const VIEWS = [
  'case',
  'timeline',
  'map',
  'network',
  'evidence',
  'assessment',
  'simulation',
  'import',
  'actor',
  'curation',
] as const;
type ViewName = (typeof VIEWS)[number];

function viewFromHash(): ViewName {
  const name = viewInHash(window.location.hash);
  return (VIEWS as readonly string[]).includes(name) ? (name as ViewName) : 'case';
}

function useView(): ViewName {
  const [view, setView] = useState(viewFromHash);
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view;
}

function CurrentView(props: {
  view: ViewName;
  data: CaseData;
  timeWindow: TimeWindow;
  setTimeWindow: (w: TimeWindow) => void;
  selection: Selection | null;
  select: (s: Selection | null) => void;
  reload: () => void;
}) {
  const { view, data, timeWindow, select, selection } = props;
  switch (view) {
    case 'case':
      return <CaseView data={data} select={select} />;
    case 'timeline':
      return <TimelineView data={data} window={timeWindow} setWindow={props.setTimeWindow} select={select} />;
    case 'map':
      return (
        <WithEvents data={data} window={timeWindow}>
          {(full) => <MapView data={full} window={timeWindow} select={select} selection={selection} />}
        </WithEvents>
      );
    case 'network':
      return (
        <NetworkView
          data={data}
          window={timeWindow}
          setWindow={props.setTimeWindow}
          select={select}
          selection={selection}
        />
      );
    case 'evidence':
      return (
        <WithEvents data={data} window={timeWindow}>
          {(full) => <EvidenceView data={full} window={timeWindow} select={select} />}
        </WithEvents>
      );
    case 'assessment':
      return <AssessmentView key={data.overview.case.id} data={data} select={select} />;
    case 'simulation':
      return <SimulationView key={data.overview.case.id} data={data} />;
    case 'import':
      return <ImportView key={data.overview.case.id} data={data} onImported={props.reload} />;
    case 'actor':
      return <ActorView key={data.overview.case.id} data={data} select={select} />;
    case 'curation':
      return <CurationView key={data.overview.case.id} data={data} changed={props.reload} />;
  }
}

export function App() {
  const view = useView();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  const [timeWindow, setTimeWindow] = useState<TimeWindow>(WHOLE_PERIOD);
  const [selection, select] = useState<Selection | null>(null);
  const [revision, setRevision] = useState(0);
  const data = useCaseData(caseId, revision);

  useEffect(() => {
    fetchCases().then(
      (list) => {
        setCases(list.items);
        setCaseId(list.items.find((item) => item.id === 'pakistan-ttp')?.id ?? list.items[0]?.id ?? null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {STRINGS.appName} <small>{STRINGS.tagline}</small>
        </h1>
        {cases !== null && cases.length > 0 && (
          <label className="case-picker">
            {STRINGS.caseLabel}{' '}
            <select
              value={caseId ?? ''}
              onChange={(e) => {
                setCaseId(e.target.value);
                select(null);
              }}
            >
              {cases.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <nav aria-label="Views">
          <ul className="tabs">
            {VIEWS.map((name) => (
              <li key={name}>
                <a href={`#/${name}`} aria-current={view === name ? 'page' : undefined}>
                  {STRINGS.views[name]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <WindowControls window={timeWindow} setWindow={setTimeWindow} />
      </header>
      {error !== null && <p role="alert">{error}</p>}
      {cases !== null && cases.length === 0 && <p className="empty">{STRINGS.noCases}</p>}
      {data?.state === 'loading' && <p>{STRINGS.loading}</p>}
      {data?.state === 'error' && <p role="alert">{data.message}</p>}
      {data?.state === 'ready' && (
        <div className="workspace">
          <main>
            <CurrentView
              view={view}
              data={data.value}
              timeWindow={timeWindow}
              setTimeWindow={setTimeWindow}
              selection={selection}
              select={select}
              reload={() => setRevision((n) => n + 1)}
            />
          </main>
          <EvidencePanel data={data.value} selection={selection} select={select} />
        </div>
      )}
    </div>
  );
}
