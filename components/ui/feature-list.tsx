'use client';

import { memo } from 'react';
import type { AnyFeature } from '@/data';
import { FEATURE_KIND_LABELS } from '@/components/map/tooltip-content';

type Kind = AnyFeature['properties']['kind'];

/** Group order follows the legend. */
const GROUPS: { label: string; kinds: Kind[] }[] = [
  { label: 'Ports and places', kinds: ['port', 'city', 'pipeline-terminal', 'station', 'border-crossing'] },
  { label: 'Rail links', kinds: ['rail-link'] },
  { label: 'Sea routes', kinds: ['sea-route'] },
  { label: 'STS transfer zones', kinds: ['sts-zone'] },
  { label: 'STS incidents', kinds: ['sts-incident'] },
];

export interface FeatureListProps {
  features: readonly AnyFeature[];
  selectedId: string | undefined;
  /** `additive`: shift was held, so the feature is added as the second one to measure to. */
  onChoose: (feature: AnyFeature, additive: boolean) => void;
}

/** Everything the canvas shows, as buttons grouped by kind: the keyboard and screen-reader path to the map. */
export const FeatureList = memo(function FeatureList({ features, selectedId, onChoose }: FeatureListProps) {
  return (
    <nav className="feature-list" aria-label="Features">
      {GROUPS.map((group) => {
        const items = features.filter((f) => group.kinds.includes(f.properties.kind));
        if (items.length === 0) return null;
        return (
          <details key={group.label} open={group.label !== 'STS incidents'}>
            <summary>
              {group.label} ({items.length})
            </summary>
            <ul>
              {items.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    aria-pressed={f.id === selectedId}
                    title={FEATURE_KIND_LABELS[f.properties.kind]}
                    onClick={(event) => onChoose(f, event.shiftKey)}
                  >
                    {f.properties.kind === 'sts-incident' ? `${f.properties.date} · ` : ''}
                    {f.properties.name.en}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </nav>
  );
});
