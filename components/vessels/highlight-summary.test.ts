import { describe, expect, it } from 'vitest';
import { highlightSummary } from './highlight-summary';

describe('highlightSummary', () => {
  it('names only what the vessel has on the map', () => {
    expect(highlightSummary({ incidents: 0, routes: 2, aisTrack: false })).toBe('Highlights its 2 routes.');
    expect(highlightSummary({ incidents: 1, routes: 0, aisTrack: false })).toBe('Highlights its 1 incident.');
    expect(highlightSummary({ incidents: 3, routes: 1, aisTrack: false })).toBe('Highlights its 3 incidents and 1 route.');
    expect(highlightSummary({ incidents: 2, routes: 1, aisTrack: true })).toBe('Highlights its 2 incidents, 1 route and AIS track.');
    expect(highlightSummary({ incidents: 0, routes: 0, aisTrack: true })).toBe('Highlights its AIS track.');
    expect(highlightSummary({ incidents: 0, routes: 0, aisTrack: false })).toBe('Nothing to highlight.');
  });
});
