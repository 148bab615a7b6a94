/** `jirga stats`: events and fatalities (low, best, high) by year, dyad, country…, counted by incident. */
import { Command } from 'commander';
import { withStore } from '../../app/session.ts';
import { eventStatsReport, STAT_KEYS } from '../../app/stats.ts';
import { collectList, formatOf, formatOption, sessionOf, write } from '../common.ts';
import { render } from '../output.ts';

interface StatsFlags {
  case?: string;
  by: string[];
  from?: string;
  to?: string;
}

export function statsCommand(): Command {
  return new Command('stats')
    .description('events and fatalities by group, counted by incident')
    .option('--case <id>', 'only events of this case')
    .option('--by <keys>', `group by, comma-separated: ${STAT_KEYS.join(', ')}`, collectList, [])
    .option('--from <date>', 'on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'on or before this date (YYYY-MM-DD)')
    .addOption(formatOption())
    .action(async (flags: StatsFlags, self: Command) => {
      const by = flags.by.length === 0 ? ['year'] : flags.by;
      const { rows, mixedOrigins } = await withStore(sessionOf(self), (store) =>
        eventStatsReport(store, {
          by,
          ...(flags.case === undefined ? {} : { caseId: flags.case }),
          ...(flags.from === undefined ? {} : { from: flags.from }),
          ...(flags.to === undefined ? {} : { to: flags.to }),
        }),
      );
      const columns = [...by, 'events', 'fatalities_low', 'fatalities_best', 'fatalities_high'].map(
        (header) => ({
          header,
          value: (row: Record<string, unknown>) => row[header],
        }),
      );
      write(render(rows, formatOf(self), columns));
      if (mixedOrigins.length > 0)
        process.stderr.write(
          `jirga: warning: some rows add up events of different origins (${mixedOrigins.join(', ')}); --by dataset keeps them apart\n`,
        );
    });
}
