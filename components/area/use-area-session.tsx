'use client';

import { useCallback, useMemo } from 'react';
import type { Dataset } from '@/data';
import type { AreaShape } from '@/geo/analysis/area';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { serializeDashboardState, type DashboardState } from '@/lib/dashboard-state';
import { AreaPanel } from './area-panel';
import { AreaToolbar } from './area-toolbar';
import { useAreaReport, visibleAisLayers } from './use-area-report';
import { useAreaTool } from './use-area-tool';

export interface AreaSessionOptions {
  dataset: Dataset;
  state: DashboardState;
  update: (change: Partial<DashboardState>) => void;
  addNotice: (notice: string) => void;
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
}

/**
 * Everything the dashboard needs for area reports, from one place: the drawing tool (for the map), the toolbar on
 * the map, the Area tab's panel, the area layer's input, and whether a map click belongs to the tool.
 */
export function useAreaSession({ dataset, state, update, addNotice, userLayers, hiddenIds }: AreaSessionOptions) {
  const onAreaChange = useCallback((area: AreaShape | null) => update({ area }), [update]);
  const tool = useAreaTool({ area: state.area, onAreaChange, onNotice: addNotice });
  const report = useAreaReport({ dataset, area: state.area, commodities: state.commodities, time: state.time, userLayers, hiddenIds });
  const aisLayers = useMemo(() => visibleAisLayers(userLayers, hiddenIds), [userLayers, hiddenIds]);
  const layerInput = useMemo(() => ({ area: state.area, editing: tool.tool === 'edit' }), [state.area, tool.tool]);

  const { startTool } = tool;
  // The same element until the state or the report changes: the dashboard re-renders more than once for each
  // filter change, and the panel (in a tab that is mostly hidden) need not follow the renders that change nothing.
  const panel = useMemo(
    () => (
      <AreaPanel
        dataset={dataset}
        area={state.area}
        report={report}
        commodities={state.commodities}
        time={state.time}
        aisLayers={aisLayers}
        onArea={onAreaChange}
        onTool={startTool}
        onSelectFeature={(id) => update({ selection: [id] })}
        vesselHref={(id) => `?${serializeDashboardState({ ...state, selection: [id] })}`}
        onOpenVessel={(id) => update({ selection: [id] })}
      />
    ),
    [dataset, state, report, aisLayers, onAreaChange, startTool, update],
  );
  const toolbar = (
    <AreaToolbar tool={tool.tool} hasArea={state.area !== null} onTool={tool.startTool} onClose={tool.closeTool} onDelete={tool.deleteArea} />
  );
  return {
    panel,
    toolbar,
    /** Opens the Area tab each time an area is drawn. */
    drawnCount: tool.drawnCount,
    draw: tool.draw,
    layerInput,
    /** While a tool is open, map clicks draw or edit; they select nothing. */
    toolOpen: tool.tool !== null,
  };
}
