import type { AisDetectionParams, ClusterParams, PortPoint } from '@/geo/analysis/ais';
import type { StsZone } from '@/geo/analysis/vessels';
import type { CoordinateColumns } from './detect-columns';
import type { UserLayer, SkippedByReason } from './types';

/** What an import reads: a `File` (or any `Blob`) and its name. */
export interface ImportSource {
  name: string;
  blob: Blob;
}

export interface ImportProgress {
  phase: 'reading' | 'detecting';
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  skipped: SkippedByReason;
}

export interface ImportOptions {
  userLayerId: string;
  /** Coordinate columns the user chose, for a CSV whose header did not name them recognisably. */
  columns?: CoordinateColumns;
  /** Port and anchorage points for the AIS "distance from port" rules. */
  ports: readonly PortPoint[];
  detection: AisDetectionParams;
  cluster: ClusterParams;
  /** STS transfer zones, for the "AIS gap near an STS zone" red flag of an AIS import. */
  zones?: readonly StsZone[];
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Clock, for tests. */
  now?: () => Date;
}

export type ImportOutcome =
  | { status: 'imported'; userLayer: UserLayer }
  /** A CSV whose coordinate columns could not be recognised: ask the user, then import again with `columns`. */
  | { status: 'needs-columns'; headers: string[]; sample: string[][] }
  /** Nothing was imported; `skipped` says why rows were refused when the file was read but no row was usable. */
  | { status: 'failed'; message: string; rowsRead?: number; skipped?: SkippedByReason };
