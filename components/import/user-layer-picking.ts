import type { AisEvent, CandidateArea, DensityRangeCell } from '@/geo/analysis/ais';
import { eventKeyFact, eventTitle, formatDuration, formatLonLat, formatUtc } from './format-event';
import { propertyText } from '@/geo/analysis/user-data/properties';
import type { UserLayer, ImportedFeature } from '@/geo/analysis/user-data/types';
import { isUserLayerId } from '@/geo/layers/user-layer-ids';

/** What the user picked among their own data. Kept in the dashboard's root state, never in the URL. */
export type ImportedSelection =
  | { kind: 'feature'; userLayerId: string; featureId: string }
  | { kind: 'event'; userLayerId: string; eventId: string }
  | { kind: 'area'; userLayerId: string; areaId: string };

const EVENT_KINDS = new Set(['encounter', 'loitering', 'gap', 'port-visit']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isImportedFeature(object: unknown): object is ImportedFeature {
  return isObject(object) && object.type === 'Feature' && typeof object.id === 'string' && typeof object.userLayerId === 'string';
}

export function isAisEvent(object: unknown): object is AisEvent {
  return isObject(object) && typeof object.id === 'string' && typeof object.kind === 'string' && EVENT_KINDS.has(object.kind) && typeof object.start === 'number';
}

/** A cell of an imported density grid over the time range (`densityInRange`). */
export function isDensityCell(object: unknown): object is DensityRangeCell {
  return isObject(object) && typeof object.vesselHours === 'number' && typeof object.peakVessels === 'number' && typeof object.lon === 'number';
}

export function isCandidateArea(object: unknown): object is CandidateArea {
  return isObject(object) && object.type === 'Feature' && isObject(object.properties) && object.properties.kind === 'candidate-transfer-area';
}

/** Layer ids the user's data are drawn with (`geo/layers/user-layer-ids.ts`). */
export const isImportedLayerId = isUserLayerId;

/**
 * What a click picked among the user's data, from deck.gl's picking info (the top-level layer's id and the
 * object), or null when it picked something else or nothing.
 */
export function resolveImportedPick(layerId: string | null | undefined, object: unknown, userLayers: readonly UserLayer[]): ImportedSelection | null {
  if (!isImportedLayerId(layerId)) return null;
  if (isImportedFeature(object)) return { kind: 'feature', userLayerId: object.userLayerId, featureId: object.id };
  const userLayer = userLayers.find((d) => layerId!.startsWith(`ais-${d.id}-`));
  if (!userLayer) return null;
  if (isAisEvent(object)) return { kind: 'event', userLayerId: userLayer.id, eventId: object.id };
  if (isCandidateArea(object)) return { kind: 'area', userLayerId: userLayer.id, areaId: object.properties.id };
  return null;
}

export interface ImportedTooltipContent {
  title: string;
  /** What it is and whose: always says it is the user's own or derived from it. */
  kind: string;
  lines: string[];
}

/** Property names that make a good title, most likely first. */
const TITLE_KEYS = ['name', 'title', 'label', 'vessel', 'vesselname', 'ship', 'id'];
const MAX_TOOLTIP_LINES = 6;

export function featureTitle(feature: ImportedFeature): string {
  const keys = Object.keys(feature.properties);
  for (const wanted of TITLE_KEYS) {
    const key = keys.find((k) => k.toLowerCase().replace(/[^a-z]/g, '') === wanted);
    const text = key === undefined ? '' : propertyText(feature.properties[key]).trim();
    if (text !== '') return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  }
  return `Feature ${Number(feature.id.slice(feature.id.lastIndexOf('-f') + 2)) + 1}`;
}

/**
 * The hover card for the user's data, as plain strings (React renders them as text: markup in a property is shown,
 * never run). Null for anything else, so the curated tooltip can take over.
 */
export function importedTooltipFor(object: unknown, userLayers: readonly UserLayer[]): ImportedTooltipContent | null {
  if (isImportedFeature(object)) {
    const userLayer = userLayers.find((d) => d.id === object.userLayerId);
    const lines = Object.entries(object.properties)
      .filter(([, v]) => propertyText(v).trim() !== '')
      .slice(0, MAX_TOOLTIP_LINES)
      .map(([k, v]) => {
        const text = propertyText(v);
        return `${k}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`;
      });
    return { title: featureTitle(object), kind: `Your data · ${userLayer?.name ?? 'imported'}`, lines };
  }
  if (isAisEvent(object)) {
    const userLayer = userLayers.find((d) => d.kind === 'ais' && d.detection?.events.includes(object));
    return {
      title: eventTitle(object),
      kind: `Derived from your AIS${userLayer ? ` · ${userLayer.name}` : ''}`,
      lines: [`${formatUtc(object.start)}, ${formatDuration(object.durationMinutes)}`, eventKeyFact(object)],
    };
  }
  if (isDensityCell(object)) {
    const hours = object.vesselHours < 10 ? object.vesselHours.toFixed(1) : Math.round(object.vesselHours).toLocaleString('en');
    return {
      title: `Cell at ${formatLonLat(object.lon, object.lat)}`,
      kind: 'Density derived from your AIS (npm run detect)',
      lines: [
        `${hours} vessel-hours, ${object.positions.toLocaleString('en')} positions`,
        `up to ${object.peakVessels.toLocaleString('en')} vessels a bin, ${object.bins} bin${object.bins === 1 ? '' : 's'} in the time range`,
      ],
    };
  }
  if (isCandidateArea(object)) {
    const p = object.properties;
    return {
      title: 'Candidate transfer area',
      kind: 'Derived from your AIS events, not a reported zone',
      lines: [`${p.eventCount} events: ${p.encounterCount} encounters, ${p.loiteringCount} loitering, ${p.gapCount} gaps`, `${formatUtc(p.start)} – ${formatUtc(p.end)}`],
    };
  }
  return null;
}
