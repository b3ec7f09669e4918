// Public API of area reports: the shape of an area, its link form, and what a report computes. Pure TypeScript.
export { AREA_RADIUS_KM, areaBounds, areaCenter, areaKm2, areaRing, rectangleArea, roundCoord, sameArea, outlineProblem, circleProblem } from './area-shape';
export type { AreaShape, LonLat } from './area-shape';
export { formatAreaParam, parseAreaParam } from './area-param';
export { prepareArea } from './area-predicates';
export { AREA_RECORD_KINDS, AREA_RECORD_LABELS, DERIVED_KINDS } from './area-records';
export type { AreaPlacement, AreaRecord, AreaRecordKind, AreaVessel, AreaVesselRef } from './area-records';
export { computeAreaReport } from './area-report';
export type { AreaMonth, AreaReport, AreaReportInput, KindCounts } from './area-report';
export { compareAreaReports } from './compare-reports';
export type { AreaComparison, KindChange } from './compare-reports';
export { areaReportToCsv, areaReportToGeoJson, PLACEMENT_WORDS } from './report-export';
export { dayOfDate, isoOfDay, isoOfMonth, parseIsoDay, yearsDayRange } from './area-time';
export type { DayRange } from './area-time';
export { areaFromDrawn } from './drawn-shape';
export type { DrawnOutline } from './drawn-shape';
