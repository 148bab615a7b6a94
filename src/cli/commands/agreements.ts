/** `jirga agreements`: list agreements (ceasefires, peace and framework deals) and how they ended. */
import { Command } from 'commander';
import { listAgreements } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { agreementColumns } from '../columns.ts';
import { formatOf, sessionOf, withListOptions, write, type ListOptions } from '../common.ts';
import { render } from '../output.ts';

export function agreementsCommand(): Command {
  return withListOptions(
    new Command('agreements').description(
      'list agreements (ceasefires, peace and framework deals) and how they ended',
    ),
  ).action(async (options: ListOptions, self: Command) => {
    const items = await withStore(sessionOf(self), (store) =>
      listAgreements(store, { caseId: options.case, limit: options.limit, offset: options.offset }),
    );
    write(render(items, formatOf(self), agreementColumns));
  });
}
