import { describe, expect, it } from 'vitest';
import { isoOfDay } from '@/data/filter/epoch-day';
import { yearsRange } from '@/data/filter/time-rule';
import { DASHBOARD_STATE_VERSION, YEARS_TO_TIME, migrateParams } from './dashboard-migrations';
import { parseDashboardState, serializeDashboardState } from './dashboard-state';

describe('v1 → v2: years= becomes time=', () => {
  it('opens an old year range as the days from 1 January of its first year to 31 December of its last', () => {
    for (const query of ['v=1&years=2016-2019', 'years=2016-2019']) {
      const { state, notices } = parseDashboardState(query);
      expect(state.time).toEqual(yearsRange(2016, 2019));
      expect(state.time!.map(isoOfDay)).toEqual(['2016-01-01', '2019-12-31']);
      expect(notices).toEqual([]);
    }
  });

  it('opens a one-year range as that whole year', () => {
    expect(parseDashboardState('v=1&years=2018-2018').state.time!.map(isoOfDay)).toEqual(['2018-01-01', '2018-12-31']);
  });

  it('is rewritten in the new form: the link the page writes back has time= and no years=', () => {
    const { state } = parseDashboardState('v=1&view=131,38,4.1&commodities=coal&years=2017-2018');
    const rewritten = serializeDashboardState(state);
    expect(rewritten).toContain(`v=${DASHBOARD_STATE_VERSION}&`);
    expect(rewritten).toContain('time=2017-01-01,2018-12-31');
    expect(rewritten).toContain('commodities=coal');
    expect(rewritten).not.toContain('years=');
  });

  it.each(['2019-2016', 'abc', '2016', '2016-20199', ''])('drops a year range that was not valid (years=%s) and says so', (years) => {
    const { state, notices } = parseDashboardState(new URLSearchParams({ v: '1', years }));
    expect(state.time).toBeNull();
    expect(notices.join(' ')).toMatch(/year range .* not valid/);
  });

  it('keeps a time= that a hand-edited old link already has', () => {
    const params = new URLSearchParams('years=2016-2019&time=2018-01-01,2018-03-31');
    const { params: migrated } = migrateParams(params, 1, 2, [YEARS_TO_TIME]);
    expect(migrated.get('time')).toBe('2018-01-01,2018-03-31');
    expect(migrated.has('years')).toBe(false);
  });

  it('ignores years= in a link of the current version: it is no longer a key', () => {
    const { state } = parseDashboardState(`v=${DASHBOARD_STATE_VERSION}&years=2016-2019`);
    expect(state.time).toBeNull();
  });
});
