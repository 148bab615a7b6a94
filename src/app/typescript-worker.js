// Starts a TypeScript module on a worker thread: registers the tsx loader in the thread (on
// Node 20 a worker's `--import` does not load .ts files), then imports the module named by
// `workerData.entry`; the module reads its own input from `workerData.input`. Plain JS, as
// `bin/jirga.js`, because nothing can load TypeScript before this has run.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
