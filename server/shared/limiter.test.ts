import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { createLimiter } from './limiter.ts';

/** A task that runs until its `finish` is called, recording when it starts. */
function task(started: number[], index: number) {
  let finish: (fail?: boolean) => void = () => {};
  const run = () =>
    new Promise<number>((resolve, reject) => {
      started.push(index);
      finish = (fail) => (fail ? reject(new Error(`task ${index}`)) : resolve(index));
    });
  return { run, finish: (fail?: boolean) => finish(fail) };
}

describe('createLimiter', () => {
  test('runs two at a time; the others wait and start in the order they came, also after a failure', async () => {
    const limiter = createLimiter(2);
    const started: number[] = [];
    const tasks = Array.from({ length: 5 }, (_, index) => task(started, index));
    const results = tasks.map(({ run }) => limiter.run(run).catch((error: Error) => error.message));
    await tick();
    assert.deepEqual(started, [0, 1]);
    tasks[1]?.finish(true);
    await tick();
    assert.deepEqual(started, [0, 1, 2]);
    tasks[0]?.finish();
    tasks[2]?.finish();
    await tick();
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
    tasks[3]?.finish();
    tasks[4]?.finish();
    assert.deepEqual(await Promise.all(results), [0, 'task 1', 2, 3, 4]);
  });

  test('a free slot is taken at once, and a newcomer waits behind those already waiting', async () => {
    const limiter = createLimiter(1);
    const started: number[] = [];
    const first = task(started, 0);
    const second = task(started, 1);
    const done = [limiter.run(first.run), limiter.run(second.run)];
    await tick();
    first.finish();
    const third = task(started, 2);
    done.push(limiter.run(third.run));
    await tick();
    assert.deepEqual(started, [0, 1]);
    second.finish();
    await tick();
    third.finish();
    assert.deepEqual(await Promise.all(done), [0, 1, 2]);
  });

  test('with maxWaiting, one task more than may wait is refused at once, and a freed place can be taken again', async () => {
    const limiter = createLimiter(1, { maxWaiting: 2, refuse: () => new Error('busy') });
    const started: number[] = [];
    const tasks = Array.from({ length: 4 }, (_, index) => task(started, index));
    const done = tasks.slice(0, 3).map(({ run }) => limiter.run(run));
    assert.equal(limiter.waiting, 2);
    await assert.rejects(limiter.run(tasks[3]!.run), /busy/);
    assert.equal(limiter.waiting, 2, 'the refused task took no place');
    await tick();
    tasks[0]?.finish();
    await tick();
    assert.deepEqual(started, [0, 1]);
    assert.equal(limiter.waiting, 1);
    const again = task(started, 4);
    done.push(limiter.run(again.run));
    tasks[1]?.finish();
    await tick();
    tasks[2]?.finish();
    await tick();
    again.finish();
    assert.deepEqual(await Promise.all(done), [0, 1, 2, 4]);
    assert.deepEqual(started, [0, 1, 2, 4], 'the refused task never ran');
  });
});
