'use client';

import { vesselDisplayName, findVessel, type Dataset } from '@/data';
import { listSkipSummary, listTitle } from '@/components/import/list-messages';
import type { ListMatches } from '@/lib/vessels/list-matching';
import type { AisVessel } from '@/lib/vessels/ais-vessels';
import type { SanctionsListsController, LoadedList } from './use-sanctions-lists';
import type { AisVesselRef } from './use-vessel-data';
import styles from './vessels.module.css';
import { SavedDisclosure } from '@/components/ui/saved-disclosure';

export interface SanctionsListsPanelProps {
  dataset: Dataset;
  lists: SanctionsListsController;
  matches: ListMatches;
  aisVessels: readonly AisVessel[];
  onSelectVessel: (vesselId: string) => void;
  onOpenAisVessel: (ref: AisVesselRef) => void;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * "Sanctions lists": the lists loaded through Import data, each with its publisher, publication date, files and
 * what was left out; Save (the link then carries it) and Remove; the lists saved on the server; and which vessels of
 * the atlas and of the user's AIS they name, exactly or possibly, each a link to its dossier.
 */
export function SanctionsListsPanel({ dataset, lists, matches, aisVessels, onSelectVessel, onOpenAisVessel }: SanctionsListsPanelProps) {
  const curatedListed = [...matches.curated].filter(([, m]) => m.length > 0);
  const aisListed = [...matches.ais].filter(([, m]) => m.length > 0);
  const exact = (m: readonly { certainty: string }[]) => m.some((x) => x.certainty === 'exact');
  return (
    <section className={styles.panel} aria-label="Sanctions lists">
      <h2>Sanctions lists</h2>
      {lists.message && (
        <div className={`${styles.message} ${lists.message.tone === 'error' ? styles.error : ''}`} role={lists.message.tone === 'error' ? 'alert' : 'status'} aria-label="Sanctions list message">
          {lists.message.text}{' '}
          <button type="button" className={styles.small} onClick={lists.dismissMessage}>
            OK
          </button>
        </div>
      )}
      {lists.lists.length === 0 ? (
        <p className={styles.muted}>None loaded. Import OFAC&apos;s sdn.xml or SDN CSV files, or OpenSanctions entities, with Import data.</p>
      ) : (
        <ul className={styles.lists} aria-label="Loaded sanctions lists">
          {lists.lists.map((l) => (
            <LoadedListItem key={l.key} loaded={l} lists={lists} />
          ))}
        </ul>
      )}
      {lists.lists.length > 0 && (
        <section aria-label="Listed vessels">
          <h3 className={styles.muted}>Vessels the lists name</h3>
          {curatedListed.length === 0 && aisListed.length === 0 && <p className={styles.muted}>No vessel of the atlas or of your AIS matches.</p>}
          <ul className={styles.items}>
            {curatedListed.map(([id, m]) => {
              const record = findVessel(dataset, id);
              return (
                record && (
                  <li key={id}>
                    <button type="button" className={styles.linkButton} onClick={() => onSelectVessel(id)}>
                      {vesselDisplayName(record)}
                    </button>{' '}
                    <span className={exact(m) ? styles.listed : styles.possible}>{exact(m) ? 'listed' : 'possible'}</span>{' '}
                    <span className={styles.muted}>atlas</span>
                  </li>
                )
              );
            })}
            {aisListed.map(([mmsi, m]) => {
              const v = aisVessels.find((x) => x.mmsi === mmsi);
              return (
                v && (
                  <li key={mmsi}>
                    <button type="button" className={styles.linkButton} onClick={() => onOpenAisVessel({ userLayerId: v.userLayerId, mmsi })}>
                      {v.identity.names[0]?.value ?? 'no name'} · MMSI {mmsi}
                    </button>{' '}
                    <span className={exact(m) ? styles.listed : styles.possible}>{exact(m) ? 'listed' : 'possible'}</span>{' '}
                    <span className={styles.muted}>your AIS</span>
                  </li>
                )
              );
            })}
          </ul>
        </section>
      )}
      <SavedLists lists={lists} />
    </section>
  );
}

function LoadedListItem({ loaded, lists }: { loaded: LoadedList; lists: SanctionsListsController }) {
  const { list } = loaded;
  const skipped = listSkipSummary(list);
  return (
    <li>
      <strong>{list.listName}</strong>
      <div>
        {list.publisher} · {list.publicationDate ? `published ${list.publicationDate}` : <span className={styles.notPublished}>no publication date stated</span>}
      </div>
      <div className={styles.muted}>
        {plural(list.entries.length, 'vessel')} from {list.fileNames.join(', ')}
        {loaded.savedId ? ` · saved by ${loaded.savedBy ?? 'local'}${loaded.savedAt ? ` on ${loaded.savedAt.slice(0, 10)}` : ''}` : ' · not saved'}
      </div>
      {skipped && <div className={styles.muted}>Left out: {skipped}</div>}
      <div className={styles.row}>
        <button type="button" className={styles.small} onClick={() => void lists.save(loaded.key)} disabled={loaded.savedId !== undefined} aria-label={`Save ${listTitle(list)} to the database`}>
          {loaded.savedId ? 'Saved' : 'Save'}
        </button>
        <button type="button" className={styles.small} onClick={() => lists.remove(loaded.key)} aria-label={`Remove ${listTitle(list)}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

function SavedLists({ lists }: { lists: SanctionsListsController }) {
  const { saved } = lists;
  return (
    <SavedDisclosure summary="Saved lists" state={saved} empty={saved.lists.length === 0} onOpen={() => void lists.refreshSaved()} mutedClassName={styles.muted}>
      <ul className={styles.lists} aria-label="Saved sanctions lists">
        {saved.lists.map((s) => (
          <li key={s.id}>
            <strong>{s.listName}</strong>
            <div className={styles.muted}>
              {s.publisher} · {s.publicationDate ? `published ${s.publicationDate}` : 'no publication date stated'} · {plural(s.entryCount, 'vessel')} · saved by {s.savedBy} on{' '}
              {s.createdAt.slice(0, 10)}
            </div>
            <div className={styles.row}>
              <button type="button" className={styles.small} onClick={() => void lists.openSaved(s.id)} aria-label={`Open saved ${s.listName} of ${s.createdAt.slice(0, 10)}`}>
                Open
              </button>
              <button type="button" className={styles.small} onClick={() => void lists.deleteSaved(s.id)} aria-label={`Delete saved ${s.listName} of ${s.createdAt.slice(0, 10)}`}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </SavedDisclosure>
  );
}
