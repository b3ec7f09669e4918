import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/data/filter/epoch-day';
import {
  keepUnchangedParts,
  DEFAULT_DASHBOARD_STATE,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from './dashboard-state';

describe('parseDashboardState', () => {
  it('reads a valid view', () => {
    const { state, notices } = parseDashboardState('view=130.5,42.25,7.5');
    expect(state.view).toEqual({ lon: 130.5, lat: 42.25, zoom: 7.5 });
    expect(notices).toEqual([]);
  });

  it.each(['abc,999,zz', '130,42', '130,42,5,1', '200,42,5', '130,89,5', '130,42,40', '1e3,2,3', ' , , ', 'NaN,1,2'])(
    'falls back to the default view with a notice for view=%s',
    (view) => {
      const { state, notices } = parseDashboardState(new URLSearchParams({ view }));
      expect(state.view).toEqual(DEFAULT_DASHBOARD_STATE.view);
      expect(notices).toHaveLength(1);
    },
  );

  it('keeps good parts of a link when others are bad', () => {
    const { state, notices } = parseDashboardState('view=130,42,5&theme=purple&layers=ports,bogus&select=<script>');
    expect(state.view).toEqual({ lon: 130, lat: 42, zoom: 5 });
    expect(state.theme).toBe('light');
    expect(state.layers).toEqual(['ports']);
    expect(state.selection).toEqual([]);
    expect(notices).toHaveLength(3);
  });

  it('ignores over-long values', () => {
    const { state, notices } = parseDashboardState(new URLSearchParams({ select: 'a'.repeat(5000) }));
    expect(state.selection).toEqual([]);
    expect(notices[0]).toMatch(/too long/);
  });

  it('allows an empty layer list (everything hidden)', () => {
    expect(parseDashboardState('layers=').state.layers).toEqual([]);
  });

  it('warns about links from another version', () => {
    expect(parseDashboardState('v=99').notices[0]).toMatch(/another version/);
  });
});

describe('filters in the link', () => {
  it('reads commodities and a time range to the day', () => {
    const { state, notices } = parseDashboardState('v=2&commodities=coal,timber&time=2018-01-01,2018-03-31');
    expect(state.commodities).toEqual(['coal', 'timber']);
    expect(state.time).toEqual([parseIsoDay('2018-01-01'), parseIsoDay('2018-03-31')]);
    expect(notices).toEqual([]);
  });

  it.each(['2018-03-31,2018-01-01', '2018-02-30,2018-03-31', '2018-01-01', '2018-01-01,2018-03-31,2018-04-01', 'abc', '2016-2019', '18-01-01,18-03-31'])(
    'falls back to all dates for time=%s, and says so',
    (time) => {
      const { state, notices } = parseDashboardState(new URLSearchParams({ v: '2', time }));
      expect(state.time).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/time range .* not valid/);
    },
  );

  it('drops unknown commodities, and falls back to all when none is known', () => {
    expect(parseDashboardState('commodities=coal,gold').state.commodities).toEqual(['coal']);
    expect(parseDashboardState('commodities=gold').state.commodities).toEqual(DEFAULT_DASHBOARD_STATE.commodities);
  });

  it('keeps an explicitly empty commodity list', () => {
    expect(parseDashboardState('commodities=').state.commodities).toEqual([]);
  });
});

describe('saved user layers in the link', () => {
  it('keeps well-formed ids, drops the rest with a notice', () => {
    const { state, notices } = parseDashboardState('data=0f8fad5b-d9cb-469f-a165-70867728950e,<script>,../etc');
    expect(state.userLayers).toEqual(['0f8fad5b-d9cb-469f-a165-70867728950e']);
    expect(notices).toHaveLength(1);
  });
});

describe('saved sanctions lists in the link', () => {
  it('keeps well-formed ids once each, drops the rest with a notice', () => {
    const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const { state, notices } = parseDashboardState(`lists=${id},${id},__proto__,<b>x</b>`);
    expect(state.sanctionsLists).toEqual([id]);
    expect(notices).toEqual(['Some saved sanctions-list ids in the link are not valid and were ignored.']);
    expect(serializeDashboardState({ ...DEFAULT_DASHBOARD_STATE, sanctionsLists: [id] })).toContain(`lists=${id}`);
  });

  it('accepts a vessel id as the selection, like any feature id', () => {
    expect(parseDashboardState('select=vessel-chon-ma-san').state.selection).toEqual(['vessel-chon-ma-san']);
  });
});

describe('serializeDashboardState', () => {
  it('round-trips every field', () => {
    const state: DashboardState = {
      ...DEFAULT_DASHBOARD_STATE,
      view: { lon: 130.283, lat: 42.227, zoom: 9 },
      theme: 'dark',
      language: 'ko',
      layers: ['ports', 'zones', 'labor'],
      selection: ['port-rajin', 'port-nakhodka'],
      commodities: ['coal', 'refined-petroleum'],
      time: [parseIsoDay('2016-02-29')!, parseIsoDay('2019-11-30')!],
      userLayers: ['0f8fad5b-d9cb-469f-a165-70867728950e'],
      sanctionsLists: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    };
    const query = serializeDashboardState(state);
    const { state: parsed, notices } = parseDashboardState(query);
    expect(notices).toEqual([]);
    expect(parsed).toEqual(state);
  });

  it('leaves defaults out but always states the version and view', () => {
    expect(serializeDashboardState(DEFAULT_DASHBOARD_STATE)).toBe('v=2&view=131.000,38.500,3.90');
  });
});

describe('keepUnchangedParts', () => {
  it('keeps the identity of every field a link read again does not change, and takes the changed ones', () => {
    const before = parseDashboardState('c=coal,crude-oil&time=2018-01-01,2018-03-31&layers=routes,ports').state;
    const next = parseDashboardState('c=coal,crude-oil&time=2018-01-08,2018-04-07&layers=routes,ports').state;
    const kept = keepUnchangedParts(before, next);
    expect(kept.commodities).toBe(before.commodities);
    expect(kept.layers).toBe(before.layers);
    expect(kept.selection).toBe(before.selection);
    expect(kept.view).toBe(before.view);
    expect(kept.time).toBe(next.time);
    expect(kept).toEqual(next);
  });
});
