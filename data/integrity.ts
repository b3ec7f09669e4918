import { booleanPointInPolygon, booleanValid, distance, kinks, pointToLineDistance, polygon, lineString } from '@turf/turf';
import { buildZoneOutline, placeFromReference } from './derive-geometry';
import { DATASET_FILES, type Dataset } from './dataset-types';
import { formatProblem, type DatasetProblem } from './parse-dataset';
import type { LonLat } from './schema/common';

/** Largest difference (degrees) allowed between a stored zone vertex and the regenerated one. */
const OUTLINE_TOLERANCE_DEG = 1e-4;
/** Largest distance (km) allowed between a stored incident position and the one its placement derives. */
const PLACEMENT_TOLERANCE_KM = 0.5;
/** Largest distance (km) allowed between a rail crossing place and its line. */
const CROSSING_TOLERANCE_KM = 0.5;

/**
 * Geometry checks a schema cannot express: zone outlines match their stated derivation and are valid polygons,
 * every incident lies inside its zone and where its stated distance/bearing puts it, route vertices sit on their
 * endpoints, rail crossings lie on their line and `lengthKm` facts are well-formed.
 *
 * @returns the problems, formatted like `DatasetError` lines; empty when all is well.
 */
export function checkDatasetIntegrity(d: Dataset): string[] {
  const problems: DatasetProblem[] = [];
  const add = (file: keyof typeof DATASET_FILES, entityId: string, path: string, message: string) =>
    problems.push({ file: DATASET_FILES[file], entityId, path, message });

  const zonePolygons = new Map(d.stsZones.features.map((z) => [z.id, polygon(z.geometry.coordinates)] as const));
  for (const z of d.stsZones.features) {
    const poly = zonePolygons.get(z.id);
    if (!poly) continue;
    if (!booleanValid(poly)) add('stsZones', z.id, 'geometry', 'polygon is not valid');
    if (kinks(poly).features.length > 0) add('stsZones', z.id, 'geometry', 'polygon self-intersects');
    const expected = buildZoneOutline(z.properties.outline)[0] ?? [];
    const stored = z.geometry.coordinates[0] ?? [];
    const same =
      expected.length === stored.length &&
      expected.every((p, i) => {
        const q = stored[i];
        return q !== undefined && Math.abs(p[0] - q[0]) <= OUTLINE_TOLERANCE_DEG && Math.abs(p[1] - q[1]) <= OUTLINE_TOLERANCE_DEG;
      });
    if (!same) add('stsZones', z.id, 'geometry.coordinates', 'does not match the outline regenerated from properties.outline');
  }

  const positions = new Map<string, LonLat>();
  for (const f of [...d.places.features, ...d.flowAnchors.features, ...d.stsIncidents.features]) {
    positions.set(f.id, f.geometry.coordinates);
  }

  for (const inc of d.stsIncidents.features) {
    const zone = zonePolygons.get(inc.properties.zoneId);
    if (zone && !booleanPointInPolygon(inc.geometry.coordinates, zone)) {
      add('stsIncidents', inc.id, 'geometry.coordinates', `lies outside its zone "${inc.properties.zoneId}"`);
    }
    const { fromId, distanceKm, bearingDeg, method } = inc.properties.placement;
    const from = fromId === undefined ? undefined : positions.get(fromId);
    if (from && distanceKm !== undefined && bearingDeg !== undefined) {
      const expected = placeFromReference(from, distanceKm, bearingDeg);
      const off = distance(expected, inc.geometry.coordinates, { units: 'kilometers' });
      if (off > PLACEMENT_TOLERANCE_KM) {
        add('stsIncidents', inc.id, 'geometry.coordinates', `is ${off.toFixed(1)} km from where properties.placement puts it`);
      }
    }
    if (method === 'near-place' && from) {
      const off = distance(from, inc.geometry.coordinates, { units: 'kilometers' });
      if (off > PLACEMENT_TOLERANCE_KM) add('stsIncidents', inc.id, 'geometry.coordinates', `is ${off.toFixed(1)} km from place "${fromId}"`);
    }
  }

  for (const r of d.seaRoutes.features) {
    const ids = [r.properties.fromId, ...(r.properties.viaIds ?? []), r.properties.toId];
    const coords = r.geometry.coordinates;
    if (coords.length !== ids.length) {
      add('seaRoutes', r.id, 'geometry.coordinates', `has ${coords.length} vertices for ${ids.length} endpoints and via points`);
      continue;
    }
    ids.forEach((id, i) => {
      const vertex = coords[i];
      if (!vertex) return;
      const pos = positions.get(id);
      const zone = zonePolygons.get(id);
      if (pos && (pos[0] !== vertex[0] || pos[1] !== vertex[1])) {
        add('seaRoutes', r.id, `geometry.coordinates[${i}]`, `is not at the position of "${id}"`);
      } else if (zone && !booleanPointInPolygon(vertex, zone)) {
        add('seaRoutes', r.id, `geometry.coordinates[${i}]`, `lies outside zone "${id}"`);
      }
    });
  }

  for (const rail of d.railLinks.features) {
    const track = lineString(rail.geometry.coordinates);
    (rail.properties.crossings ?? []).forEach((id, i) => {
      const pos = positions.get(id);
      if (pos && pointToLineDistance(pos, track, { units: 'kilometers' }) > CROSSING_TOLERANCE_KM) {
        add('railLinks', rail.id, `properties.crossings[${i}]`, `place "${id}" is not on the line`);
      }
    });
    // A length is shown only where sourced (none is for Dandong–Sinuiju); where present it must be well-formed.
    rail.properties.facts.forEach((f, i) => {
      if (f.key === 'lengthKm' && (f.unit !== 'km' || f.valueNumber === undefined)) {
        add('railLinks', rail.id, `properties.facts[${i}]`, 'a lengthKm fact needs valueNumber and unit "km"');
      }
    });
  }

  return problems.map(formatProblem);
}
