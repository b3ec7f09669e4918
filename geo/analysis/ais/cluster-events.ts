import { circle, clustersDbscan, convex, featureCollection, point } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { haversineMeters, LongitudeMean } from './geodesy';
import type { AisEvent } from './types';

export interface ClusterParams {
  /** DBSCAN neighbourhood: events this close (great circle) are neighbours. */
  radiusKm: number;
  /** DBSCAN core size: an area needs at least this many events near each other. */
  minPoints: number;
}

export const DEFAULT_CLUSTER_PARAMS: Readonly<ClusterParams> = Object.freeze({ radiusKm: 15, minPoints: 3 });

/**
 * Properties of a candidate transfer area. `derived: true` says the polygon was computed from the user's own
 * AIS data by this tool, never reported by a curated source, so the map must draw and label it apart from
 * the curated zones.
 */
export interface CandidateAreaProperties {
  id: string;
  kind: 'candidate-transfer-area';
  derived: true;
  eventIds: string[];
  eventCount: number;
  encounterCount: number;
  loiteringCount: number;
  gapCount: number;
  /** Earliest start and latest end of its events, epoch ms. */
  start: number;
  end: number;
}

export type CandidateArea = Feature<Polygon, CandidateAreaProperties>;

/** Radius of the circle drawn for a cluster whose events are all at one spot or on one line. */
const MIN_AREA_RADIUS_KM = 1;

/**
 * Groups event positions into candidate transfer areas: turf DBSCAN (`radiusKm`, `minPoints`, defaults
 * 15 km and 3 events) and one convex hull per cluster. A cluster whose hull would be degenerate (fewer than
 * three distinct positions, or all on a line) gets a circle around its centre that covers every event.
 * Events outside any cluster (DBSCAN noise) make no area. Area ids are stable: `area-` + the smallest event
 * id inside, so a selection survives a re-run that keeps that event.
 */
export function computeCandidateTransferAreas(
  events: readonly AisEvent[],
  params?: Partial<ClusterParams>,
): FeatureCollection<Polygon, CandidateAreaProperties> {
  const p = { ...DEFAULT_CLUSTER_PARAMS, ...params };
  if (!(p.radiusKm > 0)) throw new RangeError(`cluster.radiusKm must be > 0 (got ${p.radiusKm})`);
  if (!(Number.isInteger(p.minPoints) && p.minPoints >= 1)) {
    throw new RangeError(`cluster.minPoints must be a whole number ≥ 1 (got ${p.minPoints})`);
  }
  // DBSCAN's cluster numbers depend on input order; sorting by id makes the output deterministic.
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const points = featureCollection(sorted.map((e, i) => point([e.lon, e.lat], { index: i })));
  const clustered = clustersDbscan(points, p.radiusKm, { units: 'kilometers', minPoints: p.minPoints, mutate: true });

  const members = new Map<number, AisEvent[]>();
  clustered.features.forEach((f, i) => {
    const cluster = f.properties.cluster;
    if (f.properties.dbscan === 'noise' || cluster === undefined) return;
    const list = members.get(cluster) ?? [];
    list.push(sorted[i]!);
    members.set(cluster, list);
  });

  const areas: CandidateArea[] = [];
  for (const list of members.values()) {
    const properties: CandidateAreaProperties = {
      id: `area-${list[0]!.id}`,
      kind: 'candidate-transfer-area',
      derived: true,
      eventIds: list.map((e) => e.id),
      eventCount: list.length,
      encounterCount: list.filter((e) => e.kind === 'encounter').length,
      loiteringCount: list.filter((e) => e.kind === 'loitering').length,
      gapCount: list.filter((e) => e.kind === 'gap').length,
      start: list.reduce((m, e) => Math.min(m, e.start), Infinity),
      end: list.reduce((m, e) => Math.max(m, e.end), -Infinity),
    };
    areas.push(hullOf(list, properties));
  }
  areas.sort((a, b) => a.properties.start - b.properties.start || (a.properties.id < b.properties.id ? -1 : 1));
  return featureCollection(areas);
}

function hullOf(list: readonly AisEvent[], properties: CandidateAreaProperties): CandidateArea {
  const pts: FeatureCollection<Point> = featureCollection(list.map((e) => point([e.lon, e.lat])));
  const hull = convex(pts);
  if (hull !== null && !isDegenerate(hull.geometry)) {
    return { type: 'Feature', geometry: hull.geometry, properties };
  }
  const lon = new LongitudeMean();
  let latSum = 0;
  for (const e of list) {
    lon.add(e.lon);
    latSum += e.lat;
  }
  const centre: [number, number] = [lon.value(), latSum / list.length];
  let radiusKm = MIN_AREA_RADIUS_KM;
  for (const e of list) radiusKm = Math.max(radiusKm, haversineMeters(centre[0], centre[1], e.lon, e.lat) / 1000 + MIN_AREA_RADIUS_KM);
  const disc = circle(centre, radiusKm, { units: 'kilometers', steps: 32 });
  return { type: 'Feature', geometry: disc.geometry, properties };
}

/** A hull with no area: fewer than 4 ring positions (3 distinct) or all vertices on one line. */
function isDegenerate(polygon: Polygon): boolean {
  const ring = polygon.coordinates[0] ?? [];
  if (ring.length < 4) return true;
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    twiceArea += x1! * y2! - x2! * y1!;
  }
  return Math.abs(twiceArea) < 1e-12;
}
