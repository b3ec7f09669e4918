'use client';

import type { StsZoneFeature } from '@/data';
import type { ChartCommonProps } from '@/components/charts/chart-types';
import { LazyIncidentsChart } from '@/components/charts/lazy-charts';
import { SELECTION_SOURCE_PREFIX, type SelectionContext } from './selection-context';
import { ZoneVessels } from './zone-vessels';

export interface ZoneChartsProps extends Pick<ChartCommonProps, 'onYearClick' | 'onYearHover' | 'onToggleCommodity'> {
  zone: StsZoneFeature;
  ctx: SelectionContext;
}

/** A selected STS zone: its incidents by year and commodity, and the vessels involved. */
export function ZoneCharts({ zone, ctx, onYearClick, onYearHover, onToggleCommodity }: ZoneChartsProps) {
  return (
    <>
      <LazyIncidentsChart
        title={`STS incidents in ${zone.properties.name.en}, by year`}
        incidents={ctx.dataset.stsIncidents.features}
        zoneId={zone.id}
        filter={ctx.filter}
        sources={ctx.dataset.sources}
        onYearClick={onYearClick}
        onYearHover={onYearHover}
        onToggleCommodity={onToggleCommodity}
        sourceAnchorPrefix={SELECTION_SOURCE_PREFIX}
      />
      <ZoneVessels zone={zone} ctx={ctx} />
    </>
  );
}
