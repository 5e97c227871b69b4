import type { Cue } from '../../core/session/cue-schedule';
import type { SoundMode } from '../../core/settings/settings';

/**
 * Plays the coach's cues: Web Audio tones, or a spoken line through a voice
 * installed on this computer (`localService`: nothing leaves the machine), or
 * nothing at all. Loaded with the session view, i.e. after the user's Start
 * click, which is what lets audio and speech begin.
 */
export interface SoundEnv {
  AudioContext?: typeof AudioContext;
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
  /** UI language, e.g. "en-US": a voice must speak it. */
  lang: string;
}

export interface SoundPlayer {
  /** Plays one cue; `line` is what a voice says for it. */
  play(cue: Cue, line: string): void;
  /** Retries a suspended audio context (call from a click). */
  unlock(): void;
  close(): void;
}

interface Note {
  freq: number;
  /** Seconds after the cue. */
  at: number;
  dur: number;
  gain: number;
  type: OscillatorType;
}

const note = (freq: number, at: number, dur: number, gain = 0.12, type: OscillatorType = 'sine'): Note => ({ freq, at, dur, gain, type });

/** One sound per cue kind, each recognisable without looking: a soft tick per
 *  rep, a falling two-note call to switch sides, short beeps for 3-2-1. */
export const TONES: Record<Cue['kind'], Note[]> = {
  begin: [note(660, 0, 0.18), note(880, 0.16, 0.3)],
  rep: [note(1320, 0, 0.05, 0.06)],
  halfway: [note(990, 0, 0.08, 0.08), note(990, 0.14, 0.08, 0.08)],
  switch: [note(880, 0, 0.22, 0.12, 'triangle'), note(587, 0.22, 0.4, 0.12, 'triangle')],
  count: [note(740, 0, 0.12, 0.1)],
  done: [note(587, 0, 1.2, 0.15), note(880, 0.2, 1.2, 0.15)],
};

export function browserSoundEnv(lang: string): SoundEnv {
  return {
    AudioContext: globalThis.AudioContext,
    speechSynthesis: globalThis.speechSynthesis,
    SpeechSynthesisUtterance: globalThis.SpeechSynthesisUtterance,
    lang,
  };
}

/** A voice on this computer for the UI language; none → tones. */
export function localVoice(synth: SpeechSynthesis | undefined, lang: string): SpeechSynthesisVoice | null {
  if (!synth) return null;
  const base = lang.toLowerCase().split(/[-_]/)[0];
  const local = synth.getVoices().filter((v) => v.localService && v.lang.toLowerCase().split(/[-_]/)[0] === base);
  return local.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? local[0] ?? null;
}

const SILENT: SoundPlayer = { play() {}, unlock() {}, close() {} };

export function createSoundPlayer(mode: SoundMode, env: SoundEnv): SoundPlayer {
  if (mode === 'off') return SILENT;
  let ctx: AudioContext | null = null;
  const audio = (): AudioContext | null => {
    if (!ctx && env.AudioContext) {
      try {
        ctx = new env.AudioContext();
      } catch {
        ctx = null; // no audio device: the screen still shows everything
      }
    }
    return ctx;
  };
  // Created now, inside the click that started the session.
  audio();

  const tone = (kind: Cue['kind']) => {
    const c = audio();
    if (!c) return;
    if (c.state === 'suspended') void c.resume().catch(() => {});
    const t0 = c.currentTime;
    for (const n of TONES[kind]) {
      const osc = c.createOscillator();
      const gain = c.createGain();
      const start = t0 + n.at;
      osc.type = n.type;
      osc.frequency.value = n.freq;
      // Gentle attack and release: a click-free, quiet tone.
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(n.gain, start + Math.min(0.02, n.dur / 4));
      gain.gain.exponentialRampToValueAtTime(0.0001, start + n.dur);
      osc.connect(gain).connect(c.destination);
      osc.start(start);
      osc.stop(start + n.dur + 0.05);
    }
  };

  const speak = (line: string): boolean => {
    const synth = env.speechSynthesis;
    const voice = localVoice(synth, env.lang);
    if (!synth || !voice || !env.SpeechSynthesisUtterance) return false;
    const u = new env.SpeechSynthesisUtterance(line);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 1.05;
    // A late line is worse than none: drop what has not been said yet.
    synth.cancel();
    synth.speak(u);
    return true;
  };

  return {
    play(cue, line) {
      if (mode === 'voice' && speak(line)) return;
      tone(cue.kind);
    },
    unlock() {
      if (ctx?.state === 'suspended') void ctx.resume().catch(() => {});
    },
    close() {
      env.speechSynthesis?.cancel();
      void ctx?.close().catch(() => {});
      ctx = null;
    },
  };
}
