'use client';

import { findFeature } from '@/data';
import type { SelectionContext } from './selection-context';
import styles from './panels.module.css';

/**
 * A feature named in the selection panel: a button that selects it, or plain text when selecting is not offered,
 * the id is not in the dataset, or it is a flow anchor (which has no panel of its own).
 */
export function FeatureName({ id, ctx }: { id: string; ctx: SelectionContext }) {
  const f = findFeature(ctx.dataset, id);
  const name = f?.properties.name.en ?? id;
  if (!f || !ctx.onSelectFeature || f.properties.kind === 'flow-anchor') return <>{name}</>;
  const select = ctx.onSelectFeature;
  return (
    <button type="button" className={styles.linkButton} onClick={() => select(id)}>
      {name}
    </button>
  );
}
