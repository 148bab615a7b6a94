/**
 * Builds the brief's document model from an assessment and the items it cites. Pure. Every
 * sentence of a factual section is made by `fact`, which drops the sentence when none of its
 * evidence resolves to a stored source, so a sentence without a footnote is never written. A
 * sentence resting on more than `NOTES_PER_SENTENCE` notes cites one note that lists them.
 * All text comes from the language's templates filled with data.
 */
import type { Assessment } from '../assess/assessment.ts';
import type { Phrase } from '../assess/phrase.ts';
import type { Prospect } from '../assess/prospects.ts';
import type { Actor, Agreement, Event, Evidence, Negotiation, Relation, Source } from '../model/index.ts';
import { fatalitiesByMonth, monthCounts, networkFigure } from './figure-data.ts';
import { digestSection, type BriefDigest } from './digest.ts';
import { FootnoteRegistry, type Ref } from './footnotes.ts';
import type { BriefStrings } from './i18n/strings.ts';
import type { Block, BriefDocument, ProspectBar, Review, Section, Sentence } from './model.ts';
import { localName, takesDefiniteArticle } from './names.ts';

export interface BriefItems {
  events: readonly Event[];
  relations: readonly Relation[];
  agreements: readonly Agreement[];
  negotiations: readonly Negotiation[];
  sources: readonly Source[];
}

/** A scenario's outcome range as the brief reports it. */
export interface BriefScenario {
  title: string;
  dimension: string;
  runs: number;
  median: number;
  p10: number;
  p90: number;
  zones: { label: string; probability: number }[];
  /** Source ids the scenario's inputs rest on. */
  evidence: string[];
  mediation?: { mediator: string; before: number; after: number };
}

export interface BriefInput {
  assessment: Assessment;
  /** The case's items as of the assessment's date (a snapshot), including every item it cites. */
  items: BriefItems;
  /** The registry's actors, for names in the brief's language; ids are shown for actors missing here. */
  actors: readonly Actor[];
  caseId: string;
  version: string;
  /** ISO date the brief was generated on. */
  generated: string;
  scenario?: BriefScenario;
  /** What changed since an earlier date (`--since`). */
  digest?: BriefDigest;
  /** Set when an analyst marked the draft reviewed. */
  review?: Review;
  strings: BriefStrings;
}

/** The most footnotes one sentence cites one by one; beyond it, one note lists them all. */
export const NOTES_PER_SENTENCE = 5;
const CONTRIBUTIONS_SHOWN = 4;
const WATCH_SHOWN = 4;
const RECENT_EVENTS_SHOWN = 8;

export function buildBrief(input: BriefInput): BriefDocument {
  const { assessment: a, items, strings: t } = input;
  const notes = new FootnoteRegistry(items.sources, a.asOf, NOTES_PER_SENTENCE);
  const actorsById = new Map(input.actors.map((x) => [x.id, x]));
  /** The actor's name alone, as figures label it. */
  const label = (id: string) => {
    const actor = actorsById.get(id);
    return actor === undefined ? id : localName(actor, t.lang);
  };
  /** The actor's name as running text writes it (in English, with "the" where it takes one). */
  const name = (id: string) => {
    const actor = actorsById.get(id);
    return t.nameInText({ name: label(id), article: actor !== undefined && takesDefiniteArticle(actor) });
  };
  const byId = new Map<string, { evidence: readonly Evidence[] }>();
  for (const list of [items.events, items.relations, items.agreements, items.negotiations])
    for (const item of list) byId.set(item.id, item);
  const refsOf = (evidence: readonly Evidence[]): Ref[] =>
    evidence.map((e) => ({ sourceId: e.sourceId, dataset: e.dataset, release: e.release, row: e.row }));
  const itemRefs = (ids: readonly string[]): Ref[] =>
    ids.flatMap((id) => refsOf(byId.get(id)?.evidence ?? []));
  const sourceRefs = (ids: readonly string[]): Ref[] => ids.map((sourceId) => ({ sourceId }));

  /** A factual sentence, or null when none of its evidence resolves. */
  const fact = (text: string, refs: readonly Ref[]): Sentence | null =>
    notes.resolvable(refs) ? { text, notes: notes.cite(refs) } : null;
  /** The first `limit` candidates whose evidence resolves, cited only once chosen. */
  const firstFacts = (candidates: { text: string; refs: Ref[] }[], limit: number): Sentence[] =>
    candidates
      .filter((c) => notes.resolvable(c.refs))
      .slice(0, limit)
      .map((c) => ({ text: c.text, notes: notes.cite(c.refs) }));
  const judgement = (text: string, refs: readonly Ref[] = []): Sentence => ({
    text,
    notes: notes.cite(refs),
  });
  const kept = (list: (Sentence | null)[]): Sentence[] => list.filter((s): s is Sentence => s !== null);
  const effect = (e: 'onset' | 'agreement' | 'durability') => t.effects[e];
  /** A sentence of the assessment, written in the brief's language from its key and parameters. */
  const say = (p: Phrase) => t.assessment(p, name);
  const pct = (p: number) => t.percent(p);
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${t.number(Math.abs(x))}`;

  // Summary judgement: likelihood (ICD-203 term, point, band) kept apart from confidence.
  const rateRefs = (p: Prospect): Ref[] =>
    (p.baseRate?.provenance ?? []).map((rate) => ({
      reference: { ...rate, referenceClass: say(rate.referenceClassPhrase) },
    }));
  const prospectRefs = (p: Prospect, analogueIds: string[]): Ref[] => [
    ...rateRefs(p),
    ...itemRefs(analogueIds),
  ];
  const summary: Sentence[] = [];
  const effects = ['onset', 'agreement', 'durability'] as const;
  for (const e of effects) {
    const p = a.prospects[e];
    const analogueIds = a.prospects.analogues
      .filter((x) =>
        e === 'agreement' ? x.kind === 'mediation' : e === 'durability' ? x.kind === 'agreement' : false,
      )
      .flatMap((x) => x.evidence);
    if (p.p === null || p.low === null || p.high === null || p.term === null) {
      const reason = p.reasonPhrase === undefined ? (p.reason ?? '') : say(p.reasonPhrase);
      summary.push(judgement(t.noEstimate({ effect: effect(e), reason })));
      continue;
    }
    summary.push(
      judgement(
        t.prospect({
          effect: effect(e),
          term: t.terms[p.term] ?? p.term,
          p: pct(p.p),
          low: pct(p.low),
          high: pct(p.high),
        }),
        prospectRefs(p, analogueIds),
      ),
    );
    summary.push(judgement(t.confidenceLine({ confidence: t.confidence[p.confidence] })));
    if (p.baseRate !== null)
      summary.push(
        judgement(
          t.baseRate({ p: pct(p.baseRate.p), referenceClass: say(p.baseRate.referenceClassPhrase) }),
          prospectRefs(p, analogueIds),
        ),
      );
  }

  // What changed since --since, built here so that its notes are numbered in reading order.
  const changes =
    input.digest === undefined
      ? undefined
      : digestSection(input.digest, a, items, { strings: t, name, say, fact, itemRefs });

  // Background: the analogues (earlier mediation and deals), each from its own item.
  const agreementsById = new Map(items.agreements.map((g) => [g.id, g]));
  const negotiationsById = new Map(items.negotiations.map((n) => [n.id, n]));
  const backgroundIds = [...new Set(a.prospects.analogues.flatMap((x) => x.evidence))];
  const background = kept(
    backgroundIds.map((id) => {
      const g = agreementsById.get(id);
      if (g !== undefined)
        return fact(
          t.agreement({
            name: g.name,
            signed: g.signed === null ? null : t.date(g.signed),
            ended: g.ended?.date == null ? null : t.period(g.ended.date, g.ended.datePrecision ?? 'day'),
            endedOnDay: (g.ended?.datePrecision ?? 'day') === 'day',
            how: g.ended === null ? null : g.ended.how.replace(/\.$/, ''),
          }),
          refsOf(g.evidence),
        );
      const n = negotiationsById.get(id);
      if (n !== undefined)
        return fact(
          t.negotiation({
            name: n.name,
            from: n.from === null ? null : t.date(n.from),
            to: n.to === null ? null : t.date(n.to),
            outcome: n.outcome === null ? null : n.outcome.replace(/\.$/, ''),
          }),
          refsOf(n.evidence),
        );
      return null;
    }),
  );

  // What became of each analogue (as the prospects count it), after the items themselves.
  const outcomes = kept(
    a.prospects.analogues.map((x) =>
      fact(t.analogue({ name: say(x.namePhrase), outcome: say(x.outcomePhrase) }), itemRefs(x.evidence)),
    ),
  );

  // The parties and the mediator: families, the three ties, the triangle, contested claims.
  const others = (family: string[], id: string) => family.filter((m) => m !== id).map(name);
  const tieRefs = (tie: (typeof a.network.ties)[number]): Ref[] =>
    tie.evidence === null
      ? []
      : itemRefs([...tie.evidence.events, ...tie.evidence.relations, ...tie.evidence.agreements]);
  const allTieRefs = a.network.ties.flatMap(tieRefs);
  const window = { from: t.date(a.network.window.from), to: t.date(a.network.window.to) };
  const relationsById = new Map(items.relations.map((r) => [r.id, r]));
  const citedRelations = [
    ...new Set([
      ...a.network.ties.flatMap((x) => x.evidence?.relations ?? []),
      ...a.indicators.flatMap((i) => i.evidence.relations),
    ]),
  ]
    .map((id) => relationsById.get(id))
    .filter((r): r is Relation => r !== undefined)
    .sort((x, y) => x.id.localeCompare(y.id));
  const relationText = (r: Relation) =>
    (
      r.summary ??
      t.relationPlain({ subject: name(r.subjectId), predicate: r.predicate, object: name(r.objectId) })
    ).replace(/\.$/, '');
  const attributed = (r: Relation) => r.claimedBy !== null || r.stance !== 'asserted';
  const claimantOf = (r: Relation) => {
    const by = r.claimedBy ?? r.evidence.find((e) => e.claimedBy !== undefined)?.claimedBy;
    return by === undefined ? null : name(by);
  };
  const relationSentence = (r: Relation): Sentence | null => {
    const claimant = claimantOf(r);
    if (attributed(r) && claimant === null) return null;
    const text = attributed(r)
      ? t.according({ claimant: claimant!, summary: relationText(r) })
      : t.relation({ summary: relationText(r) });
    return fact(text, refsOf(r.evidence));
  };
  // Who is read with whom comes from the registry (parents, roles, mergers), which holds no
  // evidence: a note on method, not a claim of fact.
  const familyNotes: Block[] = [
    t.mediatorFamily({ mediator: name(a.mediator.id), members: others(a.mediator.family, a.mediator.id) }),
    ...a.parties.map((p) => t.partyFamily({ party: name(p.id), members: others(p.family, p.id) })),
  ].map((text) => ({ kind: 'label', text }));
  const parties = kept([
    ...a.network.ties.map((tie) =>
      tie.weight === null
        ? null
        : fact(
            t.tie({
              x: name(tie.pair[0]),
              y: name(tie.pair[1]),
              kind: tie.weight > 0.05 ? 'friendly' : tie.weight < -0.05 ? 'hostile' : 'neutral',
              weight: signed(tie.weight),
              ...window,
            }),
            tieRefs(tie),
          ),
    ),
    a.network.triad === null
      ? null
      : fact(t.triad({ reading: a.network.triad.reading, balanced: a.network.triad.balanced }), allTieRefs),
  ]);
  const network = networkFigure(items, input.actors, a.network.window, a.mediator, a.parties);
  const networkNotes = notes.cite(
    itemRefs([...network.evidence.events, ...network.evidence.relations, ...network.evidence.agreements]),
  );
  const friendlyTies = network.edges.filter((e) => e.weight > 0).length;
  const networkBlock: Block[] =
    network.edges.length === 0 || networkNotes.length === 0
      ? []
      : [
          {
            kind: 'figure',
            figure: 'network',
            alt: t.figures.network({
              ...window,
              nodes: network.nodes.length,
              friendly: friendlyTies,
              hostile: network.edges.length - friendlyTies,
            }),
            caption: t.figures.networkCaption(window),
            notes: networkNotes,
          },
        ];
  const relationSentences = kept(citedRelations.map(relationSentence));

  // Recent dynamics: the year's events touching the three families, counted and the latest told.
  const families = new Set([...a.mediator.family, ...a.parties.flatMap((p) => p.family)]);
  const recent = items.events
    .filter((e) => e.date >= a.network.window.from && e.date <= a.asOf)
    .filter((e) => [...e.sourceActors, ...e.targetActors].some((id) => families.has(id)))
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  const known = recent.filter((e) => e.fatalities.best !== null);
  const deaths = known.length === 0 ? null : known.reduce((s, e) => s + (e.fatalities.best ?? 0), 0);
  const dynamics: Block[] = [];
  const overview = fact(
    t.eventsWindow({ count: recent.length, ...window, deaths }),
    recent.flatMap((e) => refsOf(e.evidence)),
  );
  const months = monthCounts(recent, a.network.window.from, a.asOf).map((m) => ({
    ...m,
    label: t.month(m.month),
  }));
  const types = [...new Set(recent.map((e) => e.type))].sort();
  const fatalities = fatalitiesByMonth(recent, a.network.window.from, a.asOf);
  const seriesLabel = (id: string) => t.figures.series[id as keyof typeof t.figures.series] ?? id;
  if (overview !== null) {
    dynamics.push({ kind: 'paragraph', sentences: [overview] });
    dynamics.push({
      kind: 'figure',
      figure: 'events-by-month',
      alt: t.figures.eventsByMonth({ ...window, count: recent.length }),
      caption: t.figures.eventsCaption,
      notes: overview.notes,
    });
    const tolled = recent.filter((e) => e.fatalities.best !== null);
    const tollNotes = notes.cite(tolled.flatMap((e) => refsOf(e.evidence)));
    if (tollNotes.length > 0)
      dynamics.push({
        kind: 'figure',
        figure: 'fatalities-by-month',
        alt: t.figures.fatalitiesByMonth({
          ...window,
          incidents: fatalities.incidents,
          series: fatalities.series.map(seriesLabel),
        }),
        caption: t.figures.fatalitiesCaption,
        notes: tollNotes,
      });
  }
  const told = recent
    .filter((e) => e.summary !== undefined && notes.resolvable(refsOf(e.evidence)))
    .slice(-RECENT_EVENTS_SHOWN);
  const eventSentences = unique(
    told.flatMap((e) => [
      fact(
        t.event({
          date: t.date(e.date),
          summary: e.summary!.replace(/\.$/, ''),
          deaths:
            e.fatalities.best === null || e.fatalities.best === 0 ? null : t.number(e.fatalities.best, 0),
        }),
        refsOf(e.evidence),
      ),
      ...e.claims.map((c) =>
        fact(
          c.fatalities?.best != null
            ? t.toll({ by: name(c.by), date: t.date(e.date), deaths: t.number(c.fatalities.best, 0) })
            : t.claim({
                by: name(c.by),
                kind: c.kind,
                date: t.date(e.date),
                about: c.about === undefined ? null : name(c.about),
              }),
          refsOf(c.evidence),
        ),
      ),
    ]),
  );
  if (eventSentences.length > 0) dynamics.push({ kind: 'list', items: eventSentences });

  // What the mediator can and cannot do: the strongest contributions with their evidence.
  const indicatorsById = new Map(a.indicators.map((i) => [i.id, i]));
  const indicatorRefs = (id: string): Ref[] => {
    const i = indicatorsById.get(id);
    if (i === undefined) return [];
    const { events, relations, agreements, negotiations, sources } = i.evidence;
    const fromItems = itemRefs([...events, ...relations, ...agreements, ...negotiations]);
    // A source the items already cite (a dataset, through its rows) is not cited again as a whole.
    const cited = new Set(fromItems.map((r) => ('sourceId' in r ? r.sourceId : '')));
    return [...fromItems, ...sourceRefs(sources.filter((id) => !cited.has(id)))];
  };
  const pick = (sign: 1 | -1) =>
    firstFacts(
      a.prospects.contributions
        .filter((c) => Math.sign(c.delta) === sign && indicatorsById.has(c.indicator))
        .map((c) => {
          const i = indicatorsById.get(c.indicator)!;
          return {
            text: t.contribution({
              name: t.indicatorNames[i.id] ?? i.name,
              effect: effect(c.effect),
              delta: signed(c.delta),
              rationale: say(i.rationalePhrase),
            }),
            refs: indicatorRefs(i.id),
          };
        }),
      CONTRIBUTIONS_SHOWN,
    );
  const can = pick(1);
  const cannot = pick(-1);
  const mediator: Block[] = [];
  if (can.length > 0) mediator.push({ kind: 'subheading', text: t.can }, { kind: 'list', items: can });
  if (cannot.length > 0)
    mediator.push({ kind: 'subheading', text: t.cannot }, { kind: 'list', items: cannot });

  // Scenarios: the simulation's outcome range, conditional on expert inputs.
  const scenarioBlocks: Block[] = [];
  const s = input.scenario;
  if (s !== undefined) {
    const refs = sourceRefs(s.evidence);
    const run = fact(
      t.scenarioRun({
        title: s.title,
        dimension: s.dimension,
        median: t.number(s.median, 1),
        p10: t.number(s.p10, 1),
        p90: t.number(s.p90, 1),
        runs: s.runs,
      }),
      refs,
    );
    if (run !== null) {
      scenarioBlocks.push(
        { kind: 'label', text: t.scenarioConditional },
        { kind: 'paragraph', sentences: [run] },
      );
      scenarioBlocks.push({
        kind: 'list',
        items: kept(
          s.zones.map((z) => fact(t.scenarioZone({ label: z.label, probability: pct(z.probability) }), refs)),
        ),
      });
      if (s.mediation !== undefined) {
        const moved = fact(
          t.scenarioMediation({
            mediator: name(s.mediation.mediator),
            before: t.number(s.mediation.before, 1),
            after: t.number(s.mediation.after, 1),
          }),
          refs,
        );
        if (moved !== null) scenarioBlocks.push({ kind: 'paragraph', sentences: [moved] });
      }
    }
  }

  // What to watch: indicators closest to tipping (small |score|) that weigh most (high confidence).
  const watch = firstFacts(
    a.indicators
      .filter((i) => i.score !== null && i.confidence > 0)
      .map((i) => ({ i, closeness: Math.abs(i.score!) / i.confidence }))
      .sort((x, y) => x.closeness - y.closeness || x.i.id.localeCompare(y.i.id))
      .map(({ i }) => ({
        text: t.watch({
          name: t.indicatorNames[i.id] ?? i.name,
          effect: effect(i.effect),
          score: signed(i.score!),
          confidence: t.number(i.confidence),
          rationale: say(i.rationalePhrase),
        }),
        refs: indicatorRefs(i.id),
      })),
    WATCH_SHOWN,
  );

  // Caveats: the assessment's own, then the contested claims it rests on.
  const caveats: Sentence[] = [
    ...a.caveatPhrases.map((c) => judgement(say(c))),
    ...kept(
      citedRelations
        .filter((r) => r.stance === 'disputed' && claimantOf(r) !== null)
        .map((r) =>
          fact(t.disputed({ summary: relationText(r), claimant: claimantOf(r)! }), refsOf(r.evidence)),
        ),
    ),
  ];

  const prospects: ProspectBar[] = effects.map((e) => {
    const p = a.prospects[e];
    const term = p.term === null ? null : (t.terms[p.term] ?? p.term);
    const text = p.p === null ? t.figures.noEstimate : `${pct(p.p)}${term === null ? '' : ` (${term})`}`;
    return { label: effect(e), p: p.p, low: p.low, high: p.high, term, text };
  });
  const prospectAlt = t.figures.prospects({
    lines: prospects.map((p) =>
      p.p === null || p.low === null || p.high === null
        ? `${p.label}: ${t.figures.noEstimate}`
        : t.figures.prospectAlt({ effect: p.label, p: pct(p.p), low: pct(p.low), high: pct(p.high) }),
    ),
  });

  const sections: Section[] = [
    {
      id: 'summary',
      heading: t.headings.summary,
      factual: false,
      blocks: [
        { kind: 'paragraph', sentences: summary },
        {
          kind: 'figure',
          figure: 'prospects',
          alt: prospectAlt,
          caption: t.figures.prospectsCaption,
          notes: [],
        },
      ],
    },
    ...(changes === undefined ? [] : [changes]),
    section('background', t.headings.background, [{ kind: 'list', items: [...background, ...outcomes] }]),
    section('parties', t.headings.parties, [
      ...familyNotes,
      { kind: 'paragraph', sentences: parties },
      ...networkBlock,
      { kind: 'list', items: relationSentences },
    ]),
    section('dynamics', t.headings.dynamics, dynamics),
    section('mediator', t.headings.mediator, mediator),
    ...(s === undefined ? [] : [section('scenarios', t.headings.scenarios, scenarioBlocks)]),
    section('watch', t.headings.watch, [{ kind: 'list', items: watch }]),
    {
      id: 'caveats',
      heading: t.headings.caveats,
      factual: false,
      blocks: [{ kind: 'list', items: caveats }],
    },
  ];

  return withReview(input.review, t, {
    lang: t.lang,
    generated: input.generated,
    title: t.title({ mediator: name(a.mediator.id), a: name(a.parties[0].id), b: name(a.parties[1].id) }),
    stamp: t.stamp,
    // The curators' summaries are quoted in English; an edition in another language says so once.
    provenance: [
      t.provenance({
        caseId: input.caseId,
        asOf: t.date(a.asOf),
        version: input.version,
        generated: t.date(input.generated),
        counts: {
          events: items.events.length,
          relations: items.relations.length,
          agreements: items.agreements.length,
          negotiations: items.negotiations.length,
          sources: items.sources.length,
        },
      }),
      t.quoted,
    ]
      .filter((x) => x !== '')
      .join(' '),
    sections: sections.map(dropEmpty).filter((x) => x.blocks.length > 0),
    footnotes: notes.list(),
    notesHeading: t.headings.notes,
    figures: {
      eventsByMonth: { months, types },
      prospects,
      fatalitiesByMonth: {
        months: fatalities.months.map((m) => ({ ...m, label: t.month(m.month) })),
        series: fatalities.series.map((id) => ({ id, label: seriesLabel(id) })),
        rangeLabel: t.figures.range,
      },
      network: {
        nodes: network.nodes.map((n) => ({ ...n, label: label(n.id) })),
        edges: network.edges,
        friendly: t.figures.friendly,
        hostile: t.figures.hostile,
      },
      ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: pct(value) })),
    },
    labels: t.labels,
    tables: { note: t.figures.asTable, columns: t.figures.columns },
  });
}

/** The document stamped as reviewed, with the review in its provenance, when an analyst said so. */
export function withReview(
  review: Review | undefined,
  t: Pick<BriefStrings, 'reviewed' | 'reviewRecord' | 'date'>,
  doc: BriefDocument,
): BriefDocument {
  if (review === undefined) return doc;
  const record = { by: review.by, date: t.date(review.on) };
  return {
    ...doc,
    stamp: t.reviewed(record),
    review,
    provenance: doc.provenance + t.reviewRecord({ ...record, note: review.note }),
  };
}

/** The sentences kept, each text once. */
function unique(list: (Sentence | null)[]): Sentence[] {
  const seen = new Set<string>();
  return list.filter((s): s is Sentence => s !== null && !seen.has(s.text) && seen.add(s.text) !== undefined);
}

function section(id: Section['id'], heading: string, blocks: Block[]): Section {
  return { id, heading, factual: true, blocks };
}

function dropEmpty(s: Section): Section {
  const blocks = s.blocks.filter((b) =>
    b.kind === 'paragraph' ? b.sentences.length > 0 : b.kind === 'list' ? b.items.length > 0 : true,
  );
  // A section whose only content is lead-ins (no evidenced sentence) is left out.
  const hasEvidence = blocks.some(
    (b) =>
      (b.kind === 'paragraph' && b.sentences.some((x) => x.notes.length > 0)) ||
      (b.kind === 'list' && b.items.length > 0),
  );
  return { ...s, blocks: s.factual && !hasEvidence ? [] : blocks };
}
