/**
 * The scenario file format (src/cases/<case>/scenarios/*.yaml): one issue dimension with its
 * two ends named, actors by registry id with position (0–100), salience (0–100) and
 * capability (positive, relative) — each an expert judgement with its rationale, evidence
 * (source ids), author and date — named outcome zones, and an explicit mediation lever.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a registry id (lower-case slug)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const percent = z.number().min(0).max(100);

/** ± ranges used by Monte Carlo: points on the 0–100 scales, per cent for capability. */
export const uncertaintySchema = z.strictObject({
  position: z.number().min(0).max(100).optional(),
  salience: z.number().min(0).max(100).optional(),
  capabilityPercent: z.number().min(0).max(100).optional(),
});

export const scenarioActorSchema = z.strictObject({
  id: slug,
  position: percent,
  salience: percent,
  capability: z.number().positive(),
  uncertainty: uncertaintySchema.optional(),
  rationale: z.string().min(1),
  evidence: z.array(z.string().min(1)).min(1),
  setBy: z.string().min(1),
  setOn: isoDate,
});

export const zoneSchema = z
  .strictObject({
    id: slug,
    label: z.string().min(1),
    from: percent,
    to: percent,
  })
  .refine((zone) => zone.from <= zone.to, { message: 'a zone needs from ≤ to', path: ['to'] });

const mediationEffectSchema = z.strictObject({
  actor: slug,
  position: percent.optional(),
  salience: percent.optional(),
  capability: z.number().positive().optional(),
  rationale: z.string().min(1),
});

const accommodationSchema = z.strictObject({
  /** The actor whose ideal point is pulled. */
  actor: slug,
  /** The actor it is pulled toward (normally the mediator). */
  toward: slug,
  /** Share of the ideal point adjusted toward the other's position each turn, 0–1. */
  weight: z.number().min(0).max(1),
  rationale: z.string().min(1),
});

export const mediationSchema = z.strictObject({
  mediator: slug,
  description: z.string().min(1),
  effects: z.array(mediationEffectSchema).default([]),
  accommodation: z.array(accommodationSchema).default([]),
  evidence: z.array(z.string().min(1)).min(1),
  setBy: z.string().min(1),
  setOn: isoDate,
});

export const scenarioSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  question: z.string().min(1),
  caseId: slug,
  model: z.enum(['smp', 'bdm']).default('smp'),
  dimension: z.strictObject({
    name: z.string().min(1),
    low: z.string().min(1),
    high: z.string().min(1),
  }),
  scales: z.strictObject({
    position: z.string().min(1),
    salience: z.string().min(1),
    capability: z.string().min(1),
  }),
  /** Default Monte Carlo uncertainty for actors without their own: ± per cent of each scale. */
  defaultUncertaintyPercent: z.number().min(0).max(100).default(10),
  actors: z.array(scenarioActorSchema).min(1),
  zones: z.array(zoneSchema).default([]),
  mediation: mediationSchema.optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioActor = z.infer<typeof scenarioActorSchema>;
export type ScenarioZone = z.infer<typeof zoneSchema>;
export type Mediation = z.infer<typeof mediationSchema>;
