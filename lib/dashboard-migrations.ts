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
export const DASHBOARD_STATE_VERSION = 1;

/** Migration steps, oldest first; `URL_MIGRATIONS[i].from` is `i + 1`. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

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
