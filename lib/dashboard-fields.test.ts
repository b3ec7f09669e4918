import { afterEach, describe, expect, it, vi } from 'vitest';
import { yearsRange } from '@/data/filter/time-rule';
import { DASHBOARD_FIELDS, DASHBOARD_FIELD_NAMES } from './dashboard-fields';
import { URL_MIGRATIONS, migrateParams, type UrlMigration } from './dashboard-migrations';
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
    const state = { ...DEFAULT_DASHBOARD_STATE, theme: 'dark' as const, time: yearsRange(2016, 2019) };
    const { query, committed } = encodeDashboardState(state);
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
    expect(query).toBe('v=2&view=131.000,38.500,3.90&theme=dark&time=2016-01-01,2019-12-31');
    expect(committed).toBe('v=2&theme=dark&time=2016-01-01,2019-12-31');
    expect(serializeDashboardState(state)).toBe(query);
  });
});

describe('the v= migration hook', () => {
  // A made-up version 3 that renamed `cmd` to `commodities`, as a real step would.
  const RENAME_COMMODITIES: UrlMigration = {
    from: 2,
    migrate: (params) => {
      const cmd = params.get('cmd');
      params.delete('cmd');
      if (cmd !== null) params.set('commodities', cmd);
      return cmd === null ? [] : ['This link was made by an older Route Atlas; its commodities were carried over.'];
    },
  };
  const STEPS = [...URL_MIGRATIONS, RENAME_COMMODITIES];

  it('runs the steps from the link version up to the current one, on a copy', () => {
    const params = new URLSearchParams('v=2&cmd=coal');
    const { params: migrated, notices } = migrateParams(params, 2, 3, STEPS);
    expect(migrated.get('commodities')).toBe('coal');
    expect(params.get('cmd')).toBe('coal');
    expect(notices).toHaveLength(1);
  });

  it('migrates an older link (or one without v=) through every step before the fields are parsed', () => {
    for (const query of ['v=1&cmd=coal&years=2016-2019', 'cmd=coal&years=2016-2019']) {
      const { state, notices } = parseDashboardState(query, { version: 3, migrations: STEPS });
      expect(state.commodities).toEqual(['coal']);
      expect(state.time).toEqual(yearsRange(2016, 2019));
      expect(notices).toEqual(['This link was made by an older Route Atlas; its commodities were carried over.']);
    }
  });

  it('leaves a link of the current version alone, and names a missing step', () => {
    expect(parseDashboardState('v=3&cmd=coal', { version: 3, migrations: STEPS }).state.commodities).toEqual(DEFAULT_DASHBOARD_STATE.commodities);
    expect(() => migrateParams(new URLSearchParams(), 1, 4, STEPS)).toThrow(/no URL migration from v3/);
  });
});
