/**
 * Serving the built web app (`web/dist`): files by path, `index.html` for any other page
 * path (the app routes on the client), hashed assets cached for good, and a plain message
 * when the app has not been built. Paths never leave the root.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jirga</title></head>
<body><h1>Jirga</h1><p>The web workbench has not been built. Run <code>npm start</code>, or
<code>npx vite build --config web/vite.config.ts</code>, then reload. The API is at
<a href="/api/docs">/api/docs</a>.</p></body></html>`;

function fileWithin(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** A handler for GET requests outside `/api/` that serves `root`. */
export function staticFiles(root: string) {
  const absoluteRoot = normalize(root);
  return (c: Context): Response => {
    const index = join(absoluteRoot, 'index.html');
    const path = c.req.path === '/' ? index : fileWithin(absoluteRoot, c.req.path);
    if (path !== undefined && existsSync(path)) {
      const immutable = path.includes(`${sep}assets${sep}`);
      return c.body(readFileSync(path), 200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (extname(c.req.path) !== '') return c.text('not found', 404);
    if (!existsSync(index)) return c.html(NOT_BUILT, 503);
    return c.body(readFileSync(index), 200, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' });
  };
}
