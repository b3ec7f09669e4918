'use client';

import { AIS_EVENT_COLORS, DERIVED_AREA_COLOR, USER_DATA_COLOR, type AisLayerPart } from '@/geo/layers/user-data-palette';
import type { DensityGrid } from '@/geo/analysis/ais';
import type { UserAisLayer, UserLayer } from '@/geo/analysis/user-data/types';
import { densityForRange, densityLegendStops } from '@/geo/layers/ais-density-scale';
import type { TimeRange } from '@/data/filter/time-rule';

const css = ([r, g, b]: readonly number[], alpha = 1) => `rgba(${r}, ${g}, ${b}, ${alpha})`;

function Swatch({ color, shape }: { color: string; shape: 'disc' | 'ring' | 'line' | 'dashed' | 'dotted' | 'area' }) {
  // The legend's own swatch classes (app/globals.css), so these entries look like the curated ones.
  return <span className={`swatch swatch-${shape}`} style={{ '--swatch': color } as React.CSSProperties} aria-hidden="true" />;
}

export interface ImportedLegendGroupsProps {
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
  visibleParts: readonly AisLayerPart[];
  /** The dashboard's time range: the density scale is the range's. */
  range: TimeRange | null;
}

const hours = (h: number) => (h < 10 ? h.toFixed(1) : Math.round(h).toLocaleString('en'));

/** The density ramp with the vessel-hours at its ends, for the cells shown in the time range. */
function DensityLegend({ grid, range }: { grid: DensityGrid; range: TimeRange | null }) {
  const { maxVesselHours, cells } = densityForRange(grid, range);
  const stops = densityLegendStops(maxVesselHours);
  return (
    <div aria-label="Density of positions legend">
      <span
        className="swatch swatch-area"
        style={{ '--swatch': 'transparent', background: `linear-gradient(90deg, ${stops.map((s) => css(s.color)).join(', ')})`, width: '4em' } as React.CSSProperties}
        aria-hidden="true"
      />{' '}
      Density: vessel-hours per {grid.cellDegrees}° cell, {hours(0)}–{hours(maxVesselHours)} ({cells.length.toLocaleString('en')} cells, log scale)
    </div>
  );
}

/**
 * Legend entries for the user's data, to place inside the map legend's section: "Your data" (imported features) and
 * "Derived from your AIS" (events and candidate areas). Only what is shown is explained.
 */
export function ImportedLegendGroups({ userLayers, hiddenIds, visibleParts, range }: ImportedLegendGroupsProps) {
  const shown = userLayers.filter((d) => !hiddenIds.includes(d.id));
  const features = shown.some((d) => d.kind !== 'ais');
  const on = (part: AisLayerPart) => visibleParts.includes(part);
  const densityLayer = on('density') ? shown.find((d): d is UserAisLayer => d.kind === 'ais' && d.density !== undefined) : undefined;
  const ais = shown.some((d) => d.kind === 'ais' && d.detection) || densityLayer !== undefined;
  if (!features && !ais) return null;
  return (
    <>
      {features && (
        <div className="legend-group">
          <h3>Your data</h3>
          <div>
            <Swatch color={css(USER_DATA_COLOR)} shape="disc" /> Imported points, lines and areas (yours, not curated)
          </div>
        </div>
      )}
      {ais && (
        <div className="legend-group">
          <h3>Derived from your AIS</h3>
          {on('encounter') && (
            <div>
              <Swatch color={css(AIS_EVENT_COLORS.encounter)} shape="disc" /> Encounter: two vessels close and slow
            </div>
          )}
          {on('loitering') && (
            <div>
              <Swatch color={css(AIS_EVENT_COLORS.loitering)} shape="disc" /> Loitering: one vessel slow, offshore
            </div>
          )}
          {on('gap') && (
            <div>
              <Swatch color={css(AIS_EVENT_COLORS.gap)} shape="dashed" /> AIS gap: went dark (dot), reappeared (ring)
            </div>
          )}
          {on('port-visit') && (
            <div>
              <Swatch color={css(AIS_EVENT_COLORS['port-visit'])} shape="disc" /> Port visit: in within 3 km, stopped or silent
            </div>
          )}
          {densityLayer?.density && <DensityLegend grid={densityLayer.density} range={range} />}
          {on('areas') && (
            <div>
              <Swatch color={css(DERIVED_AREA_COLOR, 0.6)} shape="dotted" /> Candidate transfer area (derived, dotted)
            </div>
          )}
          <div className="muted">Patterns found by Route Atlas in your AIS, not reported transfers</div>
        </div>
      )}
    </>
  );
}
