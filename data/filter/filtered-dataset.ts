import { allFeatures, type AnyFeature, type Dataset } from '@/data';
import { passesCommodityFilter, passesFilter, type FeatureFilter } from './feature-filter';

/** Each kind of map feature as a list. */
export interface FeatureLists {
  places: Dataset['places']['features'];
  railLinks: Dataset['railLinks']['features'];
  seaRoutes: Dataset['seaRoutes']['features'];
  stsZones: Dataset['stsZones']['features'];
  stsIncidents: Dataset['stsIncidents']['features'];
}

/** The dataset as the current filter shows it: what the feature list, the counts and the search share. */
export interface FilteredDataset extends FeatureLists {
  /** Every map feature that passes, in draw order. */
  shown: AnyFeature[];
  /** How many map features there are in all. */
  total: number;
}

function filterLists(dataset: Dataset, keepFeature: (f: AnyFeature) => boolean): FeatureLists {
  const keep = <F extends AnyFeature>(features: readonly F[]): F[] => features.filter(keepFeature);
  return {
    places: keep(dataset.places.features),
    railLinks: keep(dataset.railLinks.features),
    seaRoutes: keep(dataset.seaRoutes.features),
    stsZones: keep(dataset.stsZones.features),
    stsIncidents: keep(dataset.stsIncidents.features),
  };
}

/** Applies the one filter rule to every kind of map feature. Call it memoised on (dataset, filter). */
export function filterDataset(dataset: Dataset, filter: FeatureFilter): FilteredDataset {
  const filtered = filterLists(dataset, (f) => passesFilter(f, filter));
  const shownIds = new Set(Object.values(filtered).flatMap((features: AnyFeature[]) => features.map((f) => f.id)));
  const all = allFeatures(dataset);
  return { ...filtered, shown: all.filter((f) => shownIds.has(f.id)), total: all.length };
}

/**
 * The features the commodity filter leaves, whatever their dates: what the map uploads. The map applies the time
 * half of the rule on the GPU, so these lists (and the GPU buffers made from them) stay the same while the range is
 * dragged or played. Call it memoised on (dataset, commodities).
 */
export function filterByCommodity(dataset: Dataset, filter: Pick<FeatureFilter, 'commodities'>): FeatureLists {
  return filterLists(dataset, (f) => passesCommodityFilter(f, filter));
}
