/**
 * Finds encounters, loitering and AIS gaps in an AIS CSV file too large for the browser, with the same code
 * the app runs (geo/analysis/ais), and writes the events as GeoJSON.
 *
 *   tsx scripts/ais/detect.ts <file.csv> [--out events.geojson] [--csv events.csv] [--areas areas.geojson]
 *       [--ports ports.json] [--truth truth.json] [--encounter.maxDistanceMeters 500] [--loitering.minDurationMinutes 240]
 *       [--gap.minGapMinutes 360] [--cluster.radiusKm 15] [--cluster.minPoints 3]
 *
 * Memory: the file is streamed (papaparse over fs.createReadStream) and never held as text. Positions are
 * kept per vessel in typed arrays, 14 bytes each once packed and at most 28 while reading (arrays double as
 * they grow), plus about 200 bytes a vessel: 10 million positions need about 140–280 MB. Detection then
 * walks the tracks with one cursor per vessel and keeps only the pairs close at the current step.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type AisDetectionOverrides, computeCandidateTransferAreas, createAisRowSink, DEFAULT_CLUSTER_PARAMS, detectAisEvents, eventsToCsv, eventsToGeoJson, resolveAisDetectionParams } from '../../geo/analysis/ais';
import { scoreEncounters, scoreGaps, scoreLoitering, type DetectionScore } from './synthetic/score-detection';
import type { SyntheticTruth } from './synthetic/generate-synthetic-ais';
import { parseArgs, type ParsedArgs } from './lib/cli-args';
import { loadPorts } from './lib/load-ports';
import { streamAisIntoSink } from './lib/stream-ais';
import { truthSchema } from './lib/truth-file';

const USAGE = 'usage: tsx scripts/ais/detect.ts <file.csv> [--out events.geojson] [--csv events.csv] [--areas areas.geojson] [--ports ports.json] [--truth truth.json] [--encounter.<param> n] [--loitering.<param> n] [--gap.<param> n] [--cluster.radiusKm n] [--cluster.minPoints n]';

/** `--encounter.maxDistanceMeters 300` and the like, checked against the known parameter names. */
function detectionOverrides(args: ParsedArgs): AisDetectionOverrides {
  const known = new Map(Object.entries(resolveAisDetectionParams()).map(([group, p]) => [group, Object.keys(p)]));
  const overrides: Record<string, Record<string, number>> = {};
  for (const [key, raw] of args.options) {
    const [group, name, ...rest] = key.split('.');
    const names = group === undefined ? undefined : known.get(group);
    if (group === undefined || names === undefined || name === undefined || rest.length > 0) continue;
    if (!names.includes(name)) throw new Error(`unknown parameter --${key}; ${group} has: ${names.join(', ')}`);
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new Error(`--${key} must be a number (got "${raw}")`);
    (overrides[group] ??= {})[name] = value;
  }
  return overrides;
}

function clusterParam(args: ParsedArgs, name: 'radiusKm' | 'minPoints'): number {
  const raw = args.options.get(`cluster.${name}`);
  if (raw === undefined) return DEFAULT_CLUSTER_PARAMS[name];
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--cluster.${name} must be a number (got "${raw}")`);
  return value;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const scoreLine = (label: string, s: DetectionScore): string =>
  `  ${label.padEnd(11)} planted ${s.planted}, detected ${s.detected}, matched ${s.truePositives}: precision ${pct(s.precision)}, recall ${pct(s.recall)}`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['help']);
  const file = args.positionals[0];
  if (args.flags.has('help') || file === undefined) {
    console.log(USAGE);
    process.exitCode = file === undefined && !args.flags.has('help') ? 2 : 0;
    return;
  }
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const overrides = detectionOverrides(args);
  const params = resolveAisDetectionParams(overrides);
  const out = args.options.get('out') ?? file.replace(/\.csv$/i, '') + '.events.geojson';
  const { ports, source } = loadPorts(args.options.get('ports'));

  const t0 = performance.now();
  const sink = createAisRowSink();
  const imported = await streamAisIntoSink(createReadStream(file), sink, (p) =>
    process.stderr.write(`  … ${p.rowsRead.toLocaleString('en')} rows\r`),
  );
  if (!imported.ok) {
    console.error(`${file}: not an AIS file we know (NOAA MarineCadastre or Danish Maritime Authority). Header: ${imported.headers.join(',')}`);
    process.exitCode = 1;
    return;
  }
  const t1 = performance.now();
  const result = detectAisEvents(imported.tracks, ports, overrides);
  const t2 = performance.now();
  const areas = computeCandidateTransferAreas([...result.encounters, ...result.loitering], {
    radiusKm: clusterParam(args, 'radiusKm'),
    minPoints: clusterParam(args, 'minPoints'),
  });

  writeFileSync(out, JSON.stringify(eventsToGeoJson(result.events)));
  const csvOut = args.options.get('csv');
  if (csvOut !== undefined) writeFileSync(csvOut, eventsToCsv(result.events));
  const areasOut = args.options.get('areas');
  if (areasOut !== undefined) writeFileSync(areasOut, JSON.stringify(areas));

  const skipped = Object.entries(imported.skipped).filter(([, n]) => n > 0);
  const rows = imported.rowsRead;
  const memory = process.resourceUsage().maxRSS * 1024;
  console.log(`${file} (${imported.layout.toUpperCase()} layout)`);
  console.log(`  rows ${rows.toLocaleString('en')}, positions ${imported.accepted.toLocaleString('en')} kept (${imported.tracks.positionCount.toLocaleString('en')} after one-per-second), vessels ${imported.tracks.vessels.length.toLocaleString('en')}`);
  console.log(`  skipped ${skipped.length === 0 ? 'none' : skipped.map(([r, n]) => `${r} ${n.toLocaleString('en')}`).join(', ')}`);
  console.log(`  ports ${ports.length} from ${source}${ports.length === 0 ? ' (distance-from-port rules are off)' : ''}`);
  console.log(`  encounters ${result.encounters.length}, loitering ${result.loitering.length}, gaps ${result.gaps.length}, candidate areas ${areas.features.length}`);
  console.log(`  read ${((t1 - t0) / 1000).toFixed(1)} s (${Math.round(rows / ((t1 - t0) / 1000)).toLocaleString('en')} rows/s), detect ${((t2 - t1) / 1000).toFixed(1)} s, peak RSS ${mb(memory)}`);
  console.log(`  encounter params ${JSON.stringify(params.encounter)}`);
  console.log(`  wrote ${out}${csvOut ? `, ${csvOut}` : ''}${areasOut ? `, ${areasOut}` : ''}`);

  const truthPath = args.options.get('truth');
  if (truthPath !== undefined) {
    const json: unknown = JSON.parse(readFileSync(truthPath, 'utf8'));
    const truth: SyntheticTruth = truthSchema.parse(json);
    console.log(`scored against ${truthPath} (synthetic truth):`);
    console.log(scoreLine('encounters', scoreEncounters(result.encounters, truth)));
    console.log(scoreLine('loitering', scoreLoitering(result.loitering, truth)));
    console.log(scoreLine('gaps', scoreGaps(result.gaps, truth)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
