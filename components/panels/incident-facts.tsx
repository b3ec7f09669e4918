'use client';

import { COMMODITY_LABELS, findVessel, vesselFlagsOn, type IncidentVessel, type StsIncidentFeature } from '@/data';
import { formatDateSpan } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import { FeatureName } from './feature-name';
import { VesselName } from './vessel-name';
import type { SelectionContext } from './selection-context';
import styles from './panels.module.css';

/** A selected STS incident: its dates, zone, cargo, vessels, location as the source states it, and confidence. */
export function IncidentFacts({ incident, ctx }: { incident: StsIncidentFeature; ctx: SelectionContext }) {
  const p = incident.properties;
  return (
    <section className={styles.section} aria-label="Incident facts">
      <dl className={styles.meta}>
        <dt>Date</dt>
        <dd>{formatDateSpan(p)}</dd>
        <dt>Zone</dt>
        <dd>
          <FeatureName id={p.zoneId} ctx={ctx} />
        </dd>
        <dt>Cargo</dt>
        <dd>{COMMODITY_LABELS[p.commodity]}</dd>
        <dt>Vessels</dt>
        <dd>
          {p.vessels.map((v, i) => (
            <span key={`${v.name}-${i}`}>
              {i > 0 && '; '}
              <VesselName name={v.name} vesselId={v.vesselId} ctx={ctx} />
              {vesselDetail(v, incident, ctx)}
            </span>
          ))}
        </dd>
        <dt>Location as stated</dt>
        <dd>{p.statedLocation}</dd>
        <dt>Confidence</dt>
        <dd>
          <ConfidenceBadge level={p.confidence} note={p.confidenceNote} />
        </dd>
      </dl>
    </section>
  );
}

/** " (KP), receiver" after "Chon Ma San": the flag(s) its record gives for the incident's date, and its role. */
function vesselDetail(v: IncidentVessel, incident: StsIncidentFeature, ctx: SelectionContext): string {
  const record = v.vesselId === undefined ? undefined : findVessel(ctx.dataset, v.vesselId);
  const flags = record ? vesselFlagsOn(record, incident.properties.date).map((f) => f.country) : [];
  return `${flags.length ? ` (${flags.join(', ')})` : ''}${v.role ? `, ${v.role}` : ''}`;
}
