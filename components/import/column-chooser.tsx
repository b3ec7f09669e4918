'use client';

import { useId, useState } from 'react';
import styles from './import.module.css';
import type { ColumnChoice } from './use-imported-data';

/** One labelled choice among the file's headers; an empty header shows as its column number. */
function ColumnSelect(props: { id: string; label: string; headers: readonly string[]; value: string; onChange: (header: string) => void }) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose…</option>
        {props.headers.map((h, i) => (
          <option key={`${i}-${h}`} value={h}>
            {h || `(column ${i + 1})`}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * Asks which columns hold the coordinates of a CSV whose headers were not recognised, with the first rows shown
 * and the best guess preselected.
 */
export function ColumnChooser({ choice, onChoose, onCancel }: { choice: ColumnChoice; onChoose: (c: { lat: string; lon: string }) => void; onCancel: () => void }) {
  const [lat, setLat] = useState(choice.guess.lat ?? '');
  const [lon, setLon] = useState(choice.guess.lon ?? '');
  const id = useId();
  const ready = lat !== '' && lon !== '' && lat !== lon;
  return (
    <form
      className={styles.progress}
      aria-label="Choose coordinate columns"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onChoose({ lat, lon });
      }}
    >
      <div className={styles.columns}>
        <ColumnSelect id={`${id}-lat`} label="Latitude column" headers={choice.headers} value={lat} onChange={setLat} />
        <ColumnSelect id={`${id}-lon`} label="Longitude column" headers={choice.headers} value={lon} onChange={setLon} />
      </div>
      {lat !== '' && lat === lon && <p className={styles.muted}>Latitude and longitude must be two different columns.</p>}
      {choice.sample.length > 0 && (
        <table className={styles.sample} aria-label="First rows of the file">
          <thead>
            <tr>
              {choice.headers.map((h, i) => (
                <th key={`${i}-${h}`} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {choice.sample.map((row, r) => (
              <tr key={r}>
                {choice.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={styles.row}>
        <button type="submit" disabled={!ready}>
          Import with these columns
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
