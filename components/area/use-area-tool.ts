'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { areaFromDrawn, type AreaShape, type DrawnOutline } from '@/geo/analysis/area';
import type { DrawTool } from '@/components/map/area-draw';

export interface AreaToolOptions {
  area: AreaShape | null;
  /** Puts a new area (or none) into the dashboard's state, and so into the link. */
  onAreaChange: (area: AreaShape | null) => void;
  onNotice: (notice: string) => void;
}

/**
 * The drawing tool's state: which tool is open (none, a way to draw, or editing), what a finished or edited outline
 * becomes, and Escape to close it. A drawn area goes into the dashboard's state at once; the tool then closes.
 */
export function useAreaTool({ area, onAreaChange, onNotice }: AreaToolOptions) {
  const [tool, setTool] = useState<DrawTool | null>(null);
  // The number of areas drawn so far: the panel column opens the Area tab when it changes.
  const [drawnCount, setDrawnCount] = useState(0);
  const toolRef = useRef(tool);
  useEffect(() => {
    toolRef.current = tool;
  });

  const onOutline = useCallback(
    (outline: DrawnOutline, finished: boolean) => {
      const result = areaFromDrawn(outline);
      if (!result.ok) {
        onNotice(`That shape cannot be used as an area: ${result.problem}. Draw it again.`);
        return;
      }
      onAreaChange(result.area);
      if (toolRef.current !== 'edit' && finished) {
        setTool(null);
        setDrawnCount((n) => n + 1);
      }
    },
    [onAreaChange, onNotice],
  );
  const onFailed = useCallback(
    (message: string) => {
      onNotice(message);
      setTool(null);
    },
    [onNotice],
  );

  useEffect(() => {
    if (!tool) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTool(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [tool]);

  // Stable while the area is, so the Area panel that takes it can skip the dashboard's other renders.
  const hasArea = area !== null;
  const startTool = useCallback((next: DrawTool) => setTool(next === 'edit' && !hasArea ? null : next), [hasArea]);

  return {
    tool,
    drawnCount,
    startTool,
    closeTool: () => setTool(null),
    deleteArea: () => {
      setTool(null);
      onAreaChange(null);
    },
    /** For the map: the tool, the area it edits, and what a drawn outline does. */
    draw: { tool, area, onOutline, onFailed },
  };
}
