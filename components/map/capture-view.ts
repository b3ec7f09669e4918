import { formatMapView, type MapView } from '@/geo/map-view';

/**
 * The map as the audience sees it, on one canvas: MapLibre's canvas, then deck.gl's on top (the
 * overlay is not interleaved, so the two are separate; both keep their drawing buffers).
 * `scale` 2 doubles the pixel size of the image (an upscale of the screen rendering).
 */
export async function captureMapView({ scale }: { scale: 1 | 2 }): Promise<HTMLCanvasElement> {
  const container = document.querySelector<HTMLElement>('[data-testid="atlas-map"]');
  if (!container) throw new Error('the map is not shown');
  const { width, height } = container.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const context = out.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the export');
  context.imageSmoothingQuality = 'high';
  for (const canvas of container.querySelectorAll('canvas')) {
    const box = canvas.getBoundingClientRect();
    context.drawImage(canvas, (box.left - container.getBoundingClientRect().left) * scale, (box.top - container.getBoundingClientRect().top) * scale, box.width * scale, box.height * scale);
  }
  return out;
}

/**
 * Resolves once the map has settled after a change: MapLibre idle, the label fonts loaded and deck.gl drawn (and, given `view`, at rest
 * there: the idle flag alone may still be the one from before the change started), then two frames.
 */
export function waitForMapSettled(timeoutMs = 20_000, view?: MapView): Promise<void> {
  const expected = view ? formatMapView(view) : null;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  return new Promise((resolve) => {
    const started = performance.now();
    // Let the change start (a fly-to first clears the idle flag).
    void frame()
      .then(frame)
      .then(async () => {
        for (;;) {
          const map = document.querySelector<HTMLElement>('[data-testid="atlas-map"]');
          const settled =
            map?.dataset.mapIdle === 'true' &&
            map.dataset.deckDrawn === 'true' &&
            map.dataset.labelFonts !== 'loading' &&
            (expected === null || map.dataset.mapView === expected);
          if (settled || !map || performance.now() - started > timeoutMs) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await frame();
        await frame();
        resolve();
      });
  });
}
