'use client';

import type { AisRedFlag } from '@/geo/analysis/vessels';
import { describeRedFlag } from '@/lib/vessels/red-flag-text';
import styles from './vessels.module.css';

/** Identity red flags, each with the rows, times and places of the file that show it. Signs to check, not findings. */
export function RedFlagList({ flags, fromEventsOnly }: { flags: readonly AisRedFlag[]; fromEventsOnly: boolean }) {
  return (
    <section aria-label="Red flags">
      <h3>Red flags ({flags.length})</h3>
      {fromEventsOnly ? (
        <p className={styles.muted}>This layer was opened from the database with its events only: import the AIS file again to check its identity.</p>
      ) : flags.length === 0 ? (
        <p className={styles.muted}>None found: one name, call sign and IMO number, a valid IMO check digit, no impossible jump, no long gap by an STS zone.</p>
      ) : (
        <>
          <ul className={styles.values}>
            {flags.map((flag, i) => {
              const { title, evidence } = describeRedFlag(flag);
              return (
                <li key={`${flag.kind}-${i}`} className={styles.flag}>
                  <strong>{title}</strong>
                  {evidence.length > 0 && (
                    <ul className={styles.evidence}>
                      {evidence.map((line, j) => (
                        <li key={j}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <p className={styles.note}>Signs to look at, not findings: a new name may be a sale, a bad IMO number a typing error.</p>
        </>
      )}
    </section>
  );
}
