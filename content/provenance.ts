import type { ExerciseData } from '../core/exercise';
import { sourceTitle } from './sources';
import type { SafetyText } from './safety-text';

/**
 * The provenance line in English: the default here and the source its translations are made
 * from (content/text/en/safety.ts lists it with the other health text for translators). Here,
 * not only there, so a card can say where its exercise comes from without the safety text.
 */
export const ENGLISH_PROVENANCE: SafetyText['provenance'] = {
  adapted: 'Desk version of $1 · from: $2',
  partOf: 'One part of $1, done on its own · from: $2',
  from: 'From: $1',
};

/**
 * Where an exercise comes from, as the card shows it: "Desk version of Pigeon
 * pose · from: <article title>", or "From: <article title>" for a seed exercise.
 * The first source is the article that describes it (or the exercise it adapts).
 */
export function provenanceOf(
  data: Pick<ExerciseData, 'adaptsFrom' | 'adaptedAs' | 'sources'>,
  labels: SafetyText['provenance'] = ENGLISH_PROVENANCE,
): string {
  const title = sourceTitle(data.sources[0]!);
  // Titles and the adapted exercise stay as the source article names them: they are citations.
  if (!data.adaptsFrom) return labels.from.replace('$1', title);
  const label = data.adaptedAs === 'part' ? labels.partOf : labels.adapted;
  return label.replace('$1', data.adaptsFrom).replace('$2', title);
}
