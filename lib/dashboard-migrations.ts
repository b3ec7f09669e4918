/**
 * One step that rewrites a link written at version `from` into version `from + 1`, on the raw query
 * parameters, before any field is parsed. It may return sentences for the user (what could not be carried over).
 */
export interface UrlMigration {
  from: number;
  migrate: (params: URLSearchParams) => string[] | void;
}

/**
 * The link's version (`v=`). To change what a key means: bump this, and append a step from the old version to
 * `URL_MIGRATIONS`, so links already shared (briefings, bookmarks) still open as they were made.
 */
export const DASHBOARD_STATE_VERSION = 2;

const quote = (value: string) => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/**
 * v1 → v2: the time filter went from whole years (`years=2016-2019`) to days (`time=2016-01-01,2019-12-31`). A year
 * range becomes the days from 1 January of its first year to 31 December of its last, which selects exactly the
 * records the year range did.
 */
export const YEARS_TO_TIME: UrlMigration = {
  from: 1,
  migrate: (params) => {
    const years = params.get('years');
    if (years === null) return;
    params.delete('years');
    if (params.has('time')) return;
    const match = /^(\d{4})-(\d{4})$/.exec(years);
    if (match && match[1]! <= match[2]!) {
      params.set('time', `${match[1]}-01-01,${match[2]}-12-31`);
      return;
    }
    return [`The year range ${quote(years)} in the link is not valid (years=2016-2019 was the form); showing all dates.`];
  },
};

/** Migration steps, oldest first; `URL_MIGRATIONS[i].from` is `i + 1`. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [YEARS_TO_TIME];

/**
 * Brings `params` (a copy is changed, never the caller's) from version `from` to `to` by running each step in
 * turn. A link without `v=` predates the key and is version 1.
 * @returns the migrated parameters and the notices the steps raised.
 */
export function migrateParams(
  params: URLSearchParams,
  from: number,
  to: number = DASHBOARD_STATE_VERSION,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): { params: URLSearchParams; notices: string[] } {
  const migrated = new URLSearchParams(params);
  const notices: string[] = [];
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`no URL migration from v${version}: append one to URL_MIGRATIONS`);
    notices.push(...(step.migrate(migrated) ?? []));
  }
  return { params: migrated, notices };
}
