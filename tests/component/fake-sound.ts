/**
 * Stand-ins for Web Audio and speech synthesis that record what a user would
 * hear, with the (fake) time it started. One `play` of a tone is one group of
 * notes whose first starts at the context's current time.
 */
export interface Heard {
  atMs: number;
  /** Frequencies of the notes, joined: "660+880". */
  tone?: string;
  said?: string;
}

export function fakeSound(t0: number, voices: Partial<SpeechSynthesisVoice>[] = []) {
  const heard: Heard[] = [];
  const contexts: FakeAudioContext[] = [];
  class FakeAudioContext {
    state: AudioContextState = 'running';
    destination = {};
    closed = false;
    constructor() {
      contexts.push(this);
    }
    get currentTime() {
      return (Date.now() - t0) / 1000;
    }
    createOscillator() {
      const ctx = this;
      const osc = {
        type: 'sine',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start(at: number) {
          const last = heard.at(-1);
          if (at === ctx.currentTime || !last?.tone) heard.push({ atMs: Math.round(at * 1000), tone: String(osc.frequency.value) });
          else last.tone += `+${osc.frequency.value}`;
        },
        stop() {},
      };
      return osc;
    }
    createGain() {
      return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next };
    }
    resume() {
      this.state = 'running';
      return Promise.resolve();
    }
    close() {
      this.closed = true;
      return Promise.resolve();
    }
  }
  class FakeUtterance {
    voice: SpeechSynthesisVoice | null = null;
    lang = '';
    rate = 1;
    constructor(public text: string) {}
  }
  const speechSynthesis = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: (u: FakeUtterance) => heard.push({ atMs: Date.now() - t0, said: u.text }),
    cancel() {},
  };
  return {
    heard,
    contexts,
    env: {
      AudioContext: FakeAudioContext as unknown as typeof AudioContext,
      speechSynthesis: speechSynthesis as unknown as SpeechSynthesis,
      SpeechSynthesisUtterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
      lang: 'en-US',
    },
  };
}

/** The tones by name, as the coach plays them (see TONES in sound-player.ts). */
const TONE_NAMES: Record<string, string> = {
  '660+880': 'begin',
  '1320': 'tick',
  '990+990': 'halfway',
  '880+587': 'switch',
  '740': 'beep',
  '587+880': 'chime',
};

/** "5s begin", "10s tick"… or "5s «Begin.»" for a spoken line. */
export const describeHeard = (h: Heard) => `${h.atMs / 1000}s ${h.said !== undefined ? `«${h.said}»` : (TONE_NAMES[h.tone!] ?? h.tone)}`;
