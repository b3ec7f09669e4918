/**
 * Writes a SYNTHETIC AIS CSV (not real vessel positions; never shipped as data) and the truth of what it
 * planted, for tests, demos and the e2e import.
 *
 *   tsx scripts/ais/generate-synthetic-ais.ts --seed 42 --vessels 200 --encounters 20 --hours 48 \
 *       --out synthetic-ais.csv --truth synthetic-truth.json [--layout noaa|dma] [--bad-rows 0.001]
 *       [--gaps n] [--loiterers n] [--interval-min 30] [--interval-max 180]
 *
 * The output file name must start with "synthetic-" so nobody mistakes it for real data.
 */
import { once } from 'node:events';
import { createWriteStream, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  planSyntheticAis,
  syntheticCsvChunks,
  type SyntheticCsvStats,
  type SyntheticLayout,
} from './synthetic/generate-synthetic-ais';
import { numberOption, parseArgs } from './lib/cli-args';

const iso = (ms: number): string => new Date(ms).toISOString();

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const out = args.options.get('out') ?? 'synthetic-ais.csv';
  const truthOut = args.options.get('truth') ?? out.replace(/\.csv$/i, '') + '.truth.json';
  if (!basename(out).startsWith('synthetic-') || !basename(truthOut).startsWith('synthetic-')) {
    throw new Error('synthetic output files must be named synthetic-*.csv / synthetic-*.json');
  }
  const layout = args.options.get('layout') ?? 'noaa';
  if (layout !== 'noaa' && layout !== 'dma') throw new Error('--layout must be noaa or dma');
  const intervalMin = numberOption(args, 'interval-min', 30);
  const intervalMax = numberOption(args, 'interval-max', 180);
  const scenario = planSyntheticAis({
    seed: numberOption(args, 'seed', 42),
    vessels: numberOption(args, 'vessels', 200),
    encounters: numberOption(args, 'encounters', 20),
    hours: numberOption(args, 'hours', 48),
    badRowRate: numberOption(args, 'bad-rows', 0),
    movingIntervalSeconds: [intervalMin, intervalMax],
    ...(args.options.has('gaps') ? { gaps: numberOption(args, 'gaps', 0) } : {}),
    ...(args.options.has('loiterers') ? { loiterers: numberOption(args, 'loiterers', 0) } : {}),
  });

  const stats: SyntheticCsvStats = { rows: 0, positions: 0, badRows: { 'bad-mmsi': 0, 'bad-timestamp': 0, 'bad-coordinates': 0, 'bad-speed': 0 } };
  const stream = createWriteStream(out);
  for (const chunk of syntheticCsvChunks(scenario, layout as SyntheticLayout, stats)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');

  const t = scenario.truth;
  const withIso = <T extends { start: number; end: number }>(x: T) => ({ ...x, startIso: iso(x.start), endIso: iso(x.end) });
  const truthJson = {
    ...t,
    startIso: iso(t.startMs),
    endIso: iso(t.endMs),
    file: basename(out),
    layout,
    positions: stats.positions,
    rows: stats.rows,
    badRows: stats.badRows,
    encounters: t.encounters.map(withIso),
    loitering: t.loitering.map(withIso),
    gaps: t.gaps.map(withIso),
    decoys: t.decoys.map(withIso),
  };
  writeFileSync(truthOut, JSON.stringify(truthJson, null, 2) + '\n');
  console.log(
    `SYNTHETIC AIS (not real data): ${out} — ${stats.positions.toLocaleString('en')} positions, ${scenario.vessels.length} vessels, ` +
      `${t.encounters.length} encounters, ${t.loitering.filter((l) => l.certain).length} loitering, ${t.gaps.length} gaps, ` +
      `${t.decoys.length} decoys${stats.rows > stats.positions ? `, ${stats.rows - stats.positions} broken rows` : ''}; truth in ${truthOut}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
