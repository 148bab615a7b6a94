/**
 * The `profile` use case: resolve the actor (an id or a name in any language; an unknown one is
 * a NotFoundError with the closest names), take the case's items as of the date, build the
 * actor profile in English, Turkish or Russian, and render it as Markdown, HTML, PDF or DOCX
 * (the brief's renderers) or JSON (the profile's data, whose item and source ids resolve with
 * `jirga events`, `relations` and `sources`).
 */
import { takeSnapshot } from '../assess/snapshot.ts';
import { briefToHtml, briefToMarkdown } from '../report/index.ts';
import { buildProfile, profileDocument, profileStrings, type ActorProfile } from '../report/profile/index.ts';
import type { Store } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';
import { checkDate, loadCaseItems } from './assess.ts';
import { checkLanguage, jirgaVersion, renderBrief, reviewOf, type ReviewRequest } from './brief.ts';

export const PROFILE_FORMATS = ['md', 'html', 'pdf', 'docx', 'json'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];
/** The formats written as text (the rest are files: PDF and DOCX). */
export type ProfileTextFormat = Exclude<ProfileFormat, 'pdf' | 'docx'>;

export interface ProfileRequest extends ReviewRequest {
  caseId: string;
  actor: string;
  /** Write with what was known on this day; default the generation date. */
  asOf?: string;
  includeDrafts?: boolean;
  /** en, tr or ru (default en); another value is a ValidationError naming `--lang`. */
  lang?: string;
  /** ISO date stamped as the generation date; default today. */
  generated?: string;
}

export async function makeProfile(store: Store, request: ProfileRequest): Promise<ActorProfile> {
  const lang = checkLanguage(request.lang);
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
    strings: profileStrings(lang),
    ...(review === undefined ? {} : { review }),
  });
}

/** The profile in any format: PDF (chromium) and DOCX through the brief's renderers. */
export async function exportProfile(profile: ActorProfile, format: ProfileFormat): Promise<string | Buffer> {
  return format === 'pdf' || format === 'docx'
    ? renderBrief(profileDocument(profile), format)
    : renderProfile(profile, format);
}

export function renderProfile(profile: ActorProfile, format: ProfileTextFormat): string {
  switch (format) {
    case 'md':
      return briefToMarkdown(profileDocument(profile));
    case 'html':
      return briefToHtml(profileDocument(profile));
    case 'json':
      return JSON.stringify(profile, null, 2) + '\n';
  }
}
