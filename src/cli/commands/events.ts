/** `jirga events`: the events of a case or of the whole store, filtered by date, actor, type and place. */
import { Command } from 'commander';
import { listEvents } from '../../app/items.ts';
import { withStore } from '../../app/session.ts';
import { eventColumns } from '../columns.ts';
import { collectList, formatOf, parseBbox, sessionOf, withListOptions, write } from '../common.ts';
import { render } from '../output.ts';

interface EventsOptions {
  case?: string;
  from?: string;
  to?: string;
  actor: string[];
  type: string[];
  bbox?: [number, number, number, number];
  limit?: number;
  offset?: number;
}

export function eventsCommand(): Command {
  return withListOptions(new Command('events').description('list events, oldest first'))
    .option('--from <date>', 'on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'on or before this date (YYYY-MM-DD)')
    .option(
      '--actor <ids>',
      'events involving any of these actors (ids or names, comma-separated)',
      collectList,
      [],
    )
    .option('--type <types>', 'PLOVER event types, comma-separated (e.g. ASSAULT,CONSULT)', collectList, [])
    .option('--bbox <box>', 'minLon,minLat,maxLon,maxLat', parseBbox)
    .action(async (options: EventsOptions, self: Command) => {
      const events = await withStore(sessionOf(self), (store) =>
        listEvents(store, {
          caseId: options.case,
          from: options.from,
          to: options.to,
          actors: options.actor,
          types: options.type,
          bbox: options.bbox,
          limit: options.limit,
          offset: options.offset,
        }),
      );
      write(render(events, formatOf(self), eventColumns));
    });
}
