#!/usr/bin/env node
// `npm test`: type-check, lint, format check, then the vitest suite; ends with one plain
// summary line "N passed, N failed" (checks that fail count as failures).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const checks = [
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['type-check web', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
];
let failedChecks = 0;
for (const [name, cmd, args] of checks) {
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = run.status === 0;
  console.log(`check ${name}: ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failedChecks += 1;
}

const dir = mkdtempSync(join(tmpdir(), 'jirga-test-'));
const report = join(dir, 'vitest.json');
const extra = process.argv.slice(2);
const run = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { stdio: 'inherit' },
);
let passed, failed, skipped;
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests;
  skipped = result.numPendingTests + result.numTodoTests;
  if (result.numFailedTestSuites > 0 && failed === 0) failed = result.numFailedTestSuites;
} catch {
  passed = 0;
  skipped = 0;
  failed = 1;
  console.log('vitest produced no report');
}
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0 && failed === 0) failed = 1;
failed += failedChecks;
if (skipped > 0) console.log(`${skipped} skipped (see the names above for why)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
