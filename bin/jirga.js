#!/usr/bin/env node
// The `jirga` executable: registers the TypeScript loader and hands over to the CLI.
import { register } from 'tsx/esm/api';

// A reader that stops early (`jirga events … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
