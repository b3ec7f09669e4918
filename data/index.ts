/**
 * Public API of the Route Atlas dataset: the typed, validated data and the vocabularies the UI labels it with.
 */
export { getDataset, allFeatures, findFeature } from './bundled-dataset';
export type {
  Dataset,
  DatasetKey,
  RawDatasetFiles,
  AnyFeature,
  PlaceCollection,
  RailLinkCollection,
  SeaRouteCollection,
  StsZoneCollection,
  StsIncidentCollection,
  FlowAnchorCollection,
} from './dataset-types';

export {
  CONFIDENCE_LEVELS,
  CONFIDENCE_LABELS,
  CONFIDENCE_DESCRIPTIONS,
  GEOMETRY_PRECISIONS,
  GEOMETRY_PRECISION_LABELS,
} from './schema/confidence';
export type { Confidence, GeometryPrecision } from './schema/confidence';
export { COMMODITIES, COMMODITY_LABELS } from './schema/commodity';
export type { Commodity } from './schema/commodity';
export { SOURCE_KINDS } from './schema/source';
export type { Source, SourceKind } from './schema/source';
export type { Fact } from './schema/fact';
export type { DatePrecision, LonLat, Name, Period } from './schema/common';
export { PLACE_KINDS, ROUTE_KINDS, PLACEMENT_METHODS } from './schema/feature';
export type {
  PlaceFeature,
  PlaceKind,
  RailLinkFeature,
  SeaRouteFeature,
  RouteKind,
  StsZoneFeature,
  ZoneOutline,
  StsIncidentFeature,
  IncidentVessel,
  Placement,
  FlowAnchorFeature,
} from './schema/feature';
export { TRADE_FLOWS, LABOR_HOSTS } from './schema/series';
export type {
  TradeData,
  TradeSeries,
  TradePoint,
  TradeFlow,
  TradePartners,
  LaborData,
  WorkerSeries,
  LaborPoint,
  Earnings,
  PetroleumData,
  PetroleumCap,
  ReportedDelivery,
  PetroleumEstimate,
} from './schema/series';
export { TIMELINE_KINDS, TIMELINE_KIND_LABELS } from './schema/timeline';
export { featuresNamedBySelection, findTimelineEvent } from './timeline-lookup';
export type { TimelineEvent, TimelineKind } from './schema/timeline';
export { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from './schema/claim';
export { DESIGNATION_AUTHORITIES } from './schema/vessel';
export type { VesselRecord, VesselName, VesselFlag, Designation, DesignationAuthority, VesselOperator } from './schema/vessel';
export { findVessel, vesselDisplayName, vesselFlagsOn } from './vessel-lookup';
export { imoCheckDigit, isValidImoNumber } from './imo-number';
export { computeDatasetSpan, type DatasetSpan } from './dataset-span';
export type { Claim, ClaimStatus } from './schema/claim';
