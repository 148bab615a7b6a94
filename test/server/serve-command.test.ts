/**
 * `jirga start` as a real process: it serves the workbench and the API on the port it is
 * given (0: a free one), prints the URL with the founding question, and stops cleanly on
 * SIGTERM and SIGINT. Also the port and host settings of `jirga serve` and `jirga start`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostOf, parsePort, portOf } from '../../src/cli/commands/serve.ts';
import { ValidationError } from '../../src/errors.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-serve-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `jirga start` and resolves with the URL once it prints one. */
function startJirga(): {
  url: Promise<string>;
  output: () => string;
  exit: Promise<number | null>;
  kill: (s: NodeJS.Signals) => void;
} {
  const child = spawn(
    process.execPath,
    ['bin/jirga.js', '--db', join(dir, 'jirga.sqlite'), 'start', '--port', '0', '--no-build'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JIRGA_PORT: '' } },
  );
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Jirga workbench: (http:\/\/\S+?)\/\s/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => reject(new Error(`exited before listening:\n${output}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { url, output: () => output, exit, kill: (signal) => child.kill(signal) };
}

describe('jirga start (serving)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves the API, prints the founding question and stops cleanly on %s',
    async (signal) => {
      const run = startJirga();
      const url = await run.url;
      expect(url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(run.output()).toContain('Can the Afghan Taliban mediate between Pakistan and the TTP');
      expect(run.output()).toMatch(/Now: \d+ events/);
      const res = await fetch(`${url}/api/cases`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toContain(
        'pakistan-ttp',
      );
      run.kill(signal);
      expect(await run.exit).toBe(0);
      expect(run.output()).toContain('Stopped.');
    },
    60_000,
  );
});

describe('port and host settings', () => {
  it('takes --port, then JIRGA_PORT, then 8787', () => {
    expect(portOf({ port: 9000 }, { JIRGA_PORT: '9100' })).toBe(9000);
    expect(portOf({}, { JIRGA_PORT: '9100' })).toBe(9100);
    expect(portOf({}, {})).toBe(8787);
    expect(() => portOf({}, { JIRGA_PORT: 'eighty' })).toThrow(ValidationError);
    expect(() => parsePort('70000')).toThrow(/0–65535/);
  });

  it('binds to loopback unless --host says otherwise', () => {
    expect(hostOf({})).toBe('127.0.0.1');
    expect(hostOf({ host: true })).toBe('0.0.0.0');
    expect(hostOf({ host: '192.168.1.5' })).toBe('192.168.1.5');
  });
});
