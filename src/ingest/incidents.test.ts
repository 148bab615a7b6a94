/** Unit tests of incident matching: what makes two dataset events one incident, and what does not. */
import { describe, expect, it } from 'vitest';
import type { Event } from '../model/index.ts';
import { incidentFactsOf, incidentIdFor, kilometres, sameIncident, shiftDate } from './incidents.ts';

/** `sameIncident` on two whole events, through the facts it reads of them. */
const sameEvents = (a: Event, b: Event): boolean => sameIncident(incidentFactsOf(a), incidentFactsOf(b));

function event(id: string, dataset: string, overrides: Partial<Event> = {}): Event {
  return {
    id,
    date: '2014-03-01',
    datePrecision: 'day',
    location: {
      name: null,
      country: 'PAK',
      admin1: null,
      admin2: null,
      lat: 34.0,
      lon: 71.5,
      precision: 'exact',
    },
    sourceActors: ['pakistan-government'],
    targetActors: ['ttp'],
    type: 'ASSAULT',
    mode: null,
    context: [],
    cameo: null,
    intensity: null,
    fatalities: { low: null, best: 5, high: null },
    claims: [],
    origin: 'dataset',
    status: 'reviewed',
    confidence: 0.9,
    evidence: [{ sourceId: `dataset:${dataset}:1`, dataset, release: '1', row: id }],
    incidentId: null,
    ...overrides,
  };
}

describe('sameIncident', () => {
  const ged = event('ucdp-ged:1', 'ucdp-ged');

  it('links reports in two datasets a day and a few kilometres apart with close figures', () => {
    const acled = event('acled:pak1', 'acled', {
      date: '2014-03-02',
      location: { ...ged.location, lat: 34.03, lon: 71.52 },
      fatalities: { low: null, best: 4, high: null },
    });
    expect(sameEvents(ged, acled)).toBe(true);
    expect(incidentIdFor(ged, acled)).toBe('incident:acled:pak1');
  });

  it('does not link rows of one dataset, far places, other days, other actors or far-apart figures', () => {
    expect(sameEvents(ged, event('ucdp-ged:2', 'ucdp-ged'))).toBe(false);
    expect(sameEvents(ged, event('acled:a', 'acled', { location: { ...ged.location, lat: 34.4 } }))).toBe(
      false,
    );
    expect(sameEvents(ged, event('acled:b', 'acled', { date: '2014-03-03' }))).toBe(false);
    expect(sameEvents(ged, event('acled:c', 'acled', { datePrecision: 'week', date: '2014-03-02' }))).toBe(
      false,
    );
    expect(sameEvents(ged, event('acled:d', 'acled', { sourceActors: ['x'], targetActors: ['y'] }))).toBe(
      false,
    );
    expect(
      sameEvents(ged, event('acled:e', 'acled', { fatalities: { low: null, best: 40, high: null } })),
    ).toBe(false);
    expect(
      sameEvents(ged, event('acled:f', 'acled', { location: { ...ged.location, lat: null, lon: null } })),
    ).toBe(false);
  });

  it('keeps an incident id already given', () => {
    expect(incidentIdFor(ged, event('acled:x', 'acled', { incidentId: 'incident:old' }))).toBe(
      'incident:old',
    );
  });
});

describe('geometry and dates', () => {
  it('measures great-circle distances and shifts dates across months', () => {
    expect(kilometres(34, 71.5, 34, 71.5)).toBe(0);
    expect(kilometres(0, 0, 1, 0)).toBeCloseTo(111.2, 0);
    expect(shiftDate('2014-03-01', -1)).toBe('2014-02-28');
    expect(shiftDate('2016-02-28', 1)).toBe('2016-02-29');
  });
});
