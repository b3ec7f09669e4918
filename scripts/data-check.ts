/**
 * `npm run data:check`: parses every dataset file through `parseDataset` and runs the geometry checks.
 * Exits non-zero with the problems (file › id › field path: message) on a bad file; otherwise prints counts per
 * kind and the share of figures per confidence level. Run before every build (prebuild).
 */
import { BUNDLED_FILES } from '../data/bundled-dataset';
import { DatasetError, parseDataset } from '../data/parse-dataset';
import { computeDatasetStats } from '../data/stats';
import { CONFIDENCE_LEVELS, CONFIDENCE_LABELS } from '../data/schema/confidence';
import { checkDatasetIntegrity } from '../data/integrity';

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
  const width = Math.max(...Object.keys(stats.counts).map((k) => k.length));
  console.log('Route Atlas dataset: OK\n');
  console.log('Records');
  for (const [k, n] of Object.entries(stats.counts)) console.log(`  ${k.padEnd(width)}  ${String(n).padStart(4)}`);
  console.log(`\nFigures by confidence (${stats.figureCount} numbers)`);
  for (const level of CONFIDENCE_LEVELS) {
    const n = stats.figuresByConfidence[level];
    const share = stats.figureCount === 0 ? 0 : (100 * n) / stats.figureCount;
    console.log(`  ${CONFIDENCE_LABELS[level].padEnd(width)}  ${String(n).padStart(4)}  ${share.toFixed(1).padStart(5)}%`);
  }
  return 0;
}

process.exitCode = main();
