/** Counts as words: "2 incidents", "1 route". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * What "Show on map" highlights for a vessel, naming only what there is: "its 2 routes", not "its 0 incidents,
 * 2 routes".
 */
export function highlightSummary({ incidents, routes, aisTrack }: { incidents: number; routes: number; aisTrack: boolean }): string {
  const parts = [incidents > 0 ? count(incidents, 'incident') : null, routes > 0 ? count(routes, 'route') : null, aisTrack ? 'AIS track' : null].filter(
    (p): p is string => p !== null,
  );
  if (parts.length === 0) return 'Nothing to highlight.';
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Highlights its ${listed}.`;
}
