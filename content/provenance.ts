import type { ExerciseData } from './exercise';
import { sourceTitle } from './sources';

/**
 * Where an exercise comes from, as the card shows it: "Desk version of Pigeon
 * pose · from: <article title>", or "From: <article title>" for a seed exercise.
 * The first source is the article that describes it (or the exercise it adapts).
 */
export function provenanceOf(data: Pick<ExerciseData, 'adaptsFrom' | 'sources'>): string {
  const title = sourceTitle(data.sources[0]!);
  return data.adaptsFrom ? `Desk version of ${data.adaptsFrom} · from: ${title}` : `From: ${title}`;
}
