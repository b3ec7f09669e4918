/** Largest CSV (points or AIS) the browser imports, in bytes. Larger AIS files: `npm run detect` in Node. */
export const MAX_CSV_FILE_BYTES = 512 * 1024 * 1024;
/** Largest GeoJSON file the browser imports, in bytes: GeoJSON is parsed whole, so it is held in memory twice. */
export const MAX_GEOJSON_FILE_BYTES = 64 * 1024 * 1024;
/** Most features one GeoJSON or point CSV keeps; further rows are skipped as `over-feature-limit`. */
export const MAX_IMPORTED_FEATURES = 250_000;
/** Most properties (columns) kept per feature; the rest are dropped. */
export const MAX_PROPERTIES = 64;
/** Longest property key kept, in characters. */
export const MAX_PROPERTY_KEY_CHARS = 100;
/** Longest property value kept, in characters; longer text is cut and ends with "…". */
export const MAX_PROPERTY_VALUE_CHARS = 1000;
/** Bytes read before deciding what a file is (encoding, kind, header). */
export const SNIFF_BYTES = 64 * 1024;

/** "512 MB": sizes for messages, in binary megabytes as the limits are written. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
