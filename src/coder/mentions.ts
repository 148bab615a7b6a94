/**
 * Actor and place mentions in one sentence. First each token span is labelled with what it
 * could be (a registry name, a country, a capital, a gazetteer place, a demonym, a title or
 * sector noun, an international body, a pronoun, an unknown proper noun); then neighbouring
 * labels are merged into noun-group mentions ("Pakistani Foreign Minister Bilawal Bhutto
 * Zardari", "the Islamabad administration", "Serb forces", "Lebanon's new President") whose
 * actor, country and sector follow from their parts. A country or city after a locative
 * preposition ("in Afghanistan") is a place, never an actor.
 */
import { dayOf, heldDuring } from '../actors/periods.ts';
import type { Actor } from '../model/index.ts';
import { lookupPlace, lookupTown, townIn, type Place } from './gazetteer.ts';
import {
  COORDINATORS,
  DETERMINERS,
  LOCATIVE_PREPOSITIONS,
  MONTHS,
  NUMBER_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
  WEEKDAYS,
} from './lexicon/en/function-words.ts';
import { CAPITAL_SECTORS, SECTOR_NOUNS } from './lexicon/en/actor-words.ts';
import { isAcronym, normaliseToken, type NameIndex, type RegistryHit } from './name-index.ts';
import { timeFor, type StatedTime } from './sentence-time.ts';
import { rulingReading } from './ruling-movement.ts';
import { singularOf } from './singular.ts';
import type { ReferenceLookup, ReferenceMatch, ReferenceSource } from './reference/reference-index.ts';
import type { Token } from './tokenise.ts';

type AtomKind =
  | 'registry'
  | 'body'
  | 'reference'
  | 'country'
  | 'capital'
  | 'place'
  | 'demonym'
  | 'sector'
  | 'proper'
  | 'pronoun';

interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  hits?: RegistryHit[];
  country?: string;
  sector?: string;
  place?: Place;
  /** The reference dictionary entry the atom came from. */
  reference?: ReferenceSource;
  /**
   * A registry name whose every actor is out of its periods on the document's day: a name of
   * its own kept as text (a 'proper' atom that joins no other), linked to no one.
   */
  stale?: boolean;
}

export interface ActorMention {
  /** Token indices in the sentence, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Offsets into the document. */
  startOffset: number;
  endOffset: number;
  actor: string | null;
  country: string | null;
  sector: string | null;
  /** What the mention's head is ("reference": a name found only in a reference dictionary). */
  head:
    'registry' | 'country' | 'capital' | 'demonym' | 'title' | 'body' | 'reference' | 'unknown' | 'pronoun';
  /** Lower-cased head word (for titles and sector nouns), e.g. "minister", "rebels". */
  headWord: string | null;
  /** The reference dictionary entries the mention's country or sector came from. */
  references?: ReferenceSource[];
}

export interface PlaceMention {
  start: number;
  end: number;
  place: Place;
  /** Preceded by a locative preposition. */
  locative: boolean;
}

export interface Mentions {
  actors: ActorMention[];
  places: PlaceMention[];
}

/** Adjectives that may sit inside an actor's noun group ("senior British minister"). */
const GROUP_MODIFIERS = new Set([
  'senior',
  'top',
  'former',
  'new',
  'deputy',
  'chief',
  'main',
  'radical',
  'rival',
  'armed',
  'ethnic',
  'local',
  'provincial',
  'federal',
  'interim',
  'caretaker',
  'military',
  'security',
  'foreign',
  'defence',
  'defense',
  'interior',
  'opposition',
  'ruling',
  'outlawed',
  'banned',
  'militant',
  'tribal',
  'islamist',
  'islamic',
  'hardline',
  'moderate',
  'angry',
  'exiled',
  'ousted',
  'defeated',
  'current',
  'acting',
  'leading',
  'elderly',
  'government',
  'state',
  'national',
  'regional',
  'central',
  'unidentified',
  'unknown',
  'suspected',
  'alleged',
  'pro-government',
  'anti-government',
  'separatist',
  'rebel',
  'police',
  'border',
]);

/**
 * Whether token `i` is a group modifier: a word of the set, either word of "de facto", or "de"
 * between two capitalised words ("Staffan de Mistura"); any other "de" is no part of a name (the
 * Turkish suffix in "Mayıs 1998'de Afganistan").
 */
function isModifierAt(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]?.lower ?? '';
  if (lower === 'de')
    return (
      tokens[i + 1]?.lower === 'facto' ||
      (tokens[i - 1]?.kind === 'word' &&
        tokens[i - 1]?.capitalised === true &&
        tokens[i + 1]?.capitalised === true)
    );
  if (lower === 'facto') return tokens[i - 1]?.lower === 'de';
  return GROUP_MODIFIERS.has(lower);
}

const GOVERNMENT_WORDS = new Set([
  'government',
  'administration',
  'authorities',
  'regime',
  'cabinet',
  'leadership',
]);

const FUNCTION_WORDS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...COORDINATORS,
  ...SUBORDINATORS,
  ...PRONOUNS,
  'according',
  'meanwhile',
  'however',
]);

const capitalise = (word: string): string => word[0]?.toUpperCase() + word.slice(1);
const NOT_PROPER = new Set([
  ...MONTHS.map(capitalise),
  ...WEEKDAYS.map(capitalise),
  ...[...NUMBER_WORDS].map(capitalise),
]);

/**
 * Last words of the names of structures ("the Friendship Bridge", "Tarbela Dam"): a name that
 * ends in one and carries no actor word names a thing, not an actor. Houses of worship are left
 * out: "the Orthodox Church" is a body.
 */
const STRUCTURE_WORDS = new Set([
  'bridge',
  'dam',
  'airport',
  'highway',
  'motorway',
  'road',
  'street',
  'avenue',
  'square',
  'tunnel',
  'canal',
  'pass',
  'stadium',
  'hospital',
  'hotel',
  'tower',
  'railway',
  'pipeline',
  'port',
  'crossing',
  'mall',
]);

/** Words before a bare "parties" that make them the sides of a dispute or a deal. */
const SIDES_BEFORE = new Set([
  'the',
  'both',
  'all',
  'two',
  'three',
  'warring',
  'rival',
  'opposing',
  'conflicting',
  'negotiating',
  'concerned',
  'relevant',
]);

/** Words after a nationality word that make it a language, not a people ("the Russian language"). */
const LANGUAGE_WORDS = new Set(['language', 'languages', 'speakers', 'speaking', 'translation']);

function guessSector(words: readonly string[]): string | null {
  for (const word of [...words].reverse()) {
    const w = word.toLowerCase();
    if (SECTOR_NOUNS[w] !== undefined) return SECTOR_NOUNS[w] ?? null;
    if (
      /^(front|army|brigade|brigades|mujahideen|jihad|lashkar|jaish|tehrik|tehreek|liberation|tigers|hezbollah|hizbollah|hamas|militia|guerrillas?)$/u.test(
        w,
      )
    )
      return 'REB';
    if (/^(party|league)$/u.test(w)) return 'OPP';
    if (/^(ministry|government|council|cabinet|administration|commission|authority|department)$/u.test(w))
      return 'GOV';
    if (/^(court|tribunal)$/u.test(w)) return 'JUD';
    if (/^(assembly|parliament|senate|congress)$/u.test(w)) return 'LEG';
    if (/^(union|unions)$/u.test(w)) return 'LAB';
    if (/^(university|college|school)$/u.test(w)) return 'EDU';
    if (/^(police|constabulary)$/u.test(w)) return 'COP';
    if (/^(association|committee|foundation|watch|society)$/u.test(w)) return 'NGO';
  }
  return null;
}

function sectorOfActor(actor: Actor, byId: (id: string) => Actor | undefined): string | null {
  switch (actor.kind) {
    case 'government':
    case 'office':
      return 'GOV';
    case 'military':
      return 'MIL';
    case 'intelligence':
      return 'SPY';
    case 'armed-group':
    case 'faction':
      return 'REB';
    case 'party':
      return 'OPP';
    case 'igo':
      return 'IGO';
    case 'ngo':
      return 'NGO';
    case 'person': {
      for (const role of actor.roles) {
        const office = byId(role.actorId);
        if (office !== undefined && office.kind !== 'person') return sectorOfActor(office, byId);
      }
      return null;
    }
    default:
      return null;
  }
}

/** Labels token spans, longest first, left to right; a reference dictionary is the fallback. */
function findAtoms(
  tokens: readonly Token[],
  keys: readonly string[],
  index: NameIndex,
  named: ReadonlySet<string>,
  reference: ReferenceLookup | undefined,
  inTime: InTime,
): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const own = atomAt(tokens, keys, index, i, named, (hits) => inTime(hits, i));
    const match = reference?.at(tokens, keys, i, {
      label: own,
      proper: isProper(tokens, i),
      functionWord: FUNCTION_WORDS.has(token.lower),
      modifier: isModifierAt(tokens, i),
      afterName: atoms.at(-1)?.kind === 'proper' && atoms.at(-1)?.end === i,
      locative: isLocative(tokens, i),
    });
    const atom = match === undefined ? own : referenceAtom(match);
    if (atom !== undefined) {
      atoms.push(atom);
      i = atom.end;
      continue;
    }
    if (
      PRONOUNS.has(token.lower) &&
      ['it', 'they', 'he', 'she', 'its', 'their', 'his', 'her'].includes(token.lower)
    ) {
      atoms.push({ kind: 'pronoun', start: i, end: i + 1 });
    } else if (isProper(tokens, i)) {
      atoms.push({ kind: 'proper', start: i, end: i + 1 });
    }
    i += 1;
  }
  return atoms;
}

/** A reference dictionary match as an atom: a name, or (an agent noun) a sector word. */
function referenceAtom(match: ReferenceMatch): Atom {
  return {
    kind: match.kind === 'agent' ? 'sector' : 'reference',
    start: match.start,
    end: match.end,
    ...(match.country !== null ? { country: match.country } : {}),
    ...(match.sector !== null ? { sector: match.sector } : {}),
    reference: match.source,
  };
}

function isProper(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind !== 'word' || !token.capitalised || NOT_PROPER.has(token.text)) return false;
  if (FUNCTION_WORDS.has(token.lower)) return false;
  const sentenceInitial = i === 0 || /^["“'‘([]$/u.test(tokens[i - 1]?.text ?? '');
  if (!sentenceInitial) return true;
  // "Radical French farmers": a capitalised modifier opening the sentence is no name.
  if (isModifierAt(tokens, i)) return false;
  if (/^\p{Lu}{2,}$/u.test(token.text)) return true;
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && next.capitalised;
}

function atomAt(
  tokens: readonly Token[],
  keys: readonly string[],
  index: NameIndex,
  i: number,
  named: ReadonlySet<string>,
  /** The registry hits that are candidates at the mention's time; null: the registry is not read. */
  current: ((hits: readonly RegistryHit[]) => RegistryHit[]) | null,
  longest = index.longest,
): Atom | undefined {
  const first = tokens[i] as Token;
  if (first.kind !== 'word') return undefined;
  const maxLength = Math.min(longest, tokens.length - i);
  for (let length = maxLength; length >= 1; length -= 1) {
    const end = i + length;
    const last = tokens[end - 1] as Token;
    if (last.kind === 'punct' || last.kind === 'possessive') continue;
    const words = keys.slice(i, end);
    const key = words.join(' ');
    const capitalised = first.capitalised;
    // "Is" opening a question is not the acronym "IS": an acronym matches only capitals.
    const candidates = (current === null ? undefined : index.actors.get(key))?.filter(
      (hit) => hit.acronym !== true || length > 1 || isAcronym(first.text),
    );
    // An actor out of its periods at the mention's time (the sentence's own date, else the
    // document's) is no candidate. A name all of whose actors are out is still read as a capital
    // or country when it is one ("Kabul"), else it stays a name of its own, kept as text and
    // linked to no one.
    const hits = candidates === undefined || current === null ? undefined : current(candidates);
    if (
      candidates !== undefined &&
      candidates.length > 0 &&
      hits?.length === 0 &&
      (length > 1 || capitalised)
    ) {
      const other = atomAt(tokens, keys, index, i, named, null, length);
      return other?.end === end ? other : { kind: 'proper', start: i, end, stale: true };
    }
    if (hits !== undefined && hits.length > 0 && (length > 1 || capitalised)) {
      const previous = tokens[i - 1];
      const afterInitial =
        previous !== undefined && previous.capitalised && (previous.kind === 'word' || previous.text === '.');
      const partialOnly = hits.every((hit) => hit.partial);
      if (!(
        partialOnly &&
        (afterInitial || (tokens[i - 2]?.capitalised === true && previous?.text === '.'))
      )) {
        return { kind: 'registry', start: i, end, hits };
      }
    }
    const body = index.bodies.get(key);
    if (body !== undefined && (capitalised || length > 1)) {
      return { kind: 'body', start: i, end, country: body.country, sector: body.sector };
    }
    if (!capitalised) continue;
    const country = index.countries.get(key);
    if (country !== undefined && !(length === 1 && first.text === 'Us'))
      return { kind: 'country', start: i, end, country };
    const capital = index.capitals.get(key);
    if (capital !== undefined) {
      const place = lookupPlace(
        tokens
          .slice(i, end)
          .map((t) => t.text)
          .join(' '),
      );
      return {
        kind: 'capital',
        start: i,
        end,
        country: capital,
        ...(place !== undefined ? { place } : {}),
        ...(CAPITAL_SECTORS[key] !== undefined ? { sector: CAPITAL_SECTORS[key] } : {}),
      };
    }
    const place = lookupPlace(
      tokens
        .slice(i, end)
        .map((t) => t.text)
        .join(' '),
    );
    if (place !== undefined) return { kind: 'place', start: i, end, country: place.country, place };
    const demonym = index.demonyms.get(key);
    if (demonym !== undefined) return { kind: 'demonym', start: i, end, country: demonym };
    if (length === 1) {
      const hyphenated =
        /^(?:pro-)?([\p{L}]+)-(?:led|backed|based|sponsored|controlled|held|run|born)$/u.exec(first.text);
      if (hyphenated !== null && !first.lower.startsWith('pro-')) {
        const inner = normaliseToken(hyphenated[1] ?? '');
        const code = index.demonyms.get(inner) ?? index.countries.get(inner);
        if (code !== undefined) return { kind: 'demonym', start: i, end, country: code };
      }
    }
    if (mayBeTown(tokens, i, end)) {
      const town = lookupTown(textOf(tokens, i, end), named);
      if (town !== undefined) return { kind: 'place', start: i, end, country: town.country, place: town };
    }
  }
  // Titles and sector nouns, multiword first.
  for (let length = Math.min(4, tokens.length - i); length >= 1; length -= 1) {
    const phrase = tokens
      .slice(i, i + length)
      .map((t) => t.lower)
      .join(' ');
    // A plural not listed takes its singular's sector ("opposition groups", "governments").
    const sector = SECTOR_NOUNS[phrase] ?? SECTOR_NOUNS[singularOf(phrase)];
    if (sector !== undefined) return { kind: 'sector', start: i, end: i + length, sector };
  }
  return undefined;
}

/** Words for a kind of settlement or area: "the city of X", "the X region". */
const TOWN_WORDS = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'district',
  'port',
  'area',
  'county',
  'municipality',
  'suburb',
]);

/** The tokens' text joined by spaces. */
function textOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

/**
 * Whether a span may name a town of the world list: capitalised words that are not function,
 * title or institution words ("Police", "Union", "Parliament" stay what they are), with a cue
 * that a place is meant (see `hasTownCue`).
 */
function mayBeTown(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start > MAX_TOWN_WORDS || !hasTownCue(tokens, start, end)) return false;
  for (let k = start; k < end; k += 1) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || !token.capitalised || NOT_PROPER.has(token.text)) return false;
    const lower = token.lower;
    if (FUNCTION_WORDS.has(lower) || isModifierAt(tokens, k) || GOVERNMENT_WORDS.has(lower)) return false;
    if (SECTOR_NOUNS[lower] !== undefined || SECTOR_NOUNS[singularOf(lower)] !== undefined) return false;
    if (guessSector([lower]) !== null) return false;
  }
  return true;
}

/** The longest town name looked up, in words. */
const MAX_TOWN_WORDS = 3;

/** A cue that a place is meant: a locative preposition, "from"/"to", "the city of …", "Mayor X of …" or "… region". */
function hasTownCue(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.lower ?? '';
  if (before === 'from' || before === 'to' || isLocative(tokens, start)) return true;
  // "the city of X"; "Mayor Jane Ross of X", "University of X".
  if (
    before === 'of' &&
    (TOWN_WORDS.has(tokens[start - 2]?.lower ?? '') || tokens[start - 2]?.capitalised === true)
  )
    return true;
  return TOWN_WORDS.has(tokens[end]?.lower ?? '');
}

/**
 * Countries the sentence names by a country name or a nationality word, to choose among towns
 * of one name ("Tripoli … the north Lebanese port").
 */
function namedCountries(tokens: readonly Token[], keys: readonly string[], index: NameIndex): Set<string> {
  const named = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.capitalised !== true) continue;
    for (let length = 1; length <= 3 && i + length <= tokens.length; length += 1) {
      const key = keys.slice(i, i + length).join(' ');
      const country = index.countries.get(key) ?? index.demonyms.get(key);
      if (country !== undefined) named.add(country);
    }
  }
  return named;
}

/**
 * A capital or regional place used as a place ("militias in Tripoli") in a sentence that names
 * other countries but not its own becomes a town of the same name in a named country, when
 * one of some size exists.
 */
function preferNamedCountryTowns(atoms: Atom[], tokens: readonly Token[], named: ReadonlySet<string>): void {
  if (named.size === 0) return;
  atoms.forEach((atom, a) => {
    if (atom.kind !== 'capital' && atom.kind !== 'place') return;
    if (atom.country === undefined || named.has(atom.country) || !mayBeTown(tokens, atom.start, atom.end))
      return;
    const town = townIn(textOf(tokens, atom.start, atom.end), named, 10_000);
    if (town !== undefined)
      atoms[a] = { kind: 'place', start: atom.start, end: atom.end, country: town.country, place: town };
  });
}

/** Kinds that can carry a group on. */
function joinable(atom: Atom): boolean {
  return atom.kind !== 'pronoun';
}

export interface MentionOptions {
  /** A reference dictionary lookup, the fallback after the registry. */
  reference?: ReferenceLookup;
  /**
   * The document's date (YYYY-MM-DD): registry actors with `periods` are candidates only on the
   * days they held (a fallen government is no answer for a later text). None: all are.
   */
  date?: string | null;
  /**
   * The times the sentence states itself (`sentence-time.ts`): a mention is read by the one
   * that governs it (`timeFor`) instead of the document's date.
   */
  times?: readonly StatedTime[];
  /**
   * Tokens that close the phrase they end, as a Turkish place suffix does ("Peşaver'de"): an atom
   * ending on one is a mention of its own, joined to no neighbour.
   */
  closed?: ReadonlySet<number>;
}

/** The registry hits that are candidates at token `at`'s time. */
type InTime = (hits: readonly RegistryHit[], at: number) => RegistryHit[];

/**
 * The days a mention at token `at` is read by: the sentence's stated time for it, else the
 * document's day; null when neither is known (every candidate counts).
 */
function timeAt(
  options: MentionOptions,
  tokens: readonly Token[],
  at: number,
): { first: string; last: string } | null {
  const stated = timeFor(options.times ?? [], tokens, at);
  if (stated !== undefined) return stated;
  const day = dayOf(options.date);
  return day === null ? null : { first: day, last: day };
}

/** Recognises the actor and place mentions of one sentence's tokens. */
export function recogniseMentions(
  tokens: readonly Token[],
  index: NameIndex,
  sentenceText: string,
  sentenceStart: number,
  options: MentionOptions = {},
): Mentions {
  const keys = tokens.map((t) =>
    t.kind === 'word' || t.kind === 'number' ? normaliseToken(t.text) : t.text,
  );
  /** Of `actors`, those that are candidates at token `at`'s time (`heldDuring`). */
  const during = (actors: readonly Actor[], at: number): Actor[] => {
    const time = timeAt(options, tokens, at);
    return time === null ? [...actors] : heldDuring(actors, (actor) => actor, time.first, time.last);
  };
  const inTime: InTime = (hits, at) => {
    const kept = during(
      hits.map((hit) => hit.actor),
      at,
    );
    return hits.filter((hit) => kept.includes(hit.actor));
  };
  const named = namedCountries(tokens, keys, index);
  const atoms = withoutOpeningWord(findAtoms(tokens, keys, index, named, options.reference, inTime), tokens);
  preferNamedCountryTowns(atoms, tokens, named);
  const byId = (id: string): Actor | undefined => index.registry?.get(id);
  const actors: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const closed = (atom: Atom | undefined): boolean =>
    atom !== undefined && options.closed?.has(atom.end - 1) === true;
  let a = 0;
  while (a < atoms.length) {
    const group: Atom[] = [atoms[a] as Atom];
    let end = (atoms[a] as Atom).end;
    // Leading modifiers ("senior", "the radical").
    let start = (atoms[a] as Atom).start;
    while (start > 0 && isModifierAt(tokens, start - 1)) start -= 1;
    // A pronoun, the name of an actor out of its periods, or a closed phrase is a mention by itself.
    if (group[0]?.kind === 'pronoun' || group[0]?.stale === true || closed(group[0])) {
      pushMention(group, start, end);
      a += 1;
      continue;
    }
    let b = a + 1;
    for (;;) {
      let gap = end;
      while (gap < tokens.length && isModifierAt(tokens, gap)) gap += 1;
      const next = atoms[b];
      if (closed(next)) break;
      const token = tokens[gap];
      // The next atom may begin inside the run of modifiers ("Turkish Foreign Minister": "foreign minister" is one title).
      if (
        next !== undefined &&
        next.start >= end &&
        next.start <= gap &&
        joinable(next) &&
        !startsNewGroup(group, next)
      ) {
        group.push(next);
        end = next.end;
        b += 1;
        continue;
      }
      // "Lebanon's new President", "Pakistan's army"
      if (token?.kind === 'possessive' && next !== undefined && next.start > gap) {
        let after = gap + 1;
        while (after < tokens.length && isModifierAt(tokens, after)) after += 1;
        // The possessed noun may itself be a modifier word ("the Taliban's government").
        // A country's registry body joins too ("Kenya's security forces"), so that the country
        // can overrule a body of another country named by the same words (below).
        const countryOwns =
          next.kind === 'registry' &&
          group.every((g) => g.kind === 'country' || g.kind === 'demonym' || g.kind === 'capital');
        if (
          next.start <= after &&
          (next.kind === 'sector' ||
            countryOwns ||
            (next.kind === 'proper' && group.some((g) => g.kind === 'sector')))
        ) {
          group.push(next);
          end = next.end;
          b += 1;
          continue;
        }
      }
      // "President of Armenia", "government of Sindh province", "Union of Teachers"
      if (token?.lower === 'of' && next !== undefined) {
        let after = gap + 1;
        if (tokens[after]?.lower === 'the') after += 1;
        const head = group[group.length - 1] as Atom;
        const takesOf =
          (head.kind === 'sector' &&
            ['country', 'capital', 'place', 'registry', 'body', 'reference', 'proper'].includes(next.kind)) ||
          (head.kind === 'proper' && next.kind === 'sector' && tokens[next.start]?.capitalised === true) ||
          (head.kind === 'proper' && next.kind === 'proper') ||
          (head.kind === 'proper' && next.kind === 'demonym') ||
          // "King Hassan of Morocco", "Mayor Jane Ross of Calgary": a titled name of its country or town.
          (head.kind === 'proper' &&
            (next.kind === 'country' || next.kind === 'capital' || next.kind === 'place') &&
            group.some((g) => g.kind === 'sector')) ||
          // A reference dictionary's name of a country ("King Hassan of Morocco"): the text's country wins.
          (head.kind === 'reference' && (next.kind === 'country' || next.kind === 'capital'));
        if (next.start === after && takesOf) {
          group.push(next);
          end = next.end;
          b += 1;
          continue;
        }
      }
      // Parenthesised acronym right after a name: "(PLO)".
      if (
        token?.text === '(' &&
        tokens[gap + 1]?.kind === 'word' &&
        /^[\p{Lu}/]{2,}$/u.test(tokens[gap + 1]?.text ?? '') &&
        tokens[gap + 2]?.text === ')'
      ) {
        end = gap + 3;
        while (atoms[b] !== undefined && (atoms[b] as Atom).start < end) b += 1;
      }
      break;
    }
    pushMention(group, start, end);
    a = b;
  }
  return { actors: actors.map(asRulingGovernment), places };

  /**
   * "the Taliban authorities", "Taliban-ruled Afghanistan" (`ruling-movement.ts`): the
   * movement's government when one holds at the mention's time; else, after a government word,
   * the movement itself ("the Taliban government" in a 2010 sentence), and a ruled country stays
   * the country. A ruled country after a locative preposition is a place and stays as it is.
   */
  function asRulingGovernment(mention: ActorMention): ActorMention {
    const reading = rulingReading(mention, tokens, index);
    if (reading === undefined || during([reading.movement], mention.start).length === 0) return mention;
    if (reading.form === 'country' && isLocative(tokens, reading.start)) return mention;
    const actor =
      during(reading.governments, mention.start)[0] ??
      (reading.form === 'head' ? reading.movement : undefined);
    if (actor === undefined || actor.id === mention.actor) return mention;
    const first = tokens[reading.start] as Token;
    // A registry actor now: no reference dictionary entry stands behind it.
    const { references: _references, ...own } = mention;
    return {
      ...own,
      start: reading.start,
      startOffset: first.start,
      text: sentenceText.slice(first.start - sentenceStart, mention.endOffset - sentenceStart),
      actor: actor.id,
      country: actor.country,
      sector: sectorOfActor(actor, byId) ?? mention.sector,
      head: 'registry',
    };
  }

  function pushMention(group: Atom[], start: number, end: number): void {
    const first = tokens[start] as Token;
    const lastToken = tokens[end - 1] as Token;
    const text = sentenceText.slice(first.start - sentenceStart, lastToken.end - sentenceStart);
    const kinds = new Set(group.map((g) => g.kind));
    const locative = isLocative(tokens, start);
    const onlyPlace = group.every(
      (g) =>
        g.kind === 'country' ||
        g.kind === 'capital' ||
        g.kind === 'place' ||
        (g.kind === 'registry' && placeOfRegistryAtom(g) !== undefined),
    );
    if (onlyPlace && group.length === 1) {
      const atom = group[0] as Atom;
      if (atom.kind === 'registry') {
        const registryPlace = placeOfRegistryAtom(atom);
        if (locative && registryPlace !== undefined) {
          places.push({ start, end, place: registryPlace, locative });
          return;
        }
      }
      const place: Place = atom.place ?? {
        name: text,
        country: atom.country ?? '',
        lat: null,
        lon: null,
        precision: atom.kind === 'country' ? 'country' : 'unknown',
      };
      if (atom.kind === 'place' || locative) {
        places.push({ start, end, place: { ...place, name: atom.place?.name ?? text }, locative });
        return;
      }
    }
    if (kinds.has('pronoun')) {
      actors.push({
        start,
        end,
        text,
        startOffset: first.start,
        endOffset: lastToken.end,
        actor: null,
        country: null,
        sector: null,
        head: 'pronoun',
        headWord: first.lower,
      });
      return;
    }
    const registryAtoms = group.filter((g) => g.kind === 'registry');
    let chosen = pickRegistryActor(registryAtoms);
    if (chosen?.kind === 'state' && sectorAtomsOf(group).length > 0) chosen = undefined;
    // "Algerian security forces": a nationality word in the group overrules a registry body of another country.
    const named = group.find((g) => g.kind === 'country' || g.kind === 'demonym' || g.kind === 'capital');
    if (chosen !== undefined && chosen.kind !== 'person' && named?.country !== undefined) {
      const registryCountry = chosen.kind === 'igo' ? 'IGO' : chosen.country;
      if (registryCountry !== null && registryCountry !== named.country) chosen = undefined;
    }
    const countryAtom =
      group.find(
        (g) => g.kind === 'country' || g.kind === 'capital' || g.kind === 'demonym' || g.kind === 'place',
      ) ?? stateAtomOf(registryAtoms);
    const bodyAtom = group.find((g) => g.kind === 'body');
    const referenceAtom = group.find((g) => g.kind === 'reference');
    const sectorAtoms = group.filter((g) => g.kind === 'sector');
    const headSector = sectorAtoms[sectorAtoms.length - 1];
    const headWord =
      headSector === undefined
        ? null
        : tokens
            .slice(headSector.start, headSector.end)
            .map((t) => t.lower)
            .join(' ');
    let actor: Actor | undefined = chosen;
    let country: string | null =
      chosen !== undefined
        ? chosen.kind === 'igo'
          ? 'IGO'
          : chosen.country
        : (bodyAtom?.country ?? countryAtom?.country ?? referenceAtom?.country ?? null);
    if (
      chosen === undefined &&
      bodyAtom === undefined &&
      referenceAtom === undefined &&
      countryAtom !== undefined &&
      country !== null &&
      index.registry !== null
    ) {
      actor = stateLevelActor(countryAtom, headSector?.sector, country, headWord, start);
    }
    if (country === null && actor !== undefined) country = actor.kind === 'igo' ? 'IGO' : actor.country;
    let sector: string | null = null;
    if (chosen !== undefined) sector = sectorOfActor(chosen, byId) ?? headSector?.sector ?? null;
    else if (headSector !== undefined) sector = headSector.sector ?? null;
    else if (bodyAtom !== undefined) sector = bodyAtom.sector ?? null;
    else if (referenceAtom !== undefined)
      sector = referenceAtom.sector ?? guessSector(tokens.slice(start, end).map((t) => t.text));
    else if (countryAtom?.kind === 'capital') sector = countryAtom.sector ?? 'GOV';
    else if (kinds.has('proper')) sector = guessSector(tokens.slice(start, end).map((t) => t.text));
    if (actor !== undefined && chosen === undefined && sector === null) sector = sectorOfActor(actor, byId);
    const head: ActorMention['head'] =
      chosen !== undefined
        ? 'registry'
        : bodyAtom !== undefined
          ? 'body'
          : headSector !== undefined
            ? 'title'
            : referenceAtom !== undefined
              ? 'reference'
              : countryAtom?.kind === 'country'
                ? 'country'
                : countryAtom?.kind === 'capital'
                  ? 'capital'
                  : countryAtom?.kind === 'demonym'
                    ? 'demonym'
                    : 'unknown';
    if (head === 'unknown' && !kinds.has('proper')) return;
    // "the parties agreed", "both warring parties": the sides of a dispute, not political
    // parties (kept when a place says whose sides they are: "the warring parties in Sudan").
    if (
      end - start === 1 &&
      lastToken.lower === 'parties' &&
      SIDES_BEFORE.has(tokens[start - 1]?.lower ?? '') &&
      !['in', 'of', 'from'].includes(tokens[end]?.lower ?? '')
    )
      return;
    // "the Friendship Bridge": a structure; "the Russian language": a language.
    if (head === 'unknown' && STRUCTURE_WORDS.has(lastToken.lower)) return;
    if (head === 'demonym' && group.length === 1 && LANGUAGE_WORDS.has(tokens[end]?.lower ?? '')) return;
    if (head === 'unknown' && group.length === 1 && tokens[start]?.text.length === 1) return;
    actors.push({
      start,
      end,
      text,
      startOffset: first.start,
      endOffset: lastToken.end,
      actor: actor?.id ?? null,
      country,
      sector,
      head,
      headWord,
      ...referencesOf(chosen === undefined ? group : []),
    });
  }

  function placeOfRegistryAtom(atom: Atom): Place | undefined {
    const words = tokens
      .slice(atom.start, atom.end)
      .map((t) => t.text)
      .join(' ');
    const gazetteer = lookupPlace(words);
    if (gazetteer !== undefined) return gazetteer;
    const key = keys.slice(atom.start, atom.end).join(' ');
    const country = index.countries.get(key);
    if (country !== undefined) return { name: words, country, lat: null, lon: null, precision: 'country' };
    return undefined;
  }

  function pickRegistryActor(registryAtoms: Atom[]): Actor | undefined {
    const hits = registryAtoms.flatMap((atom) => atom.hits ?? []);
    const person = hits.find((hit) => hit.actor.kind === 'person');
    if (person !== undefined) return person.actor;
    const last = registryAtoms[registryAtoms.length - 1]?.hits ?? [];
    return (last.find((hit) => hit.actor.kind !== 'state') ?? last[0])?.actor;
  }

  function stateLevelActor(
    countryAtom: Atom,
    sector: string | undefined,
    country: string,
    headWord: string | null,
    at: number,
  ): Actor | undefined {
    const registry = index.registry;
    if (registry === null) return undefined;
    if (sector === undefined) {
      if (countryAtom.kind === 'capital') return governmentOf(country, at);
      const state = registry.stateOf(country);
      return (countryAtom.kind === 'country' || countryAtom.kind === 'demonym') &&
        state !== undefined &&
        during([state], at).length > 0
        ? state
        : undefined;
    }
    return headWord !== null && GOVERNMENT_WORDS.has(headWord) ? governmentOf(country, at) : undefined;
  }

  /** The country's government: its national one in power at the mention's time when the registry dates them. */
  function governmentOf(country: string, at: number): Actor | undefined {
    const governments = during(
      (index.registry?.all() ?? []).filter(
        (actor) => actor.kind === 'government' && actor.country === country,
      ),
      at,
    );
    const national = governments.filter(
      (g) => g.parentId !== null && index.registry?.get(g.parentId)?.kind === 'state',
    );
    return (
      national.find((g) => g.externalIds.ucdp !== undefined && !g.name.includes('Republic')) ??
      national[0] ??
      governments[0]
    );
  }
}

/**
 * "Recent US Predator attacks", "Heavy Russian shelling": a single capitalised word opening the
 * sentence right before a country, capital or nationality word is a common word capitalised by
 * its position, not part of a name; it is dropped.
 */
function withoutOpeningWord(atoms: Atom[], tokens: readonly Token[]): Atom[] {
  const [first, second] = atoms;
  if (first === undefined || second === undefined || first.kind !== 'proper' || first.stale === true)
    return atoms;
  const opening = first.start === 0 || /^["“'‘([]$/u.test(tokens[first.start - 1]?.text ?? '');
  const namesCountry =
    second.kind === 'country' ||
    second.kind === 'capital' ||
    second.kind === 'demonym' ||
    (second.kind === 'registry' && stateAtomOf([second]) !== undefined);
  return opening && first.end === first.start + 1 && second.start === first.end && namesCountry
    ? atoms.slice(1)
    : atoms;
}

/** The reference dictionary entries of a group's atoms, when any. */
function referencesOf(group: readonly Atom[]): { references?: ReferenceSource[] } {
  const references = group.flatMap((atom) => (atom.reference !== undefined ? [atom.reference] : []));
  return references.length > 0 ? { references } : {};
}

function sectorAtomsOf(group: readonly Atom[]): Atom[] {
  return group.filter((g) => g.kind === 'sector');
}

/** A registry atom naming a state, seen as a country atom ("U.S. envoy"). */
function stateAtomOf(registryAtoms: readonly Atom[]): Atom | undefined {
  for (const atom of registryAtoms) {
    const state = atom.hits?.find((hit) => hit.actor.kind === 'state');
    if (state?.actor.country != null)
      return { kind: 'country', start: atom.start, end: atom.end, country: state.actor.country };
  }
  return undefined;
}

/** A locative preposition before `start`, over up to three adjectives or determiners ("in the capital", "in southeastern"). */
function isLocative(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 4); i -= 1) {
    const token = tokens[i] as Token;
    if (LOCATIVE_PREPOSITIONS.has(token.lower)) return true;
    if (
      token.kind !== 'word' ||
      token.capitalised ||
      PREPOSITIONS.has(token.lower) ||
      COORDINATORS.has(token.lower)
    )
      return false;
  }
  return false;
}

/** True when `next` should not join `group` (two full names in a row are two actors). */
function startsNewGroup(group: readonly Atom[], next: Atom): boolean {
  const last = group[group.length - 1] as Atom;
  if (last.stale === true || next.stale === true) return true;
  if (last.kind === 'registry' && next.kind === 'registry') {
    const titleLike = (last.hits ?? []).every((hit) => hit.actor.kind === 'office');
    return !titleLike;
  }
  if (
    (last.kind === 'country' || last.kind === 'capital') &&
    (next.kind === 'country' || next.kind === 'capital')
  )
    return true;
  if (last.kind === 'proper' && next.kind === 'demonym') return true;
  if (last.kind === 'registry' && (next.kind === 'country' || next.kind === 'demonym')) return true;
  if (last.kind === 'sector' && next.kind === 'demonym') return true;
  return false;
}
