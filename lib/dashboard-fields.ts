import { COMMODITIES, type Commodity } from '@/data/schema/commodity';
import { isoOfDay } from '@/data/filter/epoch-day';
import { parseTimeRange, type TimeRange } from '@/data/filter/time-rule';
import { THEMES, type Theme } from '@/geo/basemap/basemap-theme';
import { DEFAULT_VISIBLE_LAYERS, MAP_LAYER_IDS, isMapLayerId, type MapLayerId } from '@/geo/layers/map-layers';
import { DEFAULT_MAP_VIEW, formatMapView, parseMapView, type MapView } from '@/geo/map-view';
import { formatAreaParam, parseAreaParam, type AreaShape } from '@/geo/analysis/area';

export const LANGUAGES = ['en', 'ru', 'ko', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** At most this many saved user layers in one link. */
export const MAX_LINKED_USER_LAYERS = 10;
/** At most this many saved sanctions lists in one link. */
export const MAX_LINKED_SANCTIONS_LISTS = 10;

/** The fields a link restores, each written under its own query key by its codec below. */
export interface DashboardFields {
  view: MapView;
  theme: Theme;
  language: Language;
  /** Visible map layers. */
  layers: MapLayerId[];
  /** Selected feature ids: the first is the selection, a second one is the shift-clicked comparison. */
  selection: string[];
  /** Commodity filter; all of them means no filter. */
  commodities: Commodity[];
  /** The time filter: first and last day, both included (time-rule.ts); null is all dates, undated records too. */
  time: TimeRange | null;
  /** The user's layers saved on this server (ids) shown on the map, so a link or a slide can bring them back. */
  userLayers: string[];
  /** The area of an area report: an outline or a circle; null when none is drawn. */
  area: AreaShape | null;
  /** Sanctions lists saved on this server (ids) whose matches are shown, so a link brings them back as saved layers. */
  sanctionsLists: string[];
}

/**
 * One field of the link: its query key, its default, how to read it and how to write it. `parse` gets the raw
 * value (never null, at most 2,000 characters) and returns the value, or undefined to keep the default; `warn`
 * adds a user-facing sentence. `serialize` returns null to leave the key out of the link.
 */
export interface FieldCodec<T> {
  key: string;
  default: T;
  parse: (raw: string, warn: (notice: string) => undefined) => T | undefined;
  serialize: (value: T) => string | null;
}

type FieldCodecs = { [F in keyof DashboardFields]: FieldCodec<DashboardFields[F]> };

const FEATURE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;
const SAVED_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A value as a notice shows it: quoted, cut at 40 characters. */
export function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${shown}"`;
}

const list = (raw: string): string[] => (raw === '' ? [] : raw.split(','));
const quoted = (values: readonly string[]): string => values.slice(0, 5).map(quote).join(', ');

/**
 * The link's fields, in the order they are written. Adding a field is one entry here and one in
 * `DashboardFields`; the parser and the serializer walk this table.
 */
export const DASHBOARD_FIELDS: FieldCodecs = {
  view: {
    key: 'view',
    default: DEFAULT_MAP_VIEW,
    parse: (raw, warn) => parseMapView(raw) ?? warn(`The map position ${quote(raw)} in the link is not valid; showing the default view.`),
    // Always written: a shared link opens where its author was looking.
    serialize: formatMapView,
  },
  theme: {
    key: 'theme',
    default: 'light',
    parse: (raw, warn) => THEMES.find((t) => t === raw) ?? warn(`Unknown theme ${quote(raw)}; using the light theme.`),
    serialize: (theme) => (theme === 'light' ? null : theme),
  },
  language: {
    key: 'lang',
    default: 'en',
    parse: (raw, warn) => LANGUAGES.find((l) => l === raw) ?? warn(`Unknown label language ${quote(raw)}; using English.`),
    serialize: (language) => (language === 'en' ? null : language),
  },
  layers: {
    key: 'layers',
    default: [...DEFAULT_VISIBLE_LAYERS],
    parse: (raw, warn) => {
      const requested = list(raw);
      const unknown = requested.filter((id) => !isMapLayerId(id));
      if (unknown.length > 0) warn(`Unknown map layers ignored: ${quoted(unknown)}.`);
      return MAP_LAYER_IDS.filter((id) => requested.includes(id));
    },
    serialize: (layers) => {
      const ordered = MAP_LAYER_IDS.filter((id) => layers.includes(id)).join(',');
      return ordered === DEFAULT_VISIBLE_LAYERS.join(',') ? null : ordered;
    },
  },
  selection: {
    key: 'select',
    default: [],
    parse: (raw, warn) => {
      if (raw === '') return undefined;
      const ids = raw.split(',');
      const wellFormed = ids.filter((id) => FEATURE_ID_PATTERN.test(id)).slice(0, 2);
      if (wellFormed.length === ids.length) return wellFormed;
      warn(`The selection ${quote(raw)} in the link is not valid and was ignored.`);
      return [];
    },
    serialize: (selection) => (selection.length > 0 ? selection.join(',') : null),
  },
  commodities: {
    key: 'commodities',
    default: [...COMMODITIES],
    parse: (raw, warn) => {
      const requested = list(raw);
      const unknown = requested.filter((c) => !(COMMODITIES as readonly string[]).includes(c));
      if (unknown.length > 0) warn(`Unknown commodities ignored: ${quoted(unknown)}.`);
      const valid = COMMODITIES.filter((c) => requested.includes(c));
      // A list of nothing but unknown names would hide everything: fall back to all commodities.
      return valid.length === 0 && unknown.length > 0 ? undefined : valid;
    },
    serialize: (commodities) => {
      const ordered = COMMODITIES.filter((c) => commodities.includes(c));
      return ordered.length === COMMODITIES.length ? null : ordered.join(',');
    },
  },
  time: {
    key: 'time',
    default: null,
    parse: (raw, warn) => {
      const [from, to, ...rest] = raw.split(',');
      const range = from !== undefined && to !== undefined && rest.length === 0 ? parseTimeRange(from, to) : null;
      return (
        range ??
        warn(`The time range ${quote(raw)} is not valid (use e.g. time=2018-01-01,2018-03-31, the first date not after the second); showing all dates.`)
      );
    },
    serialize: (range) => (range === null ? null : `${isoOfDay(range[0])},${isoOfDay(range[1])}`),
  },
  userLayers: {
    key: 'data',
    default: [],
    parse: (raw, warn) => {
      if (raw === '') return undefined;
      const ids = raw.split(',');
      const valid = [...new Set(ids.filter((id) => SAVED_ID_PATTERN.test(id)))].slice(0, MAX_LINKED_USER_LAYERS);
      if (valid.length !== ids.length) warn('Some saved-layer ids in the link are not valid and were ignored.');
      return valid;
    },
    serialize: (ids) => (ids.length > 0 ? ids.join(',') : null),
  },
  area: {
    key: 'area',
    default: null,
    parse: (raw, warn) => {
      const parsed = parseAreaParam(raw);
      return parsed.ok ? parsed.area : warn(`The area ${quote(raw)} in the link is not valid (${parsed.problem}) and was dropped.`);
    },
    serialize: (area) => (area ? formatAreaParam(area) : null),
  },
  sanctionsLists: {
    key: 'lists',
    default: [],
    parse: (raw, warn) => {
      if (raw === '') return undefined;
      const ids = raw.split(',');
      const valid = [...new Set(ids.filter((id) => SAVED_ID_PATTERN.test(id)))].slice(0, MAX_LINKED_SANCTIONS_LISTS);
      if (valid.length !== ids.length) warn('Some saved sanctions-list ids in the link are not valid and were ignored.');
      return valid;
    },
    serialize: (ids) => (ids.length > 0 ? ids.join(',') : null),
  },
};

/** The field names in table order. */
export const DASHBOARD_FIELD_NAMES = Object.keys(DASHBOARD_FIELDS) as (keyof DashboardFields)[];
