import type { EngineConfig } from './config';
import type { Effect, Picker } from './events';
import type { TrackerState } from './tracker-state';

export interface StepContext {
  now: number;
  config: EngineConfig;
  /** Whether the focused browser window is fullscreen right now (the background looks before each event). */
  fullscreen?: boolean;
  pick?: Picker;
}

export interface StepResult {
  /** The same object as the input state when nothing changed (so the caller skips the write). */
  state: TrackerState;
  effects: Effect[];
}
