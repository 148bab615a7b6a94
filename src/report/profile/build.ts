/**
 * Builds an actor profile from a case's items as of a date. Pure. Every entry of a factual
 * section goes through `entry`, which drops it when none of its evidence resolves to a stored
 * source, so nothing is written without a footnote; a section left empty says plainly that the
 * case holds no data for it. Footnotes are the brief's registry, numbered by first citation.
 */
import type { Snapshot } from '../../assess/snapshot.ts';
import type { Actor, Event, Evidence, Relation } from '../../model/index.ts';
import { FootnoteRegistry, type Ref } from '../footnotes.ts';
import { localName } from '../names.ts';
import type { Review } from '../model.ts';
import {
  PROFILE_SECTIONS,
  type ActorProfile,
  type ProfileEntry,
  type ProfileItems,
  type ProfileSection,
  type ProfileSectionId,
} from './model.ts';
import type { ProfileStrings } from './strings.ts';

export interface ProfileInput {
  actorId: string;
  /** The case's items as known on the profile's date. */
  items: Snapshot;
  caseId: string;
  version: string;
  /** ISO date the profile was generated on. */
  generated: string;
  review?: Review;
  strings: ProfileStrings;
}

const MAJOR_ATTACKS = 5;
/** Predicates told in their own sections, not as alliances or rivalries. */
const OWN_SECTIONS = new Set(['leads', 'splinter-of', 'merged-into', 'designates', 'mediates-between']);

type Draft = {
  text: string;
  refs: Ref[];
  items?: Partial<Omit<ProfileItems, 'sources'>>;
  date?: string | null;
};

const refsOf = (evidence: readonly Evidence[]): Ref[] =>
  evidence.map((e) => ({ sourceId: e.sourceId, dataset: e.dataset, release: e.release, row: e.row }));

export function buildProfile(input: ProfileInput): ActorProfile {
  const { items, strings: t } = input;
  const actors = new Map(items.actors.map((a) => [a.id, a]));
  const actor = actors.get(input.actorId);
  if (actor === undefined) throw new Error(`buildProfile: actor ${input.actorId} is not in the items`);
  const id = actor.id;
  /** An actor's name in the profile's language (the registry's alias), its id when unknown. */
  const name = (x: string) => {
    const a = actors.get(x);
    return a === undefined ? x : localName(a, t.lang);
  };
  const sources = new Map(items.sources.map((x) => [x.id, x]));
  /** A claimant is an actor or, for an author's own claim, the source it was made in. */
  const claimantName = (x: string) => {
    const source = sources.get(x);
    return actors.has(x) || source === undefined
      ? name(x)
      : (source.author ?? source.publisher ?? source.title);
  };
  const notes = new FootnoteRegistry(items.sources, items.asOf);
  const entries: Partial<Record<ProfileSectionId, ProfileEntry[]>> = {};

  /** The drafts whose evidence resolves, cited in order; the rest are not written. */
  const entry = (section: ProfileSectionId, drafts: readonly Draft[]): void => {
    entries[section] = drafts
      .filter((d) => notes.resolvable(d.refs))
      .map((d) => ({
        text: d.text,
        notes: notes.cite(d.refs),
        items: {
          events: d.items?.events ?? [],
          relations: d.items?.relations ?? [],
          negotiations: d.items?.negotiations ?? [],
          agreements: d.items?.agreements ?? [],
          sources: [],
        },
        date: d.date ?? null,
      }));
  };
  const day = (iso: string | null) => (iso === null ? null : t.date(iso));
  const period = (from: string | null, to: string | null) => t.period({ from: day(from), to: day(to) });

  const involves = (r: Relation) => r.subjectId === id || r.objectId === id || r.secondObjectId === id;
  const relations = items.relations.filter(involves).sort(byDateThenId);
  const claimantOf = (r: Relation) =>
    r.claimedBy ?? r.evidence.find((e) => e.claimedBy !== undefined)?.claimedBy;
  const relationText = (r: Relation): string | null => {
    const plain = (
      r.summary ??
      t.relationPlain({ subject: name(r.subjectId), predicate: r.predicate, object: name(r.objectId) })
    ).replace(/\.$/, '');
    const claimant = claimantOf(r);
    if (claimant !== undefined && (r.claimedBy !== null || r.stance === 'disputed'))
      return t.according({ claimant: claimantName(claimant), summary: plain });
    // A disputed claim nobody is named for is not written; a reported one says it was reported.
    if (r.stance === 'disputed') return null;
    return r.stance === 'reported' ? t.reported({ summary: plain }) : plain;
  };
  /** The relation as an undated line (its own dates are told by the caller). */
  const relationLine = (r: Relation): Draft[] => {
    const text = relationText(r);
    return text === null
      ? []
      : [{ text, refs: refsOf(r.evidence), items: { relations: [r.id] }, date: r.from ?? r.to }];
  };
  const relationDraft = (r: Relation): Draft[] =>
    relationLine(r).map((d) => ({ ...d, text: t.dated({ period: period(r.from, r.to), text: d.text }) }));

  // Splits and mergers, both ways (told after the balance, in section order).
  const splits = relations.filter((r) => r.predicate === 'splinter-of' || r.predicate === 'merged-into');

  // Founding: what the actor broke away from, and the earliest dated item the case holds on it.
  const ownEvents = items.events
    .filter((e) => involved(e, id))
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  const brokeAway = splits
    .filter((r) => r.predicate === 'splinter-of' && r.subjectId === id)
    .map((r) => ({
      // The split's own dates are those of the separation (told under splits), not a founding date.
      text: t.sentence({ text: r.summary ?? t.splinter({ child: name(id), parent: name(r.objectId) }) }),
      refs: refsOf(r.evidence),
      items: { relations: [r.id] },
      date: r.from,
    }));
  const dated = [
    // On the same day, what the actor itself did comes first (`own` 0).
    ...relations
      .filter((r) => r.from !== null)
      .map((r) => ({ date: r.from!, own: r.subjectId === id ? 0 : 1, draft: relationLine(r)[0] })),
    ...ownEvents.map((e) => ({
      date: e.date,
      own: e.sourceActors.includes(id) ? 0 : 1,
      draft: eventLine(e),
    })),
  ]
    .filter(
      (x): x is { date: string; own: number; draft: Draft } =>
        x.draft !== undefined && notes.resolvable(x.draft.refs),
    )
    .sort((x, y) => x.date.localeCompare(y.date) || x.own - y.own)[0];
  function eventLine(e: Event): Draft {
    const text =
      e.summary ??
      t.eventPlain({
        type: e.type,
        sources: e.sourceActors.map(name).join(', '),
        targets: e.targetActors.map(name).join(', '),
      });
    return { text, refs: refsOf(e.evidence), items: { events: [e.id] }, date: e.date };
  }
  /** A line of the timeline: the day, then the text. */
  const onDay = (d: Draft): Draft => ({ ...d, text: t.event({ date: t.date(d.date!), text: d.text }) });
  entry('founding', [
    ...brokeAway,
    ...(dated === undefined
      ? []
      : [{ ...dated.draft, text: t.earliest({ date: t.date(dated.date), text: dated.draft.text }) }]),
  ]);

  // Leaders: `leads` relations onto the actor, with the role the registry gives the person.
  const roleOf = (person: string) =>
    actors.get(person)?.roles.find((role) => role.actorId === id)?.role ?? null;
  entry(
    'leaders',
    relations
      .filter((r) => r.predicate === 'leads' && r.objectId === id)
      .sort((x, y) => (x.from ?? x.to ?? '9999').localeCompare(y.from ?? y.to ?? '9999'))
      .map((r) => ({
        text: t.leader({
          name: name(r.subjectId),
          role: roleOf(r.subjectId),
          period: period(r.from, r.to),
          summary: r.summary ?? null,
        }),
        refs: refsOf(r.evidence),
        items: { relations: [r.id] },
        date: r.from ?? r.to,
      })),
  );

  // Ideology and goals: the actor's demands at negotiation rounds.
  entry(
    'goals',
    items.negotiations.flatMap((n) =>
      n.rounds.flatMap((round) =>
        round.demands
          .filter((d) => d.by === id)
          .map((d) => ({
            text: t.demand({ actor: name(id), date: t.date(round.date), negotiation: n.name, text: d.text }),
            refs: refsOf(round.evidence),
            items: { negotiations: [n.id] },
            date: round.date,
          })),
      ),
    ),
  );
  entry('strength', []);

  // Allies and rivals: every other signed relation, in order of its start.
  const counterpart = (r: Relation) => (r.subjectId === id ? r.objectId : r.subjectId);
  entry(
    'allies',
    relations
      .filter((r) => !OWN_SECTIONS.has(r.predicate) && r.sign !== 0)
      .flatMap((r) =>
        relationLine(r).map((d) => ({
          ...d,
          text: t.alliance({
            side: r.sign > 0 ? 'ally' : 'rival',
            counterpart: name(counterpart(r)),
            period: period(r.from, r.to),
            text: d.text,
          }),
        })),
      ),
  );

  // The balance of events with each counterpart, year by year.
  entry(
    'balance',
    eventBalance(ownEvents, id).map((b) => ({
      text: t.balance({
        year: b.year,
        counterpart: name(b.counterpart),
        hostile: b.hostile,
        cooperative: b.cooperative,
        neutral: b.neutral,
        intensity: b.intensity === null ? null : signedNumber(t.number(Math.abs(b.intensity)), b.intensity),
      }),
      refs: b.events.flatMap((e) => refsOf(e.evidence)),
      items: { events: b.events.map((e) => e.id) },
      date: `${b.year}-01-01`,
    })),
  );

  entry('splits', splits.flatMap(relationDraft));

  // Major attacks: the deadliest events the actor carried out, claimed or denied, or was blamed for.
  const responsible = (e: Event) =>
    e.sourceActors.includes(id) ||
    e.claims.some(
      (c) =>
        c.fatalities === undefined &&
        ((c.by === id && c.kind !== 'attributed') || (c.kind === 'attributed' && c.about === id)),
    );
  const attacks = items.events
    .filter((e) => responsible(e) && (e.fatalities.best ?? 0) > 0)
    .sort((x, y) => (y.fatalities.best ?? 0) - (x.fatalities.best ?? 0) || x.date.localeCompare(y.date))
    .slice(0, MAJOR_ATTACKS);
  entry(
    'attacks',
    attacks.flatMap((e) => {
      const items = { events: [e.id] };
      const head: Draft = {
        text: t.attack({
          date: t.date(e.date),
          type: e.type,
          deaths: t.number(e.fatalities.best!, 0),
          summary: eventLine(e).text,
        }),
        refs: refsOf(e.evidence),
        items,
        date: e.date,
      };
      // Only the head is a footing: claims and disputes about an untold event are left out.
      if (!notes.resolvable(head.refs)) return [];
      const claims: Draft[] = e.claims.map((c) => ({
        text:
          c.fatalities?.best != null
            ? t.toll({ by: name(c.by), deaths: t.number(c.fatalities.best, 0) })
            : t.claim({ by: name(c.by), kind: c.kind, about: c.about === undefined ? null : name(c.about) }),
        refs: refsOf(c.evidence),
        items,
        date: e.date,
      }));
      const disputes: Draft[] = (e.disputes ?? []).map((d) => ({
        text: t.dispute({
          field: t.field(d.field),
          values: d.values.map((v) => show(v.value)),
          chosen: show(d.chosen),
          why: d.why,
        }),
        refs: d.values.flatMap((v) => refsOf(v.evidence)),
        items,
        date: e.date,
      }));
      return [head, ...claims, ...disputes];
    }),
  );

  // Designations: the registry's listings and `designates` relations, one entry per authority and date.
  const designations: Draft[] = actor.designations.map((d) => {
    const same = relations.filter(
      (r) => r.predicate === 'designates' && r.objectId === id && r.subjectId === d.by && r.from === d.from,
    );
    return {
      text: t.designation({ authority: name(d.by), list: d.list, period: period(d.from, d.to) }),
      refs: [...refsOf(d.evidence), ...same.flatMap((r) => refsOf(r.evidence))],
      items: { relations: same.map((r) => r.id) },
      date: d.from,
    };
  });
  const listed = new Set(actor.designations.map((d) => `${d.by}|${d.from ?? ''}`));
  for (const r of relations.filter((r) => r.predicate === 'designates' && r.objectId === id))
    if (!listed.has(`${r.subjectId}|${r.from ?? ''}`)) designations.push(...relationDraft(r));
  entry(
    'designations',
    designations.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999')),
  );

  // Timeline: every dated item on the actor, in order.
  const rounds: Draft[] = items.negotiations
    .filter((n) => n.parties.includes(id) || n.mediators.includes(id))
    .flatMap((n) =>
      n.rounds.map((round) => ({
        text: t.round({ negotiation: n.name, venue: round.venue, outcome: round.outcome }),
        refs: refsOf(round.evidence),
        items: { negotiations: [n.id] },
        date: round.date,
      })),
    );
  const agreements: Draft[] = items.agreements
    .filter(
      (g) => g.signed !== null && (g.parties.includes(id) || g.thirdParties.some((p) => p.actorId === id)),
    )
    .map((g) => ({
      text: t.agreement({ name: g.name, kind: t.agreementKind(g.kind) }),
      refs: refsOf(g.evidence),
      items: { agreements: [g.id] },
      date: g.signed,
    }));
  const relationStarts = relations.filter((r) => r.from !== null).flatMap(relationLine);
  entry(
    'timeline',
    [...ownEvents.map(eventLine), ...rounds, ...agreements, ...relationStarts]
      .sort((x, y) => x.date!.localeCompare(y.date!) || x.text.localeCompare(y.text))
      .map(onDay),
  );

  const footnotes = notes.list();
  const sourceOf = new Map(footnotes.map((n) => [n.n, 'sourceId' in n ? n.sourceId : null]));
  const sections: ProfileSection[] = [
    namesSection(actor, t),
    ...PROFILE_SECTIONS.filter((x) => x !== 'names').map((section): ProfileSection => {
      const list = (entries[section] ?? []).map((e) => ({
        ...e,
        items: {
          ...e.items,
          sources: [...new Set(e.notes.map((n) => sourceOf.get(n)).filter((s): s is string => s != null))],
        },
      }));
      const method = section === 'goals' || section === 'balance' ? [t.method[section]] : [];
      return {
        id: section,
        heading: t.headings[section],
        factual: true,
        notes: list.length === 0 ? [t.empty[section]({ actor: name(id) })] : method,
        entries: list,
      };
    }),
  ];

  const asOf = t.date(items.asOf);
  const generated = t.date(input.generated);
  const review = input.review ?? null;
  return {
    lang: t.lang,
    actor: { id, name: actor.name, kind: actor.kind, country: actor.country },
    caseId: input.caseId,
    asOf: items.asOf,
    generated: input.generated,
    title: t.title({ actor: name(id) }),
    stamp: review === null ? t.stamp : t.reviewed({ by: review.by, date: t.date(review.on) }),
    provenance:
      t.provenance({ caseId: input.caseId, asOf, version: input.version, generated }) +
      (t.quoted === '' ? '' : ` ${t.quoted}`) +
      (review === null ? '' : t.reviewRecord({ by: review.by, date: t.date(review.on), note: review.note })),
    review,
    sections,
    footnotes,
    notesHeading: t.headings.notes,
    labels: t.labels,
  };
}

/** Names by language, the kind and the ids other datasets use: registry data, not claims with evidence. */
function namesSection(actor: Actor, t: ProfileStrings): ProfileSection {
  const none: ProfileItems = { events: [], relations: [], negotiations: [], agreements: [], sources: [] };
  const line = (text: string): ProfileEntry => ({ text, notes: [], items: none, date: null });
  const languages = Object.keys(actor.aliases).sort((x, y) =>
    x === 'en' ? -1 : y === 'en' ? 1 : x.localeCompare(y),
  );
  const ids = Object.entries(actor.externalIds).map(([k, v]) => `${k} ${v}`);
  const entries = [
    line(
      t.identity({
        kind: t.actorKind(actor.kind),
        country: actor.country === null ? null : t.country(actor.country),
      }),
    ),
    ...languages
      .filter((l) => (actor.aliases[l] ?? []).length > 0)
      .map((l) => line(t.names({ language: l, names: actor.aliases[l]! }))),
    ...(ids.length === 0 ? [] : [line(t.externalIds({ ids }))]),
  ];
  return { id: 'names', heading: t.headings.names, factual: false, notes: [t.method.names], entries };
}

/** Whether the actor acted, was acted on, or claimed, denied or was blamed in the event. */
function involved(e: Event, id: string): boolean {
  return (
    e.sourceActors.includes(id) ||
    e.targetActors.includes(id) ||
    e.claims.some((c) => c.by === id || c.about === id)
  );
}

interface YearBalance {
  year: string;
  counterpart: string;
  hostile: number;
  cooperative: number;
  neutral: number;
  intensity: number | null;
  events: Event[];
}

/** Events between the actor and each counterpart on the other side, per year, by sign of intensity. */
export function eventBalance(events: readonly Event[], id: string): YearBalance[] {
  const groups = new Map<string, YearBalance>();
  for (const e of events) {
    const side = e.sourceActors.includes(id)
      ? e.targetActors
      : e.targetActors.includes(id)
        ? e.sourceActors
        : [];
    for (const counterpart of new Set(side.filter((x) => x !== id))) {
      const key = `${e.date.slice(0, 4)}|${counterpart}`;
      const group =
        groups.get(key) ??
        ({
          year: e.date.slice(0, 4),
          counterpart,
          hostile: 0,
          cooperative: 0,
          neutral: 0,
          intensity: null,
          events: [],
        } as YearBalance);
      groups.set(key, group);
      group.events.push(e);
      if (e.intensity === null || e.intensity === 0) group.neutral++;
      else if (e.intensity < 0) group.hostile++;
      else group.cooperative++;
    }
  }
  return [...groups.values()]
    .map((g) => {
      const known = g.events.filter((e) => e.intensity !== null);
      const mean = known.length === 0 ? null : known.reduce((s, e) => s + e.intensity!, 0) / known.length;
      return { ...g, intensity: mean };
    })
    .sort((x, y) => x.year.localeCompare(y.year) || x.counterpart.localeCompare(y.counterpart));
}

function byDateThenId(x: Relation, y: Relation): number {
  return (x.from ?? '').localeCompare(y.from ?? '') || x.id.localeCompare(y.id);
}

/** A disputed value as written: dates and numbers as they are, anything else as JSON. */
function show(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function signedNumber(abs: string, x: number): string {
  return `${x >= 0 ? '+' : '−'}${abs}`;
}
