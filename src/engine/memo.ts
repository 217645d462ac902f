/**
 * A function whose values are kept by key: computed the first time a key is asked, then looked up. With a
 * `limit`, every value is forgotten at once when that many keys are held (like the stem caches), so a
 * large corpus costs no more than its busiest keys.
 */
export function memoized<K, V>(compute: (key: K) => V, limit = Number.POSITIVE_INFINITY): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}
