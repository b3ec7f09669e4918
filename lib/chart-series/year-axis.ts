/** Integers from `from` to `to`, inclusive. */
export function yearsBetween(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/** A date's position on a continuous year axis: "2015" → 2015.5, "2017-12" → 2017.96, "2018-02-13" → 2018.12. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return year + 0.5;
  if (d === undefined) return year + (m - 0.5) / 12;
  return year + (m - 1 + (d - 0.5) / 31) / 12;
}
