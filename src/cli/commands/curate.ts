/**
 * Curation from the command line, each change audited under `--by NAME` (default "analyst"):
 * `jirga drafts` (the review queue), `jirga review KIND:ID… --status S`, `jirga grade SOURCE`,
 * `jirga merge actors INTO MERGED`, `jirga merge events A B`, `jirga audit KIND:ID` (an
 * item's history and version) and `jirga undo ENTRY`.
 */
import { Command, Option } from 'commander';
import { analystName } from '../../app/curation/changes.ts';
import { gradeSource } from '../../app/curation/edit.ts';
import { ITEM_REF_HELP, parseItemRef } from '../../app/curation/kinds.ts';
import { mergeActors, mergeIncidents } from '../../app/curation/merge.ts';
import type { UnrecordedChange } from '../../app/curation/outside-changes.ts';
import { reviewItems, reviewQueue } from '../../app/curation/review.ts';
import { itemHistory, undoChange } from '../../app/curation/undo.ts';
import { withStore } from '../../app/session.ts';
import { ValidationError } from '../../errors.ts';
import { REVIEW_STATUSES } from '../../model/index.ts';
import { REVIEWABLE_KINDS } from '../../store/curation-records.ts';
import type { AuditEntry } from '../../store/store.ts';
import { formatOf, formatOption, parseCount, sessionOf, write } from '../common.ts';
import { render, type Column } from '../output.ts';

const AUDIT_COLUMNS: Column<AuditEntry | UnrecordedChange>[] = [
  { header: 'entry', value: (e) => e.id ?? 'not recorded yet' },
  { header: 'at', value: (e) => e.at },
  { header: 'who', value: (e) => e.who },
  { header: 'action', value: (e) => e.action },
  { header: 'item', value: (e) => `${e.kind}:${e.itemId}` },
  { header: 'version', value: (e) => e.version },
  { header: 'undoes', value: (e) => e.undoes },
  { header: 'part of', value: (e) => e.partOf },
];

const byOption = () => new Option('--by <name>', 'the analyst making the change (default "analyst")');

function itemRef(text: string) {
  const ref = parseItemRef(text);
  if (ref === undefined)
    throw new ValidationError(`expected ${ITEM_REF_HELP}, got '${text}'`, { field: 'item' });
  return ref;
}

/** Prints audit entries: a table by default, else in the chosen format. */
function printEntries(entries: (AuditEntry | UnrecordedChange)[], self: Command): void {
  write(render(entries, formatOf(self), AUDIT_COLUMNS));
}

function draftsCommand(): Command {
  return new Command('drafts')
    .description('list the drafts awaiting review (events, relations, negotiations, agreements)')
    .option('--case <id>', 'only drafts of this case')
    .addOption(new Option('--kind <kind>', 'only drafts of this kind').choices(REVIEWABLE_KINDS))
    .option('--limit <n>', 'at most this many drafts', parseCount('--limit'))
    .addOption(formatOption())
    .action(
      async (
        flags: { case?: string; kind?: (typeof REVIEWABLE_KINDS)[number]; limit?: number },
        self: Command,
      ) => {
        const drafts = await withStore(sessionOf(self), (store) =>
          reviewQueue(store, {
            ...(flags.case === undefined ? {} : { caseId: flags.case }),
            ...(flags.kind === undefined ? {} : { kinds: [flags.kind] }),
            ...(flags.limit === undefined ? {} : { limit: flags.limit }),
          }),
        );
        write(
          render(drafts, formatOf(self), [
            { header: 'item', value: (d) => `${d.kind}:${d.item.id}` },
            {
              header: 'summary',
              value: (d) =>
                ('summary' in d.item ? d.item.summary : undefined) ?? ('name' in d.item ? d.item.name : ''),
            },
          ]),
        );
      },
    );
}

function reviewCommand(): Command {
  return new Command('review')
    .description('set the review status of items, all in one transaction')
    .argument('<items...>', ITEM_REF_HELP)
    .addOption(
      new Option('--status <status>', 'the new status').choices(REVIEW_STATUSES).makeOptionMandatory(),
    )
    .addOption(byOption())
    .addOption(formatOption())
    .action(async (items: string[], flags: { status: string; by?: string }, self: Command) => {
      const targets = items.map((text) => {
        const { kind, id } = itemRef(text);
        return { kind, id };
      });
      const result = await withStore(sessionOf(self), (store) =>
        reviewItems(store, targets, flags.status, analystName(flags.by)),
      );
      printEntries(result.audit, self);
    });
}

function gradeCommand(): Command {
  return new Command('grade')
    .description('grade a source on the Admiralty scale, with a note saying why')
    .argument('<source>', 'the source id')
    .addOption(new Option('--reliability <A-F>', 'source reliability').makeOptionMandatory())
    .addOption(
      new Option('--credibility <1-6>', 'information credibility').argParser(Number).makeOptionMandatory(),
    )
    .option('--note <text>', 'why the source is graded so')
    .addOption(byOption())
    .addOption(formatOption())
    .action(
      async (
        source: string,
        flags: { reliability: string; credibility: number; note?: string; by?: string },
        self: Command,
      ) => {
        const done = await withStore(sessionOf(self), (store) =>
          gradeSource(
            store,
            source,
            {
              reliability: flags.reliability,
              credibility: flags.credibility,
              ...(flags.note === undefined ? {} : { note: flags.note }),
            },
            undefined,
            analystName(flags.by),
          ),
        );
        printEntries([done.audit], self);
      },
    );
}

function mergeCommand(): Command {
  const merge = new Command('merge').description(
    'merge duplicate actors or incidents (undo with `jirga undo`)',
  );
  merge
    .command('actors')
    .description('merge a duplicate actor into another: references rewritten, its id kept as an alias')
    .argument('<into>', 'the actor kept')
    .argument('<merged>', 'the duplicate, deleted')
    .addOption(byOption())
    .addOption(formatOption())
    .action(async (into: string, merged: string, flags: { by?: string }, self: Command) => {
      const entries = await withStore(sessionOf(self), (store) =>
        mergeActors(store, { into, merged }, analystName(flags.by)),
      );
      printEntries(entries, self);
    });
  merge
    .command('events')
    .description('mark two events as reports of one incident (counted once)')
    .argument('<first>', 'an event id')
    .argument('<second>', 'another event id')
    .addOption(byOption())
    .addOption(formatOption())
    .action(async (first: string, second: string, flags: { by?: string }, self: Command) => {
      const entries = await withStore(sessionOf(self), (store) =>
        mergeIncidents(store, { events: [first, second] }, analystName(flags.by)),
      );
      printEntries(entries, self);
    });
  return merge;
}

function auditCommand(): Command {
  return new Command('audit')
    .description("an item's audit history (oldest first) and its current version")
    .argument('<item>', ITEM_REF_HELP)
    .addOption(formatOption())
    .action(async (text: string, _flags: unknown, self: Command) => {
      const { kind, id } = itemRef(text);
      const history = await withStore(sessionOf(self), (store) => itemHistory(store, kind, id));
      if (formatOf(self) === 'table') write(`${kind}:${id} is at version ${history.version}\n`);
      printEntries(history.entries, self);
    });
}

function undoCommand(): Command {
  return new Command('undo')
    .description('undo a change by its audit entry number (a whole merge or actor link by its first entry)')
    .argument('<entry>', 'the audit entry number', parseCount('entry'))
    .addOption(byOption())
    .addOption(formatOption())
    .action(async (entry: number, flags: { by?: string }, self: Command) => {
      const entries = await withStore(sessionOf(self), (store) =>
        undoChange(store, entry, analystName(flags.by)),
      );
      printEntries(entries, self);
    });
}

export function curationCommands(): Command[] {
  return [draftsCommand(), reviewCommand(), gradeCommand(), mergeCommand(), auditCommand(), undoCommand()];
}
