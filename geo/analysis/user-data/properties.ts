import { MAX_PROPERTIES, MAX_PROPERTY_KEY_CHARS, MAX_PROPERTY_VALUE_CHARS } from './import-limits';
import type { ImportedProperties, ImportedPropertyValue } from './types';

/** Cuts text longer than `max` characters and marks the cut with "…". */
export function capText(text: string, max = MAX_PROPERTY_VALUE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toValue(value: unknown): ImportedPropertyValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return capText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    try {
      return capText(JSON.stringify(value) ?? '');
    } catch {
      return null;
    }
  }
  return undefined;
}

/**
 * Flattens a file's properties into primitive values, kept as data, never as markup: strings as they are (cut at
 * `MAX_PROPERTY_VALUE_CHARS`), finite numbers, booleans, null; nested objects and lists as their JSON text. At most
 * `MAX_PROPERTIES` keys, each at most `MAX_PROPERTY_KEY_CHARS` long. Built with `Object.fromEntries`, so a key
 * such as `__proto__` becomes an ordinary own property and cannot change the object's prototype.
 */
export function sanitizeProperties(raw: unknown): ImportedProperties {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const entries: [string, ImportedPropertyValue][] = [];
  for (const key of Object.keys(raw)) {
    if (entries.length >= MAX_PROPERTIES) break;
    const value = toValue((raw as Record<string, unknown>)[key]);
    if (value === undefined) continue;
    entries.push([capText(key, MAX_PROPERTY_KEY_CHARS), value]);
  }
  return Object.fromEntries(entries);
}

/** A property value as one line of text for tooltips, lists and CSV. */
export function propertyText(value: ImportedPropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}
