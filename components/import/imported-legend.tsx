'use client';

import { AIS_EVENT_COLORS, DERIVED_AREA_COLOR, USER_DATA_COLOR, type AisLayerPart } from '@/geo/layers/user-data-palette';
import type { UserLayer } from '@/geo/analysis/user-data/types';

const css = ([r, g, b]: readonly number[], alpha = 1) => `rgba(${r}, ${g}, ${b}, ${alpha})`;

function Swatch({ color, shape }: { color: string; shape: 'disc' | 'ring' | 'line' | 'dashed' | 'dotted' | 'area' }) {
  // The legend's own swatch classes (app/globals.css), so these entries look like the curated ones.
  return <span className={`swatch swatch-${shape}`} style={{ '--swatch': color } as React.CSSProperties} aria-hidden="true" />;
}

export interface ImportedLegendGroupsProps {
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
  visibleParts: readonly AisLayerPart[];
}

/**
 * Legend entries for the user's data, to place inside the map legend's section: "Your data" (imported features) and
 * "Derived from your AIS" (events and candidate areas). Only what is shown is explained.
 */
export function ImportedLegendGroups({ userLayers, hiddenIds, visibleParts }: ImportedLegendGroupsProps) {
  const shown = userLayers.filter((d) => !hiddenIds.includes(d.id));
  const features = shown.some((d) => d.kind !== 'ais');
  const ais = shown.some((d) => d.kind === 'ais' && d.detection);
  const on = (part: AisLayerPart) => visibleParts.includes(part);
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
