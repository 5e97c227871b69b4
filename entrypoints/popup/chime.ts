/**
 * A soft two-note chime at the end of a session, synthesised with WebAudio so
 * no sound file ships. Quiet (peak gain 0.15) with gentle attack and release.
 */
export function playChime(): void {
  const Ctx = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Ctx) return;
  try {
    const ctx = new Ctx();
    const t0 = ctx.currentTime;
    [660, 880].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const start = t0 + i * 0.18;
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 1.25);
    });
    setTimeout(() => void ctx.close(), 1_600);
  } catch {
    // No audio device or autoplay blocked: the visual "done" is enough.
  }
}
