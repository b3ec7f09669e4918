'use client';

import type { VesselListMatch } from '@/geo/analysis/vessels';
import { listTitle } from '@/components/import/list-messages';
import { matchEvidenceText } from '@/lib/vessels/red-flag-text';
import styles from './vessels.module.css';

const METHOD_WORDS = { imo: 'IMO number', mmsi: 'MMSI', name: 'name' } as const;

/** "Listed · IMO match" or "Possible match · name, score 0.91": how sure, and which identifier matched. */
export function MatchBadge({ match }: { match: VesselListMatch }) {
  if (match.certainty === 'exact') return <span className={styles.listed}>Listed · {METHOD_WORDS[match.method]} match</span>;
  return (
    <span className={styles.possible} title="Only the name is alike: it may be another ship. Check the identifiers before relying on it.">
      Possible match · name, score {match.score.toFixed(2)}
    </span>
  );
}

function MatchCard({ match }: { match: VesselListMatch }) {
  const e = match.entry;
  const owners = e.parties.filter((p) => p.name);
  return (
    <li className={styles.match} data-certainty={match.certainty}>
      <MatchBadge match={match} /> <strong>{e.names[0]}</strong>
      <div className={styles.muted}>{listTitle(e)}</div>
      <dl>
        <dt>Matched on</dt>
        <dd>{matchEvidenceText(match)}</dd>
        <dt>Entry</dt>
        <dd>{e.entryId}</dd>
        {e.names.length > 1 && (
          <>
            <dt>Other names</dt>
            <dd>{e.names.slice(1).join('; ')}</dd>
          </>
        )}
        <dt>Programmes</dt>
        <dd>{e.programmes.length > 0 ? e.programmes.join(', ') : <span className={styles.notPublished}>not stated by the list</span>}</dd>
        {(e.designations ?? []).map((d, i) => (
          <div key={i} style={{ display: 'contents' }}>
            <dt>Designation</dt>
            <dd>{[d.authority, d.programme, d.startDate].filter(Boolean).join(' · ')}</dd>
          </div>
        ))}
        {e.imo && (
          <>
            <dt>IMO (list)</dt>
            <dd>{e.imo}</dd>
          </>
        )}
        {e.invalidImo && (
          <>
            <dt>IMO (list)</dt>
            <dd>{e.invalidImo} (fails the check digit: not matched on)</dd>
          </>
        )}
        {e.mmsi && (
          <>
            <dt>MMSI (list)</dt>
            <dd>{e.mmsi}</dd>
          </>
        )}
        {e.flag && (
          <>
            <dt>Flag (list)</dt>
            <dd>{e.flag}</dd>
          </>
        )}
        {owners.length > 0 && (
          <>
            <dt>Linked</dt>
            <dd>{owners.map((p) => `${p.name} (${p.role}${p.note ? `, ${p.note}` : ''})`).join('; ')}</dd>
          </>
        )}
        {e.remarks && (
          <>
            <dt>Remarks</dt>
            <dd>{e.remarks}</dd>
          </>
        )}
      </dl>
      {match.conflicts.length > 0 && (
        <p className={styles.conflict}>
          Both sides state {match.conflicts.map((c) => METHOD_WORDS[c]).join(' and ')}, and they differ: probably another ship.
        </p>
      )}
    </li>
  );
}

/** The loaded lists' entries that may be this vessel: exact (IMO, MMSI) first, then possible name matches with their score. */
export function ListMatchList({ matches, listsLoaded }: { matches: readonly VesselListMatch[]; listsLoaded: number }) {
  return (
    <section aria-label="Sanctions list matches">
      <h3>On the loaded sanctions lists</h3>
      {listsLoaded === 0 ? (
        <p className={styles.muted}>No sanctions list is loaded. Import OFAC&apos;s sdn.xml or SDN CSV files, or OpenSanctions entities, to match this vessel.</p>
      ) : matches.length === 0 ? (
        <p className={styles.muted}>
          No entry of the {listsLoaded === 1 ? 'loaded list' : `${listsLoaded} loaded lists`} matches this vessel by IMO number, MMSI or name.
        </p>
      ) : (
        <ul className={styles.values}>
          {matches.map((m) => (
            <MatchCard key={`${m.entry.listName}-${m.entry.entryId}`} match={m} />
          ))}
        </ul>
      )}
    </section>
  );
}
