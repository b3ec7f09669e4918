'use client';

import { colleagueName } from '@/lib/briefing/briefing-client';
import type { Briefing } from '@/lib/briefing/briefing-schema';
import { quoted } from './panel-wording';
import styles from './briefing.module.css';

export interface ConflictChoicesProps {
  /** The colleague's newer version, which the save would have overwritten. */
  conflict: Briefing;
  /** A request or export is under way: saving again waits for it. */
  busy: boolean;
  onLoadTheirs: () => void;
  onOverwrite: () => void;
  onSaveCopy: () => void;
}

/** The choices after a save found a newer version on the server: take theirs, overwrite it, or save a copy. */
export function ConflictChoices({ conflict, busy, onLoadTheirs, onOverwrite, onSaveCopy }: ConflictChoicesProps) {
  return (
    <div className={styles.confirm}>
      <p>
        A colleague{colleagueName(conflict)} saved a newer version of {quoted(conflict.title)} (version {conflict.version}, {conflict.slides.length}{' '}
        {conflict.slides.length === 1 ? 'slide' : 'slides'}).
      </p>
      <div className={styles.row}>
        <button type="button" onClick={onLoadTheirs}>
          Load their version
        </button>
        <button type="button" onClick={onOverwrite} disabled={busy}>
          Overwrite with mine
        </button>
        <button type="button" onClick={onSaveCopy} disabled={busy}>
          Save mine as a copy
        </button>
      </div>
    </div>
  );
}
