import { ConfigError } from './config.ts';
import { configFromEnv } from './config-env.ts';
import { startMessage } from './start-message.ts';
import { startServer } from './start.ts';

/** `npm run serve`: configuration from the environment, a clean shutdown on Ctrl-C or a stop signal. */
async function main(): Promise<void> {
  const server = await startServer(configFromEnv(process.env));
  for (const line of startMessage(server, { terminal: process.stdout.isTTY === true })) console.log(line);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
