import { fileURLToPath } from 'node:url';
import { runStage } from './test-support/run-stage.ts';

/**
 * `npm run test:widgets`: the widget tests in Chromium through @web/test-runner, with its reporter's lines
 * and nothing of the runner's own banners and progress unless the run fails without naming a failing test.
 * Arguments are passed on (`--files widgets/cart-drawer/cart-drawer.test.ts`).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
process.chdir(root);
process.exit(
  runStage(['--import', 'tsx', bin, '--config', 'widgets/web-test-runner.config.mjs', ...process.argv.slice(2)], {
    holdOutput: true,
  }),
);
