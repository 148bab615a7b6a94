/**
 * Runs `jirga` in-process for the ingest tests and returns the exit code (3: imported with
 * rejected rows), as the real executable would.
 */
import { main } from '../../src/cli/main.ts';

export async function runIngestCli(argv: string[]): Promise<number> {
  return main(['node', 'jirga', ...argv]);
}
