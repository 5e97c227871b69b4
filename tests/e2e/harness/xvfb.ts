import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A virtual X display for headed Chromium: real `chrome.idle` only reports
 * idle/active where there is X input to watch. Xvfb and xdotool are required
 * (`apt-get install -y xvfb xdotool`, done by .ci/run): a missing one fails
 * the test with that command, never skips it.
 */
export interface VirtualDisplay {
  display: string;
  /** Real X input (Playwright's clicks go through CDP and are not activity). */
  moveMouse(x: number, y: number): void;
  /** Kills this Xvfb by its PID and waits until it is gone (its display free again). */
  stop(): Promise<void>;
}

const which = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export async function startXvfb(display = ':95'): Promise<VirtualDisplay> {
  const missing = ['Xvfb', 'xdotool'].filter((c) => !which(c));
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(' and ')} missing: real-idle tests need a virtual display. Install with: apt-get install -y xvfb xdotool`,
    );
  }
  const socket = `/tmp/.X11-unix/X${display.slice(1)}`;
  if (existsSync(socket)) throw new Error(`display ${display} is already in use (${socket}); stop that Xvfb first`);
  const proc: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  let exited = false;
  const gone = new Promise<void>((resolve) => proc.on('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited && proc.pid !== undefined) process.kill(proc.pid, 'SIGTERM');
    await gone;
  };
  for (let waited = 0; !existsSync(socket); waited += 50) {
    if (exited || waited > 10_000) {
      await stop();
      throw new Error(`Xvfb ${display} did not start`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    display,
    moveMouse: (x, y) => execFileSync('xdotool', ['mousemove', String(x), String(y)], { env: { ...process.env, DISPLAY: display } }),
    stop,
  };
}
