import { defineBackground } from 'wxt/utils/define-background';
import { workerCatalogue } from '../content/worker-catalogue';
import { textLanguage } from '../utils/i18n';
import { startBackground } from '../utils/background/start-background';
import { MINUTE_MS } from '../utils/time-scale';

// Thin: all listeners and logic live in utils/background; time is Date.now().
// A classic script, not `type: 'module'`: the worker is then built on its own, one file with
// only its own code, and shares no chunk with the pages (scripts/native-browser-in-pages.ts).
export default defineBackground({
  main() {
    startBackground({ now: Date.now, minuteMs: MINUTE_MS, catalogue: workerCatalogue(textLanguage()), firefox: import.meta.env.FIREFOX });
  },
});
