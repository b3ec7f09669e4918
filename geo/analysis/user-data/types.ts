import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';
import type { AisDetectionParams, AisEvent, AisLayout, CandidateAreaProperties, ClusterParams, DensityGrid, VesselTracks } from '@/geo/analysis/ais';
import type { AisRedFlag, AisVesselIdentity } from '@/geo/analysis/vessels';

/** Geometries an import keeps; a GeometryCollection or anything else is skipped and counted. */
export type ImportedGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/**
 * Property values of imported features: flat and primitive. Nested objects and lists are kept as their JSON text.
 * Every string is the user's own and is only ever rendered as text (React text nodes, deck.gl glyphs).
 */
export type ImportedPropertyValue = string | number | boolean | null;
export type ImportedProperties = Record<string, ImportedPropertyValue>;

/** One imported feature. `id` is assigned on import (`<userLayerId>-f<index>`), never taken from the file. */
export interface ImportedFeature extends Feature<ImportedGeometry, ImportedProperties> {
  id: string;
  /** The user layer it belongs to, so a picked map object leads back to its user layer. */
  userLayerId: string;
  /** Epoch ms from the user layer's date field; null when the feature has none or it could not be read. */
  time: number | null;
}

/** Rows or features that could not be used, by reason (see `SKIP_REASON_LABELS`). */
export type SkippedByReason = Record<string, number>;

interface UserLayerBase {
  /** Assigned on import: `user-<random>`; lower-case letters, digits and dashes only. */
  id: string;
  /** Shown to the user: the file name, without its extension. */
  name: string;
  fileName: string;
  fileBytes: number;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** Always true: the user's own data, never mixed with the curated, cited user layer. */
  userProvided: true;
  /** Data rows (CSV) or features (GeoJSON) read from the file. */
  rowsRead: number;
  skipped: SkippedByReason;
  /** The column or property that gave each feature its time, when one was found. */
  timeField: string | null;
  /** Earliest and latest time in the data, epoch ms; null when there is none. */
  timeExtent: [min: number, max: number] | null;
  /** Set when the user layer was saved to (or loaded from) the server's database. */
  savedId?: string;
}

export interface FeatureCounts {
  points: number;
  lines: number;
  polygons: number;
}

/** An imported GeoJSON file or a CSV of points. */
export interface UserFeatureLayer extends UserLayerBase {
  kind: 'geojson' | 'csv';
  features: ImportedFeature[];
  counts: FeatureCounts;
  /** CSV only: the columns the coordinates were read from. */
  coordinateColumns?: { lat: string; lon: string };
}

/** Candidate transfer areas: derived from the user's AIS by this tool, never reported by a source. */
export type CandidateAreaCollection = FeatureCollection<Polygon, CandidateAreaProperties>;

/** The result of one run of detection over an AIS user layer. */
export interface AisDetection {
  params: AisDetectionParams;
  cluster: ClusterParams;
  events: AisEvent[];
  areas: CandidateAreaCollection;
  /** ISO 8601 time of the run. */
  ranAt: string;
  durationMs: number;
}

export interface AisCounts {
  vessels: number;
  positions: number;
}

/** An imported AIS file: compact per-vessel tracks and the events found in them. */
export interface UserAisLayer extends UserLayerBase {
  kind: 'ais';
  layout: AisLayout | null;
  /** Null for a user layer loaded back from the database: only its events were saved. */
  tracks: VesselTracks | null;
  counts: AisCounts;
  detection: AisDetection | null;
  /** What each MMSI said about itself (names, call signs, IMO numbers over time); absent for a saved layer. */
  identities?: AisVesselIdentity[];
  /** Identity red flags found at import, with the rows and fixes that show them; absent for a saved layer. */
  redFlags?: AisRedFlag[];
  /**
   * A density grid of positions, when the user imported one written by `npm run detect` (for a file too large for
   * the browser, the command's events and density grid are imported instead of the AIS itself).
   */
  density?: DensityGrid;
  /** Set when the events or the grid came from `npm run detect`'s files rather than from detection here. */
  fromDetectCommand?: true;
}

export type UserLayer = UserFeatureLayer | UserAisLayer;
