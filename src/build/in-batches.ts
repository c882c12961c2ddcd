/**
 * fn() over every item, at most `size` at a time, results in order. For file work on whole
 * archives: all at once passes the open-file limit (EMFILE at 50 000 articles), one at a time
 * leaves the disk idle.
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}
