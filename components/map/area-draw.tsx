'use client';

import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { AreaShape, DrawnOutline } from '@/geo/analysis/area';
import type { DrawSession, DrawTool } from './terra-draw-session';

export type { DrawTool } from './terra-draw-session';

export interface AreaDrawProps {
  /** The tool in use; null when the user is not drawing (Terra Draw is then not even loaded). */
  tool: DrawTool | null;
  /** The area being edited (tool `edit`). */
  area: AreaShape | null;
  /** Redraws the tool's layers when the map's style is replaced (the theme changed). */
  styleKey: string;
  onOutline: (outline: DrawnOutline, finished: boolean) => void;
  /** Terra Draw could not start (it failed to load): the dashboard says so and closes the tool. */
  onFailed: (message: string) => void;
}

/** The drawing tool on the map: Terra Draw, loaded on first use, started for the tool chosen and stopped after. */
export function AreaDraw({ tool, area, styleKey, onOutline, onFailed }: AreaDrawProps) {
  const { current: mapRef } = useMap();
  const session = useRef<DrawSession | null>(null);
  const callbacks = useRef({ onOutline, onFailed });
  useEffect(() => {
    callbacks.current = { onOutline, onFailed };
  });
  // Editing starts from the area as it was when the tool opened; the tool's own changes then flow out only.
  const editFrom = useRef(area);
  useEffect(() => {
    if (tool !== 'edit') editFrom.current = area;
  }, [tool, area]);

  useEffect(() => {
    const map = mapRef?.getMap();
    if (!tool || !map) return;
    let cancelled = false;
    const begin = async () => {
      const { createDrawSession } = await import('./terra-draw-session');
      if (cancelled) return;
      if (!map.isStyleLoaded()) await new Promise((resolve) => map.once('idle', resolve));
      if (cancelled) return;
      const drawing = createDrawSession(map, { onOutline: (outline, finished) => callbacks.current.onOutline(outline, finished) });
      session.current = drawing;
      if (tool === 'edit') {
        if (editFrom.current) drawing.edit(editFrom.current);
      } else {
        drawing.drawNew(tool);
      }
    };
    begin().catch((error: unknown) => {
      callbacks.current.onFailed(`The drawing tool could not start: ${error instanceof Error ? error.message : 'unknown error'}.`);
    });
    return () => {
      cancelled = true;
      session.current?.stop();
      session.current = null;
    };
  }, [tool, mapRef, styleKey]);

  return null;
}
