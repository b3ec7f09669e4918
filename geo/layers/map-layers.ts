/** The map's toggleable layers, in legend order; the ids are what `layers=` holds in the URL. */
export const MAP_LAYERS = [
  { id: 'ports', label: 'Ports' },
  { id: 'rail', label: 'Rail links' },
  { id: 'routes', label: 'Sea routes' },
  { id: 'zones', label: 'STS transfer zones' },
  { id: 'incidents', label: 'STS incidents' },
  { id: 'trade', label: 'Trade flows' },
  { id: 'labor', label: 'Labor flows' },
] as const;

export type MapLayerId = (typeof MAP_LAYERS)[number]['id'];

export const MAP_LAYER_IDS: readonly MapLayerId[] = MAP_LAYERS.map((layer) => layer.id);

/** Flows are aggregates drawn over the geography; they start hidden so the first view stays legible. */
export const DEFAULT_VISIBLE_LAYERS: readonly MapLayerId[] = ['ports', 'rail', 'routes', 'zones', 'incidents'];

export function isMapLayerId(value: string): value is MapLayerId {
  return (MAP_LAYER_IDS as readonly string[]).includes(value);
}
