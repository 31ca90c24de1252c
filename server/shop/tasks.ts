import type { ErrorLogger } from '../http/error-handler.ts';

/**
 * Work that must not hold up a response (sending an email after the commit that decided it). Failures
 * are logged, never thrown at a request; `drain()` lets a server finish what it started before closing.
 */
export type TaskQueue = {
  run(what: string, task: () => Promise<void>): void;
  drain(): Promise<void>;
};

export function createTaskQueue(log: ErrorLogger): TaskQueue {
  const running = new Set<Promise<void>>();
  return {
    run(what, task) {
      const promise = task()
        .catch((error: unknown) => log(`Background task failed: ${what}`, error))
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async drain() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
