import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAisRowSink, detectAisEvents, detectEncounters, type EncounterEvent, type VesselTracks } from '../../../geo/analysis/ais';
import { planSyntheticAis, syntheticCsv, type SyntheticLayout, type SyntheticScenario, type TruthDecoy } from './generate-synthetic-ais';
import { scoreEncounters, scoreGaps, scoreLoitering, scorePortVisits } from './score-detection';

/**
 * Generates the file as text and reads it back the way an import does: papaparse → row sink → tracks, with
 * rows as records (`header: true`) or as arrays of values.
 */
function importSynthetic(scenario: SyntheticScenario, layout: SyntheticLayout, rows: 'records' | 'values' = 'records') {
  const { csv, stats } = syntheticCsv(scenario, layout);
  const sink = createAisRowSink();
  if (rows === 'records') Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, step: (r) => sink.push(r.data) });
  else Papa.parse<string[]>(csv, { skipEmptyLines: true, step: (r) => sink.pushValues(r.data) });
  const result = sink.finish();
  if (!result.ok) throw new Error('synthetic file not recognised as AIS');
  return { result, stats };
}

function detectedPairs(events: readonly EncounterEvent[]): Set<string> {
  return new Set(events.map((e) => [e.vessels[0].mmsi, e.vessels[1].mmsi].sort().join()));
}

function decoysCaught(events: readonly EncounterEvent[], decoys: readonly TruthDecoy[], kind: TruthDecoy['kind']): number {
  const pairs = detectedPairs(events);
  return decoys.filter((d) => d.kind === kind && pairs.has([...d.vessels].sort().join())).length;
}

describe.each([
  ['NOAA layout as records, seed 42, 200 vessels, 20 encounters (the CLI example)', 'noaa', 'records', { seed: 42, vessels: 200, encounters: 20, hours: 48 }],
  ['DMA layout as values, seed 7, 300 vessels, 40 encounters', 'dma', 'values', { seed: 7, vessels: 300, encounters: 40, hours: 48 }],
] as const)('detection on synthetic AIS: %s', (_label, layout, rows, options) => {
  const scenario = planSyntheticAis({ ...options, badRowRate: 0.001 });
  const { result, stats } = importSynthetic(scenario, layout, rows);
  const detected = detectAisEvents(result.tracks, scenario.truth.ports);

  it('reads every good row and counts every broken one by reason', () => {
    expect(result.layout).toBe(layout);
    expect(result.accepted).toBe(stats.positions);
    expect(result.skipped).toEqual(stats.badRows);
    expect(Object.values(stats.badRows).every((n) => n > 0)).toBe(true);
  });

  it('plants decoys of every kind', () => {
    const kinds = new Set(scenario.truth.decoys.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['convoy', 'in-port', 'passing', 'port-outside', 'port-passing', 'short-approach', 'short-gap']);
  });

  it('finds the planted encounters with precision ≥ 0.95 and recall ≥ 0.95', () => {
    const s = scoreEncounters(detected.encounters, scenario.truth);
    expect(s.planted).toBe(options.encounters);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the planted AIS gaps and loitering with precision and recall ≥ 0.95', () => {
    const gaps = scoreGaps(detected.gaps, scenario.truth);
    expect(gaps.planted).toBeGreaterThan(0);
    expect([gaps.precision, gaps.recall].every((x) => x >= 0.95)).toBe(true);
    const loitering = scoreLoitering(detected.loitering, scenario.truth);
    expect(loitering.planted).toBeGreaterThan(0);
    expect([loitering.precision, loitering.recall].every((x) => x >= 0.95)).toBe(true);
  });

  it('finds the planted port visits with precision and recall ≥ 0.95, and none for vessels passing by or stopped outside 3 km', () => {
    const visits = scorePortVisits(detected.portVisits, scenario.truth);
    expect(visits.planted).toBeGreaterThanOrEqual(Math.ceil(options.encounters / 3));
    expect(visits.precision).toBeGreaterThanOrEqual(0.95);
    expect(visits.recall).toBeGreaterThanOrEqual(0.95);
    const decoyVessels = new Set(scenario.truth.decoys.filter((d) => d.kind === 'port-passing' || d.kind === 'port-outside').flatMap((d) => d.vessels));
    expect(decoyVessels.size).toBeGreaterThan(0);
    expect(detected.portVisits.filter((v) => decoyVessels.has(v.vessel.mmsi))).toEqual([]);
    // Some were found by their silence alone or with it.
    expect(detected.portVisits.some((v) => v.silent)).toBe(true);
  });

  it('each kind of decoy is turned away by the rule it targets, and caught once that rule is relaxed', () => {
    const tracks: VesselTracks = result.tracks;
    const ports = scenario.truth.ports;
    const decoys = scenario.truth.decoys;
    const strict = detected.encounters;
    for (const kind of ['in-port', 'short-approach', 'convoy', 'passing'] as const) expect(decoysCaught(strict, decoys, kind)).toBe(0);
    const count = (kind: TruthDecoy['kind']) => decoys.filter((d) => d.kind === kind).length;
    expect(decoysCaught(detectEncounters(tracks, ports, { minPortDistanceKm: 0 }), decoys, 'in-port')).toBe(count('in-port'));
    expect(decoysCaught(detectEncounters(tracks, ports, { minDurationMinutes: 20 }), decoys, 'short-approach')).toBe(count('short-approach'));
    expect(decoysCaught(detectEncounters(tracks, ports, { maxMedianSpeedKnots: 20 }), decoys, 'convoy')).toBe(count('convoy'));
    const shortGapVessels = new Set(decoys.filter((d) => d.kind === 'short-gap').flatMap((d) => d.vessels));
    expect(detected.gaps.some((g) => shortGapVessels.has(g.vessel.mmsi))).toBe(false);
  });
});

describe('synthetic generator', () => {
  it('is deterministic for a seed and marks everything as synthetic', () => {
    const a = planSyntheticAis({ seed: 3, vessels: 60, encounters: 5, hours: 24 });
    const b = planSyntheticAis({ seed: 3, vessels: 60, encounters: 5, hours: 24 });
    expect(syntheticCsv(a).csv).toBe(syntheticCsv(b).csv);
    expect(a.truth.synthetic).toBe(true);
    expect(a.vessels.every((v) => /^999\d{6}$/.test(v.mmsi) && v.name.startsWith('SYNTH '))).toBe(true);
    expect(syntheticCsv(planSyntheticAis({ seed: 4, vessels: 60, encounters: 5, hours: 24 })).csv).not.toBe(syntheticCsv(a).csv);
  });

  it('reports at realistic speeds and intervals', () => {
    const scenario = planSyntheticAis({ seed: 5, vessels: 40, encounters: 3, hours: 24 });
    const { result } = importSynthetic(scenario, 'noaa');
    const background = new Set(scenario.vessels.filter((v) => v.role === 'background').map((v) => v.mmsi));
    for (const track of result.tracks.vessels.filter((t) => background.has(t.mmsi))) {
      for (let i = 1; i < track.length; i++) {
        const dt = track.tSec[i]! - track.tSec[i - 1]!;
        expect(dt).toBeGreaterThanOrEqual(29);
        expect(dt).toBeLessThanOrEqual(180 + 40 * 60);
        expect(track.sogDeciKnots[i]! / 10).toBeGreaterThan(8);
        expect(track.sogDeciKnots[i]! / 10).toBeLessThan(16);
      }
    }
  });

  it('refuses a plan that needs more vessels than asked for', () => {
    expect(() => planSyntheticAis({ vessels: 10, encounters: 20 })).toThrow(/vessels are needed/);
  });
});
