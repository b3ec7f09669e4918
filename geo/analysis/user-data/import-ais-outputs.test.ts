import { describe, expect, it } from 'vitest';
import { buildVesselTracks, computeDensityGrid, DEFAULT_CLUSTER_PARAMS, densityToFile, detectAisEvents, eventsToGeoJson, resolveAisDetectionParams } from '@/geo/analysis/ais';
import { planSyntheticAis, syntheticReports } from '@/scripts/ais/synthetic/generate-synthetic-ais';
import { runImport } from './run-import';

/** What `npm run detect` writes for a small SYNTHETIC scenario: its events GeoJSON and its density grid. */
function commandOutputs() {
  const scenario = planSyntheticAis({ seed: 31, vessels: 50, encounters: 3, hours: 30 });
  const positions = scenario.vessels.flatMap((_, i) => [...syntheticReports(scenario, i)].map((r) => ({ mmsi: r.vessel.mmsi, t: r.t, lon: r.lon, lat: r.lat, sogKnots: r.sogKnots })));
  const tracks = buildVesselTracks(positions);
  const { events } = detectAisEvents(tracks, scenario.truth.ports, resolveAisDetectionParams());
  return {
    events,
    eventsText: JSON.stringify(eventsToGeoJson(events)),
    densityText: JSON.stringify(densityToFile(computeDensityGrid(tracks), ['synthetic-31.csv'])),
  };
}

const run = (name: string, text: string) =>
  runImport(
    { name, blob: new Blob([text]) },
    { userLayerId: 'user-test', ports: [], detection: resolveAisDetectionParams(), cluster: DEFAULT_CLUSTER_PARAMS, now: () => new Date('2024-03-05T00:00:00Z') },
  );

describe('importing what npm run detect writes', () => {
  const outputs = commandOutputs();

  it('its events GeoJSON becomes an AIS layer with those events and no tracks', async () => {
    const outcome = await run('synthetic-31.events.geojson', outputs.eventsText);
    if (outcome.status !== 'imported' || outcome.userLayer.kind !== 'ais') throw new Error(`not imported: ${JSON.stringify(outcome).slice(0, 200)}`);
    const layer = outcome.userLayer;
    expect(layer).toMatchObject({ kind: 'ais', tracks: null, fromDetectCommand: true, name: 'synthetic-31.events' });
    expect(layer.detection!.events).toEqual(outputs.events);
    expect(new Set(layer.detection!.events.map((e) => e.kind))).toEqual(new Set(['encounter', 'loitering', 'gap', 'port-visit']));
    expect(layer.timeExtent![0]).toBe(Math.min(...outputs.events.map((e) => e.start)));
  });

  it('its density grid becomes an AIS layer with the grid', async () => {
    const outcome = await run('synthetic-31.density.json', outputs.densityText);
    if (outcome.status !== 'imported' || outcome.userLayer.kind !== 'ais') throw new Error('not imported');
    const grid = outcome.userLayer.density!;
    expect(grid.cellDegrees).toBe(0.1);
    expect(grid.cells.length).toBeGreaterThan(20);
    expect(outcome.userLayer.counts.positions).toBe(grid.cells.reduce((a, c) => a + c.positions, 0));
  });

  it('a broken density grid gets one sentence; ordinary GeoJSON is still GeoJSON', async () => {
    const broken = outputs.densityText.replace('"cellDegrees":0.1', '"cellDegrees":-1');
    const outcome = await run('synthetic-broken.density.json', broken);
    expect(outcome).toEqual({ status: 'failed', message: expect.stringMatching(/^This density grid cannot be read: .*cellDegrees/) });
    const plain = await run('synthetic-points.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [131.9, 43.1] }, properties: { kind: 'port' } }] }));
    expect(plain.status === 'imported' && plain.userLayer.kind).toBe('geojson');
  });
});
