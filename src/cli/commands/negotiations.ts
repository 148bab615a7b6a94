/** `jirga negotiations`: list negotiation processes with their rounds. */
import { Command } from 'commander';
import { listNegotiations } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { negotiationColumns } from '../columns.ts';
import { formatOf, sessionOf, withListOptions, write, type ListOptions } from '../common.ts';
import { render } from '../output.ts';

export function negotiationsCommand(): Command {
  return withListOptions(
    new Command('negotiations').description('list negotiation processes with their rounds'),
  ).action(async (options: ListOptions, self: Command) => {
    const items = await withStore(sessionOf(self), (store) =>
      listNegotiations(store, { caseId: options.case, limit: options.limit, offset: options.offset }),
    );
    write(render(items, formatOf(self), negotiationColumns));
  });
}
