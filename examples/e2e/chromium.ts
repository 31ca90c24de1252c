import { execFileSync } from 'node:child_process';

/** Debian's chromium from the PATH: nothing downloads a browser on this project's machines. */
export function chromiumPath(): string {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || '/usr/bin/chromium';
  } catch {
    return '/usr/bin/chromium';
  }
}

/**
 * Flags that keep a headless Chromium from reaching out of this closed machine and let it run as root.
 * Shared by the end-to-end tests (playwright-core) and the widget tests (@web/test-runner).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
