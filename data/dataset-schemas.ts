import {
  flowAnchorCollectionSchema,
  placeCollectionSchema,
  railLinkCollectionSchema,
  seaRouteCollectionSchema,
  stsIncidentCollectionSchema,
  stsZoneCollectionSchema,
} from './schema/feature';
import { sourcesFileSchema } from './schema/source';
import { laborFileSchema, petroleumFileSchema, tradeFileSchema } from './schema/series';
import { timelineFileSchema } from './schema/timeline';
import { claimsFileSchema } from './schema/claim';
import { vesselsFileSchema } from './schema/vessel';

/** The schema for each dataset file, keyed by the `Dataset` field it fills. */
export const FILE_SCHEMAS = {
  sources: sourcesFileSchema,
  places: placeCollectionSchema,
  railLinks: railLinkCollectionSchema,
  seaRoutes: seaRouteCollectionSchema,
  stsZones: stsZoneCollectionSchema,
  stsIncidents: stsIncidentCollectionSchema,
  flowAnchors: flowAnchorCollectionSchema,
  trade: tradeFileSchema,
  labor: laborFileSchema,
  petroleum: petroleumFileSchema,
  timeline: timelineFileSchema,
  claims: claimsFileSchema,
  vessels: vesselsFileSchema,
} as const;
