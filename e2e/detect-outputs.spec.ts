import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { planSyntheticAis, syntheticCsv } from '../scripts/ais/synthetic/generate-synthetic-ais';
import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

const ENCOUNTER: [number, number, number] = [255, 0, 110];

/**
 * SYNTHETIC AIS (MMSIs 999…, names SYNTH …) through `npm run detect` on its default engine (DuckDB): the events
 * GeoJSON and the density grid it writes, as an analyst would carry them from a large file to the app.
 */
function detectOutputs(dir: string): { events: string; density: string } {
  mkdirSync(dir, { recursive: true });
  const scenario = planSyntheticAis({ seed: 41, vessels: 70, encounters: 4, hours: 30 });
  const csv = join(dir, 'synthetic-sea.csv');
  const ports = join(dir, 'synthetic-ports.json');
  writeFileSync(csv, syntheticCsv(scenario, 'noaa').csv);
  writeFileSync(ports, JSON.stringify(scenario.truth.ports));
  const events = join(dir, 'synthetic-sea.events.geojson');
  const density = join(dir, 'synthetic-sea.density.json');
  const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = spawnSync(process.execPath, [tsx, 'scripts/ais/detect.ts', csv, '--ports', ports, '--no-curated-ports', '--out', events, '--density', density], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return { events, density };
}

/** Pixels of the map that differ between two screenshots of it. */
function changedPixels(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!) > 30) n++;
  }
  return n;
}

test('the events and the density grid written by npm run detect are imported and drawn, nothing leaving the machine', async ({ page }, testInfo) => {
  // The command runs first (DuckDB), then two imports and a flight: more than the default on a shared machine.
  test.setTimeout(240_000);
  const files = detectOutputs(testInfo.outputPath('detect'));
  const atlas = new AtlasPage(page);
  // The Sea of Japan box of the synthetic scenario.
  await atlas.open('view=133.5,41.5,6.5');
  const yourData = page.getByRole('region', { name: 'Your data' });
  const result = page.getByRole('status', { name: 'Import result' });

  await yourData.getByLabel('Import data').setInputFiles(files.events);
  await expect(result).toContainText('Imported “synthetic-sea.events”: events of npm run detect for', { timeout: 60_000 });
  await expect(result).toContainText(/Found [1-9]\d* encounters?, .*port visits?/);

  await yourData.getByLabel('Import data').setInputFiles(files.density);
  await expect(result).toContainText(/Imported “synthetic-sea\.density”: a density grid of [\d,]+ cells \(0\.1°, 24 h bins\)/, { timeout: 60_000 });

  // The legend explains the grid with its scale.
  await expect(page.getByLabel('Density of positions legend')).toContainText(/vessel-hours per 0\.1° cell, 0\.0–[\d.,]+/);

  // The grid is drawn: the map changes where it is switched off, and comes back when switched on.
  await atlas.foldLegend();
  const events = page.getByRole('region', { name: 'AIS events' });
  const toggle = events.getByRole('checkbox', { name: 'Density of positions' });
  await atlas.waitForMapIdle();
  const withGrid = await atlas.map.screenshot();
  await page.screenshot({ path: testInfo.outputPath('density.png') });
  await toggle.uncheck();
  await atlas.waitForMapIdle();
  await page.waitForTimeout(300);
  const without = await atlas.map.screenshot();
  expect(changedPixels(withGrid, without)).toBeGreaterThan(2000);
  await toggle.check();
  await atlas.waitForMapIdle();
  await page.waitForTimeout(300);
  expect(changedPixels(withGrid, await atlas.map.screenshot())).toBeLessThan(500);

  // The events: choosing an encounter of the events layer flies to it, drawn in the encounter colour.
  await events.getByRole('combobox', { name: 'Layer' }).selectOption({ label: 'synthetic-sea.events' });
  await toggle.uncheck();
  await events.getByRole('button', { name: /^Encounter: SYNTH .* & SYNTH / }).first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')?.split(',').map(Number)[2] ?? 0, { timeout: 30_000 }).toBeGreaterThan(8);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(400);
  const box = (await atlas.map.boundingBox())!;
  const around = { x: box.x + box.width / 2 - 8, y: box.y + box.height / 2 - 8, width: 16, height: 16 };
  expect(await atlas.countColorIn(around, ENCOUNTER, 40)).toBeGreaterThan(20);
  await page.screenshot({ path: testInfo.outputPath('detect-outputs.png') });
});
