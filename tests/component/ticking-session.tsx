import { act } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { vi } from 'vitest';
import type { Exercise } from '../../core/exercise';
import type { IllustrationFrames } from '../../content/illustrations';
import { pauseSession, resumeSession, startSession, type GuidedSession } from '../../core/session/guided-session';
import type { SoundMode } from '../../core/settings/settings';
import type { SoundEnv } from '../../entrypoints/popup/sound-player';
import { GuidedSessionView } from '../../entrypoints/popup/GuidedSessionView';

interface Props {
  exercise: Exercise;
  soundEnv: SoundEnv;
  mode?: SoundMode;
  initial?: GuidedSession;
  frames?: IllustrationFrames;
  /** Told how much get-ready was left when "Start now" was pressed. */
  onSkipped?: (leftMs: number) => void;
}

/**
 * The guided minute driven as the popup drives it: a 250 ms tick, and Pause,
 * Resume and "Start now" changing the session the view is given.
 */
export function TickingSession({ exercise, soundEnv, mode = 'off', initial, frames, onSkipped }: Props) {
  const [now, setNow] = useState(Date.now());
  const [session, setSession] = useState(initial ?? startSession(exercise.id, Date.now()));
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  return (
    <GuidedSessionView
      exercise={exercise}
      frames={frames}
      session={session}
      now={now}
      sound={mode}
      soundEnv={soundEnv}
      onPause={() => setSession((s) => pauseSession(s, Date.now()))}
      onResume={() => setSession((s) => resumeSession(s, Date.now()))}
      onSkipGetReady={(leftMs) => {
        onSkipped?.(leftMs);
        setSession((s) => ({ ...s, startedAt: s.startedAt - leftMs }));
        setNow(Date.now());
      }}
      onStop={() => {}}
      onDone={() => {}}
    />
  );
}

/** Moves the fake clock tick by tick, each tick rendered as the popup would (act batches renders); 0 flushes once. */
export async function advanceTicks(ms: number) {
  for (let left = ms; left > 0 || ms === 0; left -= 250) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(Math.min(250, Math.max(0, left)));
    });
    if (ms === 0) break;
  }
}
