// A pseudo-locale for layout and completeness checks: every English UI message
// accented, bracketed ⟦…⟧ and 40 % longer (placeholders $1…$9 kept), so text
// that does not come from a message, and text that is clipped, stands out.
// `npx vite-node scripts/pseudo-locale.ts <built extension dir> <out dir>`:
// copies a build and swaps its English messages for pseudo ones.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'î',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  A: 'Å',
  E: 'É',
  O: 'Ø',
  S: 'Š',
};

/** Keys that are data, not text: the content folder's language code. */
const KEEP = new Set(['text_language']);

export function pseudo(message: string): string {
  const accented = message.replace(/\$\d|./g, (ch) => (ch.length > 1 ? ch : (ACCENTS[ch] ?? ch)));
  // The extra 40 % as short words, so it wraps where real text would (one long run of padding could never wrap).
  const extra = Math.ceil(message.length * 0.4);
  const padding = Array.from({ length: Math.ceil(extra / 4) }, (_, i) => (i === 0 ? '~~~' : ' ~~~'))
    .join('')
    .slice(0, extra);
  return `⟦${accented}${padding}⟧`;
}

type Messages = Record<string, { message: string; description?: string }>;

export function pseudoMessages(english: Messages): Messages {
  return Object.fromEntries(Object.entries(english).map(([k, v]) => [k, { ...v, message: KEEP.has(k) ? v.message : pseudo(v.message) }]));
}

/** A copy of a built extension whose English (default) messages are pseudo-localized. */
export function pseudoBuild(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  const file = path.join(to, '_locales/en/messages.json');
  writeFileSync(file, JSON.stringify(pseudoMessages(JSON.parse(readFileSync(file, 'utf8')) as Messages), null, 2));
  return to;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) throw new Error('usage: vite-node scripts/pseudo-locale.ts <built extension dir> <out dir>');
  console.log(`pseudo-localized build in ${pseudoBuild(from, to)}`);
}
