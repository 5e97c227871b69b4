import type { Exercise, ExerciseData, ExerciseWords } from '../core/exercise';
import { provenanceOf } from './provenance';
import type { SafetyText } from './safety-text';

export const FALLBACK_LOCALE = 'en';

/**
 * One exercise with its words. A translation may lack any field (or the whole
 * file): that field falls back to English, so a half-translated card still reads.
 */
export function withText(
  data: ExerciseData,
  name: string,
  english: ExerciseWords,
  translated?: Partial<ExerciseWords> & { name?: string },
  provenanceLabels?: SafetyText['provenance'],
): Exercise {
  const words: Record<string, unknown> = { ...english };
  for (const [field, value] of Object.entries(translated ?? {})) {
    if (value !== undefined && value !== '') words[field] = value;
  }
  return {
    ...data,
    ...(words as unknown as ExerciseWords),
    name: translated?.name || name,
    provenance: provenanceOf(data, provenanceLabels),
  };
}
