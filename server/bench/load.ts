import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

export type Served = { url: string; stop(): Promise<void> };

/** Starts `serve.ts` in its own process and waits for its URL; `nodeArgs` such as `--cpu-prof` go to that process. */
export async function serveInChild(env: Record<string, string>, nodeArgs: string[] = []): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/bench/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    lines.on('line', (line) => {
      if (line.startsWith('listening ')) resolve(line.slice('listening '.length));
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export type LoadResult = {
  requestsPerSecond: number;
  /** Bytes read per answer, headers included: a cached page costs about what it weighs. */
  bytesPerAnswer: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
};

const WARM_UP_SECONDS = 3;

/** Drives `paths` in turn at a fixed concurrency for a fixed time, after a short warm-up. */
export async function measure(
  url: string,
  paths: string[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const requests = paths.map((path) => ({ method: 'GET' as const, path }));
  // A fresh server process is still compiling its hot paths for the first second or two.
  await autocannon({ url, connections: options.connections, duration: WARM_UP_SECONDS, requests });
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, requests });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    bytesPerAnswer: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
