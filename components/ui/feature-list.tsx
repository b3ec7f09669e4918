'use client';

import { memo, useState, type ReactNode } from 'react';
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

/** A vessel as the list shows it: its record id, the name the atlas shows, and a detail line (IMO, former names). */
export interface VesselListItem {
  id: string;
  label: string;
  detail: string;
}

export interface FeatureListProps {
  features: readonly AnyFeature[];
  selectedId: string | undefined;
  /** `additive`: shift was held, so the feature is added as the second one to measure to. */
  onChoose: (feature: AnyFeature, additive: boolean) => void;
  /** The curated vessels, each opening its dossier; the group is left out without them. */
  vessels?: readonly VesselListItem[];
  onChooseVessel?: (vesselId: string) => void;
}

/**
 * A group of the list that draws its rows only while it is open: a folded group (the incidents, the vessels) holds
 * dozens of buttons nobody sees, which every filter change would otherwise rebuild. It opens by itself when
 * `openWhen` becomes true (the selection moved into it) and otherwise stays as the user left it.
 */
function ListGroup({ summary, openWhen, rows }: { summary: string; openWhen: boolean; rows: () => ReactNode }) {
  const [open, setOpen] = useState(openWhen);
  const [wasOpenWhen, setWasOpenWhen] = useState(openWhen);
  if (openWhen !== wasOpenWhen) {
    setWasOpenWhen(openWhen);
    if (openWhen) setOpen(true);
  }
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <ul>{rows()}</ul>}
    </details>
  );
}

/** Everything the canvas shows, as buttons grouped by kind: the keyboard and screen-reader path to the map. */
export const FeatureList = memo(function FeatureList({ features, selectedId, onChoose, vessels, onChooseVessel }: FeatureListProps) {
  return (
    <nav className="feature-list" aria-label="Features">
      {GROUPS.map((group) => {
        const items = features.filter((f) => group.kinds.includes(f.properties.kind));
        if (items.length === 0) return null;
        return (
          <ListGroup
            key={group.label}
            summary={`${group.label} (${items.length})`}
            openWhen={group.label !== 'STS incidents' || items.some((f) => f.id === selectedId)}
            rows={() =>
              items.map((f) => (
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
              ))
            }
          />
        );
      })}
      {vessels && vessels.length > 0 && onChooseVessel && (
        <ListGroup
          summary={`Vessels (${vessels.length})`}
          openWhen={vessels.some((v) => v.id === selectedId)}
          rows={() =>
            vessels.map((v) => (
              <li key={v.id}>
                <button type="button" aria-pressed={v.id === selectedId} title={v.detail} onClick={() => onChooseVessel(v.id)}>
                  {v.label}
                </button>
              </li>
            ))
          }
        />
      )}
    </nav>
  );
});
