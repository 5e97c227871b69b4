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

/** What follows a side word that is not a side: "a right angle", "im rechten Winkel". */
const NOT_A_SIDE: Readonly<Record<string, string>> = { en: ' angle', de: ' Winkel' };

const matchCase = (word: string, like: string) => (like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

/** The swap table and the whole-word pattern of a language's side words. */
function sideWords(base: string): { swap: Map<string, string>; words: RegExp } | undefined {
  const pairs = PAIRS[base];
  if (!pairs) return undefined;
  const swap = new Map<string, string>(
    pairs.flatMap(([a, b]): [string, string][] => [
      [a, b],
      [b, a],
    ]),
  );
  const notASide = NOT_A_SIDE[base] ? `(?!${NOT_A_SIDE[base]})` : '';
  return { swap, words: new RegExp(`(?<![\\p{L}])(${[...swap.keys()].join('|')})(?![\\p{L}])${notASide}`, 'giu') };
}

/** `steps` with the sides swapped, for the language `lang` (its base code: "de" for "de-AT"); unknown languages unchanged. */
export function otherSideSteps(steps: readonly string[], lang: string): string[] {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const side = sideWords(base);
  if (!side) return [...steps];
  return steps.map((step) =>
    SWITCH_STEP[base]!.test(step) ? step : step.replace(side.words, (w) => matchCase(side.swap.get(w.toLowerCase()) ?? w, w)),
  );
}
