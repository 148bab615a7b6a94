/**
 * The HTTP API and workbench server: `createApp` (the Hono app, for tests and embedding),
 * `listen` (on Node's HTTP server), `ensureWebBuilt`, and `AppType` for the typed client.
 * @module
 */
export { createApp, DEFAULT_MAX_UPLOAD_MB, WEB_DIST, type AppOptions, type AppType } from './app.ts';
export { DEFAULT_HOST, DEFAULT_PORT, listen, type ListenOptions, type RunningServer } from './listen.ts';
export { buildWeb, ensureWebBuilt, webBuildIsStale } from './web-build.ts';
export type { ApiErrorBody } from './error-handler.ts';
export type { Page } from './pages.ts';
