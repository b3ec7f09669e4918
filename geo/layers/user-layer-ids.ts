// Deck-free, so the panels that tell the user's layers apart (picking, tooltips) stay out of deck.gl's chunk.

/** Every imported feature layer's id starts with this. */
export const USER_DATA_LAYER_PREFIX = 'user-data-';

/** Every AIS event layer's id starts with this. */
export const AIS_LAYER_PREFIX = 'ais-';

export const userDataLayerId = (layerId: string) => `${USER_DATA_LAYER_PREFIX}${layerId}`;

export const aisLayerId = (layerId: string, part: string) => `${AIS_LAYER_PREFIX}${layerId}-${part}`;

/** Whether a deck.gl layer id is one the user's own data are drawn with. */
export function isUserLayerId(layerId: string | null | undefined): boolean {
  return typeof layerId === 'string' && (layerId.startsWith(USER_DATA_LAYER_PREFIX) || layerId.startsWith(AIS_LAYER_PREFIX));
}
