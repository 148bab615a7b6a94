/**
 * Recording a group of changes writes its items a run of one kind at a time: runs keep the
 * changes' order, break where the kind changes, and never hold one item twice (its states
 * must be written in turn).
 */
import { describe, expect, it } from 'vitest';
import { runsOfOneKind, type Change } from '../../src/app/curation/changes.ts';
import type { AuditKind } from '../../src/store/store.ts';

const change = (kind: AuditKind, itemId: string): Change => ({
  kind,
  itemId,
  before: null,
  after: null,
  basedOn: 0,
  action: 'update',
});

describe('runs of one kind', () => {
  it('cuts where the kind changes or an item comes again, in order', () => {
    const changes = [
      change('actor-link', '*:Front'),
      change('event', 'e1'),
      change('event', 'e2'),
      change('event', 'e1'),
      change('actor', 'a1'),
      change('event', 'e3'),
    ];
    const runs = runsOfOneKind(changes).map((run) => run.map((c) => `${c.kind}:${c.itemId}`));
    expect(runs).toEqual([
      ['actor-link:*:Front'],
      ['event:e1', 'event:e2'],
      ['event:e1'],
      ['actor:a1'],
      ['event:e3'],
    ]);
    expect(runsOfOneKind([])).toEqual([]);
  });
});
