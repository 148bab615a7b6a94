/**
 * The Map view: country outlines drawn offline as SVG (d3-geo), fitted to the events in the
 * window; events as circles sized by deaths and coloured by PLOVER type. Choosing a circle
 * (click, or Enter when focused) opens the event's evidence.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { actorName, type CaseData } from '../case-data.ts';
import { TypeLegend } from '../components/TypeLegend.tsx';
import { typeColor } from '../lib/colors.ts';
import { STRINGS } from '../lib/strings.ts';
import { dateInWindow, type TimeWindow } from '../lib/time-window.ts';
import { countryFeatures } from '../lib/world.ts';
import type { Select, Selection } from '../selection.ts';

const WIDTH = 960;
const HEIGHT = 600;

/** The area to show: the events' extent with a margin, or South and Central Asia when there are none. */
function extentOf(points: [number, number][]): GeoJSON.Feature<GeoJSON.Polygon> {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] =
    points.length === 0
      ? [60, 78, 23, 38]
      : [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(2, (e - w) * 0.15, (n - s) * 0.15);
  const [W, E, S, N] = [
    Math.max(w - pad, -179),
    Math.min(e + pad, 179),
    Math.max(s - pad, -80),
    Math.min(n + pad, 80),
  ];
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [W, S],
          [W, N],
          [E, N],
          [E, S],
          [W, S],
        ],
      ],
    },
  };
}

export function radiusFor(deaths: number | null): number {
  return 4 + Math.min(Math.sqrt(deaths ?? 0) * 1.6, 22);
}

export function MapView({
  data,
  window,
  select,
  selection,
}: {
  data: CaseData;
  window: TimeWindow;
  select: Select;
  selection: Selection | null;
}) {
  const events = data.events.items.filter((event) => dateInWindow(event.date, window));
  const placed = events.filter((event) => event.location.lat !== null && event.location.lon !== null);
  const points = placed.map((event) => [event.location.lon!, event.location.lat!] as [number, number]);
  const key = points.map((p) => p.join(',')).join(';');
  const { projection, paths } = useMemo(() => {
    const projection = geoMercator().fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      extentOf(points),
    );
    const path = geoPath(projection);
    const paths = countryFeatures().map((country, i) => ({
      id: `${country.properties.name}-${i}`,
      name: country.properties.name,
      d: path(country) ?? '',
    }));
    return { projection, paths };
  }, [key]); // the projection depends only on the points' positions
  // Largest first so small circles stay clickable on top.
  const ordered = [...placed].sort((a, b) => (b.fatalities.best ?? 0) - (a.fatalities.best ?? 0));
  const missing = events.length - placed.length;
  return (
    <section className="view map-view" aria-labelledby="map-heading">
      <h2 id="map-heading">{STRINGS.views.map}</h2>
      <svg
        className="map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`Map of ${placed.length} events in the window, sized by deaths and coloured by type`}
      >
        <rect className="sea" x={0} y={0} width={WIDTH} height={HEIGHT} />
        <g className="countries" aria-hidden="true">
          {paths.map((country) => (
            <path key={country.id} d={country.d}>
              <title>{country.name}</title>
            </path>
          ))}
        </g>
        <g className="events">
          {ordered.map((event) => {
            const [x, y] = projection([event.location.lon!, event.location.lat!]) ?? [0, 0];
            const label = `${event.date} ${event.type}: ${event.summary ?? event.id}${event.location.name === null ? '' : `, ${event.location.name}`}; deaths ${event.fatalities.best ?? 'unknown'}; ${event.sourceActors.map((id) => actorName(data, id)).join(', ')}`;
            const chosen = selection?.kind === 'event' && selection.id === event.id;
            return (
              <circle
                key={event.id}
                className={chosen ? 'event-point selected' : 'event-point'}
                cx={x}
                cy={y}
                r={radiusFor(event.fatalities.best)}
                fill={typeColor(event.type)}
                tabIndex={0}
                role="button"
                aria-label={label}
                data-event-id={event.id}
                onClick={() => select({ kind: 'event', id: event.id })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    select({ kind: 'event', id: event.id });
                  }
                }}
              >
                <title>{label}</title>
              </circle>
            );
          })}
        </g>
      </svg>
      <TypeLegend types={[...new Set(placed.map((event) => event.type))]} />
      {placed.length === 0 && <p className="empty">{STRINGS.noEvents}</p>}
      {missing > 0 && <p className="hint">{STRINGS.mapNoCoordinates(missing)}</p>}
    </section>
  );
}
