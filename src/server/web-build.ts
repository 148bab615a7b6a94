/**
 * Building the web workbench when it must be: when `web/dist/index.html` is missing or older
 * than anything under `web/src`, `web/index.html` or the Vite config. Vite is loaded only
 * then, so a server with a built app never needs it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST } from './app.ts';

const WEB_ROOT = join(WEB_DIST, '..');
export const VITE_CONFIG = join(WEB_ROOT, 'vite.config.ts');

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestIn(join(path, name))),
    stat.mtimeMs,
  );
}

/** True when the built app is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestIn(join(WEB_ROOT, 'src')),
    newestIn(join(WEB_ROOT, 'index.html')),
    newestIn(VITE_CONFIG),
  );
  return sources > statSync(built).mtimeMs;
}

/** Builds `web/` into `web/dist` with Vite's API. */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
}

/** Builds when stale; returns whether it built. */
export async function ensureWebBuilt(): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  await buildWeb();
  return true;
}
