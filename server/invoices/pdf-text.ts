import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reading invoices back in tests: poppler's tools where installed, else the text of an uncompressed PDF. */

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const HAS_PDFTOTEXT = has('pdftotext');
export const HAS_PDFTOPPM = has('pdftoppm');

/**
 * The PDF's text. With `pdftotext` (Debian's poppler-utils) as a reader would see it; without, the strings
 * of its content streams (pdfkit writes them as hex, split where it kerns), joined per text operation.
 */
export function pdfText(pdf: Buffer): string {
  if (HAS_PDFTOTEXT) return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  const source = pdf.toString('latin1');
  const operations = source.match(/\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj/g) ?? [];
  return operations
    .map((operation) =>
      (operation.match(/<([0-9a-fA-F]*)>/g) ?? [])
        .map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n');
}

/** The first page as a PNG (pdftoppm at 72 dpi), or null where pdftoppm is not installed. */
export function firstPagePng(pdf: Buffer): Buffer | null {
  if (!HAS_PDFTOPPM) return null;
  const dir = mkdtempSync(join(tmpdir(), 'storelet-invoice-'));
  try {
    writeFileSync(join(dir, 'invoice.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'invoice.pdf'),
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
