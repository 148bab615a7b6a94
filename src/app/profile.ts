/**
 * The `profile` use case: resolve the actor (an id or a name in any language; an unknown one is
 * a NotFoundError with the closest names), take the case's items as of the date, build the
 * actor profile, and render it as Markdown, HTML (the brief's renderers) or JSON (the profile's
 * data, whose item and source ids resolve with `jirga events`, `relations` and `sources`).
 */
import { takeSnapshot } from '../assess/snapshot.ts';
import { briefToHtml, briefToMarkdown } from '../report/index.ts';
import {
  buildProfile,
  profileDocument,
  profileStrings,
  type ActorProfile,
  type ProfileLanguage,
} from '../report/profile/index.ts';
import type { Store } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';
import { checkDate, loadCaseItems } from './assess.ts';
import { jirgaVersion, reviewOf, type ReviewRequest } from './brief.ts';

export const PROFILE_FORMATS = ['md', 'html', 'json'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

export interface ProfileRequest extends ReviewRequest {
  caseId: string;
  actor: string;
  /** Write with what was known on this day; default the generation date. */
  asOf?: string;
  includeDrafts?: boolean;
  lang?: ProfileLanguage;
  /** ISO date stamped as the generation date; default today. */
  generated?: string;
}

export async function makeProfile(store: Store, request: ProfileRequest): Promise<ActorProfile> {
  const generated = request.generated ?? new Date().toISOString().slice(0, 10);
  const asOf = checkDate(request.asOf ?? generated, '--as-of');
  const review = reviewOf(request, generated);
  const registry = await loadRegistry(store);
  const actorId = actorIdFor(registry, request.actor);
  const items = takeSnapshot(await loadCaseItems(store, request.caseId), asOf, {
    includeDrafts: request.includeDrafts === true,
  });
  return buildProfile({
    actorId,
    items,
    caseId: request.caseId,
    version: jirgaVersion(),
    generated,
    strings: profileStrings(request.lang ?? 'en'),
    ...(review === undefined ? {} : { review }),
  });
}

export function renderProfile(profile: ActorProfile, format: ProfileFormat): string {
  switch (format) {
    case 'md':
      return briefToMarkdown(profileDocument(profile));
    case 'html':
      return briefToHtml(profileDocument(profile));
    case 'json':
      return JSON.stringify(profile, null, 2) + '\n';
  }
}
