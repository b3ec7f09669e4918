import type { Commodity, Source } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';

/** What every chart takes: the shared filter, the bibliography, and the ways a chart talks back to the dashboard. */
export interface ChartCommonProps {
  filter: FeatureFilter;
  /** The dataset's bibliography, to name each figure's sources. */
  sources: readonly Source[];
  /** Clicking a year (a bar, a point, or the year in the data table) — the dashboard sets the year range to it. */
  onYearClick?: ((year: number) => void) | undefined;
  /** Hovering a year — the map highlights that year's incidents; `null` when the pointer leaves. */
  onYearHover?: ((year: number | null) => void) | undefined;
  /** Clicking a commodity in a legend toggles it in the commodity filter. */
  onToggleCommodity?: ((commodity: Commodity) => void) | undefined;
  /**
   * Where a source is listed in the enclosing panel: source names link to `#${prefix}${sourceId}`. Without it
   * they are plain text with the full citation in a tooltip.
   */
  sourceAnchorPrefix?: string | undefined;
}
