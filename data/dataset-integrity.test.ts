import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, booleanValid, kinks, polygon } from '@turf/turf';
import { BUNDLED_FILES, allFeatures, getDataset } from './bundled-dataset';
import { FILE_SCHEMAS } from './dataset-schemas';
import { DATASET_FILES, DATASET_KEYS } from './dataset-types';
import { parseDataset } from './parse-dataset';
import { checkDatasetIntegrity } from './integrity';
import { CONFIDENCE_LEVELS } from './schema/confidence';
import { COMMODITIES } from './schema/commodity';
import { computeDatasetStats } from './stats';
import { OUT_OF_REGION_FEATURES } from './fixtures/reference-values';

/** Features the sources put far from the Far East (the Tikhoretsk depot, near Ukraine); checked in their own test. */
const OUT_OF_REGION = new Set(OUT_OF_REGION_FEATURES.map((f) => f.id));

const d = getDataset();

/** Numeric fields that carry a figure (coordinates, years and ranks are not figures). */
const FIGURE_KEYS = new Set(['valueNumber', 'valueUsd', 'value', 'low', 'high', 'lowUsd', 'highUsd', 'tonnes', 'barrels', 'barrelsLow', 'barrelsHigh', 'barrelsPerDay', 'deliveries', 'shareOfCapPercent', 'multipleOfCap']);

/** Every object in a JSON value that holds a figure, with its path. */
function objectsWithFigures(node: unknown, path = ''): { path: string; obj: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => objectsWithFigures(v, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const obj = Object.fromEntries(Object.entries(node));
  const own = Object.entries(obj).some(([k, v]) => FIGURE_KEYS.has(k) && typeof v === 'number') ? [{ path, obj }] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => objectsWithFigures(v, `${path}.${k}`))];
}

/** Keys that refer to a source in the bibliography. */
const SOURCE_REFERENCE = /^(sourceIds|geometrySourceIds|seedSourceId)$/;
/** Keys that refer to a vessel record; every other `…Id`/`…Ids` key refers to a map feature. */
const VESSEL_REFERENCE = /^(vesselId|vesselIds)$/;

/** Every `…Id` / `…Ids` value in a file, with the key it sits under (the record's own `id` excluded). */
function referencesIn(node: unknown): { key: string; id: string }[] {
  if (Array.isArray(node)) return node.flatMap(referencesIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const own = /(Id|Ids)$/.test(key) ? [value].flat().filter((v): v is string => typeof v === 'string').map((id) => ({ key, id })) : [];
    return [...own, ...referencesIn(value)];
  });
}

describe('dataset files', () => {
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const featureIds = new Set([...allFeatures(d), ...d.flowAnchors.features].map((f) => f.id));
  const vesselIds = new Set(d.vessels.map((v) => v.id));
  const idsReferredToBy = (key: string) => (SOURCE_REFERENCE.test(key) ? sourceIds : VESSEL_REFERENCE.test(key) ? vesselIds : featureIds);
  const citedSources = new Set(DATASET_KEYS.flatMap((key) => referencesIn(BUNDLED_FILES[key])).filter((r) => SOURCE_REFERENCE.test(r.key)).map((r) => r.id));

  it.each(DATASET_KEYS)('%s parses on its own schema and cross-references', (key) => {
    expect(DATASET_FILES[key]).toMatch(/^data\/.+\.json$/);
    const parsed = FILE_SCHEMAS[key].safeParse(BUNDLED_FILES[key]);
    expect(parsed.error?.issues ?? []).toEqual([]);
    if (key === 'sources') {
      // The bibliography's side of the cross-reference: no source that nothing cites.
      expect(d.sources.length).toBeGreaterThan(0);
      expect(d.sources.map((s) => s.id).filter((id) => !citedSources.has(id))).toEqual([]);
      return;
    }
    const references = referencesIn(BUNDLED_FILES[key]);
    // Every record of every other file cites a source, so a file with no reference was not walked at all.
    expect(references.some((r) => SOURCE_REFERENCE.test(r.key))).toBe(true);
    const unresolved = references.filter((r) => !idsReferredToBy(r.key).has(r.id));
    expect(unresolved).toEqual([]);
  });

  it('parses as a whole', () => {
    expect(() => parseDataset(BUNDLED_FILES)).not.toThrow();
  });

  it('meets the minimum counts of the issue', () => {
    expect(d.places.features.length).toBeGreaterThanOrEqual(16);
    expect(d.railLinks.features.map((f) => f.id)).toEqual(['rail-khasan-rajin', 'rail-baranovsky-khasan', 'rail-dandong-sinuiju']);
    expect(d.stsZones.features).toHaveLength(5);
    expect(d.timeline.length).toBeGreaterThanOrEqual(25);
    expect(d.claims.length).toBeGreaterThanOrEqual(15);
    const routeKinds = new Set(d.seaRoutes.features.map((f) => f.properties.routeKind));
    expect([...routeKinds].sort()).toEqual(['approach', 'coal-transshipment', 'ferry', 'fuel-run', 'shuttle']);
  });
});

describe('ids and sources', () => {
  it('uses each id once across all files', () => {
    const ids: string[] = [
      ...d.sources.map((s) => s.id),
      ...allFeatures(d).map((f) => f.id),
      ...d.flowAnchors.features.map((f) => f.id),
      ...d.trade.series.map((s) => s.id),
      ...d.labor.workers.map((s) => s.id),
      ...d.labor.earnings.map((s) => s.id),
      ...d.petroleum.caps.map((s) => s.id),
      ...d.petroleum.reportedDeliveries.map((s) => s.id),
      ...d.petroleum.estimates.map((s) => s.id),
      ...d.timeline.map((e) => e.id),
      ...d.claims.map((c) => c.id),
      ...d.vessels.map((v) => v.id),
    ];
    expect(ids.length).toBeGreaterThan(300);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('resolves every source id used anywhere', () => {
    const known = new Set(d.sources.map((s) => s.id));
    const used = JSON.stringify(BUNDLED_FILES).matchAll(/"(?:sourceIds|geometrySourceIds)":\[([^\]]*)\]/g);
    let count = 0;
    for (const m of used) {
      const ids: unknown = JSON.parse(`[${m[1]}]`);
      for (const id of Array.isArray(ids) ? ids : []) {
        count++;
        expect(known.has(String(id)), String(id)).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  it('cites seed articles only as seed-article sources with an honest publisher', () => {
    const seeds = d.sources.filter((s) => s.kind === 'seed-article');
    expect(seeds).toHaveLength(5);
    for (const s of seeds) expect(s.publisher).toBe('publisher unknown');
  });

  it('cites no mirror site as a publisher or URL', () => {
    const mirrors = /perceptio|hmong\.in\.th|piglix|wiki7|abcdef\.wiki|qwe\.wiki|sagapedia|everything\.explained|encycloreader|docslib|jmedia|knowledgr|wikial|zxc\.wiki|uncensored-wiki|cryer\.org|clateway|proxysite/i;
    for (const s of d.sources) {
      expect(s.publisher, s.id).not.toMatch(mirrors);
      expect(s.url ?? '', s.id).not.toMatch(mirrors);
    }
  });
});

describe('figures', () => {
  const all = DATASET_KEYS.filter((k) => k !== 'sources').flatMap((k) => objectsWithFigures(BUNDLED_FILES[k], DATASET_FILES[k]));

  it('gives every number source ids and a confidence', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const { path, obj } of all) {
      const ids = obj.sourceIds;
      expect(Array.isArray(ids) && ids.length > 0, `${path} has no sourceIds`).toBe(true);
      expect(CONFIDENCE_LEVELS, `${path} has no confidence`).toContain(obj.confidence);
    }
  });

  it('explains every figure that is not simply reported', () => {
    for (const { path, obj } of all) {
      if (obj.confidence !== 'reported') expect(typeof obj.note === 'string' && obj.note.length > 10, path).toBe(true);
    }
  });

  it('stores trade values in whole US dollars', () => {
    for (const s of d.trade.series) {
      for (const p of s.points) {
        expect(Number.isInteger(p.valueUsd)).toBe(true);
        expect(p.valueUsd).toBeGreaterThan(100_000);
      }
    }
    const gacc2015 = d.trade.series.find((s) => s.id === 'trade-cn-kp-total-gacc')?.points.find((p) => p.year === 2015);
    expect(gacc2015?.valueUsd).toBe(5_511_000_000);
  });

  it('keeps GACC and KOTRA as separate series for China–DPRK totals', () => {
    const totals = d.trade.series.filter((s) => s.partners[0] === 'CN' && s.flow === 'total' && s.commodity === 'all');
    const publishers = totals.map((s) => s.publisher);
    expect(publishers).toContain('GACC (Chinese customs)');
    expect(publishers).toContain('KOTRA');
    const years = (p: string) => new Set(totals.find((s) => s.publisher === p)!.points.map((x) => x.year));
    const shared = [...years('GACC (Chinese customs)')].filter((y) => years('KOTRA').has(y));
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });

  it('counts figures by confidence for the data:check table', () => {
    const stats = computeDatasetStats(d);
    expect(stats.figureCount).toBe(Object.values(stats.figuresByConfidence).reduce((a, b) => a + b, 0));
    expect(stats.figuresByConfidence.reported).toBeGreaterThan(0);
    expect(stats.figuresByConfidence.unverified).toBeGreaterThan(0);
  });
});

describe('geometry', () => {
  it('keeps every coordinate in range and in the region', () => {
    for (const f of [...allFeatures(d), ...d.flowAnchors.features]) {
      if (OUT_OF_REGION.has(f.id)) continue;
      const coords = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (let i = 0; i < coords.length; i += 2) {
        const [lon, lat] = [coords[i]!, coords[i + 1]!];
        expect(lon, f.id).toBeGreaterThanOrEqual(110);
        expect(lon, f.id).toBeLessThanOrEqual(150);
        expect(lat, f.id).toBeGreaterThanOrEqual(20);
        expect(lat, f.id).toBeLessThanOrEqual(55);
      }
    }
  });

  it('has valid, non-self-intersecting zone polygons with an outline derivation', () => {
    for (const z of d.stsZones.features) {
      const poly = polygon(z.geometry.coordinates);
      expect(booleanValid(poly), z.id).toBe(true);
      expect(kinks(poly).features, z.id).toHaveLength(0);
      expect(z.properties.geometryPrecision).toBe('schematic');
      expect(z.properties.outlineDerivation.length).toBeGreaterThan(80);
    }
  });

  it('puts every incident inside its zone', () => {
    const zones = new Map(d.stsZones.features.map((z) => [z.id, polygon(z.geometry.coordinates)]));
    for (const inc of d.stsIncidents.features) {
      expect(booleanPointInPolygon(inc.geometry.coordinates, zones.get(inc.properties.zoneId)!), inc.id).toBe(true);
    }
  });

  it('passes the integrity checks data:check runs (outlines, placements, route vertices, crossings)', () => {
    expect(checkDatasetIntegrity(d)).toEqual([]);
  });

  it('keeps the out-of-region features in range, west of the atlas, and says so in their geometry note', () => {
    for (const ref of OUT_OF_REGION_FEATURES) {
      const f = allFeatures(d).find((x) => x.id === ref.id);
      expect(f, ref.id).toBeDefined();
      const lons = JSON.stringify(f!.geometry.coordinates).match(/-?\d+(\.\d+)?/g)!.map(Number).filter((_, i) => i % 2 === 0);
      expect(Math.min(...lons), ref.id).toBeGreaterThanOrEqual(30);
      expect(f!.properties.geometryNote, ref.id).toMatch(ref.mustMention);
    }
  });

  it('marks flow anchors schematic and says they are not locations', () => {
    for (const a of d.flowAnchors.features) {
      expect(a.properties.geometryPrecision).toBe('schematic');
      expect(a.properties.description).toMatch(/not the location of anything/);
    }
  });

  it('tags features only with the closed commodity vocabulary', () => {
    for (const f of allFeatures(d)) for (const c of f.properties.commodities) expect(COMMODITIES).toContain(c);
  });
});
