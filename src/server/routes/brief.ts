/**
 * `GET /api/brief`: the assessment written up as a brief (`makeBrief`, `renderBrief`). HTML is
 * served inline for the workbench's sandboxed preview, with a CSP of its own (see
 * `BRIEF_HTML_CSP`); Markdown, DOCX and PDF are downloads named after the case and the day.
 * PDF needs the system chromium: without it the answer is a 503 saying so.
 */
import { Hono } from 'hono';
import { makeBrief, renderBrief, type BriefFormat } from '../../app/brief.ts';
import type { ApiEnv } from '../env.ts';
import { BriefQuery } from '../inputs.ts';
import { valid } from '../validate.ts';

/** Content types of the brief's formats (shared with the actor profile). */
export const CONTENT_TYPES: Readonly<Record<BriefFormat, string>> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * The brief's HTML is one self-contained file whose only styling is an inline `<style>`
 * element (and SVG attributes), with no script and no external request. The app-wide CSP
 * (`style-src 'self'`) would strip that styling, so this response alone allows inline styles,
 * and nothing else: no script at all, no network, no forms, and a `sandbox` that gives the
 * page an opaque origin even when it is opened outside the workbench's iframe. It may be
 * framed only by the workbench itself.
 */
export const BRIEF_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

export const briefRoutes = new Hono<ApiEnv>().get('/', valid('query', BriefQuery), async (c) => {
  const query = c.req.valid('query');
  const format = query.format ?? 'html';
  const doc = await makeBrief(c.var.store, {
    caseId: query.case,
    mediator: query.mediator,
    parties: query.parties,
    asOf: query.asOf,
    includeDrafts: query.drafts === 'true',
    ...(query.lang === undefined ? {} : { lang: query.lang }),
  });
  const output = await renderBrief(doc, format);
  const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[format] };
  if (format === 'html') headers['Content-Security-Policy'] = BRIEF_HTML_CSP;
  else headers['Content-Disposition'] = `attachment; filename="brief-${query.case}-${query.asOf}.${format}"`;
  return c.body(typeof output === 'string' ? output : new Uint8Array(output), 200, headers);
});
