/**
 * The built-in case `pakistan-ttp`: can the Afghan Taliban mediate between Pakistan and the
 * TTP? Assembled from the curated files beside this one; sources cited by several files are
 * written identically in each and merged here (a differing duplicate is an error).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Source } from '../../model/index.ts';
import type { BuiltinCase } from '../builtin-case.ts';
import { actors } from './actors.ts';
import { agreements } from './agreements.ts';
import { pakistanTtpCase } from './case.ts';
import { citations } from './citations.ts';
import { eventSources } from './event-sources.ts';
import { events } from './events.ts';
import { negotiations } from './negotiations.ts';
import { relations } from './relations.ts';
import { sources } from './sources.ts';

/** Merges source lists, keeping one copy of a source listed identically in several files. */
export function mergeSources(...lists: Source[][]): Source[] {
  const byId = new Map<string, Source>();
  for (const source of lists.flat()) {
    const known = byId.get(source.id);
    if (known === undefined) byId.set(source.id, source);
    else if (!isDeepStrictEqual(known, source)) {
      throw new Error(`source '${source.id}' is written differently in two files of the case`);
    }
  }
  return [...byId.values()];
}

export const pakistanTtp: BuiltinCase = {
  case: pakistanTtpCase,
  actors,
  sources: mergeSources(sources, eventSources),
  citations,
  events,
  relations,
  negotiations,
  agreements,
};
