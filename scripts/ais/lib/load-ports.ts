import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import type { PortPoint } from '../../../geo/analysis/ais';

const lonLat = { lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) };
const portList = z.array(z.object({ id: z.string().optional(), name: z.string().optional(), ...lonLat }));
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

/** A feature's name: a string, or the English of a `{en, ru, …}` name as the app's gazetteer writes them. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string') return (value as { en: string }).en;
  return undefined;
}

/**
 * Port points from JSON: `[{id, name?, lon, lat}]`, `{ports: [...]}` (a synthetic truth file), or a GeoJSON
 * FeatureCollection of points (when features carry `properties.kind`, only ports and anchorages are kept, as
 * in the app's data/features/places.json).
 */
export function parsePorts(json: unknown): PortPoint[] {
  const list = portList.safeParse(json);
  if (list.success) return list.data.map(({ id, name, lon, lat }) => ({ ...(id !== undefined ? { id } : {}), ...(name !== undefined ? { name } : {}), lon, lat }));
  const wrapped = z.object({ ports: portList }).safeParse(json);
  if (wrapped.success) return parsePorts(wrapped.data.ports);
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
    const name = nameOf(f.properties?.name);
    ports.push({ ...(id !== undefined ? { id: String(id) } : {}), ...(name !== undefined ? { name } : {}), lon: c.data[0], lat: c.data[1] });
  }
  return ports;
}

const CSV_COLUMNS = { id: ['id', 'port_id', 'portid'], name: ['name', 'port', 'port_name', 'portname'], lon: ['lon', 'longitude', 'lng', 'x'], lat: ['lat', 'latitude', 'y'] };

/** Port points from a CSV with a header naming longitude and latitude columns (and optionally id and name). */
export function parsePortsCsv(text: string): PortPoint[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const headers = parsed.meta.fields ?? [];
  const find = (names: string[]) => headers.find((h) => names.includes(h.trim().toLowerCase()));
  const lonKey = find(CSV_COLUMNS.lon);
  const latKey = find(CSV_COLUMNS.lat);
  if (lonKey === undefined || latKey === undefined) throw new Error(`ports: a CSV needs lon and lat columns; this one has ${headers.join(', ')}`);
  const idKey = find(CSV_COLUMNS.id);
  const nameKey = find(CSV_COLUMNS.name);
  return parsed.data.map((row, i) => {
    const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? NaN : Number(v));
    const lon = num(row[lonKey]);
    const lat = num(row[latKey]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new Error(`ports: row ${i + 1} has no usable coordinates (${row[lonKey]}, ${row[latKey]})`);
    }
    const id = idKey === undefined ? undefined : row[idKey]?.trim();
    const name = nameKey === undefined ? undefined : row[nameKey]?.trim();
    return { ...(id ? { id } : {}), ...(name ? { name } : {}), lon, lat };
  });
}

export const DEFAULT_PORTS_PATH = 'data/features/places.json';

/** Ports from one file: CSV by its extension, otherwise JSON or GeoJSON. */
export function readPortsFile(file: string): PortPoint[] {
  const text = readFileSync(file, 'utf8');
  return /\.csv$/i.test(file) ? parsePortsCsv(text) : parsePorts(JSON.parse(text) as unknown);
}

/**
 * The curated ports of the app's gazetteer (unless `curated` is false) and those of every file the user gives,
 * with `sources` saying where each list came from.
 */
export function loadPorts(files: readonly string[], curated = true): { ports: PortPoint[]; sources: string[] } {
  const ports: PortPoint[] = [];
  const sources: string[] = [];
  if (curated && existsSync(DEFAULT_PORTS_PATH)) {
    const list = readPortsFile(DEFAULT_PORTS_PATH);
    ports.push(...list);
    sources.push(`${list.length} curated (${DEFAULT_PORTS_PATH})`);
  }
  for (const file of files) {
    const list = readPortsFile(file);
    ports.push(...list);
    sources.push(`${list.length} from ${file}`);
  }
  return { ports, sources };
}
