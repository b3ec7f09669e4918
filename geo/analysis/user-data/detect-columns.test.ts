import { describe, expect, it } from 'vitest';
import { dateFieldCandidates, detectCoordinateColumns, normalizeHeader } from './detect-columns';

describe('detectCoordinateColumns', () => {
  it.each([
    [['name', 'lat', 'lon'], { lat: 'lat', lon: 'lon' }],
    [['Latitude', 'Longitude', 'note'], { lat: 'Latitude', lon: 'Longitude' }],
    [['LAT', 'LNG'], { lat: 'LAT', lon: 'LNG' }],
    [['lat', 'long'], { lat: 'lat', lon: 'long' }],
    [['y', 'x', 'id'], { lat: 'y', lon: 'x' }],
    [['Y', 'X'], { lat: 'Y', lon: 'X' }],
    [['Lat_DD', 'Lon_DD'], { lat: 'Lat_DD', lon: 'Lon_DD' }],
    [['Latitude (deg)', 'Longitude (deg)'], { lat: 'Latitude (deg)', lon: 'Longitude (deg)' }],
    [['lat [°]', 'lon [°]'], { lat: 'lat [°]', lon: 'lon [°]' }],
    [['decimalLatitude', 'decimalLongitude'], { lat: 'decimalLatitude', lon: 'decimalLongitude' }],
    [['GPS Lat', 'GPS Lon'], { lat: 'GPS Lat', lon: 'GPS Lon' }],
    [['\uFEFFlatitude', ' longitude '], { lat: '\uFEFFlatitude', lon: ' longitude ' }],
    [['# Lat', 'Lon'], { lat: '# Lat', lon: 'Lon' }],
  ])('finds %j', (headers, expected) => {
    expect(detectCoordinateColumns(headers)).toEqual(expected);
  });

  it('prefers latitude/longitude over y/x when a file has both', () => {
    expect(detectCoordinateColumns(['x', 'y', 'Latitude', 'Longitude'])).toEqual({ lat: 'Latitude', lon: 'Longitude' });
  });

  it.each([[['name', 'place']], [['lat']], [['longitude', 'name']], [['latency', 'longevity']], [[]]])('returns null for %j', (headers) => {
    expect(detectCoordinateColumns(headers)).toBeNull();
  });

  it('normalises headers to letters and digits', () => {
    expect(normalizeHeader('  Lat_DD (WGS84) ')).toBe('latdd');
  });
});

describe('dateFieldCandidates', () => {
  it('lists date-like names, most likely first', () => {
    expect(dateFieldCandidates(['name', 'first_seen_time', 'Date', 'lat'])).toEqual(['Date', 'first_seen_time']);
    expect(dateFieldCandidates(['name', 'lat'])).toEqual([]);
  });
});
