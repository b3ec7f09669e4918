import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import { createAisIdentityCollector, type AisIdentities } from '../../geo/analysis/vessels';

/**
 * Streams an AIS CSV through papaparse into the identity collector: memory is one papaparse chunk plus the
 * names, call signs and IMO numbers seen per MMSI. Resolves null as soon as the header is not a known AIS layout.
 */
export function streamAisIdentities(input: Readable, onRows?: (rowsRead: number) => void): Promise<AisIdentities | null> {
  return new Promise((resolve, reject) => {
    const collector = createAisIdentityCollector();
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
    let header = true;
    let settled = false;
    const settle = (value: AisIdentities | null): void => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    parser.on('data', (row: string[]) => {
      if (header) {
        header = false;
        if (!collector.setHeaders(row)) {
          input.unpipe(parser);
          input.destroy();
          parser.destroy();
          settle(null);
        }
        return;
      }
      collector.pushValues(row);
      if (onRows && collector.rowsRead % 1_000_000 === 0) onRows(collector.rowsRead);
    });
    parser.on('end', () => settle(header ? null : collector.finish()));
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    parser.on('error', fail);
    input.on('error', fail);
    input.pipe(parser);
  });
}
