/**
 * Offline world geometry: Natural Earth 1:50m country outlines from world-atlas (TopoJSON,
 * bundled with the app), turned into GeoJSON features once.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

export type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name: string }>;

let cached: CountryFeature[] | undefined;

export function countryFeatures(): CountryFeature[] {
  if (cached === undefined) {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    cached = feature(topology, topology.objects.countries).features as CountryFeature[];
  }
  return cached;
}
