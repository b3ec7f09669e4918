// Injected into every benchmark page before its own scripts (page.addInitScript), identically for the app and the
// reference, so both are measured by the same instrument and neither needs hooks of its own:
//   - when the map's readiness attributes (data-deck-drawn, data-map-idle) first turn true;
//   - every deck.gl frame: WebGL draw calls on deck's canvas (id "deckgl-overlay"), grouped per task. A frame ends
//     in the microtask after deck's render callback, which is when deck calls onAfterRender;
//   - the largest instance count deck drew (tells whether the synthetic layer was drawn at all);
// The wrapper costs one property read per draw call, on both pages alike.

/* global window, document, performance, queueMicrotask, MutationObserver, WebGL2RenderingContext */
export function installPageProbe() {
  const probe = {
    deckDrawnAt: null,
    mapIdleAt: null,
    firstDeckDrawAt: null,
    deckFrames: 0,
    lastDeckFrame: null,
    maxDeckInstances: 0,
    waiters: [],
  };
  window.__benchProbe = probe;

  let frameStart = null;
  const endFrame = () => {
    const frame = { start: frameStart, end: performance.now() };
    frameStart = null;
    probe.deckFrames += 1;
    probe.lastDeckFrame = frame;
    const waiting = probe.waiters;
    probe.waiters = [];
    for (const waiter of waiting) waiter(frame);
  };
  const onDeckDraw = (instances) => {
    if (instances > probe.maxDeckInstances) probe.maxDeckInstances = instances;
    if (frameStart !== null) return;
    frameStart = performance.now();
    if (probe.firstDeckDrawAt === null) probe.firstDeckDrawAt = frameStart;
    queueMicrotask(endFrame);
  };
  const proto = WebGL2RenderingContext.prototype;
  // [method, index of the instance count argument, or -1]
  const methods = [
    ['drawArrays', -1],
    ['drawElements', -1],
    ['drawRangeElements', -1],
    ['drawArraysInstanced', 3],
    ['drawElementsInstanced', 4],
  ];
  for (const [name, instanceArg] of methods) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function (...args) {
      if (this.canvas && this.canvas.id === 'deckgl-overlay') onDeckDraw(instanceArg >= 0 ? Number(args[instanceArg]) || 0 : 1);
      return original.apply(this, args);
    };
  }

  /** Resolves with the first deck frame that starts after `since` (performance.now ms). */
  probe.nextDeckFrame = (since) =>
    new Promise((resolve) => {
      const wait = (frame) => (frame.start >= since ? resolve(frame) : probe.waiters.push(wait));
      probe.waiters.push(wait);
    });

  const check = () => {
    const map = document.querySelector('[data-testid="atlas-map"]');
    if (!map) return;
    const now = performance.now();
    if (probe.deckDrawnAt === null && map.getAttribute('data-deck-drawn') === 'true') probe.deckDrawnAt = now;
    if (probe.mapIdleAt === null && map.getAttribute('data-map-idle') === 'true') probe.mapIdleAt = now;
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-deck-drawn', 'data-map-idle'],
  });
}
