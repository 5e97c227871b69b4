/**
 * The steps as they read on the second side of a per-side exercise: every "left" becomes
 * "right" and back, in the text's language, so the lit step names the leg now working
 * ("left ankle on right thigh"). The step that says to change sides or repeat on the other
 * one is left as written: on the second side it has already happened.
 */
const PAIRS: Readonly<Record<string, readonly [string, string][]>> = {
  en: [['left', 'right']],
  de: [
    ['links', 'rechts'],
    ['linke', 'rechte'],
    ['linken', 'rechten'],
    ['linker', 'rechter'],
    ['linkes', 'rechtes'],
    ['linkem', 'rechtem'],
  ],
  es: [
    ['izquierda', 'derecha'],
    ['izquierdo', 'derecho'],
    ['izquierdas', 'derechas'],
    ['izquierdos', 'derechos'],
  ],
};

/** A step that tells you to change sides, or what to do next on the other one ("…, then do the left knee"), per language. */
const SWITCH_STEP: Readonly<Record<string, RegExp>> = {
  en: /\b(repeat|switch|change sides|other (side|leg)|then (do|cradle|stand on))\b/i,
  de: /wiederhol|wechsl|Seite wechseln|ander(e|en|em) (Seite|Bein)|,\s*dann (das|auf das|mit dem)\b/i,
  es: /\b(repite|cambia|otro lado|otra pierna|y luego)\b/i,
};

/** A side word that is not a side: a right angle. */
const NOT_A_SIDE: Readonly<Record<string, RegExp>> = {
  en: /\bright(?= angle)/gi,
  de: /\brechten(?= Winkel)/gi,
  es: /(?!)/g,
};

const matchCase = (word: string, like: string) => (like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

/** `steps` with the sides swapped, for the language `lang` (its base code: "de" for "de-AT"); unknown languages unchanged. */
export function otherSideSteps(steps: readonly string[], lang: string): string[] {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const pairs = PAIRS[base];
  if (!pairs) return [...steps];
  const swap = new Map<string, string>(
    pairs.flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as [string, string][],
    ),
  );
  const words = new RegExp(`(?<![\\p{L}])(${[...swap.keys()].join('|')})(?![\\p{L}])`, 'giu');
  const KEEP = '\u0000';
  return steps.map((step) => {
    if (SWITCH_STEP[base]!.test(step)) return step;
    const kept: string[] = [];
    const guarded = step.replace(NOT_A_SIDE[base]!, (w) => (kept.push(w), KEEP));
    return guarded.replace(words, (w) => matchCase(swap.get(w.toLowerCase()) ?? w, w)).replace(new RegExp(KEEP, 'g'), () => kept.shift()!);
  });
}
