// Public API of area reports: the shape of an area, its link form, and what a report computes. Pure TypeScript.
export { areaRing, roundCoord } from './area-shape';
export type { AreaShape, LonLat } from './area-shape';
export { formatAreaParam, parseAreaParam } from './area-param';
export { AREA_RECORD_KINDS, AREA_RECORD_LABELS } from './area-records';
export type { AreaRecord, AreaRecordKind } from './area-records';
export { computeAreaReport } from './area-report';
export type { AreaReport } from './area-report';
export { compareAreaReports } from './compare-reports';
export { areaReportToCsv, areaReportToGeoJson, PLACEMENT_WORDS } from './report-export';
export { dayOfDate, isoOfDay, isoOfMonth, parseIsoDay, yearsDayRange } from './area-time';
export type { DayRange } from './area-time';
export { areaFromDrawn } from './drawn-shape';
export type { DrawnOutline } from './drawn-shape';
