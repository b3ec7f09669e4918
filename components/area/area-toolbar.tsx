'use client';

import type { DrawTool } from '@/components/map/area-draw';
import styles from './area.module.css';

export interface AreaToolbarProps {
  tool: DrawTool | null;
  hasArea: boolean;
  onTool: (tool: DrawTool) => void;
  onClose: () => void;
  onDelete: () => void;
}

const DRAW_TOOLS: { tool: Exclude<DrawTool, 'edit'>; label: string; hint: string }[] = [
  { tool: 'rectangle', label: 'Rectangle', hint: 'Drag across the map (or click two corners) to draw a rectangle.' },
  { tool: 'polygon', label: 'Polygon', hint: 'Click each corner; click the first corner again, or press Enter, to close it.' },
  { tool: 'circle', label: 'Circle', hint: 'Drag from the centre outwards (or click the centre, then the edge).' },
];

/** The area report's tools on the map: draw a rectangle, polygon or circle; edit or delete the area. */
export function AreaToolbar({ tool, hasArea, onTool, onClose, onDelete }: AreaToolbarProps) {
  const hint = tool === 'edit' ? 'Drag a corner, an edge’s midpoint or the whole shape; a circle’s edge resizes it.' : DRAW_TOOLS.find((t) => t.tool === tool)?.hint;
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Area report tools">
      <span className={styles.toolbarLabel}>Area</span>
      {DRAW_TOOLS.map((t) => (
        <button key={t.tool} type="button" aria-pressed={tool === t.tool} onClick={() => (tool === t.tool ? onClose() : onTool(t.tool))}>
          {t.label}
        </button>
      ))}
      {hasArea && (
        <>
          <button type="button" aria-pressed={tool === 'edit'} onClick={() => (tool === 'edit' ? onClose() : onTool('edit'))}>
            {tool === 'edit' ? 'Done' : 'Edit'}
          </button>
          <button type="button" onClick={onDelete} aria-label="Delete the area">
            Delete
          </button>
        </>
      )}
      {tool && (
        <p className={styles.toolHint} role="status">
          {hint} Esc closes the tool.{' '}
          <button type="button" onClick={onClose}>
            {tool === 'edit' ? 'Done' : 'Cancel'}
          </button>
        </p>
      )}
    </div>
  );
}
