/**
 * A short fingerprint of an English text (FNV-1a, 32 bits, 8 hex digits).
 * A translation stores the fingerprint of the English it was made from, so a
 * later English edit shows up as "stale" instead of silently going out of date.
 * Not cryptographic: it only has to change when the text changes.
 */
export function englishHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
