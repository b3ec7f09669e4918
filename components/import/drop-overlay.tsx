'use client';

import styles from './import.module.css';

/** Shown over the map while a file is dragged onto it. */
export function DropOverlay({ active }: { active: boolean }) {
  if (!active) return null;
  return (
    <div className={styles.dropOverlay} aria-hidden="true">
      Drop to import (GeoJSON, CSV or AIS CSV)
    </div>
  );
}
