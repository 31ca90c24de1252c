// Widget tests in real Chromium against a real Storelet server seeded with the example catalog.
// Run through `npm run test:widgets` (node --import tsx), which lets this file import the server's TypeScript.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from '../examples/e2e/chromium.ts';
import { quietWtrReporter } from '../server/test-support/wtr-reporter.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** A port nothing listens on right now: the test runner's own, and the "shop is down" URL. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const closedPort = await freePort();
/** The store owner and a shopper with an account, for <admin-dashboard>: made when the server starts. */
const admin = { email: 'owner@example.com', password: 'correct horse battery staple' };
const customer = { email: 'shopper@example.com', password: 'a customer password' };
/** Filled in when the Storelet server is up; read by every test page. */
const testServer = {
  apiUrl: '',
  closedApiUrl: `http://127.0.0.1:${closedPort}`,
  admin,
  customer,
  // A second shop that takes payments with Stripe (the Stripe API on loopback), for the embedded checkout.
  stripeApiUrl: '',
  stripePublishableKey: 'pk_test_storelet',
};

/**
 * Starts the Storelet servers on temporary SQLite files for the whole run, and stops them after. Tests of the
 * Stripe shop finish a payment with the `storelet-stripe-complete` command: the fake completes the session and its
 * signed webhook reaches the shop, as Stripe's would.
 */
function storeletServerPlugin() {
  let shop;
  let stripeShop;
  let fakeStripe;
  let dataDir;
  return {
    name: 'storelet-test-server',
    async serverStart() {
      const { startServer } = await import('../server/index.ts');
      const { startFakeStripe } = await import('../server/payments/test-support/fake-stripe.ts');
      dataDir = mkdtempSync(join(tmpdir(), 'storelet-wtr-'));
      const options = (name) => ({
        port: 0,
        databaseUrl: join(dataDir, `${name}.db`),
        uploadDir: join(dataDir, `${name}-uploads`),
        outboxDir: join(dataDir, `${name}-outbox`),
        seed: 'example',
        allowedOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
      });
      shop = await startServer({ ...options('shop'), admin });
      const { createUser } = await import('../server/accounts/test-support/users.ts');
      await createUser(shop.data, customer.email, customer.password, 'customer');
      testServer.apiUrl = shop.url;
      fakeStripe = await startFakeStripe();
      stripeShop = await startServer({
        ...options('stripe-shop'),
        stripe: {
          secretKey: fakeStripe.secretKey,
          webhookSecret: fakeStripe.webhookSecret,
          publishableKey: testServer.stripePublishableKey,
          apiHost: fakeStripe.host,
          apiPort: fakeStripe.port,
          apiProtocol: 'http',
        },
      });
      testServer.stripeApiUrl = stripeShop.url;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'storelet-stripe-complete') return undefined;
      const session = [...fakeStripe.sessions.values()].find((entry) => entry.client_secret === payload.clientSecret);
      if (!session) return { status: 404 };
      fakeStripe.completeSession(session.id);
      const event = fakeStripe.eventFor(session.id, 'checkout.session.completed');
      const response = await fetch(`${stripeShop.url}/api/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': event.header },
        body: event.payload,
      });
      return { status: response.status, session };
    },
    async serverStop() {
      await shop?.close();
      await stripeShop?.close();
      await fakeStripe?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default {
  rootDir: root,
  files: ['widgets/**/*.test.ts'],
  port,
  nodeResolve: true,
  // One tab at a time: headless Chromium starves background tabs of frames, so focus,
  // IntersectionObserver and axe would stall in a second tab (modernweb-dev/web#2588).
  concurrency: 1,
  // A line per file and failures in full, counted into npm test's closing line, instead of the progress bar.
  reporters: [quietWtrReporter()],
  staticLogging: true,
  testFramework: { config: { timeout: 15_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  plugins: [
    storeletServerPlugin(),
    // `js: true` and a fixed target (with "auto" esbuild skips plain JS for a modern browser) so
    // nanostores' `process.env.NODE_ENV` is replaced too: the browser has no `process`.
    esbuildPlugin({
      ts: true,
      js: true,
      target: 'es2022',
      tsconfig: join(root, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><title>Storelet widget tests</title></head>
      <body>
        <script>globalThis.storeletTestServer = ${JSON.stringify(testServer)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
