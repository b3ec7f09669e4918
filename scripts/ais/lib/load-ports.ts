import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PortPoint } from '../../../geo/analysis/ais';

const lonLat = { lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) };
const portList = z.array(z.object({ id: z.string().optional(), ...lonLat }));
const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).optional(),
      geometry: z.object({ type: z.string(), coordinates: z.unknown() }).nullable(),
      properties: z.record(z.string(), z.unknown()).nullable().optional(),
    }),
  ),
});
const point = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());

/** Feature kinds that count as "port or anchorage" when a GeoJSON file marks kinds. */
const PORT_KINDS = new Set(['port', 'anchorage']);

/**
 * Port points from JSON: `[{id, lon, lat}]`, `{ports: [...]}` (a synthetic truth file), or a GeoJSON
 * FeatureCollection of points (when features carry `properties.kind`, only ports and anchorages are kept, as
 * in the app's data/features/places.json).
 */
export function parsePorts(json: unknown): PortPoint[] {
  const list = portList.safeParse(json);
  if (list.success) return list.data;
  const wrapped = z.object({ ports: portList }).safeParse(json);
  if (wrapped.success) return wrapped.data.ports;
  const fc = featureCollection.safeParse(json);
  if (!fc.success) throw new Error('ports: expected [{id, lon, lat}], {ports: [...]} or a GeoJSON FeatureCollection of points');
  const kinded = fc.data.features.some((f) => typeof f.properties?.kind === 'string');
  const ports: PortPoint[] = [];
  for (const f of fc.data.features) {
    if (f.geometry?.type !== 'Point') continue;
    if (kinded && !PORT_KINDS.has(String(f.properties?.kind))) continue;
    const c = point.safeParse(f.geometry.coordinates);
    if (!c.success) continue;
    const id = f.id ?? f.properties?.id;
    ports.push({ ...(id !== undefined ? { id: String(id) } : {}), lon: c.data[0], lat: c.data[1] });
  }
  return ports;
}

export const DEFAULT_PORTS_PATH = 'data/features/places.json';

/** Ports from `path`, or from the app's gazetteer when it exists, or none (with `source` saying which). */
export function loadPorts(path: string | undefined): { ports: PortPoint[]; source: string } {
  const file = path ?? (existsSync(DEFAULT_PORTS_PATH) ? DEFAULT_PORTS_PATH : undefined);
  if (file === undefined) return { ports: [], source: 'none' };
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return { ports: parsePorts(json), source: file };
}
