import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES } from './bundled-dataset';
import type { RawDatasetFiles } from './dataset-types';
import { DatasetError, parseDataset } from './parse-dataset';

/** A deep copy of the bundled files that a test may break. */
function copyFiles(): RawDatasetFiles {
  return structuredClone(BUNDLED_FILES);
}

/** Runs parseDataset and returns the DatasetError it throws. */
function errorOf(files: RawDatasetFiles): DatasetError {
  try {
    parseDataset(files);
  } catch (err) {
    if (err instanceof DatasetError) return err;
    throw err;
  }
  throw new Error('parseDataset accepted a broken file');
}

/** The bundled places, to append a broken one to. */
function existing(): unknown[] {
  const places = structuredClone(BUNDLED_FILES.places);
  return typeof places === 'object' && places !== null && 'features' in places && Array.isArray(places.features) ? places.features : [];
}

const place = (id: string, kind = 'port', extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [130.283, 42.227] },
  properties: {
    kind,
    country: 'KP',
    name: { en: id },
    significance: 1,
    commodities: [],
    period: {},
    description: 'Test place.',
    facts: [],
    sourceIds: ['wikipedia-en-rajin-station'],
    confidence: 'reported',
    geometryPrecision: 'approximate',
    geometryNote: 'Test.',
    geometrySourceIds: ['wikipedia-en-rajin-station'],
    geometryConfidence: 'reported',
    ...extra,
  },
});

describe('parseDataset on broken files', () => {
  const files = copyFiles();
  files.places = {
    type: 'FeatureCollection',
    features: [
      ...existing(),
      // An unsourced fact.
      place('test-unsourced', 'port', { facts: [{ label: 'Capacity', value: '5 Mt/yr', valueNumber: 5, unit: 'Mt/yr', sourceIds: [], confidence: 'reported' }] }),
      // A coordinate out of range.
      { ...place('test-bad-coordinate'), geometry: { type: 'Point', coordinates: [230.1, 42.2] } },
      // An unknown source id.
      place('test-unknown-source', 'port', { facts: [{ label: 'Length', value: '54 km', valueNumber: 54, unit: 'km', sourceIds: ['reuters-2099'], confidence: 'reported' }] }),
    ],
  };
  const err = errorOf(files);
  const lines = err.message.split('\n');

  it('names the file, the feature id and the field path of an unsourced fact', () => {
    expect(lines.some((l) => l.includes('data/features/places.json › test-unsourced › properties.facts[0].sourceIds: at least one source id is required'))).toBe(true);
  });

  it('names the file, the feature id and the field path of a bad coordinate', () => {
    expect(lines.some((l) => l.includes('data/features/places.json › test-bad-coordinate › geometry.coordinates[0]: longitude above 180'))).toBe(true);
  });

  it('names the file, the feature id and the field path of an unknown source id', () => {
    expect(err.message).toContain('data/features/places.json › test-unknown-source › properties.facts[0].sourceIds[0]: unknown source "reuters-2099"');
  });

  it('lists every problem, not just the first, and only those', () => {
    expect(err.problems.length).toBe(3);
    expect(new Set(err.problems.map((p) => p.entityId))).toEqual(new Set(['test-unsourced', 'test-bad-coordinate', 'test-unknown-source']));
  });
});

describe('parseDataset cross-references', () => {
  it('rejects an id used in two files', () => {
    const files = copyFiles();
    const err = errorOf({ ...files, flowAnchors: { type: 'FeatureCollection', features: [{ ...place('zone-east-china-sea'), properties: { ...place('x').properties, kind: 'flow-anchor', geometryPrecision: 'schematic' } }] } });
    expect(err.message).toContain('data/features/flow-anchors.json › zone-east-china-sea › id: id "zone-east-china-sea" is already used in data/features/sts-zones.json');
  });

  it('rejects an incident whose zone does not exist', () => {
    const files = copyFiles();
    const incidents = structuredClone(BUNDLED_FILES.stsIncidents);
    const text = JSON.stringify(incidents).replace('"zoneId":"zone-east-china-sea"', '"zoneId":"zone-atlantis"');
    const err = errorOf({ ...files, stsIncidents: JSON.parse(text) });
    expect(err.message).toMatch(/data\/features\/sts-incidents\.json › incident-[a-z0-9-]+ › properties\.zoneId: unknown STS zone "zone-atlantis"/);
  });

  it('rejects an estimated figure without a note saying how it was derived', () => {
    const files = copyFiles();
    const err = errorOf({
      ...files,
      places: { type: 'FeatureCollection', features: [...existing(), place('test-estimate', 'port', { facts: [{ label: 'Length', value: '50 km', sourceIds: ['gem-rason-port'], confidence: 'estimated' }] })] },
    });
    expect(err.message).toContain('data/features/places.json › test-estimate › properties.facts[0].note: confidence "estimated" needs a note');
  });

  it('rejects a trade point without sources, naming the series', () => {
    const files = copyFiles();
    const trade = { series: [{ id: 'trade-test', label: 'Test', partners: ['RU', 'KP'], publisher: 'Test', flow: 'total', commodity: 'all', unit: 'USD', sourceIds: ['kotra-2015-trade'], confidence: 'reported', points: [{ year: 2015, valueUsd: 84000000, confidence: 'reported', sourceIds: [] }] }] };
    const err = errorOf({ ...files, trade });
    expect(err.message).toContain('data/series/trade.json › trade-test › points[0].sourceIds: at least one source id is required');
  });

  it('rejects a claim whose seed source is not a seed article', () => {
    const files = copyFiles();
    const claims = [{ id: 'claim-test', seedSourceId: 'gem-rason-port', claim: 'x', status: 'unverified', evidence: 'y', sourceIds: ['gem-rason-port'] }];
    const err = errorOf({ ...files, claims });
    expect(err.message).toContain('data/claims.json › claim-test › seedSourceId: source "gem-rason-port" is a ngo, not a seed-article');
  });

  it('rejects an impossible date', () => {
    const files = copyFiles();
    const timeline = [{ id: 'event-test', date: '2017-02-30', datePrecision: 'day', kind: 'policy', title: 't', description: 'd', sourceIds: ['sinonk-2017-09-28'], confidence: 'reported' }];
    expect(errorOf({ ...files, timeline }).message).toContain('data/timeline.json › event-test › date: is not a real calendar date');
  });
});
