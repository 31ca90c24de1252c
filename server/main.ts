import { ConfigError } from './config.ts';
import { configFromEnv } from './config-env.ts';
import { startServer } from './start.ts';

/** `npm run serve`: configuration from the environment, a clean shutdown on Ctrl-C or a stop signal. */
async function main(): Promise<void> {
  const server = await startServer(configFromEnv(process.env));
  console.log(`Storelet is running at ${server.url}  (API reference: ${server.url}/api/docs)`);
  console.log(
    server.shop.payments.name === 'stripe'
      ? 'Payments: Stripe.'
      : 'Payments: the built-in test gateway (no money moves; set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET for Stripe).',
  );
  if (server.devAdmin) {
    console.log(`Admin: sign in as ${server.devAdmin.email} with the password in ${server.devAdmin.passwordFile} (set STORELET_ADMIN_EMAIL and STORELET_ADMIN_PASSWORD for your own).`);
  }
  if (!server.config.smtpUrl) console.log(`Emails go to ${server.config.outboxDir}${server.config.production ? '' : `, readable at ${server.url}/dev/outbox`}.`);

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
