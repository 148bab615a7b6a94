/**
 * The OpenAPI 3.1 document served at `/api/openapi.json`, built from the operations table
 * and the model's zod schemas.
 */
import type { z } from 'zod';
import { jsonSchemaOf, pageSchema, ref, componentSchemas, type JsonSchema } from './schemas.ts';
import { curationSchemas } from './curation-operations.ts';
import { OPERATIONS, PARAMETER_HELP, type Operation } from './operations.ts';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  304: 'not modified (If-None-Match matched the ETag)',
  400: 'bad input; `error.field` names the parameter',
  404: 'unknown case, item or actor; `error.suggestions` lists close names',
  409: 'an ambiguous actor name; for a change, a stale If-Match version or an id already taken',
  422: 'the model cannot run on these inputs',
  413: 'the upload is over the size limit; nothing was kept',
  500: 'internal error',
  503: 'a tool the request needs (chromium for PDF) is missing on the server',
};

function parametersOf(operation: Operation): JsonSchema[] {
  const of = (shape: z.ZodObject | undefined, where: 'query' | 'path') =>
    Object.entries(shape?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: where,
      required: where === 'path',
      description: operation.parameterHelp?.[name] ?? PARAMETER_HELP[name] ?? name,
      schema: jsonSchemaOf(schema as z.ZodType, 'input'),
    }));
  const headers = (operation.headers ?? []).map((h) => ({ ...h, in: 'header', schema: { type: 'string' } }));
  return [...of(operation.pathParams, 'path'), ...of(operation.query, 'query'), ...headers];
}

const errorResponse = (status: number) => ({
  description: STATUS_TEXT[status] ?? String(status),
  content: { 'application/json': { schema: ref('Error') } },
});

function operationObject(operation: Operation): JsonSchema {
  const content =
    operation.returns !== undefined
      ? { 'application/json': { schema: ref(operation.returns) } }
      : Object.fromEntries(
          Object.entries(operation.produces ?? {}).map(([type, description]) => [
            type,
            { schema: { type: 'string', format: 'binary', description } },
          ]),
        );
  const responses: Record<string, unknown> = {
    [operation.success ?? 200]: {
      description:
        operation.success === 202
          ? 'accepted: the job is queued'
          : operation.success === 201
            ? 'Created'
            : 'OK',
      ...(operation.etag ? { headers: { ETag: { schema: { type: 'string' } } } } : {}),
      content,
    },
  };
  if (operation.etag) responses[304] = { description: STATUS_TEXT[304] };
  for (const status of [400, ...operation.errors, 500]) responses[status] = errorResponse(status);
  return {
    summary: operation.summary,
    ...(operation.description === undefined ? {} : { description: operation.description }),
    operationId: `${operation.method}${operation.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    parameters: parametersOf(operation),
    ...(operation.body === undefined
      ? {}
      : {
          requestBody: { required: true, content: { 'application/json': { schema: ref(operation.body) } } },
        }),
    ...(operation.rawBody === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            description: operation.rawBody,
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        }),
    responses,
  };
}

export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of OPERATIONS) {
    (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  }
  const pages = Object.fromEntries(
    OPERATIONS.flatMap((op) =>
      op.pageOf === undefined || op.returns === undefined ? [] : [[op.returns, pageSchema(op.pageOf)]],
    ),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jirga API',
      version,
      description:
        'Evidence-backed conflict and mediation analysis: cases, actors, events, relations, agreements, negotiations, sources and bargaining simulations. Every item carries its evidence.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: { ...componentSchemas(), ...curationSchemas(), ...pages } },
  };
}
