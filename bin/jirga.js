#!/usr/bin/env node
// The `jirga` executable: registers the TypeScript loader and hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
