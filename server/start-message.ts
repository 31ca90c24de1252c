import type { RunningServer } from './start.ts';

export type StartMessageOptions = {
  /**
   * Whether standard output is a person's terminal. A new development password is shown only there:
   * output sent to a file or a log collector gets the file's path instead.
   */
  terminal: boolean;
};

/** What `npm start` tells the developer once the server listens, a line each. */
export function startMessage(server: RunningServer, options: StartMessageOptions): string[] {
  const { url, config, devAdmin } = server;
  const lines = [`Storelet is running at ${url}  (API reference: ${url}/api/docs)`];
  lines.push(
    server.shop.payments.name === 'stripe'
      ? 'Payments: Stripe.'
      : 'Payments: the built-in test gateway (no money moves; set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET for Stripe).',
  );
  if (devAdmin) {
    const own = '(set STORELET_ADMIN_EMAIL and STORELET_ADMIN_PASSWORD for your own)';
    if (devAdmin.newPassword && options.terminal) {
      lines.push(
        `Admin: sign in at ${url}/examples/admin/ as ${devAdmin.email} with the password ${devAdmin.newPassword}`,
        `  Shown this once; it is kept in ${devAdmin.passwordFile} ${own}.`,
      );
    } else {
      lines.push(`Admin: sign in as ${devAdmin.email} with the password in ${devAdmin.passwordFile} ${own}.`);
    }
  }
  if (!config.smtpUrl) {
    lines.push(`Emails go to ${config.outboxDir}${config.production ? '' : `, readable at ${url}/dev/outbox`}.`);
  }
  return lines;
}
