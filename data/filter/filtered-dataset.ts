import { allFeatures, type AnyFeature, type Dataset } from '@/data';
import { passesFilter, type FeatureFilter } from './feature-filter';

/** The dataset as the current filter shows it: what the map, the feature list and the counts share. */
export interface FilteredDataset {
  places: Dataset['places']['features'];
  railLinks: Dataset['railLinks']['features'];
  seaRoutes: Dataset['seaRoutes']['features'];
  stsZones: Dataset['stsZones']['features'];
  /** Incidents that pass the filter (the map draws all of them and filters on the GPU with the same rule). */
  stsIncidents: Dataset['stsIncidents']['features'];
  /** Every map feature that passes, in draw order. */
  shown: AnyFeature[];
  /** How many map features there are in all. */
  total: number;
}

/** Applies the one filter rule to every kind of map feature. Call it memoised on (dataset, filter). */
export function filterDataset(dataset: Dataset, filter: FeatureFilter): FilteredDataset {
  const keep = <F extends AnyFeature>(features: readonly F[]): F[] => features.filter((f) => passesFilter(f, filter));
  const filtered = {
    places: keep(dataset.places.features),
    railLinks: keep(dataset.railLinks.features),
    seaRoutes: keep(dataset.seaRoutes.features),
    stsZones: keep(dataset.stsZones.features),
    stsIncidents: keep(dataset.stsIncidents.features),
  };
  const shownIds = new Set(Object.values(filtered).flatMap((features) => features.map((f) => f.id)));
  const all = allFeatures(dataset);
  return { ...filtered, shown: all.filter((f) => shownIds.has(f.id)), total: all.length };
}
