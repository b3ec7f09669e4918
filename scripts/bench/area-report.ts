// `npm run bench:area` (also run by `npm run bench`): how long an area report takes with many imported AIS positions.
//
//   tsx scripts/bench/area-report.ts [--quick] [--positions N]
//
// SYNTHETIC positions (scattered over the region, 500 vessels, two years) go into one AIS user layer; the figures are
// the point index's build (once per user layer) and the whole report (curated records, positions, vessels, months)
// for drawn areas of three shapes, median of 5 runs each. A measurement, not a test: nothing is asserted.
import { performance } from 'node:perf_hooks';
import { getDataset, COMMODITIES } from '@/data';
import { computeAreaReport, yearsDayRange, type AreaShape } from '@/geo/analysis/area';
import { positionIndexFor } from '@/geo/analysis/area/position-index';
import { aisLayer, syntheticPositions } from '@/geo/analysis/area/test-layers';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const countArg = args.indexOf('--positions');
const positions = countArg >= 0 ? Number(args[countArg + 1]) : quick ? 100_000 : 1_000_000;
const RUNS = 5;

const AREAS: { label: string; area: AreaShape }[] = [
  { label: 'rectangle, East China Sea (~1/6 of the points)', area: { kind: 'polygon', corners: [[122, 28], [127, 28], [127, 33], [122, 33]] } },
  { label: 'polygon with a notch, Korea Bay', area: { kind: 'polygon', corners: [[121, 36], [127, 36], [127, 41], [125, 41], [125, 38], [123, 38], [123, 41], [121, 41]] } },
  { label: 'circle 300 km, off Vladivostok', area: { kind: 'circle', center: [131.9, 42.9], radiusKm: 300 } },
  { label: 'the whole region (every point a candidate)', area: { kind: 'polygon', corners: [[117, 25], [135, 25], [135, 45], [117, 45]] } },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dataset = getDataset();
let started = performance.now();
const layer = aisLayer(syntheticPositions(positions, { vessels: 500 }));
console.log(`SYNTHETIC AIS: ${layer.counts.positions.toLocaleString('en-US')} positions of ${layer.counts.vessels} vessels, made in ${(performance.now() - started).toFixed(0)} ms`);
started = performance.now();
const cpu0 = process.cpuUsage();
positionIndexFor(layer.tracks!);
const buildCpu = process.cpuUsage(cpu0);
console.log(`point index, built once per user layer: ${(performance.now() - started).toFixed(0)} ms wall, ${((buildCpu.user + buildCpu.system) / 1000).toFixed(0)} ms CPU`);

for (const { label, area } of AREAS) {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let inside = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const report = computeAreaReport({ dataset, area, commodities: [...COMMODITIES], days: yearsDayRange([2013, 2024]), importedDays: null, aisLayers: [layer] });
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    times.push(performance.now() - t0);
    inside = report.positions ?? 0;
  }
  // CPU time is the figure a shared machine's load changes least; wall time is what a user waits.
  console.log(
    `area report, ${label}: ${median(times).toFixed(0)} ms wall, ${median(cpuTimes).toFixed(0)} ms CPU, median of ${RUNS} (${inside.toLocaleString('en-US')} positions inside)`,
  );
}
