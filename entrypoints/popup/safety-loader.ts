import type { SafetyNoteProps } from '../../components/SafetyNote';

let pending: Promise<SafetyNoteProps> | undefined;

/**
 * The full safety text is its own chunk: the card shows only its "Safety" disclosure, closed,
 * so the text loads when the user reaches for it (hover, focus, opening it) or presses Start
 * for the first time (the text is shown in full once before the first minute).
 */
export function loadSafety(tag: string): Promise<SafetyNoteProps> {
  return (pending ??= import('./safety-chunk').then((m) => m.loadSafetyNoteText(tag)));
}
