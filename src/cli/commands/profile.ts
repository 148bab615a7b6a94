/** `jirga profile`: an actor profile (names, leaders, allies and rivals, splits, attacks, designations, timeline) with numbered footnotes. */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { BRIEF_LANGUAGES } from '../../report/index.ts';
import { exportProfile, makeProfile, PROFILE_FORMATS, type ProfileFormat } from '../../app/profile.ts';
import { withStore } from '../../app/session.ts';
import { ValidationError } from '../../errors.ts';
import { sessionOf, write } from '../common.ts';
import { reviewOptions } from './brief.ts';

interface ProfileOptions {
  case: string;
  asOf?: string;
  includeDrafts?: boolean;
  format: ProfileFormat;
  lang: string;
  out?: string;
  reviewedBy?: string;
  reviewNote?: string;
}

export function profileCommand(): Command {
  return new Command('profile')
    .description('write a sourced profile of one actor, every item with a numbered footnote')
    .argument('<actor>', 'the actor (id or name in any language)')
    .requiredOption('--case <id>', 'the case')
    .option('--as-of <date>', 'write with what was known on this day (YYYY-MM-DD; default today)')
    .option('--include-drafts', 'use unreviewed (draft) items too')
    .addOption(new Option('--format <format>', 'output format').choices(PROFILE_FORMATS).default('md'))
    .addOption(new Option('--lang <lang>', 'language of the profile').choices(BRIEF_LANGUAGES).default('en'))
    .option('--reviewed-by <name>', 'stamp the profile as reviewed by this analyst (your own statement)')
    .option('--review-note <text>', 'a note recorded with the review (needs --reviewed-by)')
    .option('--out <file>', 'write to this file (required for pdf and docx)')
    .action(async (actor: string, options: ProfileOptions, self: Command) => {
      if ((options.format === 'pdf' || options.format === 'docx') && options.out === undefined)
        throw new ValidationError(`--format ${options.format} needs --out FILE`, { field: '--out' });
      const profile = await withStore(sessionOf(self), (store) =>
        makeProfile(store, {
          caseId: options.case,
          actor,
          lang: options.lang,
          includeDrafts: options.includeDrafts === true,
          ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
          ...reviewOptions(options),
        }),
      );
      const output = await exportProfile(profile, options.format);
      if (options.out === undefined) write(String(output));
      else writeFileSync(options.out, output);
    });
}
