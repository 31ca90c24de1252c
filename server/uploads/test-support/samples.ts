import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { UploadFormat } from '../../../sdk/schemas/index.ts';

/** Small files of every accepted format, made on the spot: rasters by sharp, the rest byte by byte. */

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** A 64 × 48 picture with some detail, so encoders produce real image data. */
function picture() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><rect width="64" height="48" fill="#1d4ed8"/><circle cx="32" cy="24" r="16" fill="#facc15"/></svg>`;
  return sharp(Buffer.from(svg));
}

export const SAFE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- made by hand -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="80" viewBox="0 0 120 80">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient></defs>
  <rect width="120" height="80" fill="url(#g)"/><use xlink:href="#g"/>
  <style>rect { stroke: black; }</style>
</svg>`;

/** What Illustrator writes: the SVG 1.1 DOCTYPE, namespace URIs as entities, an embedded font and a JPEG. */
export const ILLUSTRATOR_SVG = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
	<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">
	<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
	<!ENTITY ns_svg "http://www.w3.org/2000/svg">
]>
<svg version="1.1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns="&ns_svg;" width="120px" height="80px" viewBox="0 0 120 80">
<style type="text/css">@font-face { font-family: Brand; src: url(data:font/woff2;base64,d09GMgABAAAAAA==) format("woff2"); }</style>
<rect width="120" height="80" fill="#0a0"/><image width="1" height="1" href="data:image/jpg;base64,/9j/4AAQ"/>
</svg>`;

/** A real PNG whose header then claims `width` × `height`: what is read before any pixel is decoded. */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  // The IHDR chunk's CRC covers its type and data.
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** An image resource block: signature, id, a Pascal name padded to even, length, data padded to even. */
function resourceBlock(id: number, data: Buffer, name = ''): Buffer {
  const start = Buffer.alloc(6);
  start.write('8BIM', 0, 'latin1');
  start.writeUInt16BE(id, 4);
  const pascal = Buffer.concat([Buffer.from([name.length]), latin1(name)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  return Buffer.concat([start, pascal, Buffer.alloc(pascal.length % 2), length, data, Buffer.alloc(data.length % 2)]);
}

/** Photoshop's thumbnail resource (1036): a 28-byte header (format 1 is JFIF), then the JPEG. */
export function psdThumbnailResource(jpeg: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(28);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(width, 4);
  header.writeUInt32BE(height, 8);
  header.writeUInt32BE(Math.ceil((width * 24) / 32) * 4, 12);
  header.writeUInt32BE(Math.ceil((width * 24) / 32) * 4 * height, 16);
  header.writeUInt32BE(jpeg.length, 20);
  header.writeUInt16BE(24, 24);
  header.writeUInt16BE(1, 26);
  return resourceBlock(1036, Buffer.concat([header, jpeg]));
}

/** A PSD's header, an empty color mode section and an image resources section holding `resources`. */
export function psd(width: number, height: number, resources: Buffer[] = []): Buffer {
  const header = Buffer.alloc(26);
  header.write('8BPS', 0, 'latin1');
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(3, 12);
  header.writeUInt32BE(height, 14);
  header.writeUInt32BE(width, 18);
  header.writeUInt16BE(8, 22);
  header.writeUInt16BE(3, 24);
  const section = Buffer.concat(resources);
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32BE(section.length, 4);
  return Buffer.concat([header, lengths, section, Buffer.alloc(64)]);
}

function cdr(): Buffer {
  const body = Buffer.concat([latin1('CDRvvrsn'), Buffer.alloc(60)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length, 0);
  return Buffer.concat([latin1('RIFF'), size, body]);
}

/** A ZIP of stored (uncompressed) entries, with an archive comment after its end record. */
export function zipOf(entries: [name: string, data: Buffer][], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 10, 8, 30);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, latin1(name), data);
    directory.push(entry, latin1(name));
    offset += header.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directoryBytes, end, latin1(comment)]);
}

/** CorelDRAW X4 and later: the RIFF drawing inside a ZIP, beside its other parts. */
export function coreldrawZip(comment = ''): Buffer {
  return zipOf(
    [
      ['mimetype', latin1('application/x-vnd.corel.draw.document+zip')],
      ['content/root.dat', cdr()],
      ['previews/thumbnail.png', Buffer.alloc(8)],
    ],
    comment,
  );
}

function dosEps(): Buffer {
  const postscript = latin1('%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 72 72\nshowpage\n%%EOF\n');
  const header = Buffer.alloc(30);
  Buffer.from([0xc5, 0xd0, 0xd3, 0xc6]).copy(header, 0);
  header.writeUInt32LE(30, 4);
  header.writeUInt32LE(postscript.length, 8);
  header.writeUInt16LE(0xffff, 28);
  return Buffer.concat([header, postscript]);
}

const PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

export type Sample = {
  name: string;
  format: UploadFormat;
  bytes: Buffer;
  preview: boolean;
  width: number | null;
  height: number | null;
};

/** One sample per accepted format, plus the second form of the formats that have two. */
export async function acceptedSamples(): Promise<Sample[]> {
  return [
    { name: 'logo.png', format: 'png', bytes: await picture().png().toBuffer(), preview: true, width: 64, height: 48 },
    {
      name: 'photo.jpg',
      format: 'jpeg',
      bytes: await picture().jpeg().toBuffer(),
      preview: true,
      width: 64,
      height: 48,
    },
    {
      name: 'art.webp',
      format: 'webp',
      bytes: await picture().webp().toBuffer(),
      preview: true,
      width: 64,
      height: 48,
    },
    { name: 'anim.gif', format: 'gif', bytes: await picture().gif().toBuffer(), preview: true, width: 64, height: 48 },
    {
      name: 'scan.tiff',
      format: 'tiff',
      bytes: await picture().tiff().toBuffer(),
      preview: true,
      width: 64,
      height: 48,
    },
    { name: 'vector.svg', format: 'svg', bytes: Buffer.from(SAFE_SVG), preview: true, width: 120, height: 80 },
    {
      name: 'illustrator.svg',
      format: 'svg',
      bytes: Buffer.from(ILLUSTRATOR_SVG),
      preview: true,
      width: 120,
      height: 80,
    },
    { name: 'print.pdf', format: 'pdf', bytes: latin1(PDF), preview: false, width: null, height: null },
    {
      name: 'design.ai',
      format: 'ai',
      bytes: latin1(
        PDF.replace('/Type /Catalog', '/Type /Catalog /Creator (Adobe Illustrator 27.0) /AIPrivateData1 3 0 R'),
      ),
      preview: false,
      width: null,
      height: null,
    },
    {
      name: 'old.ai',
      format: 'ai',
      bytes: latin1('%!PS-Adobe-3.0\n%%Creator: Adobe Illustrator(R) 8.0\n%%AI8_CreatorVersion: 8.0\n%%EOF\n'),
      preview: false,
      width: null,
      height: null,
    },
    {
      name: 'cut.eps',
      format: 'eps',
      bytes: latin1('%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 72 72\nshowpage\n%%EOF\n'),
      preview: false,
      width: null,
      height: null,
    },
    { name: 'dos.eps', format: 'eps', bytes: dosEps(), preview: false, width: null, height: null },
    { name: 'corel.cdr', format: 'cdr', bytes: cdr(), preview: false, width: null, height: null },
    { name: 'corel-x4.cdr', format: 'cdr', bytes: coreldrawZip(), preview: false, width: null, height: null },
    { name: 'layers.psd', format: 'psd', bytes: psd(640, 480), preview: false, width: 640, height: 480 },
    {
      name: 'photoshop.psd',
      format: 'psd',
      // Other resources come first, as Photoshop writes them; one has an odd length and a name.
      bytes: psd(640, 480, [
        resourceBlock(1005, Buffer.alloc(16)),
        resourceBlock(1039, Buffer.alloc(5), 'ab'),
        psdThumbnailResource(await picture().jpeg().toBuffer(), 64, 48),
      ]),
      preview: true,
      width: 640,
      height: 480,
    },
  ];
}

/** A Windows executable's start. */
export const EXE = Buffer.concat([
  latin1('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  latin1('PE\0\0'),
  Buffer.alloc(200),
]);
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
export const HTML = Buffer.from('<!doctype html><html><body><script>fetch("/api/carts")</script></body></html>');
export const PLAIN_POSTSCRIPT = latin1('%!PS-Adobe-3.0\n/Helvetica findfont 12 scalefont setfont\nshowpage\n%%EOF\n');

/** SVGs that must be refused, each with what is wrong with it. */
export const UNSAFE_SVGS: [string, string][] = [
  ['script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  [
    'namespaced script',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>',
  ],
  ['onload', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'],
  [
    'onclick on a child',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" onclick=\'alert(1)\'/></svg>',
  ],
  [
    'javascript link',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a></svg>',
  ],
  [
    'encoded javascript',
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a></svg>',
  ],
  [
    'external image',
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://evil.example/x.png" width="1" height="1"/></svg>',
  ],
  ['protocol-relative use', '<svg xmlns="http://www.w3.org/2000/svg"><use href="//evil.example/sprite.svg#a"/></svg>'],
  [
    'local file',
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd" width="1" height="1"/></svg>',
  ],
  [
    'css url',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" style="fill:url(https://evil.example/a)"/></svg>',
  ],
  ['css import', '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://evil.example/a.css";</style></svg>'],
  [
    'foreignObject',
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject></svg>',
  ],
  [
    'external entity',
    '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
  ],
  [
    'parameter entity',
    '<!DOCTYPE svg [<!ENTITY % p SYSTEM "https://evil.example/p.dtd"> %p;]><svg xmlns="http://www.w3.org/2000/svg"/>',
  ],
  [
    'entity holding markup',
    '<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&s;</svg>',
  ],
  [
    'entity spelling a script URL',
    '<!DOCTYPE svg [<!ENTITY j "javascript">]><svg xmlns="http://www.w3.org/2000/svg"><a href="&j;:alert(1)"><rect width="1" height="1"/></a></svg>',
  ],
  [
    'DOCTYPE after the root',
    '<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg><rect width="1" height="1"/></svg>',
  ],
  [
    'set to javascript',
    '<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="javascript:alert(1)"/><rect width="1" height="1"/></a></svg>',
  ],
  ['iframe', '<svg xmlns="http://www.w3.org/2000/svg"><iframe src="https://evil.example"/></svg>'],
  // A namespace prefix may hold dots; animation can set a link after the check read it.
  [
    'script under a dotted prefix',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s.v="http://www.w3.org/2000/svg"><s.v:script>alert(1)</s.v:script></svg>',
  ],
  [
    'external image under a dotted prefix',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x.l="http://www.w3.org/1999/xlink"><image x.l:href="https://evil.example/x.png" width="1" height="1"/></svg>',
  ],
  [
    'set to an external link',
    '<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="https://evil.example/"/><rect width="1" height="1"/></a></svg>',
  ],
  [
    'animated external image',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image width="1" height="1"><animate attributeName="xlink:href" values="https://evil.example/x.png"/></image></svg>',
  ],
  // CSS escapes spell url( and @import too, and image-set() takes a URL as a plain string.
  [
    'escaped css url',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" style="fill:u\\72l(https://evil.example/a)"/></svg>',
  ],
  [
    'escaped css import',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@\\69mport "https://evil.example/a.css";</style></svg>',
  ],
  [
    'css image-set',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: image-set("https://evil.example/a.png" 1x) }</style></svg>',
  ],
  // A `>` inside an attribute value does not end the tag for an XML parser.
  [
    'onload after a quoted >',
    '<svg xmlns="http://www.w3.org/2000/svg" data-x=">" onload="alert(1)"><rect width="1" height="1"/></svg>',
  ],
  [
    'external image after a quoted >',
    '<svg xmlns="http://www.w3.org/2000/svg"><image data-x=\'a>b\' href="https://evil.example/x.png" width="1" height="1"/></svg>',
  ],
];
