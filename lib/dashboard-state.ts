import { DASHBOARD_FIELDS, DASHBOARD_FIELD_NAMES, quote, type DashboardFields, type FieldCodec } from './dashboard-fields';
import { DASHBOARD_STATE_VERSION, migrateParams, URL_MIGRATIONS, type UrlMigration } from './dashboard-migrations';

export { LANGUAGES } from './dashboard-fields';
export { DASHBOARD_STATE_VERSION } from './dashboard-migrations';

/** Everything a shared link restores. The URL query string is its serialized, shareable form. */
export interface DashboardState extends DashboardFields {
  version: typeof DASHBOARD_STATE_VERSION;
}

// Each field's default comes from its codec; Object.fromEntries cannot keep the per-field types, hence the cast.
export const DEFAULT_DASHBOARD_STATE: DashboardState = {
  version: DASHBOARD_STATE_VERSION,
  ...(Object.fromEntries(DASHBOARD_FIELD_NAMES.map((name) => [name, DASHBOARD_FIELDS[name].default])) as unknown as DashboardFields),
};

export interface ParsedDashboardState {
  state: DashboardState;
  /** One short, user-facing sentence per part of the link that was ignored. */
  notices: string[];
}

const MAX_PARAM_LENGTH = 2000;

/** Reads one field through its codec: absent or refused values keep the default. */
function parseField<F extends keyof DashboardFields>(name: F, get: (key: string) => string | null, state: DashboardFields, warn: (notice: string) => undefined) {
  const codec = DASHBOARD_FIELDS[name] as FieldCodec<DashboardFields[F]>;
  const raw = get(codec.key);
  if (raw === null) return;
  const value = codec.parse(raw, warn);
  if (value !== undefined) state[name] = value;
}

/**
 * Reads dashboard state from a URL query. Never throws: each malformed part falls back to its default and adds a
 * notice. A link from an older version is first migrated (`URL_MIGRATIONS`; the options exist for tests). Feature
 * ids are only checked for shape here; whether they exist in the dataset is checked by the caller, which has the data.
 */
export function parseDashboardState(
  query: string | URLSearchParams,
  { version: current = DASHBOARD_STATE_VERSION, migrations = URL_MIGRATIONS }: { version?: number; migrations?: readonly UrlMigration[] } = {},
): ParsedDashboardState {
  const notices: string[] = [];
  const warn = (notice: string): undefined => {
    notices.push(notice);
    return undefined;
  };
  const state: DashboardState = structuredClone(DEFAULT_DASHBOARD_STATE);
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'] };
  }

  const version = params.get('v');
  const linkVersion = version === null ? 1 : /^\d{1,4}$/.test(version) ? Number(version) : NaN;
  if (linkVersion >= 1 && linkVersion < current) {
    const migrated = migrateParams(params, linkVersion, current, migrations);
    params = migrated.params;
    notices.push(...migrated.notices);
  } else if (linkVersion !== current && version !== null) {
    warn(`The link was made by another version of Route Atlas (v=${quote(version.slice(0, MAX_PARAM_LENGTH))}); parts of it may not apply.`);
  }

  const get = (key: string): string | null => {
    const value = params.get(key);
    if (value === null || value.length <= MAX_PARAM_LENGTH) return value;
    return warn(`The link's "${key}" value is too long and was ignored.`) ?? null;
  };
  for (const name of DASHBOARD_FIELD_NAMES) parseField(name, get, state, warn);
  return { state, notices };
}

function serializeField<F extends keyof DashboardFields>(name: F, state: DashboardState): [string, string] | null {
  const codec = DASHBOARD_FIELDS[name] as FieldCodec<DashboardFields[F]>;
  const value = codec.serialize(state[name]);
  return value === null ? null : [codec.key, value];
}

/** The link's keys and values in table order, `v` first; fields at their default are left out. */
function dashboardEntries(state: DashboardState): [string, string][] {
  const entries: [string, string][] = [['v', String(DASHBOARD_STATE_VERSION)]];
  for (const name of DASHBOARD_FIELD_NAMES) {
    const entry = serializeField(name, state);
    if (entry) entries.push(entry);
  }
  return entries;
}

// URLSearchParams escapes commas; they are safe in a query and keep links readable.
const toQuery = (entries: [string, string][]) => new URLSearchParams(entries).toString().replaceAll('%2C', ',');

/** The query string (without `?`) that restores `state`; defaults other than the view are left out. */
export function serializeDashboardState(state: DashboardState): string {
  return toQuery(dashboardEntries(state));
}

/**
 * The link and its committed part (everything but the camera) from one walk of the table: the URL writer pushes a
 * history entry when the committed part changes and only replaces the entry for camera moves.
 */
export function encodeDashboardState(state: DashboardState): { query: string; committed: string } {
  const entries = dashboardEntries(state);
  return { query: toQuery(entries), committed: toQuery(entries.filter(([key]) => key !== DASHBOARD_FIELDS.view.key)) };
}

/**
 * `next` with every field whose value equals the one in `previous` taken from `previous`, so a state read again from
 * a link (back/forward, a slide) keeps the identity of what it does not change. What is memoised on a field (the
 * map's features per commodity selection, its layers) then stays, instead of being rebuilt and uploaded again.
 */
export function keepUnchangedParts(previous: DashboardState, next: DashboardState): DashboardState {
  const kept = { ...next } as Record<string, unknown>;
  const before = previous as unknown as Record<string, unknown>;
  for (const key of Object.keys(kept)) {
    if (key in before && JSON.stringify(before[key]) === JSON.stringify(kept[key])) kept[key] = before[key];
  }
  return kept as unknown as DashboardState;
}
