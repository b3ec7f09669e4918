import type { SyntheticReport } from './synthetic-reports';

/** Danish Maritime Authority layout. */
export const DMA_HEADER =
  '# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function dmaTime(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

export function formatDmaRow(r: SyntheticReport): string {
  const v = r.vessel;
  return [
    dmaTime(r.t),
    'Class A',
    v.mmsi,
    r.lat.toFixed(6),
    r.lon.toFixed(6),
    r.status === 1 ? 'At anchor' : 'Under way using engine',
    '',
    r.sogKnots.toFixed(1),
    r.cogDeg.toFixed(1),
    r.headingDeg,
    v.imo,
    v.callsign,
    v.name,
    v.vesselType === 80 ? 'Tanker' : 'Cargo',
    '',
    v.widthM,
    v.lengthM,
    'GPS',
    v.draftM.toFixed(1),
    '',
    '',
    'AIS',
    '',
    '',
    '',
    '',
  ].join(',');
}
