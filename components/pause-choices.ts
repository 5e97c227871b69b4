import type { UserAction } from '../core/messages';
import { t, type MessageKey } from '../utils/i18n';
import type { Choice } from './ChoiceMenu';

/** How long to pause reminders: minutes, or until tomorrow's start, or until resumed. */
export type PauseChoice = number | 'tomorrow' | 'indefinitely';
export type PauseUntil = Extract<UserAction, { kind: 'pause' }>['until'];

/** The one list of pause lengths, offered by the popup's menu and the options page alike. */
const PAUSE_CHOICES: readonly PauseChoice[] = [30, 60, 120, 240, 'tomorrow', 'indefinitely'];

const LABEL_KEYS: Record<string, MessageKey> = {
  30: 'pause_30m',
  60: 'pause_1h',
  120: 'pause_2h',
  240: 'pause_4h',
  tomorrow: 'pause_tomorrow',
  indefinitely: 'pause_indefinitely',
};

/** Built on use, not at import: text comes from i18n, which is set up by then. */
export const pauseChoices = (): Choice<PauseChoice>[] => PAUSE_CHOICES.map((value) => ({ value, label: t(LABEL_KEYS[String(value)]!) }));

/** The pause request's `until` for a choice made at `now` (minutes are scaled in the e2e build). */
export const pauseUntil = (choice: PauseChoice, now: number, minuteMs: number): PauseUntil =>
  typeof choice === 'number' ? now + choice * minuteMs : choice;
