/** A counting semaphore: runs at most `concurrency` tasks at once, and the rest in the order they came. */
export type Limiter = { run<T>(task: () => Promise<T>): Promise<T> };

export function createLimiter(concurrency: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next one waiting, so a newcomer cannot take it first.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(task) {
      if (running < concurrency) running++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
