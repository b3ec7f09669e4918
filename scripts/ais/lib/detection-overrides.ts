import { resolveAisDetectionParams, type AisDetectionOverrides } from '../../../geo/analysis/ais/detect-ais-events';
import type { ParsedArgs } from './cli-args';

/** `--encounter.maxDistanceMeters 300` and the like, checked against the known parameter names. */
export function detectionOverrides(args: ParsedArgs): AisDetectionOverrides {
  const known = new Map(Object.entries(resolveAisDetectionParams()).map(([group, p]) => [group, Object.keys(p)]));
  const overrides: Record<string, Record<string, number>> = {};
  for (const [key, raw] of args.options) {
    const [group, name, ...rest] = key.split('.');
    const names = group === undefined ? undefined : known.get(group);
    if (group === undefined || names === undefined || name === undefined || rest.length > 0) continue;
    if (!names.includes(name)) throw new Error(`unknown parameter --${key}; ${group} has: ${names.join(', ')}`);
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new Error(`--${key} must be a number (got "${raw}")`);
    (overrides[group] ??= {})[name] = value;
  }
  return overrides as AisDetectionOverrides;
}
