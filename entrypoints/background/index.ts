import { defineBackground } from 'wxt/utils/define-background';
import { workerCatalogue } from '../../content/worker-catalogue';
import { exerciseName } from '../../utils/exercise-name';
import { startBackground } from './start-background';
import { MINUTE_MS } from '../../utils/time-scale';

// Thin: listeners and effects live beside it in entrypoints/background/; time is Date.now().
// A classic script (not type: 'module'): WXT builds it on its own, one file
// holding only what the worker runs, shared with no page.
export default defineBackground({
  main() {
    startBackground({ now: Date.now, minuteMs: MINUTE_MS, catalogue: workerCatalogue(exerciseName), firefox: import.meta.env.FIREFOX });
  },
});
