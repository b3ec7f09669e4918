'use client';

import { useXAxisScale, useYAxisScale } from 'recharts';
import type { PetroleumChartRow, PetroleumMark } from '@/lib/chart-series/petroleum-rows';
import { formatCountShort } from '@/lib/format';
import styles from './petroleum-chart.module.css';

/** The widest a mark gets, so a year with one figure does not read as a heavier one. */
const MAX_MARK_WIDTH_PX = 14;
const ARROW_HEIGHT_PX = 6;
const WHISKER_OVERHANG_PX = 2;
/** Labels of broken marks in one year stack upwards, so neighbours do not overwrite each other. */
export const BREAK_LABEL_STEP_PX = 10;
/** Fill of a whole-year figure, and of a part-year one (pale): a part-year figure is read as "at least this much". */
const WHOLE_YEAR_OPACITY = 0.9;
const PART_YEAR_OPACITY = 0.4;

export interface PetroleumMarksProps {
  rows: readonly PetroleumChartRow[];
  colorOf: (seriesKey: string) => string;
  /** Unit abbreviation for the cap label ("bbl"). */
  unitShort: string;
  /** The top of the value axis where it is cut below the highest figure: taller marks are broken there and labelled. */
  clipAt?: number | undefined;
}

interface Geometry {
  x: number;
  width: number;
  y: (value: number) => number;
  clipAt: number | undefined;
}

/** Where a mark leaves the axis: two slanted strokes across it, and its figure written above. */
function Break({ g, top, value, nth }: { g: Geometry; top: number; value: number; nth: number }) {
  const x1 = g.x - 2;
  const x2 = g.x + g.width + 2;
  return (
    <>
      <path className={styles.breakGap} d={`M${x1},${top + 9} L${x2},${top + 5} M${x1},${top + 13} L${x2},${top + 9}`} />
      <text className={styles.breakLabel} x={g.x + g.width / 2} y={top - 9 - BREAK_LABEL_STEP_PX * nth} textAnchor="middle">
        {formatCountShort(value)}
      </text>
    </>
  );
}

/** One figure, its shape saying how the source states it. */
function Mark({ mark, color, g, nth }: { mark: PetroleumMark; color: string; g: Geometry; nth: number }) {
  const clipped = g.clipAt !== undefined && mark.value > g.clipAt;
  const top = g.y(clipped ? g.clipAt! : mark.value);
  const bottom = g.y(g.clipAt !== undefined ? Math.min(mark.low, g.clipAt) : mark.low);
  const height = Math.max(bottom - top, 1);
  const fillOpacity = mark.partial ? PART_YEAR_OPACITY : WHOLE_YEAR_OPACITY;
  const cx = g.x + g.width / 2;
  const common = { 'data-record-id': mark.recordId, 'data-shape': mark.shape, 'data-value': mark.value };
  let body;
  let above = top;
  switch (mark.shape) {
    case 'value':
      body = <rect x={g.x} y={top} width={g.width} height={height} fill={color} fillOpacity={fillOpacity} />;
      break;
    case 'floor': {
      // "More than": the bar, and an arrowhead on top pointing up.
      const tip = top - ARROW_HEIGHT_PX - 1;
      above = tip;
      body = (
        <>
          <rect x={g.x} y={top} width={g.width} height={height} fill={color} fillOpacity={fillOpacity} />
          <path d={`M${g.x - 1},${top - 1} L${g.x + g.width + 1},${top - 1} L${cx},${tip} Z`} fill={color} />
        </>
      );
      break;
    }
    case 'ceiling':
      // "Up to": an outline with a dashed side and a faint fill, so it never reads as a measured amount.
      body = (
        <rect
          x={g.x + 0.75}
          y={top}
          width={Math.max(g.width - 1.5, 1)}
          height={height}
          fill={color}
          fillOpacity={0.15}
          stroke={color}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      );
      break;
    case 'range':
      // A stated range floats between its ends, with whiskers, and never touches the axis.
      body = (
        <>
          <rect x={g.x} y={top} width={g.width} height={height} fill={color} fillOpacity={fillOpacity * 0.7} stroke={color} strokeWidth={1} />
          <line x1={g.x - WHISKER_OVERHANG_PX} x2={g.x + g.width + WHISKER_OVERHANG_PX} y1={top} y2={top} stroke={color} strokeWidth={2} />
          <line x1={g.x - WHISKER_OVERHANG_PX} x2={g.x + g.width + WHISKER_OVERHANG_PX} y1={bottom} y2={bottom} stroke={color} strokeWidth={2} />
        </>
      );
      break;
  }
  return (
    <g {...common}>
      {body}
      {clipped && <Break g={g} top={top} value={mark.value} nth={nth} />}
      {mark.related && <circle className={styles.related} cx={cx} cy={above - 5} r={2.5} />}
    </g>
  );
}

/**
 * The petroleum chart's drawing, inside the recharts chart (it reads the axes' scales): per year, the cap as a line
 * across the year's band (a step where it changes), the year's figures side by side in the band (only that year's,
 * so a crowded year does not thin every other), and "no sourced figure" where the year has none.
 */
export function PetroleumMarks({ rows, colorOf, unitShort, clipAt }: PetroleumMarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const y = (value: number) => yScale(value) ?? 0;
  const baseline = y(0);
  const bands = rows.map((row) => {
    const start = xScale(row.year, { position: 'start' }) ?? 0;
    const end = xScale(row.year, { position: 'end' }) ?? start;
    return { row, start, end };
  });
  const capPath = bands
    .filter((b) => b.row.cap)
    .map((b, i, capped) => {
      const capY = y(b.row.cap!.value);
      const joined = i > 0 && capped[i - 1]!.row.year === b.row.year - 1;
      return `${joined ? 'L' : 'M'}${b.start},${capY} L${b.end},${capY}`;
    })
    .join(' ');
  const firstCap = bands.find((b) => b.row.cap);
  return (
    <g className={styles.marks}>
      {bands.map(({ row, start, end }) => {
        const width = end - start;
        if (row.marks.length === 0) {
          return (
            <text
              key={row.year}
              className={styles.noFigure}
              transform={`translate(${start + width / 2},${baseline - 6}) rotate(-90)`}
              data-no-figure-year={row.year}
            >
              no sourced figure
            </text>
          );
        }
        const inner = width * 0.9;
        const slot = inner / row.marks.length;
        const markWidth = Math.max(Math.min(slot * 0.85, MAX_MARK_WIDTH_PX), 2);
        const left = start + (width - inner) / 2;
        return (
          <g key={row.year} data-year={row.year}>
            {row.marks.map((mark, i) => (
              <Mark
                key={mark.recordId}
                nth={clipAt === undefined ? 0 : row.marks.slice(0, i).filter((m) => m.value > clipAt).length}
                mark={mark}
                color={colorOf(mark.seriesKey)}
                g={{ x: left + slot * i + (slot - markWidth) / 2, width: markWidth, y, clipAt }}
              />
            ))}
          </g>
        );
      })}
      {capPath && <path className={styles.capLine} d={capPath} />}
      {bands.map(({ row, start, end }) =>
        row.cap ? (
          // Invisible per-year segments name the cap of each year for tests and tools reading the drawing.
          <line key={row.year} x1={start} x2={end} y1={y(row.cap.value)} y2={y(row.cap.value)} stroke="none" data-cap-year={row.year} data-value={row.cap.value} />
        ) : null,
      )}
      {firstCap && (
        <text className={styles.capLabel} x={firstCap.start + 3} y={y(firstCap.row.cap!.value) - 4}>
          UN cap {formatCountShort(firstCap.row.cap!.value)} {unitShort}/yr
        </text>
      )}
    </g>
  );
}
