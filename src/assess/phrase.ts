/**
 * A sentence of the assessment as a key and its parameters, so that a brief in another
 * language can write it from its own template while the assessment keeps its English text
 * unchanged. Templates read their parameters through a `PhraseReader`, which each language
 * makes with its own number, date and name formats; nested phrases (a reason inside a
 * caveat) are written by the same reader, so one language is used throughout.
 */

export type PhraseValue = string | number | boolean | null | readonly string[] | Phrase | readonly Phrase[];

export interface Phrase {
  key: string;
  params: Readonly<Record<string, PhraseValue>>;
}

/** How a template reads its parameters, each formatted in the template's language. */
export interface PhraseReader {
  /** A string parameter as it is (a name from the data, a scenario id). */
  text(name: string): string;
  /** A string parameter or null. */
  maybe(name: string): string | null;
  /** A count, as a number (for plural choices). */
  count(name: string): number;
  /** A count or measure written out; `digits` fixes the decimals (English: `toFixed`). */
  num(name: string, digits?: number): string;
  flag(name: string): boolean;
  /** A list of strings as they are. */
  texts(name: string): readonly string[];
  /** An actor id, written as the language names the actor (English: the id). */
  actor(name: string): string;
  actors(name: string): string[];
  /** An indicator id, written as the language names the indicator (English: the id). */
  indicator(name: string): string;
  indicators(name: string): string[];
  /** An ISO date (English: as it is). */
  date(name: string): string;
  /** An ISO date as exact as the precision named by `precision` (English: "2007-07" for a month). */
  period(name: string, precision: string): string;
  /** A nested phrase, written in the same language. */
  phrase(name: string): string;
  phrases(name: string): string[];
}

export type PhraseTemplate = (r: PhraseReader) => string;

/** What a language supplies besides its templates. */
export interface PhraseFormats {
  num: (x: number, digits?: number) => string;
  actor: (id: string) => string;
  indicator: (id: string) => string;
  date: (iso: string) => string;
  period: (iso: string, precision: string) => string;
}

/** Writes a phrase with a language's templates and formats; an unknown key or a missing parameter throws. */
export function writePhrase(
  p: Phrase,
  templates: Readonly<Record<string, PhraseTemplate>>,
  formats: PhraseFormats,
): string {
  const template = templates[p.key];
  if (template === undefined) throw new Error(`no template for the phrase '${p.key}'`);
  const get = (name: string): PhraseValue => {
    if (!(name in p.params)) throw new Error(`the phrase '${p.key}' has no parameter '${name}'`);
    return p.params[name]!;
  };
  const nested = (value: PhraseValue) => writePhrase(value as Phrase, templates, formats);
  const reader: PhraseReader = {
    text: (name) => String(get(name)),
    maybe: (name) => {
      const value = get(name);
      return value === null ? null : String(value);
    },
    count: (name) => Number(get(name)),
    num: (name, digits) => formats.num(Number(get(name)), digits),
    flag: (name) => get(name) === true,
    texts: (name) => get(name) as readonly string[],
    actor: (name) => formats.actor(String(get(name))),
    actors: (name) => (get(name) as readonly string[]).map(formats.actor),
    indicator: (name) => formats.indicator(String(get(name))),
    indicators: (name) => (get(name) as readonly string[]).map(formats.indicator),
    date: (name) => formats.date(String(get(name))),
    period: (name, precision) => formats.period(String(get(name)), String(get(precision))),
    phrase: (name) => nested(get(name)),
    phrases: (name) => (get(name) as readonly Phrase[]).map(nested),
  };
  return template(reader);
}
