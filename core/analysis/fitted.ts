/**
 * A list padded with `fill` or trimmed to `length`: the analysis lines every per-period input up
 * with the KPI's periods.
 *
 * @example
 * fitted([1, 2], 3, null); // => [1, 2, null]
 */
export function fitted<T>(list: readonly T[], length: number, fill: T): T[] {
  const result: T[] = [];
  for (let i = 0; i < length; i++) result.push(i < list.length ? list[i] : fill);
  return result;
}
