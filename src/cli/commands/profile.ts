/** `jirga profile`: an actor profile (names, leaders, allies and rivals, splits, attacks, designations, timeline) with numbered footnotes. */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { makeProfile, PROFILE_FORMATS, renderProfile, type ProfileFormat } from '../../app/profile.ts';
import { withStore } from '../../app/session.ts';
import { sessionOf, write } from '../common.ts';
import { reviewOptions } from './brief.ts';

interface ProfileOptions {
  case: string;
  asOf?: string;
  includeDrafts?: boolean;
  format: ProfileFormat;
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
    .option('--reviewed-by <name>', 'stamp the profile as reviewed by this analyst (your own statement)')
    .option('--review-note <text>', 'a note recorded with the review (needs --reviewed-by)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (actor: string, options: ProfileOptions, self: Command) => {
      const profile = await withStore(sessionOf(self), (store) =>
        makeProfile(store, {
          caseId: options.case,
          actor,
          includeDrafts: options.includeDrafts === true,
          ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
          ...reviewOptions(options),
        }),
      );
      const output = renderProfile(profile, options.format);
      if (options.out === undefined) write(output);
      else writeFileSync(options.out, output);
    });
}
