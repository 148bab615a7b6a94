/**
 * `jirga actors link NAME ACTOR [--dataset D]`: link a dataset actor name that stayed
 * unresolved (see `jirga unresolved`) to a registry actor, for every later import; audited
 * under `--by NAME` (`jirga undo ENTRY` takes the link back).
 */
import { Command, Option } from 'commander';
import { analystName } from '../../app/curation/changes.ts';
import { linkActor } from '../../app/link-actor.ts';
import { withStore } from '../../app/session.ts';
import { formatOf, formatOption, sessionOf, write } from '../common.ts';
import { render } from '../output.ts';

interface LinkFlags {
  dataset?: string;
  by?: string;
}

export function actorsLinkCommand(): Command {
  return new Command('link')
    .description('link a dataset actor name (from `jirga unresolved`) to a registry actor')
    .argument('<name>', 'the dataset name for the actor, verbatim')
    .argument('<actor>', 'a registry actor id or name')
    .option('--dataset <name>', 'only in this dataset format (ucdp-ged, acled, …); default: every dataset')
    .addOption(new Option('--by <name>', 'the analyst making the link (default "analyst")'))
    .addOption(formatOption())
    .action(async (name: string, actor: string, flags: LinkFlags, self: Command) => {
      const result = await withStore(sessionOf(self), (store) =>
        linkActor(
          store,
          { name, actor, ...(flags.dataset === undefined ? {} : { dataset: flags.dataset }) },
          analystName(flags.by),
        ),
      );
      // Under `jirga actors`, whose own --format is recognised after the subcommand too.
      const parent = self.parent;
      const format = parent?.getOptionValueSource('format') === 'cli' ? formatOf(parent) : formatOf(self);
      if (format === 'table') {
        write(
          `linked '${result.name}'${result.dataset === null ? '' : ` (${result.dataset})`} to ${result.actorId} (${result.actorName}); ` +
            `${result.items} item(s) carried it; ${result.eventsUpdated} stored event(s) now name the actor` +
            (result.outsidePeriods > 0
              ? `; ${result.outsidePeriods} fall outside the actor's periods and stay unresolved`
              : '') +
            (result.items > result.eventsUpdated + result.outsidePeriods
              ? '; import the file again to resolve the rest'
              : '') +
            `; audit entry ${result.audit.id} (\`jirga undo ${result.audit.id}\` takes the link back)\n`,
        );
        return;
      }
      if (format === 'json') {
        write(JSON.stringify(result, null, 2) + '\n');
        return;
      }
      write(
        render([result], format, [
          { header: 'name', value: (r) => r.name },
          { header: 'dataset', value: (r) => r.dataset },
          { header: 'actor', value: (r) => r.actorId },
          { header: 'items', value: (r) => r.items },
          { header: 'audit entry', value: (r) => r.audit.id },
        ]),
      );
    });
}
