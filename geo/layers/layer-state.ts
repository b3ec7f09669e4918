import type { FeatureFilter } from '@/data/filter/feature-filter';
import type { TimeRange } from '@/data/filter/time-rule';
import type { Theme } from '../basemap/basemap-theme';

/** What every layer factory may read of the view state, besides its data. */
export interface LayerViewState {
  theme: Theme;
  language: 'en' | 'ru' | 'ko' | 'zh';
  visibleLayers: readonly string[];
  /** Selected feature ids (highlighted). */
  selection: readonly string[];
  zoom: number;
  /**
   * The commodity and time filter. Layers receive the features the commodity filter leaves and apply the time rule on
   * the GPU (incidents also the commodity), so dragging the range uploads nothing.
   */
  filter: FeatureFilter;
  /** A year hovered in a chart or a month in the timebar: the incidents it overlaps are emphasised. */
  highlight: TimeRange | null;
  /**
   * Whether the shipped fonts hold every glyph the labels need (loaded by the map before it asks for labels):
   * label layers draw nothing until then, since deck.gl caches each glyph as first drawn. Absent means ready.
   */
  labelFontsReady?: boolean;
}

export type LocalizedName = { en: string; ru?: string; ko?: string; zh?: string };

/** The label in the chosen language, falling back to English. */
export function localizedName(name: LocalizedName, language: LayerViewState['language']): string {
  return name[language] ?? name.en;
}
