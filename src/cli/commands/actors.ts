/**
 * `jirga actors`: list actors (states, groups, persons, offices); `jirga actors link NAME
 * ACTOR` links a dataset actor name to one of them.
 */
import { Command } from 'commander';
import { listActors } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { actorColumns } from '../columns.ts';
import { actorsLinkCommand } from './actors-link.ts';
import { formatOf, sessionOf, withListOptions, write, type ListOptions } from '../common.ts';
import { render } from '../output.ts';

export function actorsCommand(): Command {
  return withListOptions(new Command('actors').description('list actors (states, groups, persons, offices)'))
    .addCommand(actorsLinkCommand())
    .action(async (options: ListOptions, self: Command) => {
      const items = await withStore(sessionOf(self), (store) =>
        listActors(store, { caseId: options.case, limit: options.limit, offset: options.offset }),
      );
      write(render(items, formatOf(self), actorColumns));
    });
}
