/**
 * Loads the case's events of a window for a view that draws them one by one, says when the
 * window holds more than the cap, and renders the view with them.
 */
import type { ReactNode } from 'react';
import type { CaseData } from '../case-data.ts';
import { useWindowEvents, type CaseWithEvents } from '../event-data.ts';
import { STRINGS } from '../lib/strings.ts';
import type { TimeWindow } from '../lib/time-window.ts';

export function WithEvents({
  data,
  window,
  children,
}: {
  data: CaseData;
  window: TimeWindow;
  children: (data: CaseWithEvents) => ReactNode;
}) {
  const events = useWindowEvents(data, window);
  if (events.state === 'loading') return <p>{STRINGS.loadingEvents}</p>;
  if (events.state === 'error') return <p role="alert">{events.message}</p>;
  const { items, total } = events.value;
  return (
    <>
      {items.length < total && <p className="hint capped">{STRINGS.truncated(items.length, total)}</p>}
      {children({ ...data, events: events.value })}
    </>
  );
}
