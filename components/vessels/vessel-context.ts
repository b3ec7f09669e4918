'use client';

import { createContext, useContext } from 'react';
import type { EventVesselNotes } from '@/geo/analysis/user-data/export-user-layer';

/** What the import panels need to know about vessels: which are listed, how to describe them in exports, their dossiers. */
export interface VesselContextValue {
  /** How many sanctions lists are loaded. */
  listsLoaded: number;
  /** MMSIs a loaded list names by IMO or MMSI. */
  listedMmsis: ReadonlySet<string>;
  /** For the events export: the lists and red flags of each vessel. */
  exportNotes?: EventVesselNotes;
  /** Opens the dossier of a vessel of an imported AIS layer. */
  openAisVessel?: (userLayerId: string, mmsi: string) => void;
}

const NONE: VesselContextValue = { listsLoaded: 0, listedMmsis: new Set() };

export const VesselContext = createContext<VesselContextValue>(NONE);

export const useVesselContext = (): VesselContextValue => useContext(VesselContext);
