import type { z } from 'zod';
import type { FILE_SCHEMAS } from './dataset-schemas';
import type {
  FlowAnchorFeature,
  PlaceFeature,
  RailLinkFeature,
  SeaRouteFeature,
  StsIncidentFeature,
  StsZoneFeature,
} from './schema/feature';

export type DatasetKey = keyof typeof FILE_SCHEMAS;

/** Repository-relative path of each dataset file, used in error messages. */
export const DATASET_FILES: Readonly<Record<DatasetKey, string>> = {
  sources: 'data/sources.json',
  places: 'data/features/places.json',
  railLinks: 'data/features/rail-links.json',
  seaRoutes: 'data/features/sea-routes.json',
  stsZones: 'data/features/sts-zones.json',
  stsIncidents: 'data/features/sts-incidents.json',
  flowAnchors: 'data/features/flow-anchors.json',
  trade: 'data/series/trade.json',
  labor: 'data/series/labor.json',
  petroleum: 'data/series/petroleum.json',
  timeline: 'data/timeline.json',
  claims: 'data/claims.json',
  vessels: 'data/vessels.json',
};

/** Every dataset key, in file order. */
export const DATASET_KEYS = [
  'sources',
  'places',
  'railLinks',
  'seaRoutes',
  'stsZones',
  'stsIncidents',
  'flowAnchors',
  'trade',
  'labor',
  'petroleum',
  'timeline',
  'claims',
  'vessels',
] as const satisfies readonly DatasetKey[];

/** The raw (unparsed) content of every dataset file. */
export type RawDatasetFiles = Record<DatasetKey, unknown>;

/** The parsed, cross-checked dataset. */
export type Dataset = { [K in DatasetKey]: z.infer<(typeof FILE_SCHEMAS)[K]> };

export type PlaceCollection = Dataset['places'];
export type RailLinkCollection = Dataset['railLinks'];
export type SeaRouteCollection = Dataset['seaRoutes'];
export type StsZoneCollection = Dataset['stsZones'];
export type StsIncidentCollection = Dataset['stsIncidents'];
export type FlowAnchorCollection = Dataset['flowAnchors'];

/** Any feature of the dataset. */
export type AnyFeature =
  | PlaceFeature
  | RailLinkFeature
  | SeaRouteFeature
  | StsZoneFeature
  | StsIncidentFeature
  | FlowAnchorFeature;
