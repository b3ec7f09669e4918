// Public API of AIS import and event detection. Pure TypeScript: safe in a Web Worker, in Node and in React.
export type {
  AisEvent,
  AisEventKind,
  AisLayout,
  AisPosition,
  AisRowResult,
  EncounterEvent,
  GapEndpoint,
  GapEvent,
  LoiteringEvent,
  PortPoint,
  PortVisitEvent,
  SkipReason,
  VesselRef,
} from './types';
export { SKIP_REASONS } from './types';
export { detectAisLayout, parseAisRow, parseAisTimestamp, resolveAisColumns, SOG_NOT_AVAILABLE_KNOTS } from './parse-ais-row';
export type { AisColumns } from './parse-ais-row';
export { createAisRowSink, emptySkipCounts } from './ais-row-sink';
export type { AisImportResult, AisRowSink, SkipCounts } from './ais-row-sink';
export {
  buildVesselTracks,
  createVesselTrackBuilder,
  findTrack,
  SOG_MISSING,
  trackPositionAt,
  trackPositionsBetween,
  vesselRef,
} from './vessel-tracks';
export type { VesselTrack, VesselTrackBuilder, VesselTracks } from './vessel-tracks';
export { resampleTrack, TrackResampler } from './resample-track';
export type { ResampledTrack, ResampleParams, TrackSample } from './resample-track';
export {
  assertAisDetectionParams,
  assertDensityParams,
  assertEncounterParams,
  assertGapParams,
  assertLoiteringParams,
  assertPortVisitParams,
  DEFAULT_AIS_DETECTION_PARAMS,
  DEFAULT_DENSITY_PARAMS,
  DEFAULT_ENCOUNTER_PARAMS,
  DEFAULT_GAP_PARAMS,
  DEFAULT_LOITERING_PARAMS,
  DEFAULT_PORT_VISIT_PARAMS,
} from './detection-params';
export type { AisDetectionParams, DensityParams, EncounterParams, GapParams, LoiteringParams, PortVisitParams } from './detection-params';
export { detectEncounters, detectEncountersNaive } from './detect-encounters';
export { detectLoitering } from './detect-loitering';
export { detectGaps } from './detect-gaps';
export { detectPortVisits } from './detect-port-visits';
export { computeDensityGrid } from './density-grid';
export type { DensityCell, DensityGrid } from './density-grid';
export { DENSITY_FILE_TYPE, densityFromFile, densityToFile, looksLikeDensityFile } from './density-file';
export { densityInRange, densityTimeExtent } from './density-range';
export type { DensityRange, DensityRangeCell } from './density-range';
export type { DensityFile, DensityReadResult } from './density-file';
export { detectAisEvents, resolveAisDetectionParams, sortEvents } from './detect-ais-events';
export type { AisDetectionOverrides, AisDetectionResult } from './detect-ais-events';
export { computeCandidateTransferAreas, DEFAULT_CLUSTER_PARAMS } from './cluster-events';
export type { CandidateArea, CandidateAreaProperties, ClusterParams } from './cluster-events';
export { EVENT_COLUMNS, eventFromFlatRecord, eventsFromCsv, eventsFromGeoJson, eventsToCsv, eventsToGeoJson, flattenEvent } from './export-events';
export type { EventColumn, EventsReadResult, FlatEventRecord } from './export-events';
export { bearingDegrees, destinationPoint, haversineMeters, KNOT_MPS, METERS_PER_NAUTICAL_MILE, nearestPortDistanceKm } from './geodesy';
