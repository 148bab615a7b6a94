/**
 * The Map view: country outlines drawn offline as SVG (d3-geo), fitted to the events in the
 * window (or to the cluster zoomed into); events as circles sized by deaths and coloured by
 * PLOVER type. Where points crowd at the current zoom they are drawn as one cluster showing
 * its count and total deaths; choosing a cluster zooms to its events, or lists them when they
 * sit on one spot. Choosing a circle (click, or Enter when focused) opens the event's evidence.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { JirgaEvent } from '../api.ts';
import { actorName } from '../case-data.ts';
import type { CaseWithEvents } from '../event-data.ts';
import { EventList } from '../components/EventList.tsx';
import { TypeLegend } from '../components/TypeLegend.tsx';
import { clusterPoints, type Cluster, type ScreenPoint } from '../lib/clusters.ts';
import { typeColor } from '../lib/colors.ts';
import { STRINGS } from '../lib/strings.ts';
import { dateInWindow, type TimeWindow } from '../lib/time-window.ts';
import { countryFeatures } from '../lib/world.ts';
import type { Select, Selection } from '../selection.ts';

const WIDTH = 960;
const HEIGHT = 600;
/** Points closer than this (in viewBox pixels) at the current zoom are drawn as one cluster. */
const CLUSTER_RADIUS = 22;
/** A cluster spanning less than this (degrees) cannot be split by zooming: it lists its events. */
const SAME_SPOT = 0.002;

/**
 * The area to show: the points' extent with a margin (at least `minPad` degrees), or South
 * and Central Asia when there are none.
 */
function extentOf(points: [number, number][], minPad = 2): GeoJSON.Feature<GeoJSON.Polygon> {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] =
    points.length === 0
      ? [60, 78, 23, 38]
      : [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(minPad, (e - w) * 0.15, (n - s) * 0.15);
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

const lonLat = (event: JirgaEvent): [number, number] => [event.location.lon!, event.location.lat!];

/** The degrees a set of events spans, the larger of longitude and latitude. */
function spanOf(events: JirgaEvent[]): number {
  const lons = events.map((e) => e.location.lon!);
  const lats = events.map((e) => e.location.lat!);
  return Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
}

const deathsOf = (events: JirgaEvent[]) => events.reduce((sum, e) => sum + (e.fatalities.best ?? 0), 0);

type MapPoint = ScreenPoint & { event: JirgaEvent };

const onActivate = (act: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    act();
  }
};

export function MapView({
  data,
  window,
  select,
  selection,
}: {
  data: CaseWithEvents;
  window: TimeWindow;
  select: Select;
  selection: Selection | null;
}) {
  const events = data.events.items.filter((event) => dateInWindow(event.date, window));
  const placed = events.filter((event) => event.location.lat !== null && event.location.lon !== null);
  // Zoomed into a cluster: its events' ids; listing a cluster that cannot be split: its events.
  const [zoom, setZoom] = useState<string[] | null>(null);
  const [listed, setListed] = useState<JirgaEvent[] | null>(null);
  const zoomed = zoom === null ? null : placed.filter((event) => zoom.includes(event.id));
  const framed = zoomed !== null && zoomed.length > 0 ? zoomed : placed;
  const points = framed.map(lonLat);
  const key = `${zoomed === null ? '' : 'zoom:'}${points.map((p) => p.join(',')).join(';')}`;
  const { projection, paths } = useMemo(() => {
    const projection = geoMercator().fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      extentOf(points, zoomed === null ? 2 : 0.01),
    );
    const path = geoPath(projection);
    const paths = countryFeatures().map((country, i) => ({
      id: `${country.properties.name}-${i}`,
      name: country.properties.name,
      d: path(country) ?? '',
    }));
    return { projection, paths };
  }, [key]); // the projection depends only on the points' positions
  const screen: MapPoint[] = placed.map((event) => {
    const [x, y] = projection(lonLat(event)) ?? [0, 0];
    return { id: event.id, x, y, weight: event.fatalities.best ?? 0, event };
  });
  const onScreen = screen.filter((p) => p.x >= 0 && p.x <= WIDTH && p.y >= 0 && p.y <= HEIGHT);
  const groups = clusterPoints(onScreen, CLUSTER_RADIUS);
  const clusters = groups.filter((group) => group.members.length > 1);
  // Largest first so small circles stay clickable on top.
  const singles = groups
    .filter((group) => group.members.length === 1)
    .map((group) => group.members[0]!)
    .sort((a, b) => b.weight - a.weight);
  const missing = events.length - placed.length;
  const openCluster = (cluster: Cluster<MapPoint>) => {
    const members = cluster.members.map((p) => p.event);
    if (spanOf(members) < SAME_SPOT) setListed(members);
    else {
      setListed(null);
      setZoom(members.map((event) => event.id));
    }
  };
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
          {singles.map(({ event, x, y }) => {
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
                onKeyDown={onActivate(() => select({ kind: 'event', id: event.id }))}
              >
                <title>{label}</title>
              </circle>
            );
          })}
        </g>
        <g className="clusters">
          {clusters.map((cluster) => {
            const members = cluster.members.map((p) => p.event);
            const label = STRINGS.mapCluster(members.length, deathsOf(members));
            return (
              <g
                key={cluster.members[0]!.id}
                className="cluster"
                transform={`translate(${cluster.x},${cluster.y})`}
                tabIndex={0}
                role="button"
                aria-label={label}
                data-count={members.length}
                data-deaths={deathsOf(members)}
                onClick={() => openCluster(cluster)}
                onKeyDown={onActivate(() => openCluster(cluster))}
              >
                <title>{label}</title>
                <circle r={12 + Math.min(Math.sqrt(members.length) * 2, 18)} />
                <text className="cluster-count" y={-1}>
                  {members.length}
                </text>
                <text className="cluster-deaths" y={10}>
                  {STRINGS.mapClusterDeaths(deathsOf(members))}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {zoomed !== null && (
        <p className="map-zoom">
          {STRINGS.mapZoomed(zoomed.length)}{' '}
          <button
            type="button"
            onClick={() => {
              setZoom(null);
              setListed(null);
            }}
          >
            {STRINGS.mapZoomOut}
          </button>
        </p>
      )}
      {listed !== null && (
        <div className="cluster-list">
          <h3>{STRINGS.mapClusterList(listed.length)}</h3>
          <EventList events={listed} select={select} label={STRINGS.mapClusterList(listed.length)} />
        </div>
      )}
      <TypeLegend types={[...new Set(placed.map((event) => event.type))]} />
      {placed.length === 0 && <p className="empty">{STRINGS.noEvents}</p>}
      {missing > 0 && <p className="hint">{STRINGS.mapNoCoordinates(missing)}</p>}
    </section>
  );
}
