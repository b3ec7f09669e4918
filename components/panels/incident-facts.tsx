'use client';

import { COMMODITY_LABELS, findVessel, vesselFlagsOn, type IncidentVessel, type StsIncidentFeature } from '@/data';
import { formatIsoDate } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import { FeatureName } from './feature-name';
import type { SelectionContext } from './selection-context';
import styles from './panels.module.css';

/** A selected STS incident: its dates, zone, cargo, vessels, location as the source states it, and confidence. */
export function IncidentFacts({ incident, ctx }: { incident: StsIncidentFeature; ctx: SelectionContext }) {
  const p = incident.properties;
  return (
    <section className={styles.section} aria-label="Incident facts">
      <dl className={styles.meta}>
        <dt>Date</dt>
        <dd>
          {formatIsoDate(p.date, p.datePrecision)}
          {p.dateEnd && ` – ${formatIsoDate(p.dateEnd, p.datePrecision)}`}
        </dd>
        <dt>Zone</dt>
        <dd>
          <FeatureName id={p.zoneId} ctx={ctx} />
        </dd>
        <dt>Cargo</dt>
        <dd>{COMMODITY_LABELS[p.commodity]}</dd>
        <dt>Vessels</dt>
        <dd>{p.vessels.map((v) => vesselLine(v, incident, ctx)).join('; ')}</dd>
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

/** "Chon Ma San (KP), receiver": the name as the source gives it, the flag(s) its record gives for the date. */
function vesselLine(v: IncidentVessel, incident: StsIncidentFeature, ctx: SelectionContext): string {
  const record = v.vesselId === undefined ? undefined : findVessel(ctx.dataset, v.vesselId);
  const flags = record ? vesselFlagsOn(record, incident.properties.date).map((f) => f.country) : [];
  return `${v.name}${flags.length ? ` (${flags.join(', ')})` : ''}${v.role ? `, ${v.role}` : ''}`;
}
