/**
 * Values of a page's props worked out when first read, then kept. `npm run build` reads every
 * page's props (its cache key is made from them, src/site/page-cache-key.ts), so it works them
 * all out once, as before; `astro dev` reads only the props of the page asked for. At 10 000
 * articles the article route's related lists and cache keys, worked out for every article
 * each time a save dropped Astro's route cache, were 1 of the 3.6 s between saving an article and
 * seeing it (npm run bench -- --preview --cpu-prof).
 *
 * The values are enumerable like plain properties: spreading the object, JSON.stringify and
 * Object.keys see them, so a page cannot tell them from eagerly computed props.
 */
export function withLazyValues<T extends object, L extends Record<string, unknown>>(
  target: T,
  compute: { [K in keyof L]: () => L[K] },
): T & L {
  for (const [key, make] of Object.entries(compute) as Array<[string, () => unknown]>) {
    const keep = (value: unknown) => {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    };
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        return keep(make());
      },
      set: keep,
    });
  }
  return target as T & L;
}
