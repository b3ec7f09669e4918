'use client';

import type { TooltipContent } from './tooltip-content';

/** The hover card: rendered by React as text, so names and facts from data can never inject markup. */
export function MapTooltip({ x, y, content }: { x: number; y: number; content: TooltipContent }) {
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <div className="map-tooltip-title">{content.title}</div>
      <div className="map-tooltip-kind">{content.kind}</div>
      {content.keyFact && <div className="map-tooltip-fact">{content.keyFact}</div>}
      <div className={`confidence confidence-${content.confidence}`}>Confidence: {content.confidenceLabel}</div>
    </div>
  );
}
