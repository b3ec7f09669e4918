/**
 * Main cities for orientation labels, selected from the SimpleMaps World Cities Database (basic, CC BY 4.0) by
 * `scripts/basemap/extract-cities.ts`. They are context, not data of the atlas: no figure of theirs is shown.
 */
export interface MainCity {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lon: number;
  lat: number;
  population: number;
  /** 'primary': national capital; 'admin': first-level (province, prefecture, krai) capital. */
  capital: string;
  /** Zoom from which the label is drawn: capitals and the largest cities first. */
  minZoom: number;
}

export type CityRow = Omit<MainCity, 'minZoom'>;

/** Russia's Far East and North Korea have few large cities: their regional centres matter for orientation. */
const SPARSE_COUNTRIES = new Set(['RU', 'KP']);

function minZoomOf(city: CityRow): number | null {
  if (city.capital === 'primary') return 3;
  const sparse = SPARSE_COUNTRIES.has(city.country);
  if (city.capital === 'admin' && (city.population >= 1_000_000 || sparse)) return city.population >= 5_000_000 ? 4 : 5;
  // Elsewhere a city that is no capital is left out: Chinese figures count whole prefectures, so population alone
  // would label dozens of inland prefectures before the coast's ports.
  if (sparse && city.population >= 200_000) return 6;
  return null;
}

/** Entries closer than this are one city listed twice (the database has "Sariwŏn" and "Sariwŏn-si"). */
const SAME_CITY_KM = 12;

function distanceKm(a: CityRow, b: CityRow): number {
  const dx = (a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, (a.lat - b.lat) * 110.57);
}

/** The cities inside `bbox` worth a label, most important first (national capitals, then by population). */
export function selectMainCities(rows: readonly CityRow[], [west, south, east, north]: [number, number, number, number]): MainCity[] {
  const candidates: MainCity[] = [];
  for (const row of rows) {
    if (row.lon < west || row.lon > east || row.lat < south || row.lat > north) continue;
    const minZoom = minZoomOf(row);
    if (minZoom !== null) candidates.push({ ...row, minZoom });
  }
  candidates.sort((a, b) => a.minZoom - b.minZoom || b.population - a.population);
  const kept: MainCity[] = [];
  for (const city of candidates) if (!kept.some((k) => distanceKm(k, city) < SAME_CITY_KM)) kept.push(city);
  return kept;
}
