import type { FieldIssue, Settings } from '../../core/settings/settings';
import type { StoredSettings } from '../../utils/storage/settings-store';

/** What the options page's sections get to read and edit settings (made by entrypoints/options/use-stored-settings). */
export interface SaveOutcome {
  kind: 'none' | 'saved' | 'rejected';
  n: number;
}

export type FieldErrors = Record<string, FieldIssue & { value: unknown }>;

export interface SettingsController {
  /** null while the first read is pending. */
  stored: StoredSettings | null;
  /** Current validation errors, by dotted field path. */
  errors: FieldErrors;
  /**
   * Validates `change` applied to the current settings; saves it only if every
   * field is valid. `paths` are the fields this control owns: their old errors
   * are cleared on success. Resolves true when saved.
   */
  save(change: (s: Settings) => Settings, paths: string[]): Promise<boolean>;
  /**
   * The latest save attempt's outcome, numbered so each one is announced:
   * "saved" shows the "Saved" confirmation, "rejected" takes it away.
   */
  lastOutcome: SaveOutcome;
  /** Set when a save failed for a reason other than validation. */
  saveFailed: boolean;
}
