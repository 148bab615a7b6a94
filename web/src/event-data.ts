/**
 * Events for the views that draw them one by one, loaded when such a view opens rather than
 * with the case (a case may hold hundreds of thousands): the events of a window, page after
 * page up to a cap, an actor's deadliest events, and the server's per-period summary for the
 * charts.
 */
import { useEffect, useState } from 'react';
import {
  fetchDeadliestEvents,
  fetchEventSummary,
  fetchEvents,
  type AllPages,
  type EventSummary,
  type JirgaEvent,
} from './api.ts';
import type { CaseData, Loading } from './case-data.ts';
import type { TimeWindow } from './lib/time-window.ts';

/** The case's data with the events a view draws. */
export type CaseWithEvents = CaseData & { events: AllPages<JirgaEvent> };

/** `load()`'s result, loaded again whenever `key` changes. */
function useLoaded<T>(key: string, load: () => Promise<T>): Loading<T> {
  const [state, setState] = useState<{ key: string; value: Loading<T> }>({
    key,
    value: { state: 'loading' },
  });
  useEffect(() => {
    let current = true;
    setState({ key, value: { state: 'loading' } });
    load().then(
      (value) => current && setState({ key, value: { state: 'ready', value } }),
      (error: unknown) =>
        current &&
        setState({
          key,
          value: { state: 'error', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state.key === key ? state.value : { state: 'loading' };
}

/** A reload of the case (after an import) gives a new overview object: load again then. */
const reloads = new WeakMap<object, number>();
let reloadCount = 0;
function revisionOf(data: CaseData): number {
  let revision = reloads.get(data.overview);
  if (revision === undefined) {
    revision = ++reloadCount;
    reloads.set(data.overview, revision);
  }
  return revision;
}

/** The case's events in `window`, up to `maxPages` pages of the API's largest size. */
export function useWindowEvents(data: CaseData, window: TimeWindow, maxPages?: number) {
  const caseId = data.overview.case.id;
  const key = JSON.stringify([caseId, revisionOf(data), window.from, window.to, maxPages ?? null]);
  return useLoaded(key, () => fetchEvents(caseId, window, maxPages));
}

/** The case's events and deaths per month or week and type. */
export function useEventSummary(data: CaseData, period: 'month' | 'week'): Loading<EventSummary> {
  const caseId = data.overview.case.id;
  return useLoaded(JSON.stringify([caseId, revisionOf(data), period]), () =>
    fetchEventSummary(caseId, period),
  );
}

/** An actor's `limit` deadliest events in the case, ordered by the server. */
export function useDeadliestEvents(data: CaseData, actorId: string, limit: number) {
  const caseId = data.overview.case.id;
  const key = JSON.stringify([caseId, revisionOf(data), 'deadliest', actorId, limit]);
  return useLoaded(key, () => fetchDeadliestEvents(caseId, actorId, limit));
}
