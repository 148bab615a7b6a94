/**
 * The readable API reference at `/api/docs`: plain HTML rendered on the server from the
 * OpenAPI document (no CDN, no script), styled by `/api/docs.css`. Every text is escaped.
 */
import type { JsonSchema } from './schemas.ts';

interface ParameterObject {
  name: string;
  in: string;
  required: boolean;
  description: string;
}

interface OperationObject {
  summary: string;
  description?: string;
  parameters: ParameterObject[];
  requestBody?: { description?: string };
  responses: Record<
    string,
    { description: string; content?: { 'application/json'?: { schema: { $ref?: string } } } }
  >;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const schemaName = (refText: string | undefined): string => refText?.split('/').at(-1) ?? '';

function renderOperation(method: string, path: string, op: OperationObject): string {
  const anchor = `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  const rows = op.parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}${p.required ? ', required' : ''}</td><td>${escapeHtml(p.description)}</td></tr>`,
    )
    .join('');
  const statuses = Object.entries(op.responses)
    .map(([status, r]) => {
      const name = schemaName(r.content?.['application/json']?.schema.$ref);
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(r.description)}${name === '' ? '' : ` — <code>${escapeHtml(name)}</code>`}</li>`;
    })
    .join('');
  return `<section id="${escapeHtml(anchor)}" class="operation">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary)}</p>${op.description === undefined ? '' : `<p>${escapeHtml(op.description)}</p>`}
${rows === '' ? '' : `<table><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Meaning</th></tr></thead><tbody>${rows}</tbody></table>`}
${op.requestBody === undefined ? '' : op.requestBody.description === undefined ? '<p>Body: JSON, <code>SimulateRequest</code> (see the schemas below).</p>' : `<p>Body: ${escapeHtml(op.requestBody.description)}.</p>`}
<ul class="responses">${statuses}</ul>
</section>`;
}

export function docsPage(document: JsonSchema): string {
  const info = document.info as { title: string; version: string; description: string };
  const paths = document.paths as Record<string, Record<string, OperationObject>>;
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => renderOperation(method, path, op)),
  );
  const schemaBlocks = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<details id="schema-${escapeHtml(name)}"><summary><code>${escapeHtml(name)}</code></summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} reference</title>
<link rel="stylesheet" href="/api/docs.css">
</head>
<body>
<header><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are JSON <code>{"error": {"code", "message", "field"?}}</code>. Read endpoints send an <code>ETag</code> and answer <code>If-None-Match</code> with 304.</p></header>
<main>
<h2>Operations</h2>
${operations.join('\n')}
<h2>Schemas</h2>
${schemaBlocks}
</main>
</body>
</html>
`;
}

export const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1d2330;background:#fbfbf8}
h1 small{font-size:.6em;color:#5b6475}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}
pre{background:#f0f0ea;padding:.75rem;overflow:auto;max-height:30rem}
.operation{border-top:1px solid #d9d9d0;padding:.5rem 0}
.method{display:inline-block;min-width:3.5rem;text-align:center;border-radius:.25rem;color:#fff;font-size:.8em;padding:.1rem .4rem}
.method.get{background:#2f6f4f}.method.post{background:#8a4b14}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #e3e3dc;padding:.25rem .5rem;vertical-align:top}
a{color:#1f4f99}
`;
