import { afterEach, describe, expect, it, vi } from 'vitest';
import { DASHBOARD_FIELDS, DASHBOARD_FIELD_NAMES } from './dashboard-fields';
import { migrateParams, type UrlMigration } from './dashboard-migrations';
import { DEFAULT_DASHBOARD_STATE, encodeDashboardState, parseDashboardState, serializeDashboardState } from './dashboard-state';

afterEach(() => vi.restoreAllMocks());

describe('the table of URL fields', () => {
  it('has one entry per dashboard state field, each under its own key', () => {
    const stateFields = Object.keys(DEFAULT_DASHBOARD_STATE).filter((k) => k !== 'version').sort();
    expect([...DASHBOARD_FIELD_NAMES].sort()).toEqual(stateFields);
    const keys = DASHBOARD_FIELD_NAMES.map((name) => DASHBOARD_FIELDS[name].key);
    expect(new Set([...keys, 'v']).size).toBe(keys.length + 1);
  });

  it('gives every field its default from the table', () => {
    for (const name of DASHBOARD_FIELD_NAMES) expect(DEFAULT_DASHBOARD_STATE[name]).toEqual(DASHBOARD_FIELDS[name].default);
  });

  it('serializes each field once per encoding, for the link and its committed part together', () => {
    const spies = DASHBOARD_FIELD_NAMES.map((name) => vi.spyOn(DASHBOARD_FIELDS[name], 'serialize'));
    const state = { ...DEFAULT_DASHBOARD_STATE, theme: 'dark' as const, years: [2016, 2019] as [number, number] };
    const { query, committed } = encodeDashboardState(state);
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
    expect(query).toBe('v=1&view=131.000,38.000,4.10&theme=dark&years=2016-2019');
    expect(committed).toBe('v=1&theme=dark&years=2016-2019');
    expect(serializeDashboardState(state)).toBe(query);
  });
});

describe('the v= migration hook', () => {
  // A made-up version 2 that renamed `yrs` to `years`, as a real step would.
  const RENAME_YEARS: UrlMigration = {
    from: 1,
    migrate: (params) => {
      const yrs = params.get('yrs');
      params.delete('yrs');
      if (yrs !== null) params.set('years', yrs);
      return yrs === null ? [] : ['This link was made by an older Route Atlas; its year range was carried over.'];
    },
  };

  it('runs the steps from the link version up to the current one, on a copy', () => {
    const params = new URLSearchParams('v=1&yrs=2016-2019');
    const { params: migrated, notices } = migrateParams(params, 1, 2, [RENAME_YEARS]);
    expect(migrated.get('years')).toBe('2016-2019');
    expect(params.get('yrs')).toBe('2016-2019');
    expect(notices).toHaveLength(1);
  });

  it('migrates an older link (or one without v=) before the fields are parsed', () => {
    for (const query of ['v=1&yrs=2016-2019', 'yrs=2016-2019']) {
      const { state, notices } = parseDashboardState(query, { version: 2, migrations: [RENAME_YEARS] });
      expect(state.years).toEqual([2016, 2019]);
      expect(notices).toEqual(['This link was made by an older Route Atlas; its year range was carried over.']);
    }
  });

  it('leaves a link of the current version alone, and names a missing step', () => {
    expect(parseDashboardState('v=2&yrs=2016-2019', { version: 2, migrations: [RENAME_YEARS] }).state.years).toEqual(DEFAULT_DASHBOARD_STATE.years);
    expect(() => migrateParams(new URLSearchParams(), 1, 3, [RENAME_YEARS])).toThrow(/no URL migration from v2/);
  });
});
