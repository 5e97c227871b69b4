import type { EngineConfig } from './config';
import type { TrackerState } from './tracker-state';
import { firstWorkInstant } from './work-hours';

/** Which toolbar icon: the usual one, greyed while paused, a night tile outside work hours. */
export type ToolbarIcon = 'running' | 'paused' | 'outside';

/** What the toolbar button shows: its icon, the "!" of a prompt, and the moment its tooltip names. */
export interface ToolbarLook {
  icon: ToolbarIcon;
  /** A prompt is pending (the "!" badge); its tooltip says a break is due. */
  due: boolean;
  /** paused: until when ('indefinitely' or a time); outside: when work hours resume (null: no work day ahead). */
  until: number | 'indefinitely' | null;
}

/**
 * The toolbar's look, read from the state alone (not from `now`), so the
 * engine can compare the stored state's look with the new one and ask for the
 * icon only at a change: a quiet day sets it once. "Outside work hours" is the
 * state the engine keeps then: the user here, no bout, waiting for the next
 * work instant (`readySince`); away in the evening keeps the usual icon until
 * the user comes back, which is when the toolbar is seen.
 */
export function toolbarLook(s: TrackerState, cfg: Pick<EngineConfig, 'workHours'>): ToolbarLook {
  const due = s.prompt !== null;
  if (s.pausedUntil !== null) return { icon: 'paused', due, until: s.pausedUntil };
  if (!s.session && !s.bout && s.activity === 'active' && s.readySince !== null) {
    // Ready since a moment outside work hours (a fresh state in work hours is about to start its bout).
    const resumes = firstWorkInstant(s.readySince, cfg.workHours);
    if (resumes !== s.readySince) return { icon: 'outside', due, until: resumes };
  }
  return { icon: 'running', due, until: null };
}

export function sameLook(a: ToolbarLook, b: ToolbarLook): boolean {
  return a.icon === b.icon && a.due === b.due && a.until === b.until;
}
