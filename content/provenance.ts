import type { ExerciseData } from './exercise';
import { sourceTitle } from './sources';
import english from './text/en/safety';
import type { SafetyText } from './safety-text';

/**
 * Where an exercise comes from, as the card shows it: "Desk version of Pigeon
 * pose · from: <article title>", or "From: <article title>" for a seed exercise.
 * The first source is the article that describes it (or the exercise it adapts).
 */
export function provenanceOf(
  data: Pick<ExerciseData, 'adaptsFrom' | 'sources'>,
  labels: SafetyText['provenance'] = english.provenance,
): string {
  const title = sourceTitle(data.sources[0]!);
  // Titles and the adapted exercise stay as the source article names them: they are citations.
  return data.adaptsFrom ? labels.adapted.replace('$1', data.adaptsFrom).replace('$2', title) : labels.from.replace('$1', title);
}
