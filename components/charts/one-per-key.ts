/**
 * One function per key, made on first use and the same object ever after. recharts memoises each series on its
 * props, so a series' `dataKey` and `dot` must be the same functions from one render to the next for a series that
 * stays to be left alone when its neighbours change. Keys are series ids (with a colour, or commodities): a few dozen.
 */
export function onePerKey<K extends readonly string[], F>(make: (...key: K) => F): (...key: K) => F {
  const made = new Map<string, F>();
  return (...key) => {
    const id = key.join('\u0000');
    let fn = made.get(id);
    if (fn === undefined) {
      fn = make(...key);
      made.set(id, fn);
    }
    return fn;
  };
}
