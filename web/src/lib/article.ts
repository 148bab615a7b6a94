/**
 * Whether English writes "the" before an actor's name, as the workbench shows it: set yes or no
 * in the actor's data (`definiteArticle`), or left to the rule on name and kind that briefs
 * use when the data is silent (`report/names.ts`), with what that rule gives either way. Pure.
 */
import type { Actor } from '../../../src/model/index.ts';
import { takesDefiniteArticle } from '../../../src/report/names.ts';

export interface ArticleUse {
  /** As the data states it; undefined when it does not. */
  set: boolean | undefined;
  /** What the rule on name and kind gives. */
  byRule: boolean;
  /** What running English text writes. */
  used: boolean;
}

export function articleUse(actor: Pick<Actor, 'name' | 'kind' | 'definiteArticle'>): ArticleUse {
  const byRule = takesDefiniteArticle({ name: actor.name, kind: actor.kind });
  return { set: actor.definiteArticle, byRule, used: actor.definiteArticle ?? byRule };
}

/** The name as running English text writes it. */
export const inRunningText = (actor: Pick<Actor, 'name' | 'kind' | 'definiteArticle'>): string =>
  articleUse(actor).used ? `the ${actor.name}` : actor.name;
