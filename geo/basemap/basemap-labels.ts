/**
 * Cartographic label anchors for countries and seas. These are where a label reads well on the
 * regional map, not positions of anything; they carry no data and no source.
 */
export interface BasemapLabel {
  text: string;
  kind: 'country' | 'sea';
  lon: number;
  lat: number;
  /** Zoom below which the label is not drawn, to keep the world view quiet. */
  minZoom: number;
}

export const BASEMAP_LABELS: readonly BasemapLabel[] = [
  { text: 'RUSSIA', kind: 'country', lon: 136.5, lat: 49.5, minZoom: 2 },
  { text: 'CHINA', kind: 'country', lon: 121.5, lat: 44.5, minZoom: 2 },
  { text: 'NORTH KOREA', kind: 'country', lon: 126.9, lat: 40.4, minZoom: 3 },
  { text: 'SOUTH KOREA', kind: 'country', lon: 128.1, lat: 36.3, minZoom: 3 },
  { text: 'JAPAN', kind: 'country', lon: 138.8, lat: 36.6, minZoom: 3 },
  { text: 'MONGOLIA', kind: 'country', lon: 112.5, lat: 46.8, minZoom: 3 },
  { text: 'Sea of Japan\n(East Sea)', kind: 'sea', lon: 134.5, lat: 40.5, minZoom: 3 },
  { text: 'Yellow Sea', kind: 'sea', lon: 123.6, lat: 35.8, minZoom: 3 },
  { text: 'East China Sea', kind: 'sea', lon: 125.5, lat: 30.6, minZoom: 3 },
  { text: 'Sea of Okhotsk', kind: 'sea', lon: 147.5, lat: 52.5, minZoom: 3 },
];
