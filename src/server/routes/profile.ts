/**
 * `GET /api/profile`: an actor profile (`makeProfile`, `exportProfile`) in the brief's formats
 * and languages. HTML is served inline for the workbench's preview under the brief's own CSP
 * (inline styles only, no script, sandboxed; see `BRIEF_HTML_CSP`); Markdown, DOCX and PDF are
 * downloads named after the case, the actor and the day.
 */
import { Hono } from 'hono';
import { exportProfile, makeProfile } from '../../app/profile.ts';
import type { ApiEnv } from '../env.ts';
import { ProfileQuery } from '../inputs.ts';
import { valid } from '../validate.ts';
import { BRIEF_HTML_CSP, CONTENT_TYPES } from './brief.ts';

export const profileRoutes = new Hono<ApiEnv>().get('/', valid('query', ProfileQuery), async (c) => {
  const query = c.req.valid('query');
  const format = query.format ?? 'html';
  const profile = await makeProfile(c.var.store, {
    caseId: query.case,
    actor: query.actor,
    includeDrafts: query.drafts === 'true',
    ...(query.asOf === undefined ? {} : { asOf: query.asOf }),
    ...(query.lang === undefined ? {} : { lang: query.lang }),
  });
  const output = await exportProfile(profile, format);
  const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[format] };
  if (format === 'html') headers['Content-Security-Policy'] = BRIEF_HTML_CSP;
  else
    headers['Content-Disposition'] =
      `attachment; filename="profile-${query.case}-${profile.actor.id}-${profile.asOf}.${format}"`;
  return c.body(typeof output === 'string' ? output : new Uint8Array(output), 200, headers);
});
