/**
 * The script tag (dist/storelet.js): a small classic script that knows every tag and imports an element's
 * chunk the first time the tag appears, so a page downloads only the elements it uses.
 *
 *   <script src="https://shop.example.com/storelet.js" data-api="https://shop.example.com"></script>
 *
 * Without `data-api`, the shop is the origin the script was loaded from. The chunks are ES modules beside the
 * script (`storelet/…`); a classic script's `import()` of a relative path is not reliably relative to the script,
 * so they are imported by absolute URL, from the script's own address read while it runs.
 */
import { boot, elements } from 'storelet:chunks';
import { autoload } from './loader/autoload.ts';

/** This script's element: `currentScript` while it runs; any storelet.js tag for a bundler that lost it. */
function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="storelet.js"]');
}

function start(script: HTMLScriptElement): void {
  const apiUrl = script.dataset['api'] || new URL(script.src).origin;
  const url = (file: string) => new URL(file, script.src).href;
  const hinted = new Set<string>();
  // A chunk's imports are hinted with it, so they download side by side rather than one after the other.
  const preload = (files: readonly string[]) => {
    for (const file of files) {
      if (hinted.has(file)) continue;
      hinted.add(file);
      const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url(file) });
      document.head.append(link);
    }
  };
  let booted: Promise<void> | undefined;
  const configure = () =>
    (booted ??= (async () => {
      preload(boot);
      const module = (await import(url(boot[0]!))) as { configure(apiUrl: string): void };
      module.configure(apiUrl);
    })());

  // `<shop-provider>` is in the boot chunk.
  autoload([...Object.keys(elements), 'shop-provider'], async (tag) => {
    const files = elements[tag] ?? boot;
    preload(files);
    await configure();
    await import(url(files[0]!));
  });
}

const script = ownScript();
if (script) start(script);
else console.error('Storelet: storelet.js could not find its own <script> tag, so it cannot load the elements.');
