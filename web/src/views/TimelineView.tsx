/**
 * The Timeline view: events per month or per ISO week (a toggle) stacked by PLOVER type, deaths
 * per bin (both counted by the server: `/api/events/summary`), agreements as bands from signed
 * to ended, a brush (or the from/to inputs) setting the window that every view follows, and
 * the window's events (the first page of them when there are many).
 */
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { EventSummary } from '../api.ts';
import type { CaseData } from '../case-data.ts';
import { EventList } from '../components/EventList.tsx';
import { useEventSummary, useWindowEvents } from '../event-data.ts';
import { TypeLegend } from '../components/TypeLegend.tsx';
import { typeColor } from '../lib/colors.ts';
import { STRINGS } from '../lib/strings.ts';
import { fractionWithin, periodsBetween, type Period, type PeriodUnit } from '../lib/periods.ts';
import type { TimeWindow } from '../lib/time-window.ts';
import type { Select } from '../selection.ts';

const WIDTH = 1000;
const LEFT = 44;
const RIGHT = 12;
const EVENTS_TOP = 10;
const EVENTS_HEIGHT = 170;
const DEATHS_TOP = EVENTS_TOP + EVENTS_HEIGHT + 26;
const DEATHS_HEIGHT = 70;
const BANDS_TOP = DEATHS_TOP + DEATHS_HEIGHT + 30;
const BAND_HEIGHT = 16;

interface Bin {
  period: Period;
  byType: Map<string, number>;
  total: number;
  deaths: number;
}

function binEvents(summary: EventSummary, periods: Period[]): Bin[] {
  const counted = new Map(summary.periods.map((period) => [period.key, period]));
  return periods.map((period) => {
    const found = counted.get(period.key);
    const byType = new Map(Object.entries(found?.byType ?? {}).map(([type, n]) => [type, n ?? 0]));
    return { period, byType, total: found?.events ?? 0, deaths: found?.fatalitiesBest ?? 0 };
  });
}

function periodOf(data: CaseData): [string, string] | null {
  const dates = [
    ...[data.overview.firstEvent, data.overview.lastEvent].filter((d): d is string => d !== null),
    ...data.agreements
      .flatMap((a) => [a.signed, a.ended?.date ?? null])
      .filter((d): d is string => d !== null),
  ].sort();
  return dates.length === 0 ? null : [dates[0]!, dates.at(-1)!];
}

/** The window's events, listed under the chart: one page of the API's largest size at most. */
function WindowEvents({ data, window, select }: { data: CaseData; window: TimeWindow; select: Select }) {
  const listed = useWindowEvents(data, window, 1);
  if (listed.state === 'loading') return <p>{STRINGS.loadingEvents}</p>;
  if (listed.state === 'error') return <p role="alert">{listed.message}</p>;
  const { items, total } = listed.value;
  if (items.length === 0) return <p>{STRINGS.noEvents}</p>;
  return (
    <>
      {items.length < total && <p className="hint capped">{STRINGS.truncated(items.length, total)}</p>}
      <EventList events={items} select={select} label={STRINGS.eventsTable} />
    </>
  );
}

export function TimelineView(props: {
  data: CaseData;
  window: TimeWindow;
  setWindow: (window: TimeWindow) => void;
  select: Select;
}) {
  const [unit, setUnit] = useState<PeriodUnit>('month');
  const summary = useEventSummary(props.data, unit);
  if (summary.state === 'loading') return <p>{STRINGS.loadingEvents}</p>;
  if (summary.state === 'error') return <p role="alert">{summary.message}</p>;
  return <TimelineChart {...props} summary={summary.value} unit={unit} setUnit={setUnit} />;
}

function TimelineChart({
  data,
  window,
  setWindow,
  select,
  summary,
  unit,
  setUnit,
}: {
  data: CaseData;
  window: TimeWindow;
  setWindow: (window: TimeWindow) => void;
  select: Select;
  summary: EventSummary;
  unit: PeriodUnit;
  setUnit: (unit: PeriodUnit) => void;
}) {
  const period = periodOf(data);
  const periods = useMemo(
    () => (period === null ? [] : periodsBetween(period[0], period[1], unit)),
    [period?.[0], period?.[1], unit],
  );
  const bins = useMemo(() => binEvents(summary, periods), [summary, periods]);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  if (period === null) return <p className="empty">{STRINGS.noEvents}</p>;

  const step = (WIDTH - LEFT - RIGHT) / periods.length;
  const xOf = (index: number) => LEFT + index * step;
  const xOfDate = (date: string) => {
    const index = periods.findIndex((p) => p.start <= date && date <= p.end);
    if (index < 0) return date < periods[0]!.start ? LEFT : WIDTH - RIGHT;
    return xOf(index + fractionWithin(date, periods[index]!));
  };
  const perUnit = unit === 'month' ? STRINGS.eventsPerMonth : STRINGS.eventsPerWeek;
  const deathsPerUnit = unit === 'month' ? STRINGS.deathsPerMonth : STRINGS.deathsPerWeek;
  const maxCount = Math.max(1, ...bins.map((bin) => bin.total));
  const maxDeaths = Math.max(1, ...bins.map((bin) => bin.deaths));
  const bands = [...data.agreements]
    .filter((a) => a.signed !== null)
    .sort((a, b) => a.signed!.localeCompare(b.signed!));
  const height = BANDS_TOP + Math.max(bands.length, 1) * (BAND_HEIGHT + 4) + 10;
  // Year ticks: the first bin starting in each calendar year.
  const years = periods.flatMap((p, i) => (i > 0 && p.year !== periods[i - 1]!.year ? [i] : []));

  const binAt = (clientX: number): number => {
    const svg = svgRef.current;
    if (svg === null) return 0;
    const box = svg.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * WIDTH;
    return Math.min(periods.length - 1, Math.max(0, Math.floor((x - LEFT) / step)));
  };
  const onDown = (e: PointerEvent<SVGRectElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const bin = binAt(e.clientX);
    setDrag({ start: bin, end: bin });
  };
  const onMove = (e: PointerEvent<SVGRectElement>) =>
    drag !== null && setDrag({ ...drag, end: binAt(e.clientX) });
  const onUp = () => {
    if (drag === null) return;
    const [a, b] = [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)];
    setDrag(null);
    if (b > a) setWindow({ from: periods[a]!.start, to: periods[b]!.end });
  };
  const shade =
    drag !== null
      ? { x: LEFT + Math.min(drag.start, drag.end) * step, w: (Math.abs(drag.end - drag.start) + 1) * step }
      : window.from !== null || window.to !== null
        ? {
            x: window.from === null ? LEFT : xOfDate(window.from),
            w:
              (window.to === null ? WIDTH - RIGHT : xOfDate(window.to)) -
              (window.from === null ? LEFT : xOfDate(window.from)),
          }
        : null;

  return (
    <section className="view timeline-view" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{STRINGS.views.timeline}</h2>
      <p className="hint">{STRINGS.brushHint}</p>
      <fieldset className="period-unit">
        <legend>{STRINGS.binBy}</legend>
        {(['month', 'week'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="period-unit"
              value={choice}
              checked={unit === choice}
              onChange={() => setUnit(choice)}
            />{' '}
            {STRINGS.binUnits[choice]}
          </label>
        ))}
      </fieldset>
      <svg
        ref={svgRef}
        className="timeline-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`${perUnit}, ${periods[0]?.key} to ${periods.at(-1)?.key}: ${summary.totals.events} events, ${bins.reduce((s, b) => s + b.deaths, 0)} deaths, ${bands.length} agreements.`}
        data-unit={unit}
        data-bins={periods.length}
      >
        <text x={LEFT} y={EVENTS_TOP - 1} className="chart-label">
          {perUnit} (max {maxCount})
        </text>
        {bins.map((bin, index) => {
          let y = EVENTS_TOP + EVENTS_HEIGHT;
          return (
            <g key={bin.period.key}>
              {[...bin.byType.entries()].map(([type, count]) => {
                const h = (count / maxCount) * (EVENTS_HEIGHT - 10);
                y -= h;
                return (
                  <rect
                    key={type}
                    className="bar"
                    x={xOf(index)}
                    y={y}
                    width={Math.max(step - 0.5, 1)}
                    height={h}
                    fill={typeColor(type)}
                  >
                    <title>{`${bin.period.key}: ${count} ${type}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={EVENTS_TOP + EVENTS_HEIGHT}
          y2={EVENTS_TOP + EVENTS_HEIGHT}
          className="axis"
        />
        <text x={LEFT} y={DEATHS_TOP - 4} className="chart-label">
          {deathsPerUnit} (max {maxDeaths})
        </text>
        {bins.map((bin, index) => {
          if (bin.deaths === 0) return null;
          const h = (bin.deaths / maxDeaths) * DEATHS_HEIGHT;
          return (
            <rect
              key={bin.period.key}
              className="deaths-bar"
              x={xOf(index)}
              y={DEATHS_TOP + DEATHS_HEIGHT - h}
              width={Math.max(step - 0.5, 1)}
              height={h}
            >
              <title>{`${bin.period.key}: ${bin.deaths} deaths`}</title>
            </rect>
          );
        })}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={DEATHS_TOP + DEATHS_HEIGHT}
          y2={DEATHS_TOP + DEATHS_HEIGHT}
          className="axis"
        />
        {years.map((index) => (
          <g key={index}>
            <line x1={xOf(index)} x2={xOf(index)} y1={EVENTS_TOP} y2={height - 6} className="year-line" />
            <text x={xOf(index) + 2} y={DEATHS_TOP + DEATHS_HEIGHT + 14} className="tick">
              {periods[index]!.year}
            </text>
          </g>
        ))}
        <text x={LEFT} y={BANDS_TOP - 6} className="chart-label">
          {STRINGS.agreements}
        </text>
        {bands.map((agreement, i) => {
          const x1 = xOfDate(agreement.signed!);
          const x2 = agreement.ended?.date != null ? xOfDate(agreement.ended.date) : WIDTH - RIGHT;
          const y = BANDS_TOP + i * (BAND_HEIGHT + 4);
          const label = `${agreement.name}: signed ${agreement.signed}${agreement.ended === null ? ', not ended' : `, ${agreement.ended.how} ${agreement.ended.date ?? ''}`}`;
          return (
            <g key={agreement.id} className={agreement.ended === null ? 'band open' : 'band'}>
              <rect x={x1} y={y} width={Math.max(x2 - x1, 3)} height={BAND_HEIGHT} rx={3}>
                <title>{label}</title>
              </rect>
              <text
                x={x1 + 4 < WIDTH - 300 ? x1 + 4 : x1 - 4}
                y={y + BAND_HEIGHT - 4}
                className="band-label"
                textAnchor={x1 + 4 < WIDTH - 300 ? 'start' : 'end'}
              >
                {agreement.name}
              </text>
            </g>
          );
        })}
        {shade !== null && (
          <rect
            className="window-shade"
            x={shade.x}
            y={EVENTS_TOP}
            width={Math.max(shade.w, 1)}
            height={height - EVENTS_TOP - 6}
          />
        )}
        <rect
          className="brush-area"
          x={LEFT}
          y={EVENTS_TOP}
          width={WIDTH - LEFT - RIGHT}
          height={DEATHS_TOP + DEATHS_HEIGHT - EVENTS_TOP}
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={onUp}
        />
      </svg>
      <TypeLegend types={[...new Set(summary.periods.flatMap((p) => Object.keys(p.byType)))]} />
      <h3>{STRINGS.eventsTable}</h3>
      <WindowEvents data={data} window={window} select={select} />
    </section>
  );
}
