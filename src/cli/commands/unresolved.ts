/**
 * `jirga unresolved`: dataset actor names not yet linked to the registry, most frequent first;
 * `jirga actors link NAME ACTOR` links one.
 */
import { Command } from 'commander';
import { withStore } from '../../app/session.ts';
import { listUnresolved } from '../../app/unresolved.ts';
import { formatOf, formatOption, parseCount, sessionOf, write } from '../common.ts';
import { render } from '../output.ts';

interface UnresolvedFlags {
  case?: string;
  dataset?: string;
  limit?: number;
}

export function unresolvedCommand(): Command {
  return new Command('unresolved')
    .description(
      'dataset actor names not yet linked to the registry (link one with `jirga actors link NAME ACTOR`)',
    )
    .option('--case <id>', 'only names on items of this case')
    .option('--dataset <name>', 'only names from this dataset format (ucdp-ged, acled, …)')
    .option('--limit <n>', 'at most this many names', parseCount('--limit'))
    .addOption(formatOption())
    .action(async (flags: UnresolvedFlags, self: Command) => {
      const names = await withStore(sessionOf(self), (store) =>
        listUnresolved(store, {
          ...(flags.case === undefined ? {} : { caseId: flags.case }),
          ...(flags.dataset === undefined ? {} : { dataset: flags.dataset }),
          ...(flags.limit === undefined ? {} : { limit: flags.limit }),
        }),
      );
      write(
        render(names, formatOf(self), [
          { header: 'dataset', value: (n) => n.dataset },
          { header: 'name', value: (n) => n.name },
          { header: 'external_id', value: (n) => n.externalId },
          { header: 'items', value: (n) => n.items },
          { header: 'why', value: (n) => n.why },
        ]),
      );
    });
}
