import type { SafetyNoteProps } from '../../components/SafetyNote';
import { loadLocaleText } from '../../content/locale-text';
import { redFlagGroupsOf } from '../../content/safety';
import type { SafetyText } from '../../content/safety-text';

/** What the popup shows of the safety text: the disclaimer, the red flags by tier, the note for before you start. */
export const safetyNoteText = (safety: SafetyText): SafetyNoteProps => ({
  disclaimer: safety.disclaimer,
  redFlags: redFlagGroupsOf(safety),
  beforeYouStart: safety.beforeYouStart,
});

/** The safety text in the page's text language (English for anything it lacks). */
export const loadSafetyNoteText = async (tag: string): Promise<SafetyNoteProps> => safetyNoteText((await loadLocaleText(tag)).safety);
