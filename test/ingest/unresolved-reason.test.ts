/**
 * Why a dataset actor name stayed unresolved, on a registry of our own: an id shared by dated
 * or undated actors, a name two actors share, a name of a dated actor, an actor added after
 * the import, and a name nobody has (with the closest registry names).
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/actors/registry.ts';
import {
  idSystemOf,
  UnresolvedExplainer,
  type UnresolvedNameRef,
} from '../../src/ingest/unresolved-reason.ts';
import type { Actor } from '../../src/model/index.ts';
import { actor } from './fixtures.ts';

const evidence = [{ sourceId: 'test-source' }];

const government = (input: Partial<Actor> & Pick<Actor, 'id' | 'name'>): Actor =>
  actor({ kind: 'government', country: 'RUR', ...input });

const KINGDOM = government({
  id: 'ruritania-kingdom',
  name: 'Kingdom of Ruritania',
  aliases: { en: ['Royal Government'] },
  externalIds: { ucdp: '900' },
  periods: [{ from: '1950-01-01', to: '1990-06-30', evidence }],
});
const REPUBLIC = government({
  id: 'ruritania-republic',
  name: 'Republic of Ruritania',
  externalIds: { ucdp: '900' },
  periods: [{ from: '1990-06-30', to: null, evidence }],
});
const NORTH = government({
  id: 'north-front',
  name: 'North Front',
  kind: 'armed-group',
  externalIds: { ucdp: '901' },
});
const NORTH_TWIN = government({
  id: 'north-front-2',
  name: 'North Front',
  kind: 'armed-group',
  externalIds: { ucdp: '902' },
});
const registry = ActorRegistry.from([KINGDOM, REPUBLIC, NORTH, NORTH_TWIN]);
/** Why one name stayed unresolved, by an explainer of its own. */
const whyUnresolved = (on: ActorRegistry, links: [], name: UnresolvedNameRef) =>
  new UnresolvedExplainer(on, links).why(name);
const ged = (name: string, externalId: string | null = null) => ({ dataset: 'ucdp-ged', name, externalId });

describe('why a dataset actor name stayed unresolved', () => {
  it('names the actors sharing its id, and says when their periods are why', () => {
    expect(whyUnresolved(registry, [], ged('Government of Ruritania', '900'))).toBe(
      "ucdp id 900 is shared by Kingdom of Ruritania (ruritania-kingdom) and Republic of Ruritania (ruritania-republic), and none held it alone on these rows' dates",
    );
    const undated = ActorRegistry.from([NORTH, { ...NORTH_TWIN, externalIds: { ucdp: '901' } }]);
    expect(whyUnresolved(undated, [], ged('Front', '901'))).toMatch(
      /ucdp id 901 is shared by .*and the name does not settle it$/,
    );
  });

  it('names the actors a name fits equally, or the dated actor it fits only outside its periods', () => {
    expect(whyUnresolved(registry, [], ged('North Front'))).toBe(
      'the name fits North Front (north-front) and North Front (north-front-2) equally',
    );
    expect(whyUnresolved(registry, [], ged('Royal Government'))).toBe(
      'the name fits Kingdom of Ruritania (ruritania-kingdom) only outside its periods',
    );
  });

  it('says when the registry resolves it now, and otherwise offers the closest names', () => {
    const later = ActorRegistry.from([
      ...registry.all(),
      government({ id: 'south-league', name: 'South League' }),
    ]);
    expect(whyUnresolved(later, [], ged('South League', '777'))).toBe(
      'the registry now resolves it to south-league: import the file again, or link it with jirga actors link',
    );
    expect(whyUnresolved(registry, [], ged('Northern Frant'))).toMatch(
      /^no registry actor has this name or id \(closest: .*North Front/,
    );
    expect(whyUnresolved(registry, [], ged('Zzzzzz'))).toBe('no registry actor has this name or id');
  });

  it('offers the closest names for the first names of a listing only (each is a fuzzy search)', () => {
    const explainer = new UnresolvedExplainer(registry, [], 1);
    expect(explainer.why(ged('Northern Frant'))).toMatch(/\(closest: .*North Front/);
    expect(explainer.why(ged('Northern Frant'))).toBe('no registry actor has this name or id');
    // Reasons that need no fuzzy search are given for every name.
    expect(explainer.why(ged('North Front'))).toMatch(/equally$/);
  });

  it('reads ids in the id system of the dataset', () => {
    expect(idSystemOf('ucdp-peace')).toBe('ucdp');
    expect(idSystemOf('gdelt')).toBe('cameo');
    expect(idSystemOf('acled')).toBeUndefined();
  });
});
