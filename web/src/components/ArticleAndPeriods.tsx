/**
 * Two facts of an actor's profile: whether English writes "the" before its name (set yes or
 * no in its data, or decided by the rule on name and kind, with what the rule gives), and the
 * periods in which it existed or, for a government, held power, each opening its evidence in
 * the evidence panel.
 */
import type { Actor } from '../api.ts';
import { articleUse, inRunningText } from '../lib/article.ts';
import { STRINGS } from '../lib/strings.ts';
import { spanText } from '../lib/time-window.ts';
import type { Select } from '../selection.ts';

export function ArticleUsage({ actor }: { actor: Actor }) {
  const use = articleUse(actor);
  const how = use.set === undefined ? STRINGS.articleByRule : STRINGS.articleSet(use.set);
  return (
    <p className="profile-article" data-article={use.set === undefined ? 'rule' : String(use.set)}>
      {STRINGS.profileArticle}: <span className="article-how">{how}</span>;{' '}
      <span className="article-rule">{STRINGS.articleRuleGives(use.byRule)}</span>;{' '}
      <span className="article-text">{STRINGS.articleInText(inRunningText(actor))}</span>.
    </p>
  );
}

export function PeriodList({ actor, select }: { actor: Actor; select: Select }) {
  const periods = actor.periods ?? [];
  if (periods.length === 0) return <p className="empty">{STRINGS.profilePeriodsNone}</p>;
  return (
    <ul className="profile-periods">
      {periods.map((period, index) => (
        <li key={index} data-period={index}>
          <span className="period-dates">{spanText(period.from, period.to)}</span>{' '}
          <button type="button" onClick={() => select({ kind: 'period', actorId: actor.id, index })}>
            {STRINGS.sourceCount(period.evidence.length)}
          </button>
        </li>
      ))}
    </ul>
  );
}
