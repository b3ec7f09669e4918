/**
 * `npm run data:check`: parses every dataset file through `parseDataset` and runs the geometry checks.
 * Exits non-zero with the problems (file › id › field path: message) on a bad file; otherwise prints counts per
 * kind, the same counts per period (before 2020, 2020 and later), the span of the dated records and the share of
 * figures per confidence level. Run before every build (prebuild).
 */
import { BUNDLED_FILES } from '../data/bundled-dataset';
import { DatasetError, parseDataset } from '../data/parse-dataset';
import { computeDatasetStats } from '../data/stats';
import { CONFIDENCE_LEVELS, CONFIDENCE_LABELS } from '../data/schema/confidence';
import { checkDatasetIntegrity } from '../data/integrity';
import { countRecordsByPeriod } from '../data/period-counts';
import { computeDatasetSpan } from '../data/dataset-span';

function main(): number {
  let dataset;
  try {
    dataset = parseDataset(BUNDLED_FILES);
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const integrity = checkDatasetIntegrity(dataset);
  if (integrity.length > 0) {
    console.error(`Dataset has ${integrity.length} geometry problem${integrity.length === 1 ? '' : 's'}:`);
    for (const p of integrity) console.error(`  - ${p}`);
    return 1;
  }

  const stats = computeDatasetStats(dataset);
  const periods = new Map(countRecordsByPeriod(dataset).map((p) => [p.kind, p]));
  const width = Math.max(...Object.keys(stats.counts).map((k) => k.length));
  const cell = (n: number | undefined, w: number) => (n === undefined ? '' : String(n)).padStart(w);
  console.log('Route Atlas dataset: OK\n');
  console.log(`${'Records'.padEnd(width + 2)}  total  before 2020  2020–2025  undated`);
  for (const [k, n] of Object.entries(stats.counts)) {
    const p = periods.get(k);
    console.log(`  ${k.padEnd(width)}  ${cell(n, 5)}  ${cell(p?.before2020, 11)}  ${cell(p?.from2020, 9)}  ${cell(p?.undated, 7)}`);
  }
  console.log('  (a record whose dates span both periods counts in both columns)');
  const span = computeDatasetSpan(dataset);
  if (span) console.log(`\nDated records run from ${span.first} to ${span.last}`);
  console.log(`\nFigures by confidence (${stats.figureCount} numbers)`);
  for (const level of CONFIDENCE_LEVELS) {
    const n = stats.figuresByConfidence[level];
    const share = stats.figureCount === 0 ? 0 : (100 * n) / stats.figureCount;
    console.log(`  ${CONFIDENCE_LABELS[level].padEnd(width)}  ${String(n).padStart(4)}  ${share.toFixed(1).padStart(5)}%`);
  }
  return 0;
}

process.exitCode = main();
