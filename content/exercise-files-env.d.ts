interface ImportMetaEnv {
  /** `true` in Chrome builds, where scripts/exercise-files-plugin.ts emits the exercise chunks; unset in tests, `wxt dev` and Firefox. */
  readonly GB_EXERCISE_FILES?: boolean;
  /** `true` in builds, where the same plugin emits the drawings at computed paths; unset in tests and `wxt dev`. */
  readonly GB_ILLUSTRATION_FILES?: boolean;
}
