/**
 * The `jirga` command line: one commander program, one file per command under `commands/`.
 * Exit codes: 0 success, 1 a user error (one line naming what is wrong), 2 an internal error.
 */
import { Command, CommanderError } from 'commander';
import { exitCodeFor, JirgaError } from '../errors.ts';
import { actorsCommand } from './commands/actors.ts';
import { assessCommand } from './commands/assess.ts';
import { agreementsCommand } from './commands/agreements.ts';
import { briefCommand } from './commands/brief.ts';
import { profileCommand } from './commands/profile.ts';
import { caseCommand } from './commands/case.ts';
import { codeCommand } from './commands/code.ts';
import { curationCommands } from './commands/curate.ts';
import { eventsCommand } from './commands/events.ts';
import { importCommand } from './commands/import.ts';
import { ingestCommand } from './commands/ingest.ts';
import { negotiationsCommand } from './commands/negotiations.ts';
import { networkCommand } from './commands/network.ts';
import { relationsCommand } from './commands/relations.ts';
import { serveCommand } from './commands/serve.ts';
import { simulateCommand } from './commands/simulate.ts';
import { sourcesCommand } from './commands/sources.ts';
import { statsCommand } from './commands/stats.ts';
import { startCommand } from './commands/start.ts';
import { unresolvedCommand } from './commands/unresolved.ts';

export function buildProgram(): Command {
  const program = new Command('jirga')
    .description('Evidence-backed conflict and mediation analysis')
    .option(
      '--db <path-or-url>',
      'SQLite file or postgres:// URL (default: $JIRGA_DATABASE_URL, $JIRGA_DB, ~/.jirga/jirga.sqlite)',
    )
    .showHelpAfterError()
    .exitOverride();
  for (const command of [
    startCommand(),
    serveCommand(),
    caseCommand(),
    actorsCommand(),
    eventsCommand(),
    relationsCommand(),
    agreementsCommand(),
    negotiationsCommand(),
    sourcesCommand(),
    simulateCommand(),
    assessCommand(),
    briefCommand(),
    profileCommand(),
    networkCommand(),
    codeCommand(),
    importCommand(),
    statsCommand(),
    unresolvedCommand(),
    ingestCommand(),
    ...curationCommands(),
  ]) {
    program.addCommand(command);
  }
  for (const command of allCommands(program)) command.exitOverride();
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((child) => [child, ...allCommands(child)]);
}

/** Runs the CLI on `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // A command that succeeds with a qualified outcome (an import with rejected rows: 3) says so
  // through process.exitCode; main turns it into its return value and leaves it unset.
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv);
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    process.exitCode = undefined;
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; commander has already printed its message.
      return error.exitCode === 0 ? 0 : 1;
    }
    if (error instanceof JirgaError) {
      process.stderr.write(`jirga: ${error.message}\n`);
    } else {
      process.stderr.write(
        `jirga: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    return exitCodeFor(error);
  }
}
