'use client';

import { useId, useState, type FormEvent } from 'react';
import { parseAreaParam, type AreaShape } from '@/geo/analysis/area';

export interface AreaCoordinatesFormProps {
  onArea: (area: AreaShape) => void;
}

/** Corners typed one per line ("lon, lat" or "lon lat") into the link's own form. */
function cornersParam(text: string): string {
  return text
    .split(/[\n;]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/[\s,]+/).join(','))
    .join(',');
}

/**
 * The keyboard's way to an area: type an outline's corners (longitude and latitude in decimal degrees, one corner per
 * line) or a circle's centre and radius. The same checks as a link's `area=` apply, and say what is wrong.
 */
export function AreaCoordinatesForm({ onArea }: AreaCoordinatesFormProps) {
  const id = useId();
  const [kind, setKind] = useState<'polygon' | 'circle'>('polygon');
  const [corners, setCorners] = useState('');
  const [center, setCenter] = useState({ lon: '', lat: '', radiusKm: '' });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const raw = kind === 'circle' ? `circle:${center.lon.trim()},${center.lat.trim()},${center.radiusKm.trim()}` : cornersParam(corners);
    const parsed = parseAreaParam(raw);
    if (!parsed.ok) {
      setProblem(`Not an area: ${parsed.problem}.`);
      return;
    }
    setProblem(null);
    onArea(parsed.area);
  };

  return (
    <form onSubmit={submit} aria-label="Type the area's coordinates">
      <fieldset>
        <legend>Type coordinates</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'polygon'} onChange={() => setKind('polygon')} /> Outline corners
        </label>{' '}
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'circle'} onChange={() => setKind('circle')} /> Circle
        </label>
        {kind === 'polygon' ? (
          <label>
            Corners, one “longitude, latitude” a line (at least three)
            <textarea rows={4} value={corners} onChange={(e) => setCorners(e.target.value)} placeholder={'122, 28\n126, 28\n126, 32\n122, 32'} />
          </label>
        ) : (
          <div>
            <label>
              Centre longitude <input inputMode="decimal" value={center.lon} onChange={(e) => setCenter({ ...center, lon: e.target.value })} />
            </label>
            <label>
              Centre latitude <input inputMode="decimal" value={center.lat} onChange={(e) => setCenter({ ...center, lat: e.target.value })} />
            </label>
            <label>
              Radius (km) <input inputMode="decimal" value={center.radiusKm} onChange={(e) => setCenter({ ...center, radiusKm: e.target.value })} />
            </label>
          </div>
        )}
        {problem && <p role="alert">{problem}</p>}
        <button type="submit">Use this area</button>
      </fieldset>
    </form>
  );
}
