import type { z } from 'zod';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** `['slides', 2, 'title']` → `slides[2].title`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'missing';
      return `expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, got ${describeType(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `too many items (at most ${issue.maximum})`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `too short (at least ${issue.minimum} characters)`;
      if (issue.origin === 'array') return `too few items (at least ${issue.minimum})`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'not an ISO 8601 date-time (e.g. 2026-01-31T12:00:00.000Z)';
      if (issue.format === 'uuid') return 'not a valid id';
      return `not a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/**
 * One human-readable line for a failed parse, naming the field: `slides[2].title: too long (at most 200 characters)`.
 * Only the first few problems are listed, so that a hostile input cannot produce a huge message.
 */
export function formatZodError(error: z.ZodError, maxIssues = 3, pathPrefix = ''): string {
  const lines = error.issues.slice(0, maxIssues).map((issue) => {
    const where = formatIssuePath([...(pathPrefix === '' ? [] : [pathPrefix]), ...issue.path]);
    return `${where === '' ? '(top level)' : where}: ${describeIssue(issue)}`;
  });
  const more = error.issues.length - maxIssues;
  return more > 0 ? `${lines.join('; ')} (and ${more} more)` : lines.join('; ');
}

/**
 * Validates `data` against `schema` and never throws: on failure the message names the first offending fields,
 * each prefixed with `pathPrefix` when given (`briefing.slides[2].title: ...`).
 */
export function parseWithMessage<T extends z.ZodType>(
  schema: T,
  data: unknown,
  pathPrefix = '',
): ParseResult<z.infer<T>> {
  // reportInput: the message says what was found ("expected text, got a number"), and tells a missing field apart.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: formatZodError(result.error, 3, pathPrefix) };
}
