import { COMMODITIES, type Commodity } from '@/data/schema/commodity';
import { THEMES, type Theme } from '@/geo/basemap/basemap-theme';
import { YEAR_BOUNDS } from '@/data/filter/feature-filter';
import { DEFAULT_VISIBLE_LAYERS, MAP_LAYER_IDS, isMapLayerId, type MapLayerId } from '@/geo/layers/map-layers';
import { DEFAULT_MAP_VIEW, formatMapView, parseMapView, type MapView } from '@/geo/map-view';

/** Bumped when the meaning of a URL parameter changes; older links are migrated or fall back. */
export const DASHBOARD_STATE_VERSION = 1;

export const LANGUAGES = ['en', 'ru', 'ko', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Everything a shared link restores. The URL query string is its serialized, shareable form. */
export interface DashboardState {
  version: typeof DASHBOARD_STATE_VERSION;
  view: MapView;
  theme: Theme;
  language: Language;
  /** Visible map layers. */
  layers: MapLayerId[];
  /** Selected feature ids: the first is the selection, a second one is the shift-clicked comparison. */
  selection: string[];
  /** Commodity filter; all of them means no filter. */
  commodities: Commodity[];
  /** Inclusive year range of the time filter. */
  years: [from: number, to: number];
  /** The user's datasets saved on this server (ids) shown on the map, so a link or a slide can bring them back. */
  datasets: string[];
}

export const DEFAULT_DASHBOARD_STATE: DashboardState = {
  version: DASHBOARD_STATE_VERSION,
  view: DEFAULT_MAP_VIEW,
  theme: 'light',
  language: 'en',
  layers: [...DEFAULT_VISIBLE_LAYERS],
  selection: [],
  commodities: [...COMMODITIES],
  years: [YEAR_BOUNDS[0], YEAR_BOUNDS[1]],
  datasets: [],
};

/** At most this many saved datasets in one link. */
export const MAX_LINKED_DATASETS = 10;
const SAVED_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ParsedDashboardState {
  state: DashboardState;
  /** One short, user-facing sentence per part of the link that was ignored. */
  notices: string[];
}

const MAX_PARAM_LENGTH = 2000;
const FEATURE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${shown}"`;
}

/**
 * Reads dashboard state from a URL query. Never throws: each malformed part falls back to its
 * default and adds a notice. Feature ids are only checked for shape here; whether they exist in
 * the dataset is checked by the caller, which has the data.
 */
export function parseDashboardState(query: string | URLSearchParams): ParsedDashboardState {
  const notices: string[] = [];
  const state: DashboardState = structuredClone(DEFAULT_DASHBOARD_STATE);
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'] };
  }
  const get = (name: string): string | null => {
    const value = params.get(name);
    if (value === null) return null;
    if (value.length > MAX_PARAM_LENGTH) {
      notices.push(`The link's "${name}" value is too long and was ignored.`);
      return null;
    }
    return value;
  };

  const version = get('v');
  if (version !== null && version !== String(DASHBOARD_STATE_VERSION)) {
    notices.push(`The link was made by another version of Route Atlas (v=${quote(version)}); parts of it may not apply.`);
  }

  const view = get('view');
  if (view !== null) {
    const parsed = parseMapView(view);
    if (parsed) state.view = parsed;
    else notices.push(`The map position ${quote(view)} in the link is not valid; showing the default view.`);
  }

  const theme = get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else notices.push(`Unknown theme ${quote(theme)}; using the light theme.`);
  }

  const language = get('lang');
  if (language !== null) {
    const match = LANGUAGES.find((l) => l === language);
    if (match) state.language = match;
    else notices.push(`Unknown label language ${quote(language)}; using English.`);
  }

  const layers = get('layers');
  if (layers !== null) {
    const requested = layers === '' ? [] : layers.split(',');
    const valid = requested.filter(isMapLayerId);
    const unknown = requested.filter((id) => !isMapLayerId(id));
    if (unknown.length > 0) notices.push(`Unknown map layers ignored: ${unknown.slice(0, 5).map(quote).join(', ')}.`);
    state.layers = MAP_LAYER_IDS.filter((id) => valid.includes(id));
  }

  const select = get('select');
  if (select !== null && select !== '') {
    const ids = select.split(',');
    const wellFormed = ids.filter((id) => FEATURE_ID_PATTERN.test(id)).slice(0, 2);
    if (wellFormed.length !== ids.length) notices.push(`The selection ${quote(select)} in the link is not valid and was ignored.`);
    state.selection = wellFormed.length === ids.length ? wellFormed : [];
  }

  const commodities = get('commodities');
  if (commodities !== null) {
    const requested = commodities === '' ? [] : commodities.split(',');
    const unknown = requested.filter((c) => !(COMMODITIES as readonly string[]).includes(c));
    if (unknown.length > 0) {
      notices.push(`Unknown commodities ignored: ${unknown.slice(0, 5).map(quote).join(', ')}.`);
    }
    const valid = COMMODITIES.filter((c) => requested.includes(c));
    // A list of nothing but unknown names would hide everything: fall back to all commodities.
    state.commodities = valid.length === 0 && unknown.length > 0 ? [...COMMODITIES] : valid;
  }

  const years = get('years');
  if (years !== null) {
    const match = /^(\d{4})-(\d{4})$/.exec(years);
    const from = match ? Number(match[1]) : NaN;
    const to = match ? Number(match[2]) : NaN;
    if (match && from <= to && from >= YEAR_BOUNDS[0] && to <= YEAR_BOUNDS[1]) state.years = [from, to];
    else {
      notices.push(
        `The year range ${quote(years)} is not valid (use e.g. 2016-2019 within ${YEAR_BOUNDS[0]}–${YEAR_BOUNDS[1]}); showing all years.`,
      );
    }
  }

  const datasets = get('data');
  if (datasets !== null && datasets !== '') {
    const ids = datasets.split(',');
    const valid = [...new Set(ids.filter((id) => SAVED_ID_PATTERN.test(id)))].slice(0, MAX_LINKED_DATASETS);
    if (valid.length !== ids.length) notices.push(`Some saved-dataset ids in the link are not valid and were ignored.`);
    state.datasets = valid;
  }

  return { state, notices };
}

/** The query string (without `?`) that restores `state`; defaults other than the view are left out. */
export function serializeDashboardState(state: DashboardState): string {
  const params = new URLSearchParams();
  params.set('v', String(DASHBOARD_STATE_VERSION));
  params.set('view', formatMapView(state.view));
  if (state.theme !== DEFAULT_DASHBOARD_STATE.theme) params.set('theme', state.theme);
  if (state.language !== DEFAULT_DASHBOARD_STATE.language) params.set('lang', state.language);
  const layers = MAP_LAYER_IDS.filter((id) => state.layers.includes(id));
  if (layers.join(',') !== DEFAULT_DASHBOARD_STATE.layers.join(',')) params.set('layers', layers.join(','));
  if (state.selection.length > 0) params.set('select', state.selection.join(','));
  const commodities = COMMODITIES.filter((c) => state.commodities.includes(c));
  if (commodities.length !== COMMODITIES.length) params.set('commodities', commodities.join(','));
  if (state.years[0] !== YEAR_BOUNDS[0] || state.years[1] !== YEAR_BOUNDS[1]) {
    params.set('years', `${state.years[0]}-${state.years[1]}`);
  }
  if (state.datasets.length > 0) params.set('data', state.datasets.join(','));
  // URLSearchParams escapes commas; they are safe in a query and keep links readable.
  return params.toString().replaceAll('%2C', ',');
}
