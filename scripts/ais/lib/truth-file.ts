import { z } from 'zod';
import { DECOY_KINDS, type SyntheticTruth } from '../synthetic/generate-synthetic-ais';

const span = { start: z.number(), end: z.number() };
const lonLat = { lon: z.number(), lat: z.number() };

/** The truth JSON written by generate-synthetic-ais.ts (ISO copies of the times are ignored). */
export const truthSchema: z.ZodType<SyntheticTruth> = z.object({
  synthetic: z.literal(true),
  note: z.string(),
  seed: z.number(),
  startMs: z.number(),
  endMs: z.number(),
  encounters: z.array(z.object({ id: z.string(), vessels: z.tuple([z.string(), z.string()]), ...span, ...lonLat, area: z.string() })),
  loitering: z.array(z.object({ mmsi: z.string(), ...span, ...lonLat, certain: z.boolean() })),
  gaps: z.array(z.object({ mmsi: z.string(), ...span })),
  // Truth files written before port visits were planted have none.
  portVisits: z.array(z.object({ mmsi: z.string(), portId: z.string(), ...span, certain: z.boolean() })).default([]),
  decoys: z.array(z.object({ kind: z.enum(DECOY_KINDS), vessels: z.array(z.string()), ...span })),
  ports: z.array(z.object({ id: z.string(), name: z.string(), ...lonLat, seawardDeg: z.tuple([z.number(), z.number()]) })),
});
