/**
 * The admin script tag (dist/storelet-admin.js): a small classic script that imports the dashboard's first chunk
 * and points dashboards with no `api` at the shop named by the tag's `data-api`, else the origin it came from:
 *
 *   <script src="https://shop.example.com/storelet-admin.js"></script>
 *
 * The chunks are ES modules beside the script (`storelet-admin/…`), imported by absolute URL read from the script's
 * own address, as the shoppers' loader does (widgets/script-tag.ts).
 */
import { boot } from 'storelet-admin:chunks';

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="storelet-admin.js"]');
}

async function start(script: HTMLScriptElement): Promise<void> {
  const url = (file: string) => new URL(file, script.src).href;
  // The boot chunk's imports download beside it rather than after it.
  for (const file of boot) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url(file) }));
  }
  const module = (await import(url(boot[0]!))) as { start(apiUrl: string): void };
  module.start(script.dataset['api'] || new URL(script.src).origin);
}

const script = ownScript();
if (script) start(script).catch((error: unknown) => console.error('Storelet could not load <admin-dashboard>.', error));
else console.error('Storelet: storelet-admin.js could not find its own <script> tag, so it cannot load the dashboard.');
