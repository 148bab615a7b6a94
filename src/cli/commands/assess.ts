/** `jirga assess`: can M mediate between A and B as of a date? Indicators, prospects, evidence. */
import { Command, Option } from 'commander';
import { assessMediation } from '../../app/assess.ts';
import { withStore } from '../../app/session.ts';
import { comparisonText, toMarkdown, toText } from '../../assess/render.ts';
import { collectList, sessionOf, write } from '../common.ts';

interface AssessOptions {
  case: string;
  mediator: string;
  parties: string[];
  asOf: string;
  compareAsOf?: string;
  includeDrafts?: boolean;
  referenceData?: string;
  scenario?: string;
  format: 'table' | 'json' | 'md';
}

export function assessCommand(): Command {
  return new Command('assess')
    .description('assess whether a mediator can mediate between two parties, as of a date')
    .requiredOption('--case <id>', 'the case')
    .requiredOption('--mediator <actor>', 'the mediator (id or name)')
    .requiredOption(
      '--parties <actors...>',
      'the two parties (ids or names; the government side first)',
      collectList,
    )
    .requiredOption('--as-of <date>', 'assess with what was known on this day (YYYY-MM-DD)')
    .option('--compare-as-of <date>', 'also assess as of this day and say what changed')
    .option('--include-drafts', 'count unreviewed (draft) items')
    .option(
      '--reference-data <dir>',
      'directory with the reference datasets (default $JIRGA_REFERENCE_DATA or ../shared/data)',
    )
    .option(
      '--scenario <case/name>',
      'run this bargaining scenario and use its result for the bargaining range (conditional on expert inputs)',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'md']).default('table'),
    )
    .action(async (options: AssessOptions, self: Command) => {
      const result = await withStore(sessionOf(self), (store) =>
        assessMediation(store, {
          caseId: options.case,
          mediator: options.mediator,
          parties: options.parties,
          asOf: options.asOf,
          ...(options.compareAsOf === undefined ? {} : { compareAsOf: options.compareAsOf }),
          includeDrafts: options.includeDrafts === true,
          ...(options.referenceData === undefined ? {} : { referenceData: options.referenceData }),
          ...(options.scenario === undefined ? {} : { scenario: options.scenario }),
        }),
      );
      if (options.format === 'json') {
        const body =
          result.comparison === undefined
            ? result.assessment
            : { ...result.assessment, comparison: result.comparison.changes };
        write(JSON.stringify(body, null, 2) + '\n');
        return;
      }
      const view = options.format === 'md' ? toMarkdown : toText;
      write(view(result.assessment));
      if (result.comparison !== undefined) write('\n' + comparisonText(result.comparison.changes));
    });
}
