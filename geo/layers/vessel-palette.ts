import type { Rgba } from '../palette';

// The vessel marks' colours, apart from their layer factory: the legend and the panels use them, and importing
// them must not pull deck.gl into the page's first load.

/**
 * A vessel named on a loaded sanctions list (IMO or MMSI match): a red ring around its incidents and AIS events,
 * a red casing around its track. Rings are a shape no filled incident or event mark has; this red (not the DPRK
 * place red, not the encounter magenta) is used nowhere else.
 */
export const LISTED_COLOR: Rgba = [230, 0, 38, 255];

/** The selected vessel's AIS track: the selection yellow on a dark casing, so it reads on both basemaps. */
export const VESSEL_TRACK_CASING: Rgba = [30, 30, 35, 230];
