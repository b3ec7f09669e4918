import type { CoordinateColumns } from './detect-columns';
import { MAX_IMPORTED_FEATURES, MAX_PROPERTIES, MAX_PROPERTY_KEY_CHARS } from './import-limits';
import { parseDate } from './parse-date';
import { capText } from './properties';
import { countSkip } from './skip-reasons';
import type { FeatureCounts, ImportedFeature, SkippedByReason } from './types';

export type CoordinateCheck = { ok: true; lon: number; lat: number } | { ok: false; reason: 'missing-coordinates' | 'bad-coordinates' | 'out-of-range' };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** Reads one decimal-degree coordinate; a decimal comma is accepted when the delimiter is not a comma. */
export function parseCoordinate(text: string, allowDecimalComma: boolean): number | null {
  const t = text.trim();
  if (DECIMAL.test(t)) return Number(t);
  if (allowDecimalComma && DECIMAL_COMMA.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/**
 * Checks a latitude/longitude pair of cells. `missing-coordinates`: either is empty; `bad-coordinates`: either is
 * not a decimal number (degrees-minutes text, "N/A"), or both are exactly 0 (a failed geocode, not a place);
 * `out-of-range`: latitude beyond ±90 or longitude beyond ±180.
 */
export function checkCoordinates(latText: string | undefined, lonText: string | undefined, allowDecimalComma: boolean): CoordinateCheck {
  if (latText === undefined || lonText === undefined || latText.trim() === '' || lonText.trim() === '') {
    return { ok: false, reason: 'missing-coordinates' };
  }
  const lat = parseCoordinate(latText, allowDecimalComma);
  const lon = parseCoordinate(lonText, allowDecimalComma);
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return { ok: false, reason: 'bad-coordinates' };
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return { ok: false, reason: 'out-of-range' };
  if (lat === 0 && lon === 0) return { ok: false, reason: 'bad-coordinates' };
  return { ok: true, lon, lat };
}

/** Property keys for a header row: blank names become `column_<n>`, repeated names get `_2`, `_3`. */
export function propertyKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    let key = capText(h.replace(/^\uFEFF/, '').trim(), MAX_PROPERTY_KEY_CHARS) || `column_${i + 1}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key = `${key}_${n}`;
    return key;
  });
}

export interface PointRowSinkOptions {
  userLayerId: string;
  headers: readonly string[];
  columns: CoordinateColumns;
  /** Header of the date column, if any. */
  dateColumn: string | null;
  delimiter: string;
}

export interface PointRowSink {
  push(fields: readonly string[]): void;
  readonly rowsRead: number;
  readonly skipped: Readonly<SkippedByReason>;
  finish(): { features: ImportedFeature[]; counts: FeatureCounts; rowsRead: number; skipped: SkippedByReason; timeExtent: [number, number] | null };
}

/**
 * Turns CSV rows (fields in header order) into point features. Rows are skipped and counted by reason:
 * `wrong-field-count` (a row whose fields do not line up with the header: an unquoted delimiter in a name shifts
 * every later cell, coordinates included), the coordinate reasons of {@link checkCoordinates}, and
 * `over-feature-limit`. Every cell becomes a text property (at most `MAX_PROPERTIES`), so identifiers keep their
 * leading zeros; the date column, when there is one, gives `time`.
 */
export function createPointRowSink(options: PointRowSinkOptions): PointRowSink {
  const { headers, userLayerId } = options;
  const latIndex = headers.indexOf(options.columns.lat);
  const lonIndex = headers.indexOf(options.columns.lon);
  const dateIndex = options.dateColumn === null ? -1 : headers.indexOf(options.dateColumn);
  if (latIndex < 0 || lonIndex < 0) throw new Error('createPointRowSink: the coordinate columns are not in the header');
  const keys = propertyKeys(headers).slice(0, MAX_PROPERTIES);
  const allowDecimalComma = options.delimiter !== ',';
  const features: ImportedFeature[] = [];
  const skipped: SkippedByReason = {};
  let rowsRead = 0;
  let min = Infinity;
  let max = -Infinity;

  return {
    push(fields) {
      rowsRead++;
      // A trailing delimiter on every line gives one empty field more than the header: that is not a shift.
      const extraEmpty = fields.length === headers.length + 1 && fields[fields.length - 1] === '';
      if (fields.length !== headers.length && !extraEmpty) return countSkip(skipped, 'wrong-field-count');
      const coordinates = checkCoordinates(fields[latIndex], fields[lonIndex], allowDecimalComma);
      if (!coordinates.ok) return countSkip(skipped, coordinates.reason);
      if (features.length >= MAX_IMPORTED_FEATURES) return countSkip(skipped, 'over-feature-limit');
      const properties = Object.fromEntries(keys.map((k, i) => [k, capText(fields[i] ?? '')]));
      const time = dateIndex >= 0 ? parseDate(fields[dateIndex]) : null;
      if (time !== null) {
        min = Math.min(min, time);
        max = Math.max(max, time);
      }
      features.push({
        type: 'Feature',
        id: `${userLayerId}-f${features.length}`,
        userLayerId,
        geometry: { type: 'Point', coordinates: [coordinates.lon, coordinates.lat] },
        properties,
        time,
      });
    },
    get rowsRead() {
      return rowsRead;
    },
    get skipped() {
      return skipped;
    },
    finish() {
      return {
        features,
        counts: { points: features.length, lines: 0, polygons: 0 },
        rowsRead,
        skipped: { ...skipped },
        timeExtent: min <= max ? [min, max] : null,
      };
    },
  };
}
