interface ImportMetaEnv {
  /** `true` in builds, where scripts/exercise-files-plugin.ts emits the exercise files; unset in tests and `wxt dev`. */
  readonly GB_EXERCISE_FILES?: boolean;
}
