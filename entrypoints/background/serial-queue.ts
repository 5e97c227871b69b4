/**
 * Runs jobs one at a time, in order: the worker's events each read the state
 * and write it back, so two must never interleave. A failed job is logged and
 * does not stop the queue.
 */
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Resolves when every queued job (including ones queued meanwhile) is done. */
  settled(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const run = queue.then(job, job);
      queue = run.catch((e: unknown) => console.error('[glute-break]', e));
      return run;
    },
    async settled() {
      let last: Promise<unknown>;
      do {
        last = queue;
        await last;
      } while (last !== queue);
    },
  };
}
