'use client';

import { memo } from 'react';
import { COMMODITY_LABELS, CONFIDENCE_DESCRIPTIONS, CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type Commodity } from '@/data';
import {
  CONFIDENCE_ALPHA,
  COUNTRY_COLORS,
  LABOR_FLOW_COLOR,
  RAIL_COLOR,
  TRADE_FLOW_COLOR,
  ZONE_COLOR,
  commodityColor,
  forTheme,
  type Rgba,
} from '@/geo/palette';
import type { Theme } from '@/geo/basemap/basemap-theme';
import type { MapLayerId } from '@/geo/layers/map-layers';
import { ImportedLegendGroups, type ImportedLegendGroupsProps } from '@/components/import/imported-legend';
import { useLegendOpen } from './use-legend-open';

const COUNTRY_NAMES: Record<string, string> = { KP: 'North Korea', RU: 'Russia', CN: 'China', KR: 'South Korea', JP: 'Japan' };

const css = ([r, g, b, a]: Rgba, alpha = a) => `rgba(${r}, ${g}, ${b}, ${alpha / 255})`;

function Swatch({ color, shape = 'disc' }: { color: string; shape?: 'disc' | 'ring' | 'line' | 'dashed' | 'dotted' | 'area' }) {
  return <span className={`swatch swatch-${shape}`} style={{ '--swatch': color } as React.CSSProperties} aria-hidden="true" />;
}

export interface MapLegendProps {
  visibleLayers: readonly MapLayerId[];
  /** The user's data shown on the map, explained under "Your data". */
  imported?: ImportedLegendGroupsProps;
  /** Commodities present among the routes and incidents shown, in legend order. */
  commodities: readonly Commodity[];
  theme: Theme;
  /** More groups, drawn after "Your data": the vessel marks. */
  extra?: React.ReactNode;
  /** Where it is drawn: over the map, or in the presentation's side column (beside the key chart, never under it). */
  placement?: 'map' | 'presentation';
}

/**
 * Explains every mark the visible layers draw: colour, size, width, dash and confidence. It starts folded on
 * windows narrower than 1600 px, where it would hide a large part of the map; unfolding or folding it is kept.
 * Memoised: folded or not, it is all rendered, and the dashboard re-renders more than once for each filter change.
 */
export const MapLegend = memo(function MapLegend({ visibleLayers, commodities, theme, imported, extra, placement = 'map' }: MapLegendProps) {
  const [open, setOpen] = useLegendOpen();
  const on = (id: MapLayerId) => visibleLayers.includes(id);
  if (visibleLayers.length === 0 && !imported?.userLayers.length) return null;
  return (
    <details
      className={placement === 'map' ? 'map-legend' : 'map-legend map-legend-presentation'}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Legend</summary>
      <section aria-label="Legend">
      {imported && <ImportedLegendGroups {...imported} />}
      {extra}
      {on('ports') && (
        <div className="legend-group">
          <h3>Ports and places</h3>
          {Object.entries(COUNTRY_COLORS).map(([code, color]) => (
            <div key={code}>
              <Swatch color={css(color)} /> {COUNTRY_NAMES[code]}
            </div>
          ))}
          <div>
            <Swatch color={css(forTheme(RAIL_COLOR, theme))} shape="ring" /> Ring: rail station or border crossing
          </div>
          <div className="muted">Marker size: significance (largest: the four design-brief ports)</div>
        </div>
      )}
      {on('rail') && (
        <div className="legend-group">
          <h3>Rail links</h3>
          <div>
            <Swatch color={css(forTheme(RAIL_COLOR, theme))} shape="dashed" /> Approximate line (stations joined)
          </div>
          <div>
            <Swatch color={css(forTheme(RAIL_COLOR, theme))} shape="dotted" /> Schematic line
          </div>
          <div className="muted">Small white dots: sourced stations; other bends are interpolated</div>
        </div>
      )}
      {(on('routes') || on('incidents')) && commodities.length > 0 && (
        <div className="legend-group">
          <h3>{on('routes') && on('incidents') ? 'Routes and incidents' : on('routes') ? 'Sea routes' : 'STS incidents'} by commodity</h3>
          {commodities.map((c) => (
            <div key={c}>
              <Swatch color={css(forTheme(commodityColor(c), theme))} shape={on('routes') ? 'line' : 'disc'} /> {COMMODITY_LABELS[c]}
            </div>
          ))}
          {on('routes') && (
            <>
              <div>
                <Swatch color="rgba(55, 55, 60, 0.45)" shape="dotted" /> Leg to an unpublished port (drawn to the country)
              </div>
              <div className="muted">Sea routes are schematic: curved links between ports; the arrow shows direction</div>
            </>
          )}
          {on('incidents') && (
            <div className="muted">Incidents the sources place at one point are drawn around it, each joined to it by a thin line</div>
          )}
        </div>
      )}
      {on('zones') && (
        <div className="legend-group">
          <h3>STS transfer zones</h3>
          <div>
            <Swatch color={css(ZONE_COLOR, 110)} shape="area" /> Reported transfer area (outline derived from stated distances)
          </div>
        </div>
      )}
      {on('trade') && (
        <div className="legend-group">
          <h3>Trade flows</h3>
          <div>
            <Swatch color={css(TRADE_FLOW_COLOR)} shape="line" /> Width ∝ total trade in the years the time range touches
          </div>
        </div>
      )}
      {on('labor') && (
        <div className="legend-group">
          <h3>Labor flows</h3>
          <div>
            <Swatch color={css(LABOR_FLOW_COLOR)} shape="line" /> Width ∝ DPRK workers (latest figure in range)
          </div>
          <div>
            <Swatch color={css(LABOR_FLOW_COLOR, 60)} shape="line" /> Faint wider arc: upper end of a reported range
          </div>
        </div>
      )}
      <div className="legend-group">
        <h3>Confidence (opacity)</h3>
        {CONFIDENCE_LEVELS.map((level) => (
          <div key={level} title={CONFIDENCE_DESCRIPTIONS[level]}>
            <Swatch color={`rgba(60, 60, 60, ${(CONFIDENCE_ALPHA[level] ?? 140) / 255})`} /> {CONFIDENCE_LABELS[level]}
          </div>
        ))}
      </div>
      </section>
    </details>
  );
});
