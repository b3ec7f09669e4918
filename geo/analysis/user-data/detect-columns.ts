/**
 * Header names are compared in a normal form: lower case, a byte-order mark, a leading "#" and any unit in
 * brackets dropped ("Latitude (deg)", "lat [°]"), then only letters and digits kept ("Lat_DD" → "latdd").
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/^\s*#/, '')
    .replace(/\s*[([{].*?[)\]}]\s*/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Most specific first: "latitude" wins over "y" when a file has both.
const LAT_NAMES = [
  'latitude',
  'lat',
  'latdd',
  'latdeg',
  'latdec',
  'latitudedd',
  'latitudedeg',
  'decimallatitude',
  'declat',
  'gpslatitude',
  'gpslat',
  'ycoord',
  'ycoordinate',
  'pointy',
  'y',
];
const LON_NAMES = [
  'longitude',
  'lon',
  'lng',
  'long',
  'londd',
  'londeg',
  'londec',
  'lngdd',
  'longdd',
  'longitudedd',
  'longitudedeg',
  'decimallongitude',
  'declon',
  'declong',
  'gpslongitude',
  'gpslon',
  'gpslng',
  'xcoord',
  'xcoordinate',
  'pointx',
  'x',
];

export interface CoordinateColumns {
  /** Header names as spelled in the file. */
  lat: string;
  lon: string;
}

function findBest(headers: readonly string[], names: readonly string[], exclude?: string): string | null {
  const normalized = headers.map(normalizeHeader);
  for (const name of names) {
    const i = normalized.indexOf(name);
    if (i >= 0 && headers[i] !== exclude) return headers[i]!;
  }
  return null;
}

/**
 * Finds the latitude and longitude columns of a CSV header by name: lat/latitude/y and lon/lng/long/longitude/x
 * and common variants (`Lat_DD`, `Latitude (deg)`, `decimalLongitude`, `GPS Lat`). Returns null unless both are
 * found; the user then picks them.
 */
export function detectCoordinateColumns(headers: readonly string[]): CoordinateColumns | null {
  const lat = findBest(headers, LAT_NAMES);
  if (lat === null) return null;
  const lon = findBest(headers, LON_NAMES, lat);
  return lon === null ? null : { lat, lon };
}

const DATE_NAMES = [
  'datetime',
  'timestamp',
  'basedatetime',
  'date',
  'time',
  'eventdate',
  'observedat',
  'observed',
  'reportdate',
  'reportedat',
  'sightingdate',
  'dateutc',
  'timeutc',
  'datetimeutc',
  'when',
  'year',
];

/** Column or property names that may hold a date, most likely first; the caller checks the values. */
export function dateFieldCandidates(names: readonly string[]): string[] {
  const normalized = names.map(normalizeHeader);
  const out: string[] = [];
  for (const name of DATE_NAMES) {
    normalized.forEach((n, i) => {
      if (n === name && !out.includes(names[i]!)) out.push(names[i]!);
    });
  }
  // Then anything named like "start_date", "date_reported", "first_seen_time".
  normalized.forEach((n, i) => {
    if (/date|time/.test(n) && !out.includes(names[i]!)) out.push(names[i]!);
  });
  return out;
}
