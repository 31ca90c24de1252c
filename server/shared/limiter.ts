/**
 * A counting semaphore: runs at most `concurrency` tasks at once, and the rest in the order they came.
 * `waiting` is how many are queued for a slot.
 */
export type Limiter = { run<T>(task: () => Promise<T>): Promise<T>; readonly waiting: number };

/** A bound on the queue: with `maxWaiting` tasks already waiting, the next is refused at once with `refuse()`. */
export type QueueBound = { maxWaiting: number; refuse: () => Error };

/** Without a bound, every task waits its turn however many are queued. */
export function createLimiter(concurrency: number, bound?: QueueBound): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next one waiting, so a newcomer cannot take it first.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    get waiting() {
      return waiting.length;
    },
    async run(task) {
      if (running < concurrency) running++;
      else if (bound && waiting.length >= bound.maxWaiting) throw bound.refuse();
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
