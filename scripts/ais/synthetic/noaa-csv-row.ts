import type { SyntheticReport } from './synthetic-reports';

/** NOAA MarineCadastre layout. */
export const NOAA_HEADER =
  'MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass';

export function formatNoaaRow(r: SyntheticReport): string {
  const v = r.vessel;
  return [
    v.mmsi,
    new Date(r.t).toISOString().slice(0, 19),
    r.lat.toFixed(5),
    r.lon.toFixed(5),
    r.sogKnots.toFixed(1),
    r.cogDeg.toFixed(1),
    r.headingDeg,
    v.name,
    `IMO${v.imo}`,
    v.callsign,
    v.vesselType,
    r.status,
    v.lengthM,
    v.widthM,
    v.draftM.toFixed(1),
    '',
    'A',
  ].join(',');
}
