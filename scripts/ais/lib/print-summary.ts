import { readFileSync } from 'node:fs';
import type { AisDetectionParams } from '../../../geo/analysis/ais/detection-params';
import { scoreEncounters, scoreGaps, scoreLoitering, scorePortVisits, type DetectionScore } from '../synthetic/score-detection';
import type { SyntheticTruth } from '../synthetic/generate-synthetic-ais';
import type { AisEvent, AisEventKind } from '../../../geo/analysis/ais/types';
import type { EngineResult } from './engines';
import { truthSchema } from './truth-file';

const n = (x: number): string => Math.round(x).toLocaleString('en');
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export interface SummaryContext {
  wallMs: number;
  ports: number;
  portSources: string[];
  params: AisDetectionParams;
  areas: number;
  written: string[];
}

/** What was read, skipped, found, and how fast and in how much memory. */
export function printSummary(r: EngineResult, c: SummaryContext): void {
  const count = (k: AisEventKind) => r.events.filter((e) => e.kind === k).length;
  const skipped = Object.entries(r.skipped).filter(([, v]) => v > 0);
  const formats = [...new Set(r.sources.map((s) => s.format))].join(', ');
  console.log(`${r.engine} engine: ${r.sources.length} file${r.sources.length === 1 ? '' : 's'} (${formats})`);
  console.log(`  rows ${n(r.rowsRead)}, kept ${n(r.accepted)} (${n(r.positions)} after one a second a vessel), vessels ${n(r.vessels)}`);
  console.log(`  skipped ${skipped.length === 0 ? 'none' : skipped.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  console.log(`  ports ${c.ports}: ${c.portSources.join(', ') || 'none'}${c.ports === 0 ? ' (distance-from-port rules and port visits are off)' : ''}`);
  console.log(
    `  encounters ${count('encounter')}, loitering ${count('loitering')}, gaps ${count('gap')}, port visits ${count('port-visit')}, ` +
      `density cells ${n(r.density.cells.length)}, candidate areas ${c.areas}`,
  );
  console.log(
    `  time ${(c.wallMs / 1000).toFixed(1)} s (${n(r.rowsRead / (c.wallMs / 1000))} rows/s): read ${(r.readMs / 1000).toFixed(1)} s, detect ${(r.detectMs / 1000).toFixed(1)} s`,
  );
  const rss = process.resourceUsage().maxRSS * 1024;
  const duck = r.duckdbMemory;
  console.log(
    `  memory: peak RSS ${mb(rss)}` +
      (duck ? `; DuckDB memory_limit ${duck.limit}, peak in DuckDB's buffers ${mb(duck.peakBufferBytes)}, spilled ${mb(duck.peakTempBytes)}` : ''),
  );
  console.log(`  encounter params ${JSON.stringify(c.params.encounter)}`);
  console.log(`  wrote ${c.written.join(', ')}`);
}

const scoreLine = (label: string, s: DetectionScore): string =>
  `  ${label.padEnd(11)} planted ${s.planted}, detected ${s.detected}, matched ${s.truePositives}: precision ${pct(s.precision)}, recall ${pct(s.recall)}`;

/** Precision and recall against a SYNTHETIC truth file. */
export function printScores(events: readonly AisEvent[], truthPath: string): void {
  const truth: SyntheticTruth = truthSchema.parse(JSON.parse(readFileSync(truthPath, 'utf8')));
  const of = <K extends AisEventKind>(k: K) => events.filter((e): e is Extract<AisEvent, { kind: K }> => e.kind === k);
  console.log(`scored against ${truthPath} (synthetic truth):`);
  console.log(scoreLine('encounters', scoreEncounters(of('encounter'), truth)));
  console.log(scoreLine('loitering', scoreLoitering(of('loitering'), truth)));
  console.log(scoreLine('gaps', scoreGaps(of('gap'), truth)));
  console.log(scoreLine('port visits', scorePortVisits(of('port-visit'), truth)));
}
