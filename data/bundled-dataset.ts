import type { AnyFeature, Dataset, RawDatasetFiles } from './dataset-types';

import sourcesJson from './sources.json';
import placesJson from './features/places.json';
import railLinksJson from './features/rail-links.json';
import seaRoutesJson from './features/sea-routes.json';
import stsZonesJson from './features/sts-zones.json';
import stsIncidentsJson from './features/sts-incidents.json';
import flowAnchorsJson from './features/flow-anchors.json';
import tradeJson from './series/trade.json';
import laborJson from './series/labor.json';
import petroleumJson from './series/petroleum.json';
import timelineJson from './timeline.json';
import claimsJson from './claims.json';
import vesselsJson from './vessels.json';

/** The raw JSON files as bundled with the app. */
export const BUNDLED_FILES: RawDatasetFiles = {
  sources: sourcesJson,
  places: placesJson,
  railLinks: railLinksJson,
  seaRoutes: seaRoutesJson,
  stsZones: stsZonesJson,
  stsIncidents: stsIncidentsJson,
  flowAnchors: flowAnchorsJson,
  trade: tradeJson,
  labor: laborJson,
  petroleum: petroleumJson,
  timeline: timelineJson,
  claims: claimsJson,
  vessels: vesselsJson,
};

/**
 * The bundled dataset, as it is. The browser does not validate it again: `npm run data:check` parses these same
 * files with the schemas and cross-checks them before every build and dev server (a bad file stops both with a
 * message naming the file and feature), and a unit test holds that parsing them returns exactly this object.
 * Parsing in the page cost 50–100 ms of main-thread time before the map's first frame (issue 7).
 */
const BUNDLED_DATASET = BUNDLED_FILES as Dataset;

export function getDataset(): Dataset {
  return BUNDLED_DATASET;
}

/**
 * The map-visible features in a stable draw order (bottom to top): STS zones, sea routes, rail links, places,
 * STS incidents; file order within each kind. Flow anchors are left out: they are arc endpoints, not things.
 */
export function allFeatures(dataset: Dataset): AnyFeature[] {
  return [
    ...dataset.stsZones.features,
    ...dataset.seaRoutes.features,
    ...dataset.railLinks.features,
    ...dataset.places.features,
    ...dataset.stsIncidents.features,
  ];
}

const featuresById = new WeakMap<Dataset, ReadonlyMap<string, AnyFeature>>();

/** Looks a feature (flow anchors included) up by id. */
export function findFeature(dataset: Dataset, id: string): AnyFeature | undefined {
  let byId = featuresById.get(dataset);
  if (!byId) {
    byId = new Map([...allFeatures(dataset), ...dataset.flowAnchors.features].map((f) => [f.id, f]));
    featuresById.set(dataset, byId);
  }
  return byId.get(id);
}
