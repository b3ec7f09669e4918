import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { areaRing, type AreaShape, type DrawnOutline } from '@/geo/analysis/area';

/** What the map's drawing tool does: draw a new area in one of three ways, or edit the current one. */
export type DrawTool = 'rectangle' | 'polygon' | 'circle' | 'edit';

export interface DrawSessionEvents {
  /** A shape was finished (drawn) or changed (edited): its mode and closed ring. */
  onOutline: (outline: DrawnOutline, finished: boolean) => void;
}

const BLUE = '#005cd2';
const WHITE = '#ffffff';
const SHAPE_STYLE = { fillColor: BLUE, fillOpacity: 0.12, outlineColor: BLUE, outlineWidth: 2 } as const;

function outlineOf(feature: GeoJSONStoreFeatures | undefined): DrawnOutline | null {
  if (!feature || feature.geometry.type !== 'Polygon') return null;
  const mode = feature.properties.mode;
  const kind = mode === 'circle' ? 'circle' : mode === 'rectangle' ? 'rectangle' : 'polygon';
  return { mode: kind, ring: feature.geometry.coordinates[0] ?? [] };
}

/**
 * Terra Draw on the MapLibre map, loaded only when the user draws (this module is imported on demand). Drawing a
 * rectangle or a circle takes a click-and-drag (or click, move, click); a polygon a click per corner, closed on its
 * first corner or with Enter. Editing drags corners, adds one at an edge's midpoint, moves the whole shape, and for a
 * circle drags its edge to resize it. The drawn shape lives in the dashboard's state; Terra Draw holds it only while
 * the tool is open.
 */
export function createDrawSession(map: MapLibreMap, events: DrawSessionEvents) {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'area-draw' }),
    modes: [
      new TerraDrawRectangleMode({ drawInteraction: 'click-move-or-drag', styles: SHAPE_STYLE }),
      new TerraDrawPolygonMode({ styles: { ...SHAPE_STYLE, closingPointColor: WHITE, closingPointOutlineColor: BLUE, closingPointWidth: 5, closingPointOutlineWidth: 2 } }),
      new TerraDrawCircleMode({ drawInteraction: 'click-move-or-drag', styles: SHAPE_STYLE }),
      new TerraDrawSelectMode({
        allowManualDeselection: false,
        flags: {
          polygon: { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } } },
          circle: { feature: { draggable: true, coordinates: { resizable: 'center' } } },
        },
        styles: {
          selectedPolygonColor: BLUE,
          selectedPolygonFillOpacity: 0.15,
          selectedPolygonOutlineColor: BLUE,
          selectedPolygonOutlineWidth: 2.5,
          selectionPointColor: WHITE,
          selectionPointOutlineColor: BLUE,
          selectionPointWidth: 5,
          selectionPointOutlineWidth: 2,
          midPointColor: BLUE,
          midPointOutlineColor: WHITE,
          midPointWidth: 3,
        },
      }),
    ],
  });
  draw.start();

  draw.on('finish', (id, context) => {
    const outline = outlineOf(draw.getSnapshotFeature(id));
    if (outline) events.onOutline(outline, context.action === 'draw');
  });

  return {
    /** Starts drawing a new area (whatever was being drawn is dropped). */
    drawNew(tool: Exclude<DrawTool, 'edit'>) {
      draw.clear();
      draw.setMode(tool);
    },
    /** Puts the area into the tool, selected, so its corners (or a circle's edge) can be dragged. */
    edit(area: AreaShape) {
      draw.clear();
      draw.setMode('select');
      const properties: Record<string, string | number> =
        area.kind === 'circle' ? { mode: 'circle', radiusKilometers: area.radiusKm } : { mode: 'polygon' };
      const [result] = draw.addFeatures([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [areaRing(area)] }, properties }]);
      if (result?.valid && result.id !== undefined) draw.selectFeature(result.id);
    },
    stop() {
      // The map may already be gone (the dashboard unmounting): stopping then has nothing left to clean.
      try {
        draw.stop();
      } catch {
        /* nothing to clean */
      }
    },
  };
}

export type DrawSession = ReturnType<typeof createDrawSession>;
