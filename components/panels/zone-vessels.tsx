'use client';

import { useMemo } from 'react';
import type { StsZoneFeature } from '@/data';
import { incidentsByYearAndCommodity } from '@/lib/chart-series/incident-rows';
import { vesselsInvolved } from '@/lib/chart-series/involved-vessels';
import { formatTimeRange } from '@/lib/format';
import type { SelectionContext } from './selection-context';
import { VesselName } from './vessel-name';
import styles from './panels.module.css';

/** The vessels named in a zone's incidents under the filter, with flags, IMO numbers, roles and incident counts. */
export function ZoneVessels({ zone, ctx }: { zone: StsZoneFeature; ctx: SelectionContext }) {
  const data = useMemo(
    () => incidentsByYearAndCommodity(ctx.dataset.stsIncidents.features, zone.id, ctx.filter),
    [ctx.dataset, zone.id, ctx.filter],
  );
  const vessels = useMemo(() => vesselsInvolved(data.incidents, ctx.dataset.vessels), [data.incidents, ctx.dataset.vessels]);
  return (
    <section className={styles.section} aria-label="Vessels involved">
      <h3>Vessels involved ({formatTimeRange(ctx.filter.time)})</h3>
      {vessels.length === 0 ? (
        <p className={styles.muted}>No vessel named in an incident under the current filter.</p>
      ) : (
        <table className={styles.vesselTable}>
          <caption className={styles.visuallyHidden}>Vessels named in this zone&apos;s incidents</caption>
          <thead>
            <tr>
              <th scope="col">Vessel</th>
              <th scope="col">Flag</th>
              <th scope="col">IMO</th>
              <th scope="col">Role</th>
              <th scope="col" className={styles.num}>
                Incidents
              </th>
            </tr>
          </thead>
          <tbody>
            {vessels.map((v) => (
              <tr key={v.vesselId}>
                <td>
                  <VesselName name={v.name} vesselId={v.vesselId} ctx={ctx} />
                </td>
                <td>{v.flags.join(', ') || '—'}</td>
                <td>{v.imo ?? '—'}</td>
                <td>{v.roles.join(', ') || '—'}</td>
                <td className={styles.num}>{v.incidentIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
