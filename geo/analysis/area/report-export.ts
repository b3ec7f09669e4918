import type { Feature, FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';
import type { Dataset } from '@/data';
import { AREA_RECORD_LABELS, type AreaRecord } from './area-records';
import type { AreaReport } from './area-report';
import { areaRing } from './area-shape';
import { formatAreaParam } from './area-param';

/** Text a spreadsheet would run as a formula, unless it is a plain signed number (see export-user-layer.ts). */
const FORMULA_START = /^[=+\-@\t\r](?!\d*\.?\d+(?:e[+-]?\d+)?$)/i;

export const PLACEMENT_WORDS = { inside: 'inside', schematic: 'placed schematically' } as const;

function sourceNames(dataset: Dataset, ids: readonly string[]): string {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)?.title ?? id).join('; ');
}

/** Where a row sits on the map, as one point: a point itself, else the first vertex of a line or outline. */
function anchor(geometry: Geometry): [number, number] | null {
  if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
  if (geometry.type === 'LineString') return [geometry.coordinates[0]![0]!, geometry.coordinates[0]![1]!];
  if (geometry.type === 'Polygon') return [geometry.coordinates[0]![0]![0]!, geometry.coordinates[0]![0]![1]!];
  return null;
}

function recordRow(dataset: Dataset, r: AreaRecord) {
  const point = anchor(r.geometry);
  return {
    kind: AREA_RECORD_LABELS[r.kind].one,
    placement: PLACEMENT_WORDS[r.placement],
    id: r.id,
    name: r.name,
    date: r.when,
    confidence: r.confidence,
    sources: r.userLayerName ? `Your data: ${r.userLayerName} (detected by Route Atlas)` : sourceNames(dataset, r.sourceIds),
    source_ids: r.sourceIds.join(' '),
    vessels: r.vessels.map((v) => v.name).join('; '),
    longitude: r.geometry.type === 'Point' && point ? point[0] : '',
    latitude: r.geometry.type === 'Point' && point ? point[1] : '',
  };
}

/**
 * The report's rows as CSV: one line per record or event (kind, whether it is inside or placed schematically, id,
 * name, date, confidence, sources), then one per vessel seen. The first line after the header names the area.
 */
export function areaReportToCsv(dataset: Dataset, report: AreaReport): string {
  const rows = [
    ...report.records.map((r) => recordRow(dataset, r)),
    ...report.vessels.map((v) => ({
      kind: 'vessel',
      placement: v.positions > 0 ? `${v.positions} AIS positions inside` : 'named by the records above',
      id: v.vesselId ?? v.mmsi ?? '',
      name: v.name,
      date: v.firstSeenMs !== null && v.lastSeenMs !== null ? `${new Date(v.firstSeenMs).toISOString().slice(0, 10)} – ${new Date(v.lastSeenMs).toISOString().slice(0, 10)}` : '',
      confidence: '',
      sources: v.recordIds.join(' '),
      source_ids: '',
      vessels: '',
      longitude: '',
      latitude: '',
    })),
  ];
  const fields = ['kind', 'placement', 'id', 'name', 'date', 'confidence', 'sources', 'source_ids', 'vessels', 'longitude', 'latitude'];
  return `# Route Atlas area report: area=${formatAreaParam(report.area)} (${Math.round(report.areaKm2).toLocaleString('en-US')} km²)\n${Papa.unparse(
    { fields, data: rows.map((row) => fields.map((f) => row[f as keyof typeof row])) },
    { escapeFormulae: FORMULA_START, newline: '\n' },
  )}\n`;
}

/** The area and every record or event in it as GeoJSON: the area first, then one feature per row. */
export function areaReportToGeoJson(dataset: Dataset, report: AreaReport): string {
  const features: Feature[] = [
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [areaRing(report.area)] },
      properties: { kind: 'area', area: formatAreaParam(report.area), areaKm2: Math.round(report.areaKm2) },
    },
    ...report.records.map((r): Feature => {
      // The coordinates are in the geometry; the CSV's columns for them are left out.
      const properties: Record<string, string | number> = recordRow(dataset, r);
      delete properties.longitude;
      delete properties.latitude;
      return { type: 'Feature', id: r.id, geometry: r.geometry, properties };
    }),
  ];
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  return `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
