/**
 * The Jirga HTTP app: JSON endpoints under `/api/` over the use cases in `src/app/`, the
 * OpenAPI document and reference page, and the built web workbench at `/`. Validation,
 * ETags, security headers and error mapping are applied here once for every route.
 *
 * @example
 * const app = createApp({ store });
 * const res = await app.request('/api/events?case=pakistan-ttp&type=ASSAULT');
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import { storeMiddleware, type ApiEnv, type StoreSource } from './env.ts';
import { onError, onNotFound } from './error-handler.ts';
import { referenceRoutes } from './reference/routes.ts';
import { actorsRoutes } from './routes/actors.ts';
import { assessmentRoutes } from './routes/assessment.ts';
import { briefRoutes } from './routes/brief.ts';
import { profileRoutes } from './routes/profile.ts';
import { agreementsRoutes } from './routes/agreements.ts';
import { casesRoutes } from './routes/cases.ts';
import { curationRoutes } from './routes/curation.ts';
import { datasetActorsRoutes } from './routes/dataset-actors.ts';
import { eventsRoutes } from './routes/events.ts';
import { negotiationsRoutes } from './routes/negotiations.ts';
import { networkRoutes } from './routes/network.ts';
import { relationsRoutes } from './routes/relations.ts';
import { simulateRoutes } from './routes/simulate.ts';
import { sourcesRoutes } from './routes/sources.ts';
import { uploadsRoutes, type UploadSettings } from './routes/uploads.ts';
import { staticFiles } from './static-files.ts';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `vite build` puts the web app. */
export const WEB_DIST = join(PACKAGE_ROOT, 'web', 'dist');

const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

export type AppOptions = StoreSource & {
  /** The built web app to serve at `/` (default `web/dist`). */
  webRoot?: string;
  /** Largest upload accepted, in bytes (default `DEFAULT_MAX_UPLOAD_MB`). */
  maxUploadBytes?: number;
  /** Where uploads are streamed to before they are imported (default the system's temp dir). */
  uploadDir?: string;
};

/** Uploads up to this size are accepted unless `--max-upload-mb` says otherwise. */
export const DEFAULT_MAX_UPLOAD_MB = 1024;

/**
 * Strict CSP: only our own scripts, styles, images and API; no inline script. A response
 * that sets its own CSP keeps it (only the brief's HTML preview does, see `routes/brief.ts`).
 */
const SECURITY = secureHeaders({
  overwrite: false,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
});

/** The `/api` routes alone; their type is what the web app's client is typed against. */
function apiRoutes(source: StoreSource, uploads: UploadSettings) {
  const readEtag = etag();
  return new Hono<ApiEnv>()
    .use('*', async (c, next) => {
      c.header('Cache-Control', 'no-cache');
      if (c.req.method === 'GET') return readEtag(c, next);
      await next();
    })
    .use('*', storeMiddleware(source))
    .route('/cases', casesRoutes)
    .route('/actors', actorsRoutes)
    .route('/events', eventsRoutes)
    .route('/relations', relationsRoutes)
    .route('/agreements', agreementsRoutes)
    .route('/negotiations', negotiationsRoutes)
    .route('/sources', sourcesRoutes)
    .route('/network', networkRoutes)
    .route('/assessment', assessmentRoutes)
    .route('/simulate', simulateRoutes)
    .route('/brief', briefRoutes)
    .route('/profile', profileRoutes)
    .route('/uploads', uploadsRoutes(uploads))
    .route('/dataset-actors', datasetActorsRoutes)
    .route('/', curationRoutes);
}

export function createApp(options: AppOptions) {
  const source: StoreSource =
    'store' in options ? { store: options.store } : { openStore: options.openStore };
  const app = new Hono()
    .use('*', SECURITY)
    .route('/api', referenceRoutes(VERSION))
    .route(
      '/api',
      apiRoutes(source, {
        maxBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
        tempRoot: options.uploadDir ?? tmpdir(),
      }),
    );
  app.onError(onError);
  app.notFound(onNotFound);
  const serveWeb = staticFiles(options.webRoot ?? WEB_DIST);
  app.get('*', (c) => (c.req.path.startsWith('/api/') ? onNotFound(c) : serveWeb(c)));
  return app;
}

/** The app's type, for the web client: `hc<AppType>('/')`. */
export type AppType = ReturnType<typeof createApp>;
