/** Deep equality of two JSON-like values, ignoring some top-level keys. */
export function sameState(a: object, b: object, ...ignoreKeys: string[]): boolean {
  return equal(a, b, ignoreKeys);
}

function equal(a: unknown, b: unknown, ignore: string[] = []): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => !ignore.includes(k));
  const kb = Object.keys(b).filter((k) => !ignore.includes(k));
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => k in rb && equal(ra[k], rb[k]));
}
