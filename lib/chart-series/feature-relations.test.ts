import { describe, expect, it } from 'vitest';
import { findFeature, type AnyFeature } from '@/data';
import { featureSourceIds, placeConnections, railLinkSummary, seriesForFeature } from './feature-relations';
import { dataset, rawTradePoint } from './test-fixtures';

function feature(id: string): AnyFeature {
  const f = findFeature(dataset, id);
  if (!f) throw new Error(`no feature ${id} in the dataset`);
  return f;
}

describe('selection', () => {
  it('ties KP–RU features to the Russia–DPRK series and KP–CN ones to China–DPRK', () => {
    const partnersOf = (id: string) => new Set(seriesForFeature(dataset, feature(id)).map((s) => s.partners[0]));
    expect(partnersOf('rail-khasan-rajin')).toEqual(new Set(['RU']));
    expect(partnersOf('route-ferry-rajin-vladivostok')).toEqual(new Set(['RU']));
    // A DPRK port is tied to Russia by the routes and the rail line through it.
    expect(partnersOf('port-rajin')).toEqual(new Set(['RU']));
    expect(partnersOf('route-coal-dprk-hangzhou-bay')).toEqual(new Set(['CN']));
    expect(partnersOf('incident-2019-09-05-lao-chuan-zhang-717')).toEqual(new Set(['CN']));
    // A zone in Chinese waters with a CN–KP incident.
    expect(partnersOf('zone-yellow-sea-lianyungang')).toEqual(new Set(['CN']));
    // A Russian city with no DPRK link has none.
    expect(partnersOf('city-ussuriysk')).toEqual(new Set());
  });

  it('gives totals and only the commodity lines the feature carries', () => {
    const coalRoute = seriesForFeature(dataset, feature('route-coal-dprk-hangzhou-bay'));
    expect(coalRoute.some((s) => s.id === 'trade-cn-kp-coal-exports-gacc')).toBe(true);
    expect(coalRoute.every((s) => s.commodity === 'all' || s.commodity === 'coal')).toBe(true);
    const ferry = seriesForFeature(dataset, feature('route-ferry-rajin-vladivostok'));
    expect(ferry.some((s) => s.commodity === 'refined-petroleum')).toBe(false);
    // The series for a selection match the dataset: the same objects, points untouched.
    const rail = seriesForFeature(dataset, feature('rail-khasan-rajin'));
    const official = rail.find((s) => s.id === 'trade-ru-kp-total-russia-official');
    expect(official?.points.find((p) => p.year === 2018)?.valueUsd).toBe(
      rawTradePoint('trade-ru-kp-total-russia-official', 2018)!.valueUsd,
    );
  });

  it('finds the routes, rail links and incidents that touch a place', () => {
    const rajin = dataset.places.features.find((p) => p.id === 'port-rajin')!;
    const links = placeConnections(dataset, rajin);
    expect(links.routes.map((r) => r.id)).toEqual(
      expect.arrayContaining(['route-ferry-rajin-vladivostok', 'route-fuel-vladivostok-rajin', 'route-fuel-nakhodka-rajin']),
    );
    expect(links.railLinks.map((r) => r.id)).toEqual(['rail-khasan-rajin']);

    const lianyungang = dataset.places.features.find((p) => p.id === 'port-lianyungang')!;
    const near = placeConnections(dataset, lianyungang);
    expect(near.incidents.map((n) => n.incident.id)).toContain('incident-2019-09-05-lao-chuan-zhang-717');
    expect(near.incidents.every((n) => n.reason === 'placement' || n.distanceKm <= 50)).toBe(true);

    const shanghai = dataset.places.features.find((p) => p.id === 'city-shanghai')!;
    // Incidents placed by distance from Shanghai count although they lie ~250 km off.
    expect(placeConnections(dataset, shanghai).incidents.some((n) => n.reason === 'placement' && n.distanceKm > 50)).toBe(true);
  });

  it('summarises a rail link: drawn length, places on it in order, connecting routes', () => {
    const rail = dataset.railLinks.features.find((r) => r.id === 'rail-khasan-rajin')!;
    const summary = railLinkSummary(dataset, rail);
    expect(summary.drawnLengthKm).toBeGreaterThan(30);
    expect(summary.drawnLengthKm).toBeLessThan(80);
    const ids = summary.places.map((p) => p.id);
    expect(ids[0]).toBe('station-khasan');
    expect(ids).toContain('crossing-friendship-bridge-tumen');
    expect(ids).toContain('port-rajin');
    expect(ids.indexOf('station-tumangang')).toBeLessThan(ids.indexOf('port-rajin'));
    expect(summary.connectingRoutes.map((r) => r.id)).toContain('route-ferry-rajin-vladivostok');
  });

  it('collects every source a feature cites', () => {
    const rail = feature('rail-khasan-rajin');
    const ids = featureSourceIds(rail);
    expect(ids).toEqual(expect.arrayContaining(rail.properties.sourceIds));
    expect(ids).toEqual(expect.arrayContaining(rail.properties.geometrySourceIds));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
