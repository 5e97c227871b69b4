import { render } from 'preact';
import { applyDocumentLanguage, textLanguage, uiLanguage } from '../../utils/i18n';
import { App } from './App';
import { statusFromStored } from '../../core/engine/status';
import { MINUTE_MS } from '../../utils/time-scale';
import { exerciseName } from '../../utils/exercise-name';
import { lazyExerciseSource } from './exercise-source';
import { loadPopupData } from './popup-data';
import { loadSafety } from './safety-loader';
import { loadSessionView } from './session-view-loader';
import './popup.css';

// Render once, with the stored data already read: the first paint shows the
// exercise and nothing shifts when data "arrives" afterwards.
const params = new URLSearchParams(location.search);
const breakWindow = params.get('window') === 'break';
// The welcome's "try one minute" opens the break window with start=1.
const startNow = breakWindow && params.get('start') === '1';
applyDocumentLanguage();
const locale = uiLanguage();
const exercises = lazyExerciseSource(exerciseName, textLanguage());

void loadPopupData(Date.now()).then(async (initial) => {
  // Only the exercise on the card is loaded (its own small chunk), with the
  // session view when a session is running, before the one and only first render.
  const pick = initial.session?.exerciseId ?? statusFromStored(initial.tracker, initial.settings, Date.now(), MINUTE_MS).exerciseId;
  // The exercise brings its names in the UI language; the safety text loads when wanted.
  const [, sessionView] = await Promise.all([
    exercises.load(pick, initial.settings.exercises),
    initial.session ? loadSessionView() : undefined,
  ]);
  render(
    <App
      initial={initial}
      exercises={exercises}
      breakWindow={breakWindow}
      locale={locale}
      sessionView={sessionView}
      loadSafety={() => loadSafety(textLanguage())}
      startNow={startNow}
    />,
    document.getElementById('app')!,
  );
  // For the bench: the exercise card is in the DOM from here.
  performance.mark('popup-rendered');
});
