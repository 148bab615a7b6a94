/** `jirga relations`: typed, signed links between actors (mediates, harbours, supports, …). */
import { Command } from 'commander';
import { listRelations } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { relationColumns } from '../columns.ts';
import { collectList, formatOf, sessionOf, withListOptions, write, type ListOptions } from '../common.ts';
import { render } from '../output.ts';

export function relationsCommand(): Command {
  return withListOptions(new Command('relations').description('list relations between actors'))
    .option('--actor <ids>', 'relations of any of these actors (ids or names)', collectList, [])
    .action(async (options: ListOptions & { actor: string[] }, self: Command) => {
      const items = await withStore(sessionOf(self), (store) =>
        listRelations(store, {
          caseId: options.case,
          limit: options.limit,
          offset: options.offset,
          actors: options.actor,
        }),
      );
      write(render(items, formatOf(self), relationColumns));
    });
}
