import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Upload as UploadSchema } from '../../sdk/schemas/index.ts';
import { createCart } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import {
  acceptedSamples,
  coreldrawZip,
  ELF,
  EXE,
  HTML,
  PLAIN_POSTSCRIPT,
  pngClaiming,
  psd,
  psdThumbnailResource,
  UNSAFE_SVGS,
  zipOf,
  type Sample,
} from './test-support/samples.ts';
import { filesUnder, upload } from './test-support/upload.ts';

let server: TestServer;
let uploadDir: string;
let samples: Sample[];
before(async () => {
  server = await startTestServer({ seed: 'none' });
  uploadDir = join(server.dir, 'uploads');
  samples = await acceptedSamples();
});
after(() => server.close());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What the store holds apart from the staging folder: only hash-named originals and previews. */
const storedFiles = () => filesUnder(uploadDir).filter((file) => !file.startsWith('.staging'));

describe('accepted formats, decided from the bytes', () => {
  test('every format is stored under its hash, measured where it has pixels, with a thumbnail for rasters and SVG', async () => {
    const cart = await createCart(server);
    for (const sample of samples) {
      // A misleading name and claimed type change nothing.
      const response = await upload(server, cart.id, sample.bytes, `${sample.name}.exe`, {
        'content-type': 'text/html',
      });
      assert.equal(response.status, 201, `${sample.name}: ${response.text}`);
      const body = response.body;
      assert.ok(UploadSchema.safeParse(body).success, sample.name);
      assert.match(body.id, /^upl_[0-9a-z]{16}$/);
      assert.equal(body.format, sample.format, sample.name);
      assert.equal(body.fileName, `${sample.name}.exe`);
      assert.equal(body.size, sample.bytes.length);
      assert.deepEqual([body.width, body.height], [sample.width, sample.height], sample.name);
      assert.equal(body.previewUrl !== null, sample.preview, sample.name);
      const hash = sha256(sample.bytes);
      assert.ok(storedFiles().includes(join('originals', hash.slice(0, 2), hash)), sample.name);
    }
    assert.deepEqual(filesUnder(join(uploadDir, '.staging')), [], 'nothing staged is left');
  });

  test('thumbnails are PNGs at most 512 px, also for an SVG, loadable cross-origin', async () => {
    const cart = await createCart(server);
    for (const sample of samples.filter((candidate) => candidate.preview)) {
      const { body } = await upload(server, cart.id, sample.bytes, sample.name);
      assert.ok(
        body.previewUrl?.startsWith(`${server.url}/api/uploads/${body.id}/preview.png?sig=`),
        body.previewUrl ?? '',
      );
      const preview = await fetch(body.previewUrl ?? '');
      assert.equal(preview.status, 200, sample.name);
      assert.equal(preview.headers.get('content-type'), 'image/png', sample.name);
      assert.equal(preview.headers.get('cross-origin-resource-policy'), 'cross-origin');
      assert.match(preview.headers.get('cache-control') ?? '', /immutable/);
      const bytes = Buffer.from(await preview.arrayBuffer());
      assert.deepEqual(bytes.subarray(0, 8), PNG_SIGNATURE, sample.name);
      assert.ok(bytes.readUInt32BE(16) <= 512 && bytes.readUInt32BE(20) <= 512);
    }
  });

  test('a CorelDRAW ZIP is found by its directory even behind the longest archive comment', async () => {
    const cart = await createCart(server);
    const bytes = coreldrawZip('c'.repeat(0xffff));
    const response = await upload(server, cart.id, bytes, 'sticker.cdr');
    assert.equal(response.status, 201, response.text);
    assert.deepEqual([response.body.format, response.body.mediaType], ['cdr', 'application/vnd.corel-draw']);
  });

  test('an SVG whose DOCTYPE names a DTD on a server is drawn without fetching it', async () => {
    const fetched: string[] = [];
    const dtdServer = createServer((request, response) => {
      fetched.push(request.url ?? '');
      response.end('<!ENTITY x "fetched">');
    });
    await new Promise<void>((resolve) => dtdServer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = dtdServer.address() as AddressInfo;
      const svg = `<!DOCTYPE svg SYSTEM "http://127.0.0.1:${port}/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`;
      const response = await upload(server, (await createCart(server)).id, Buffer.from(svg), 'logo.svg');
      assert.equal(response.status, 201, response.text);
      assert.ok(response.body.previewUrl);
      assert.deepEqual(fetched, []);
    } finally {
      dtdServer.close();
    }
  });

  test('an SVG with a huge canvas is measured at its size and drawn scaled down', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="50000"><rect width="100000" height="50000" fill="#f00"/></svg>';
    const { status, body, text } = await upload(server, (await createCart(server)).id, Buffer.from(svg), 'banner.svg');
    assert.equal(status, 201, text);
    assert.deepEqual([body.width, body.height], [100000, 50000]);
    const preview = Buffer.from(await (await fetch(body.previewUrl ?? '')).arrayBuffer());
    assert.ok(preview.readUInt32BE(16) <= 512 && preview.readUInt32BE(16) > 0);
  });

  test('a PSD whose embedded thumbnail is damaged is kept, without a preview', async () => {
    const bytes = psd(300, 200, [psdThumbnailResource(Buffer.from('\xff\xd8\xff\xe0 cut', 'latin1'), 30, 20)]);
    const response = await upload(server, (await createCart(server)).id, bytes, 'broken-thumbnail.psd');
    assert.equal(response.status, 201, response.text);
    assert.deepEqual([response.body.width, response.body.height, response.body.previewUrl], [300, 200, null]);
  });

  test('the same file twice is two uploads over one stored original', async () => {
    const cart = await createCart(server);
    const [png] = samples;
    assert.ok(png);
    const first = await upload(server, cart.id, png.bytes, 'a.png');
    const second = await upload(server, cart.id, png.bytes, 'b.png');
    assert.notEqual(first.body.id, second.body.id);
    assert.equal(
      storedFiles().filter((file) => file.includes(sha256(png.bytes)) && file.startsWith('originals')).length,
      1,
    );
  });

  test('a file larger than the JSON body limit streams in', async () => {
    const cart = await createCart(server);
    const big = Buffer.concat([
      Buffer.from('%PDF-1.4\n%'),
      Buffer.alloc(3 * 1024 * 1024, 0x41),
      Buffer.from('\n%%EOF\n'),
    ]);
    const response = await upload(server, cart.id, big, 'big.pdf');
    assert.equal(response.status, 201, response.text);
    assert.equal(response.body.size, big.length);
  });
});

describe('refused files leave nothing behind', () => {
  const refuse = async (bytes: Buffer, name: string, status: number, code: string) => {
    const before = storedFiles();
    const cart = await createCart(server);
    const response = await upload(server, cart.id, bytes, name, { 'content-type': 'image/png' });
    assert.equal(response.status, status, `${name}: ${response.text}`);
    assert.equal(response.body.error.code, code, name);
    assert.deepEqual(storedFiles(), before, `${name} left a file`);
    assert.deepEqual(filesUnder(join(uploadDir, '.staging')), [], `${name} left a staged file`);
    return response.body.error;
  };

  test('an executable or HTML named .png is 415 unsupported_file_type', async () => {
    const exe = await refuse(EXE, 'cat.png', 415, 'unsupported_file_type');
    assert.equal(exe.details?.detected, 'exe');
    await refuse(ELF, 'cat.png', 415, 'unsupported_file_type');
    await refuse(HTML, 'cat.png', 415, 'unsupported_file_type');
    await refuse(PLAIN_POSTSCRIPT, 'cat.eps', 415, 'unsupported_file_type');
    await refuse(
      Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00' + 'x'.repeat(100), 'latin1'),
      'cat.zip',
      415,
      'unsupported_file_type',
    );
    const zip = await refuse(
      zipOf([
        ['content/other.dat', Buffer.from('RIFF')],
        ['readme.txt', Buffer.from('hi')],
      ]),
      'cat.cdr',
      415,
      'unsupported_file_type',
    );
    assert.equal(zip.details?.detected, 'zip');
    await refuse(Buffer.from('just some words'), 'notes.svg', 415, 'unsupported_file_type');
  });

  test('a file declared over the 50 MB default is 413 upload_too_large, said in megabytes', async () => {
    const cart = await createCart(server);
    const url = new URL(`${server.url}/api/carts/${cart.id}/uploads?name=huge.tiff`);
    const answer = await new Promise<string>((resolve, reject) => {
      const sent = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        headers: { 'content-length': String(50 * 2 ** 20 + 1) },
      });
      sent.on('error', reject);
      sent.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
      });
      sent.flushHeaders();
    });
    const { error } = JSON.parse(answer) as ErrorJson;
    assert.deepEqual([error.code, error.message], ['upload_too_large', 'The file is larger than 50 MB.']);
  });

  test('a zero-byte file is 400 empty_file', async () => {
    await refuse(Buffer.alloc(0), 'empty.png', 400, 'empty_file');
  });

  test('a truncated image is 400 invalid_file; so is an incomplete PDF', async () => {
    for (const sample of samples.filter((candidate) =>
      ['png', 'jpeg', 'webp', 'gif', 'tiff'].includes(candidate.format),
    )) {
      await refuse(
        sample.bytes.subarray(0, Math.floor(sample.bytes.length / 2)),
        `half-${sample.name}`,
        400,
        'invalid_file',
      );
    }
    await refuse(Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n'), 'cut.pdf', 400, 'invalid_file');
    await refuse(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect'), 'cut.svg', 400, 'invalid_file');
  });

  test('an image over 100 megapixels is 400 invalid_file saying it is too large, not damaged', async () => {
    const error = await refuse(await pngClaiming(20_000, 20_000), 'poster.png', 400, 'invalid_file');
    assert.equal(
      error.message,
      'The image is larger than 100 megapixels (10,000 × 10,000 pixels). Scale it down or export a PDF.',
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="100000000"/>');
    assert.match((await refuse(svg, 'vast.svg', 400, 'invalid_file')).message, /canvas is too large to draw/);
  });

  for (const [what, svg] of UNSAFE_SVGS) {
    test(`an SVG with ${what} is 400 unsafe_file`, async () => {
      await refuse(Buffer.from(svg), 'logo.svg', 400, 'unsafe_file');
    });
  }

  test('an unknown cart is 404 cart_not_found before anything is read', async () => {
    const response = await upload(
      server,
      'cart_00000000000000000000000000',
      samples[0]?.bytes ?? Buffer.alloc(1),
      'a.png',
    );
    assert.equal(response.status, 404);
    assert.equal(response.body.error.code, 'cart_not_found');
  });
});

describe('names are labels, never paths', () => {
  test('traversal, control characters and absurd lengths are cleaned for display only', async () => {
    const cart = await createCart(server);
    const [png] = samples;
    assert.ok(png);
    const cases: [string, string][] = [
      ['../../etc/passwd.png', 'passwd.png'],
      ['..\\..\\windows\\system32\\logo.png', 'logo.png'],
      ['/absolute/path/art.png', 'art.png'],
      ['evil\u0000name\r\n.png', 'evilname.png'],
      ['gnp.\u202eexe.png', 'gnp.exe.png'],
      ['..', 'design'],
      ['', 'design'],
      [`${'a'.repeat(300)}.png`, `${'a'.repeat(116)}.png`],
    ];
    for (const [name, expected] of cases) {
      const response = await upload(server, cart.id, png.bytes, name);
      assert.equal(response.status, 201, name);
      assert.equal(response.body.fileName, expected, JSON.stringify(name));
    }
    assert.ok(
      storedFiles().every((file) =>
        /^(originals\/[0-9a-f]{2}\/[0-9a-f]{64}|previews\/[0-9a-f]{2}\/[0-9a-f]{64}\.png)$/.test(file),
      ),
      storedFiles().join(', '),
    );
  });

  test('a name over 1000 characters is 400 validation_failed', async () => {
    const cart = await createCart(server);
    const response = await upload(server, cart.id, samples[0]?.bytes ?? Buffer.alloc(1), 'x'.repeat(1001));
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'validation_failed');
  });
});

/** Sniffing and SVG checks run on the event loop: a file crafted against their patterns must not hold it. */
describe('crafted text is checked in linear time', () => {
  const timed = async (bytes: Buffer, name: string) => {
    const cart = await createCart(server);
    const started = performance.now();
    const response = await upload(server, cart.id, bytes, name);
    return { response, ms: performance.now() - started };
  };

  test('an unclosed svg DOCTYPE followed by spaces', async () => {
    const { response, ms } = await timed(Buffer.from(`<!DOCTYPE svg${' '.repeat(60_000)}`), 'doctype.svg');
    assert.equal(response.status, 415, response.text);
    assert.ok(ms < 1000, `took ${Math.round(ms)} ms`);
  });

  test('comments after an svg DOCTYPE, then no svg root', async () => {
    const { response, ms } = await timed(Buffer.from(`<!DOCTYPE svg>${'<!---->'.repeat(30)}x`), 'comments.svg');
    assert.equal(response.status, 415, response.text);
    assert.ok(ms < 1000, `took ${Math.round(ms)} ms`);
  });

  test('an svg DOCTYPE with an unclosed id or subset, or a subset full of comment openings', async () => {
    const root = '<svg xmlns="http://www.w3.org/2000/svg">';
    for (const doctype of [
      `<!DOCTYPE svg PUBLIC "${' '.repeat(60_000)}`,
      `<!DOCTYPE svg [${'x'.repeat(60_000)}`,
      `<!DOCTYPE svg [${'<!-- '.repeat(15_000)}]>`,
    ]) {
      const { response, ms } = await timed(Buffer.from(`${doctype}${root}</svg>`), 'doctype.svg');
      // Refused either way: as not an SVG, or as an SVG with a DOCTYPE it will not take.
      assert.ok([400, 415].includes(response.status), response.text);
      assert.ok(ms < 1000, `${doctype.slice(0, 16)}… took ${Math.round(ms)} ms`);
    }
  });

  test('an SVG full of unclosed tags or CSS urls', async () => {
    for (const body of ['<'.repeat(60_000), 'url('.repeat(15_000), '<a "'.repeat(15_000)]) {
      const { response, ms } = await timed(
        Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${body}`),
        'crafted.svg',
      );
      assert.equal(response.status, 400, response.text);
      assert.ok(ms < 1000, `${body.slice(0, 4)}… took ${Math.round(ms)} ms`);
    }
  });
});
