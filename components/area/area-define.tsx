'use client';

import type { Dataset } from '@/data';
import type { DrawTool } from '@/components/map/area-draw';
import { roundCoord, type AreaShape, type LonLat } from '@/geo/analysis/area';
import { AreaCoordinatesForm } from './area-coordinates-form';
import styles from './area.module.css';

export interface AreaDefineProps {
  dataset: Dataset;
  onArea: (area: AreaShape) => void;
  onTool: (tool: DrawTool) => void;
}

/** A zone's outline as an area: its ring's corners, without the closing repeat. */
function zoneArea(dataset: Dataset, zoneId: string): AreaShape | null {
  const zone = dataset.stsZones.features.find((z) => z.id === zoneId);
  if (!zone) return null;
  const corners = zone.geometry.coordinates[0]!.slice(0, -1).map(([lon, lat]) => [roundCoord(lon!), roundCoord(lat!)] as LonLat);
  return { kind: 'polygon', corners };
}

/** The ways to an area: draw one on the map, take an STS zone's outline, or type coordinates. */
export function AreaDefine({ dataset, onArea, onTool }: AreaDefineProps) {
  return (
    <div className={styles.define}>
      <p className={styles.drawLine}>
        Draw on the map:{' '}
        <button type="button" onClick={() => onTool('rectangle')}>
          Rectangle
        </button>{' '}
        <button type="button" onClick={() => onTool('polygon')}>
          Polygon
        </button>{' '}
        <button type="button" onClick={() => onTool('circle')}>
          Circle
        </button>
      </p>
      <label className={styles.zonePick}>
        Or use an STS zone’s outline{' '}
        <select
          value=""
          onChange={(event) => {
            const area = zoneArea(dataset, event.target.value);
            if (area) onArea(area);
          }}
        >
          <option value="">Choose a zone…</option>
          {dataset.stsZones.features.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.properties.name.en}
            </option>
          ))}
        </select>
      </label>
      <AreaCoordinatesForm onArea={onArea} />
    </div>
  );
}
