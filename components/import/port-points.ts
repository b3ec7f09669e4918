import type { Dataset } from '@/data';
import type { PortPoint } from '@/geo/analysis/ais';

/** The curated ports, as the points AIS detection measures "distance from port" from and names port visits by. */
export function curatedPortPoints(dataset: Dataset): PortPoint[] {
  return dataset.places.features
    .filter((f) => f.properties.kind === 'port')
    .map((f) => ({ id: f.id, name: f.properties.name.en, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}
