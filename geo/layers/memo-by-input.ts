/**
 * Caches a derivation per input array, so a factory called on every render rebuilds its layers (cheap
 * descriptors) but not their data: deck.gl then sees the same data object and uploads nothing.
 */
export function memoByInput<I extends object, O>(derive: (input: I) => O): (input: I) => O {
  const cache = new WeakMap<I, O>();
  return (input) => {
    let output = cache.get(input);
    if (output === undefined) {
      output = derive(input);
      cache.set(input, output);
    }
    return output;
  };
}
