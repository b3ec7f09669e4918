/** A Next.js `searchParams` object, as server pages receive it. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The page's query as URLSearchParams; a repeated parameter keeps its first value, as URLSearchParams.get would. */
export function toQuery(params: PageSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) query.set(key, first);
  }
  return query;
}
