/** `/api/openapi.json`, `/api/docs` and its stylesheet: the API describing itself. */
import { Hono } from 'hono';
import type { ApiEnv } from '../env.ts';
import { DOCS_CSS, docsPage } from './docs-page.ts';
import { openApiDocument } from './openapi.ts';

export function referenceRoutes(version: string) {
  const document = openApiDocument(version);
  const page = docsPage(document);
  return new Hono<ApiEnv>()
    .get('/openapi.json', (c) => c.json(document))
    .get('/docs', (c) => c.html(page))
    .get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
