/** Each value once, in the order it first appears. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
