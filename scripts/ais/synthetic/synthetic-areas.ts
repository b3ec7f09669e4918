import type { PortPoint } from '../../../geo/analysis/ais';

/**
 * Sea areas of the project's area of interest where synthetic vessels sail, as boxes over open water, each
 * with the bearings (degrees from north) that lead out to sea, so approaches and departures do not cross
 * land. Approximate: this feeds SYNTHETIC test data only.
 */
export interface SyntheticArea {
  id: string;
  name: string;
  /** [west, south, east, north] in degrees. */
  box: [number, number, number, number];
  seawardDeg: [number, number];
}

export const SYNTHETIC_AREAS: readonly SyntheticArea[] = [
  { id: 'east-china-sea', name: 'East China Sea off Shanghai', box: [122.9, 28.6, 125.4, 31.0], seawardDeg: [45, 150] },
  { id: 'sea-of-japan', name: 'Sea of Japan off Primorye', box: [131.6, 40.6, 135.4, 42.4], seawardDeg: [120, 220] },
  { id: 'korea-bay', name: 'Korea Bay', box: [122.6, 38.3, 124.3, 39.3], seawardDeg: [170, 215] },
];

export interface SyntheticPort extends PortPoint {
  id: string;
  name: string;
  /** Bearings from the port towards open water. */
  seawardDeg: [number, number];
}

/** Real ports of the area of interest, approximate positions, used as the "port or anchorage" points. */
export const SYNTHETIC_PORTS: readonly SyntheticPort[] = [
  { id: 'yangshan', name: 'Shanghai Yangshan', lon: 122.07, lat: 30.63, seawardDeg: [60, 120] },
  { id: 'ningbo-zhoushan', name: 'Ningbo-Zhoushan', lon: 122.1, lat: 29.93, seawardDeg: [70, 110] },
  { id: 'vladivostok', name: 'Vladivostok', lon: 131.89, lat: 43.11, seawardDeg: [160, 200] },
  { id: 'nakhodka', name: 'Nakhodka', lon: 132.89, lat: 42.81, seawardDeg: [160, 200] },
  { id: 'vostochny', name: 'Vostochny', lon: 133.05, lat: 42.74, seawardDeg: [150, 190] },
  { id: 'nampo', name: 'Nampo', lon: 125.38, lat: 38.72, seawardDeg: [230, 260] },
  { id: 'dalian', name: 'Dalian', lon: 121.64, lat: 38.93, seawardDeg: [100, 160] },
  { id: 'dandong', name: 'Dandong', lon: 124.35, lat: 40.08, seawardDeg: [190, 220] },
];
