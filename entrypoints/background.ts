import { defineBackground } from 'wxt/utils/define-background';
import { workerCatalogue } from '../content/worker-catalogue';
import { exerciseName } from '../utils/exercise-name';
import { startBackground } from '../utils/background/start-background';
import { MINUTE_MS } from '../utils/time-scale';

// Thin: all listeners and logic live in utils/background; time is Date.now().
// A classic script (not type: 'module'): WXT builds it on its own, one file
// holding only what the worker runs, shared with no page.
export default defineBackground({
  main() {
    startBackground({ now: Date.now, minuteMs: MINUTE_MS, catalogue: workerCatalogue(exerciseName), firefox: import.meta.env.FIREFOX });
  },
});
