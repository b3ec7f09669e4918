'use client';

/**
 * Shown where the map was when it cannot draw: the rest of the dashboard (search, list, panels,
 * charts, briefings) keeps working without it.
 */
export function MapUnavailable({ reason, onRetry }: { reason: 'no-webgl' | 'context-lost'; onRetry?: () => void }) {
  return (
    <div className="map-message" role="alert">
      <div>
        <p>
          <strong>{reason === 'no-webgl' ? 'The map cannot be drawn in this browser.' : 'The map stopped drawing.'}</strong>
        </p>
        <p>
          {reason === 'no-webgl'
            ? 'It needs WebGL 2, which is switched off or unsupported here (check the browser’s hardware acceleration setting). Search, the feature list, the panels, charts and briefings still work.'
            : 'The browser took the map’s graphics context away (this happens after sleep or when the graphics driver resets). Your view and selection are kept.'}
        </p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Reload map
          </button>
        )}
      </div>
    </div>
  );
}
