'use client';

import { SELECTION_COLOR } from '@/geo/palette';
import { LISTED_COLOR, VESSEL_TRACK_CASING } from '@/geo/layers/vessel-palette';

const css = ([r, g, b, a]: readonly number[]) => `rgba(${r}, ${g}, ${b}, ${(a ?? 255) / 255})`;

export interface VesselLegendProps {
  /** A sanctions list is loaded: its red ring is explained. */
  listed: boolean;
  /** A vessel's dossier is open: its highlighted marks are explained. */
  vesselSelected: boolean;
  /** The selected vessel's AIS track is drawn. */
  trackShown: boolean;
}

/** The legend entries of the vessel marks: the listed ring, and the selected vessel's highlight and AIS track. */
export function VesselLegendGroup({ listed, vesselSelected, trackShown }: VesselLegendProps) {
  if (!listed && !vesselSelected && !trackShown) return null;
  return (
    <div className="legend-group">
      <h3>Vessels</h3>
      {listed && (
        <div>
          <span className="swatch swatch-ring" style={{ '--swatch': css(LISTED_COLOR) } as React.CSSProperties} aria-hidden="true" /> Red ring: involves a vessel on a loaded sanctions list (IMO or MMSI match)
        </div>
      )}
      {vesselSelected && (
        <div>
          <span className="swatch swatch-ring" style={{ '--swatch': css(SELECTION_COLOR) } as React.CSSProperties} aria-hidden="true" /> Yellow: the selected vessel&apos;s incidents, routes and AIS events
        </div>
      )}
      {trackShown && (
        <div>
          <span className="swatch swatch-line" style={{ '--swatch': css(SELECTION_COLOR), outline: `1px solid ${css(VESSEL_TRACK_CASING)}` } as React.CSSProperties} aria-hidden="true" /> Its whole AIS track (red edge: listed)
        </div>
      )}
    </div>
  );
}
