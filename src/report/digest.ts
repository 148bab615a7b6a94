/**
 * The brief's "what changed" digest for a period (`--since`): the events the case records in
 * it (counted by type, with deaths), the relations that began or ended in it, the agreements
 * concluded or ended in it, and, from the assessment's comparison of the two dates, the
 * indicators that moved and the prospects that moved with the contributions behind them.
 * Pure; every sentence goes through the brief's `fact`, so none is written without a footnote.
 */
import type { Assessment } from '../assess/assessment.ts';
import type { Comparison } from '../assess/compare.ts';
import type { Event, Evidence, Relation } from '../model/index.ts';
import type { BriefItems } from './build.ts';
import type { Ref } from './footnotes.ts';
import type { Phrase } from '../assess/phrase.ts';
import type { BriefStrings } from './i18n/strings.ts';
import type { Block, Section, Sentence } from './model.ts';

/** Two assessments of the same question and what changed between them. */
export interface BriefDigest {
  /** The assessment as of the start of the period (`--since`). */
  before: Assessment;
  changes: Comparison;
}

export interface DigestTools {
  strings: BriefStrings;
  name: (id: string) => string;
  /** An assessment phrase (a rationale) in the brief's language. */
  say: (p: Phrase) => string;
  /** A sentence with its footnotes, or null when none of its evidence resolves. */
  fact: (text: string, refs: readonly Ref[]) => Sentence | null;
  /** The refs of stored items by id (events, relations, agreements, negotiations). */
  itemRefs: (ids: readonly string[]) => Ref[];
}

const EFFECTS = ['onset', 'agreement', 'durability'] as const;

const refsOf = (evidence: readonly Evidence[]): Ref[] =>
  evidence.map((e) => ({ sourceId: e.sourceId, dataset: e.dataset, release: e.release, row: e.row }));

/** The events of the period (after `from`, up to and including `to`), by date. */
export function eventsInPeriod(events: readonly Event[], from: string, to: string): Event[] {
  return events
    .filter((e) => e.date > from && e.date <= to)
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
}

export function digestSection(
  digest: BriefDigest,
  after: Assessment,
  items: BriefItems,
  tools: DigestTools,
): Section {
  const { strings: t, name, say, fact, itemRefs } = tools;
  const d = t.digest;
  const from = digest.changes.from;
  const to = digest.changes.to;
  const inPeriod = (day: string | null | undefined) => day != null && day > from && day <= to;
  const kept = (list: (Sentence | null)[]) => list.filter((s): s is Sentence => s !== null);
  const period = { from: t.date(from), to: t.date(to) };
  const blocks: Block[] = [];

  // New events: counted by type, the deaths where known, then each one told.
  const events = eventsInPeriod(items.events, from, to);
  if (events.length > 0) {
    const types = new Map<string, number>();
    for (const e of events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    const known = events.filter((e) => e.fatalities.best !== null);
    const overview = fact(
      d.events({
        count: events.length,
        ...period,
        byType: [...types]
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([type, count]) => d.typeCount({ type, count }))
          .join(', '),
        deaths: known.length === 0 ? null : known.reduce((s, e) => s + (e.fatalities.best ?? 0), 0),
      }),
      events.flatMap((e) => refsOf(e.evidence)),
    );
    if (overview !== null) blocks.push({ kind: 'paragraph', sentences: [overview] });
    const told = kept(
      events.map((e) =>
        fact(
          t.event({
            date: t.date(e.date),
            summary: (
              e.summary ??
              d.eventPlain({
                type: e.type,
                sources: e.sourceActors.map(name).join(', '),
                targets: e.targetActors.map(name).join(', '),
              })
            ).replace(/\.$/, ''),
            deaths:
              e.fatalities.best === null || e.fatalities.best === 0 ? null : t.number(e.fatalities.best, 0),
          }),
          refsOf(e.evidence),
        ),
      ),
    );
    if (told.length > 0) blocks.push({ kind: 'list', items: told });
  }

  // Relations that began or ended, agreements concluded or ended.
  const relationText = (r: Relation) =>
    r.summary ??
    t.relationPlain({ subject: name(r.subjectId), predicate: r.predicate, object: name(r.objectId) });
  const relationAt = (r: Relation, day: string | null, template: typeof d.relationStarted) =>
    inPeriod(day)
      ? fact(template({ date: t.date(day!), summary: relationText(r) }), refsOf(r.evidence))
      : null;
  const changes = kept([
    ...items.relations.map((r) => relationAt(r, r.from, d.relationStarted)),
    ...items.relations.map((r) => relationAt(r, r.to, d.relationEnded)),
    ...items.agreements
      .filter((g) => inPeriod(g.signed))
      .map((g) => fact(d.agreementSigned({ name: g.name, date: t.date(g.signed!) }), refsOf(g.evidence))),
    ...items.agreements
      .filter((g) => inPeriod(g.ended?.date))
      .map((g) =>
        fact(
          d.agreementEnded({
            name: g.name,
            date: t.period(g.ended!.date!, g.ended!.datePrecision ?? 'day'),
            how: g.ended!.how,
          }),
          refsOf(g.evidence),
        ),
      ),
  ]);
  if (changes.length > 0)
    blocks.push({ kind: 'subheading', text: d.relationsHeading }, { kind: 'list', items: changes });

  // Indicators that moved, each on the evidence that came in (else all of its evidence now).
  const indicatorsNow = new Map(after.indicators.map((i) => [i.id, i]));
  const evidenceRefs = (
    e: Partial<Record<'events' | 'relations' | 'agreements' | 'negotiations', string[]>>,
  ) =>
    itemRefs([
      ...(e.events ?? []),
      ...(e.relations ?? []),
      ...(e.agreements ?? []),
      ...(e.negotiations ?? []),
    ]);
  const indicatorRefs = (id: string): Ref[] => {
    const change = digest.changes.changed.find((c) => c.id === id);
    const added = change === undefined ? [] : evidenceRefs(change.added);
    const now = indicatorsNow.get(id);
    return [
      ...added,
      ...(now === undefined
        ? []
        : [...evidenceRefs(now.evidence), ...now.evidence.sources.map((sourceId) => ({ sourceId }))]),
    ];
  };
  const score = (x: number | null) =>
    x === null ? d.noScore : `${x >= 0 ? '+' : '−'}${t.number(Math.abs(x))}`;
  const moved = kept(
    digest.changes.changed.map((c) =>
      fact(
        d.indicator({
          name: t.indicatorNames[c.id] ?? c.name,
          before: score(c.before.score),
          after: score(c.after.score),
          rationale: say(c.after.rationalePhrase),
        }),
        indicatorRefs(c.id),
      ),
    ),
  );
  if (moved.length > 0)
    blocks.push({ kind: 'subheading', text: d.indicatorsHeading }, { kind: 'list', items: moved });

  // Prospects that moved, with the changed indicators' contributions to them.
  const contribution = (a: Assessment, indicator: string, effect: string) =>
    a.prospects.contributions.find((c) => c.indicator === indicator && c.effect === effect)?.delta ?? 0;
  const changedIds = new Set(digest.changes.changed.map((c) => c.id));
  const prospectLines: Sentence[] = [];
  for (const effect of EFFECTS) {
    const p = digest.changes.prospects[effect];
    const shown = (x: number | null, term: string | null) =>
      x === null
        ? t.figures.noEstimate
        : `${t.percent(x)}${term === null ? '' : ` (${t.terms[term] ?? term})`}`;
    const before = shown(p.before, p.termBefore);
    const now = shown(p.after, p.termAfter);
    // A move too small to show at the brief's precision is not a move to the reader.
    if (before === now) continue;
    const behind = [...changedIds].filter(
      (id) => contribution(digest.before, id, effect) !== contribution(after, id, effect),
    );
    const headline = fact(
      d.prospect({ effect: t.effects[effect], before, after: now }),
      behind.flatMap(indicatorRefs),
    );
    if (headline === null) continue;
    prospectLines.push(headline);
    for (const id of behind) {
      const line = fact(
        d.contribution({
          name: t.indicatorNames[id] ?? indicatorsNow.get(id)?.name ?? id,
          before: score(contribution(digest.before, id, effect)),
          after: score(contribution(after, id, effect)),
        }),
        indicatorRefs(id),
      );
      if (line !== null) prospectLines.push(line);
    }
  }
  if (prospectLines.length > 0)
    blocks.push({ kind: 'subheading', text: d.prospectsHeading }, { kind: 'list', items: prospectLines });

  const heading = d.heading(period);
  return blocks.length === 0
    ? { id: 'changes', heading, factual: false, blocks: [{ kind: 'label', text: d.nothing(period) }] }
    : { id: 'changes', heading, factual: true, blocks };
}
