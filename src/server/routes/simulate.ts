/**
 * `POST /api/simulate`: runs a built-in bargaining scenario through the app's `simulate`, with
 * levers, the mediation lever and Monte Carlo. Only built-in scenarios: the API never reads a
 * file path a client names.
 */
import { Hono } from 'hono';
import { simulate } from '../../app/simulate.ts';
import type { ApiEnv } from '../env.ts';
import { SimulateBody } from '../inputs.ts';
import { valid } from '../validate.ts';

export const simulateRoutes = new Hono<ApiEnv>().post('/', valid('json', SimulateBody), (c) => {
  const body = c.req.valid('json');
  return c.json(simulate(body));
});
