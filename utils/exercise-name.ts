import { exerciseNameKey } from '../core/i18n/exercise-name-key';
import { t, type MessageKey } from './i18n';

/** An exercise's name in the UI language (the browser falls back to English), or its id for an unknown one. */
export function exerciseName(id: string): string {
  const key = exerciseNameKey(id) as MessageKey;
  const name = t(key);
  return name === key ? id : name;
}
