'use client';

import type { Dataset } from '@/data';
import { AREA_RECORD_KINDS, type AreaRecord, type AreaReport } from '@/geo/analysis/area';
import { ConfidenceBadge } from '@/components/ui/confidence-badge';
import { formatSourceShort } from '@/lib/format';
import { kindTitle } from './area-wording';
import styles from './area.module.css';

export interface AreaRecordTablesProps {
  dataset: Dataset;
  report: AreaReport;
  /** Selects a feature or timeline event by id (a row's name). */
  onSelectFeature: (id: string) => void;
}

const MAX_SOURCES_SHOWN = 2;

function SourcesCell({ record, dataset }: { record: AreaRecord; dataset: Dataset }) {
  if (record.userLayerName) return <>Your data: {record.userLayerName}</>;
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const names = record.sourceIds.map((id) => byId.get(id)).flatMap((s) => (s ? [formatSourceShort(s)] : []));
  const more = names.length - MAX_SOURCES_SHOWN;
  return (
    <span title={names.join('; ')}>
      {names.slice(0, MAX_SOURCES_SHOWN).join('; ')}
      {more > 0 && ` and ${more} more`}
    </span>
  );
}

/** One table per kind of record: name, date, confidence and sources, schematic placements marked. */
export function AreaRecordTables({ dataset, report, onSelectFeature }: AreaRecordTablesProps) {
  const kinds = AREA_RECORD_KINDS.filter((kind) => report.records.some((r) => r.kind === kind));
  return (
    <section aria-label="Records in the area">
      {kinds.map((kind) => {
        const rows = report.records.filter((r) => r.kind === kind);
        return (
          <details key={kind} className={styles.kindTable} open={rows.length <= 12}>
            <summary>
              {kindTitle(kind)} ({rows.length})
            </summary>
            <table data-kind={kind}>
              <caption className={styles.visuallyHidden}>{kindTitle(kind)} in the area</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Date</th>
                  <th scope="col">Confidence</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.kind}-${r.id}`} data-record-id={r.id} data-placement={r.placement}>
                    <td>
                      {r.selectId ? (
                        <button type="button" className={styles.linkButton} onClick={() => onSelectFeature(r.selectId!)}>
                          {r.name}
                        </button>
                      ) : (
                        r.name
                      )}
                      {r.placement === 'schematic' && <span className={styles.schematic}> · placed schematically</span>}
                    </td>
                    <td>{r.when}</td>
                    <td>{r.confidence === 'derived' ? <span title="Found by this tool’s detection in your AIS; no source reports it">Derived</span> : <ConfidenceBadge level={r.confidence} />}</td>
                    <td>
                      <SourcesCell record={r} dataset={dataset} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </section>
  );
}

