import type Database from 'better-sqlite3';

/**
 * A repository's prepared statements, prepared once per database connection: tests open several databases in one
 * process, and a server opens one, so the statements are kept beside the connection they belong to.
 */
export function statementsPerDatabase<T>(prepare: (db: Database.Database) => T): (db: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (db) => {
    let cached = cache.get(db);
    if (cached === undefined) {
      cached = prepare(db);
      cache.set(db, cached);
    }
    return cached;
  };
}

/** A list request's page: the limit clamped to 0…`max` (whole numbers), the offset to ≥ 0. */
export function pageOf(options: { limit?: number; offset?: number }, defaultLimit: number, max: number): { limit: number; offset: number } {
  return {
    limit: Math.min(Math.max(Math.trunc(options.limit ?? defaultLimit), 0), max),
    offset: Math.max(Math.trunc(options.offset ?? 0), 0),
  };
}
