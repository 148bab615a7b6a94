/**
 * What the Turkish and Russian editions share in writing the assessment's phrases: the
 * `assessment` template that fills a phrase from the language's templates and formats, and a
 * signed score ("+0,42", "−0,12") or the language's word for an unknown one.
 */
import { writePhrase, type PhraseReader, type PhraseTemplate } from '../../assess/phrase.ts';
import type { BriefStrings } from './strings.ts';

type Formats = Pick<BriefStrings, 'number' | 'date' | 'period'>;

export function phraseWriter(
  templates: Readonly<Record<string, PhraseTemplate>>,
  formats: Formats,
  indicatorNames: () => Readonly<Record<string, string>>,
): BriefStrings['assessment'] {
  return (p, actor) =>
    writePhrase(p, templates, {
      num: formats.number,
      actor,
      indicator: (id) => indicatorNames()[id] ?? id,
      date: formats.date,
      period: formats.period,
    });
}

export function signedScore(
  number: Formats['number'],
  unknown: string,
): (r: PhraseReader, name: string) => string {
  return (r, name) =>
    r.maybe(name) === null
      ? unknown
      : `${r.count(name) >= 0 ? '+' : '−'}${number(Math.abs(r.count(name)), 2)}`;
}
