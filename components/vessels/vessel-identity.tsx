'use client';

import type { Source, VesselRecord } from '@/data';
import { COUNTRY_NAMES } from '@/geo/analysis/vessels';
import { NotPublished, Sourced, spanText } from './sourced';
import styles from './vessels.module.css';

export const flagName = (iso2: string) => `${COUNTRY_NAMES[iso2] ?? iso2} (${iso2})`;

interface SingleValue {
  value: string;
  sourceIds: string[];
  confidence: VesselRecord['confidence'];
  note?: string | undefined;
}

function Single({ field, what, sourceIndex }: { field: SingleValue | undefined; what: string; sourceIndex: ReadonlyMap<string, Source> }) {
  if (!field) return <NotPublished what={what} />;
  return (
    <>
      <strong>{field.value}</strong>
      <Sourced sourceIds={field.sourceIds} confidence={field.confidence} note={field.note} sourceIndex={sourceIndex} />
    </>
  );
}

/**
 * A curated vessel's identity with its history: every name it bore or was reported under and every flag, each with
 * its dates where a source gives them, IMO number, MMSI, call sign and type; each value with its confidence and
 * sources, "not published" where no source gives one.
 */
export function VesselIdentity({ vessel, sourceIndex }: { vessel: VesselRecord; sourceIndex: ReadonlyMap<string, Source> }) {
  return (
    <section aria-label="Identity">
      <h3>Identity</h3>
      <dl className={styles.identity}>
        <dt>Names</dt>
        <dd>
          <ul className={styles.values} aria-label="Names">
            {vessel.names.map((n, i) => (
              <li key={`${n.name}-${i}`}>
                <strong>{n.name}</strong>
                {spanText(n) && <span className={styles.muted}> ({spanText(n)})</span>}
                <Sourced sourceIds={n.sourceIds} confidence={n.confidence} note={n.note} sourceIndex={sourceIndex} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>IMO</dt>
        <dd>
          <Single field={vessel.imo} what="IMO number" sourceIndex={sourceIndex} />
        </dd>
        <dt>MMSI</dt>
        <dd>
          <Single field={vessel.mmsi} what="MMSI" sourceIndex={sourceIndex} />
        </dd>
        <dt>Call sign</dt>
        <dd>
          <Single field={vessel.callSign} what="call sign" sourceIndex={sourceIndex} />
        </dd>
        <dt>Flags</dt>
        <dd>
          {vessel.flags.length === 0 ? (
            <NotPublished what="flag" />
          ) : (
            <ul className={styles.values} aria-label="Flags">
              {vessel.flags.map((f, i) => (
                <li key={`${f.country}-${i}`}>
                  <strong>{flagName(f.country)}</strong>
                  {spanText(f) && <span className={styles.muted}> ({spanText(f)})</span>}
                  {f.confidence === 'disputed' && <span className={styles.muted}> · false flag: the registry denies the ship</span>}
                  <Sourced sourceIds={f.sourceIds} confidence={f.confidence} note={f.note} sourceIndex={sourceIndex} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Type</dt>
        <dd>
          <Single field={vessel.type} what="type" sourceIndex={sourceIndex} />
        </dd>
        {(vessel.facts ?? []).map((fact, i) => (
          <FactRow key={`${fact.label}-${i}`} fact={fact} sourceIndex={sourceIndex} />
        ))}
      </dl>
    </section>
  );
}

function FactRow({ fact, sourceIndex }: { fact: NonNullable<VesselRecord['facts']>[number]; sourceIndex: ReadonlyMap<string, Source> }) {
  return (
    <>
      <dt>{fact.label}</dt>
      <dd>
        <strong>{fact.value}</strong>
        <Sourced sourceIds={fact.sourceIds} confidence={fact.confidence} note={fact.note} sourceIndex={sourceIndex} />
      </dd>
    </>
  );
}

/**
 * Designations (authority, date, programme, reference, what the listing does) and owners, operators and managers
 * in the roles the sources give, each with its confidence and sources. An empty list says that the dataset records
 * none, which is not the same as none existing.
 */
export function VesselListings({ vessel, sourceIndex }: { vessel: VesselRecord; sourceIndex: ReadonlyMap<string, Source> }) {
  const operators = vessel.operators ?? [];
  return (
    <>
      <section aria-label="Designations">
        <h3>Designations</h3>
        {vessel.designations.length === 0 ? (
          <p className={styles.muted}>No designation of this vessel is recorded in the dataset.</p>
        ) : (
          <ul className={styles.items}>
            {vessel.designations.map((d, i) => (
              <li key={i}>
                <strong>{d.authority}</strong>
                {d.date ? `, ${d.date}` : <span className={styles.muted}>, date not published</span>}
                {d.programme && ` · ${d.programme}`}
                {d.reference && <span className={styles.muted}> · {d.reference}</span>}
                {d.measures && <div>{d.measures}</div>}
                <Sourced sourceIds={d.sourceIds} confidence={d.confidence} note={d.note} sourceIndex={sourceIndex} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Owners and operators">
        <h3>Owners and operators</h3>
        {operators.length === 0 ? (
          <p className={styles.muted}>No owner or operator is recorded in the dataset.</p>
        ) : (
          <ul className={styles.items}>
            {operators.map((o, i) => (
              <li key={i}>
                <strong>{o.name}</strong>, {o.role}
                {spanText(o) && <span className={styles.muted}> ({spanText(o)})</span>}
                <Sourced sourceIds={o.sourceIds} confidence={o.confidence} note={o.note} sourceIndex={sourceIndex} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
