/** `jirga brief`: the assessment written up as a sourced, footnoted draft brief (md, html, pdf, docx). */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import {
  BRIEF_FORMATS,
  makeBrief,
  renderBrief,
  type BriefFormat,
  type ReviewRequest,
} from '../../app/brief.ts';
import { withStore } from '../../app/session.ts';
import { ValidationError } from '../../errors.ts';
import { BRIEF_LANGUAGES } from '../../report/index.ts';
import { collectList, parseCount, sessionOf, write } from '../common.ts';

interface BriefOptions {
  case: string;
  mediator: string;
  parties: string[];
  asOf: string;
  includeDrafts?: boolean;
  referenceData?: string;
  scenario?: string;
  format: BriefFormat;
  lang: string;
  out?: string;
  runs?: number;
  since?: string;
  reviewedBy?: string;
  reviewNote?: string;
}

/** The review flags as the use cases take them (shared with `jirga profile`). */
export function reviewOptions(options: { reviewedBy?: string; reviewNote?: string }): ReviewRequest {
  return {
    ...(options.reviewedBy === undefined ? {} : { reviewedBy: options.reviewedBy }),
    ...(options.reviewNote === undefined ? {} : { reviewNote: options.reviewNote }),
  };
}

export function briefCommand(): Command {
  return new Command('brief')
    .description('write the assessment up as a draft brief with numbered footnotes to its evidence')
    .requiredOption('--case <id>', 'the case')
    .requiredOption('--mediator <actor>', 'the mediator (id or name)')
    .requiredOption(
      '--parties <actors...>',
      'the two parties (ids or names; the government side first)',
      collectList,
    )
    .requiredOption('--as-of <date>', 'write with what was known on this day (YYYY-MM-DD)')
    .option('--include-drafts', 'count unreviewed (draft) items')
    .option(
      '--reference-data <dir>',
      'directory with the reference datasets (default $JIRGA_REFERENCE_DATA or ../shared/data)',
    )
    .option(
      '--scenario <case/name>',
      'add the outcome range of this bargaining scenario (conditional on expert inputs)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(BRIEF_FORMATS).default('md'))
    .addOption(new Option('--lang <lang>', 'language of the brief').choices(BRIEF_LANGUAGES).default('en'))
    .option(
      '--runs <n>',
      "Monte Carlo runs for the scenario's outcome range (default 200)",
      parseCount('--runs'),
    )
    .option('--since <date>', 'add a digest of what changed from this day to --as-of (YYYY-MM-DD)')
    .option('--reviewed-by <name>', 'stamp the brief as reviewed by this analyst (your own statement)')
    .option('--review-note <text>', 'a note recorded with the review (needs --reviewed-by)')
    .option(
      '--out <file>',
      'write to this file (required for pdf and docx; md and html go to stdout without it)',
    )
    .action(async (options: BriefOptions, self: Command) => {
      if ((options.format === 'pdf' || options.format === 'docx') && options.out === undefined)
        throw new ValidationError(`--format ${options.format} needs --out FILE`, { field: '--out' });
      const doc = await withStore(sessionOf(self), (store) =>
        makeBrief(store, {
          caseId: options.case,
          mediator: options.mediator,
          parties: options.parties,
          asOf: options.asOf,
          includeDrafts: options.includeDrafts === true,
          lang: options.lang,
          ...(options.runs === undefined ? {} : { runs: options.runs }),
          ...(options.referenceData === undefined ? {} : { referenceData: options.referenceData }),
          ...(options.scenario === undefined ? {} : { scenario: options.scenario }),
          ...(options.since === undefined ? {} : { since: options.since }),
          ...reviewOptions(options),
        }),
      );
      const output = await renderBrief(doc, options.format);
      if (options.out === undefined) write(String(output));
      else writeFileSync(options.out, output);
    });
}
