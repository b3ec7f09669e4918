import type { Dataset, Source } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';

/** The id prefix of the selection panel's Sources entries, which the source links in its charts and facts point to. */
export const SELECTION_SOURCE_PREFIX = 'selection-source-';

/** What every part of the selection panel needs: the dataset and its sources, the shared filter, and how to select a named feature. */
export interface SelectionContext {
  dataset: Dataset;
  sourceIndex: ReadonlyMap<string, Source>;
  filter: FeatureFilter;
  onSelectFeature?: ((featureId: string) => void) | undefined;
}
