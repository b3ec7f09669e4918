'use client';

import { findVessel } from '@/data';
import type { SelectionContext } from './selection-context';
import styles from './panels.module.css';

/**
 * A vessel named in the selection panel: a button that opens its dossier (selecting a vessel record like any
 * feature), or plain text when selecting is not offered or the ship has no record ("a vessel of unknown nationality").
 */
export function VesselName({ name, vesselId, ctx }: { name: string; vesselId: string | undefined; ctx: SelectionContext }) {
  const record = vesselId === undefined ? undefined : findVessel(ctx.dataset, vesselId);
  if (!record || !ctx.onSelectFeature) return <>{name}</>;
  const select = ctx.onSelectFeature;
  return (
    <button type="button" className={styles.linkButton} onClick={() => select(record.id)} title="Open the vessel's dossier">
      {name}
    </button>
  );
}
