import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attachmentDisposition, cleanFileName, downloadName } from './file-name.ts';

describe('cleanFileName', () => {
  test('keeps ordinary names, including non-Latin ones', () => {
    assert.equal(cleanFileName('Logo final (2).png'), 'Logo final (2).png');
    assert.equal(cleanFileName('ステッカー.svg'), 'ステッカー.svg');
  });

  test('keeps only the last segment, without controls, direction overrides or leading dots', () => {
    assert.equal(cleanFileName('../../etc/passwd'), 'passwd');
    assert.equal(cleanFileName('C:\\Users\\me\\art.ai'), 'art.ai');
    assert.equal(cleanFileName('.htaccess'), 'htaccess');
    assert.equal(cleanFileName('a\u0000b\u0007c\u202e\u200bd.png'), 'abcd.png');
    assert.equal(cleanFileName('  spaced \t out .png  '), 'spaced out .png');
    assert.equal(cleanFileName(undefined), 'design');
    assert.equal(cleanFileName('/'), 'design');
  });

  test('caps the length at 120 characters, keeping the extension', () => {
    const name = cleanFileName(`${'é'.repeat(200)}.tiff`);
    assert.equal([...name].length, 120);
    assert.ok(name.endsWith('.tiff'));
  });
});

describe('attachmentDisposition', () => {
  test('an ASCII fallback and the exact name, with nothing that could break the header', () => {
    assert.equal(attachmentDisposition('logo.png'), `attachment; filename="logo.png"; filename*=UTF-8''logo.png`);
    assert.equal(
      attachmentDisposition('a"b\\c;d%e\'f.svg'),
      `attachment; filename="a_b_c_d_e'f.svg"; filename*=UTF-8''a%22b%5Cc%3Bd%25e%27f.svg`,
    );
    assert.equal(
      attachmentDisposition('日本.png'),
      `attachment; filename="__.png"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png`,
    );
  });
});

describe('downloadName', () => {
  test('keeps an extension of the format found, in any case', () => {
    assert.equal(downloadName('photo.JFIF', 'jpeg'), 'photo.JFIF');
    assert.equal(downloadName('scan.tif', 'tiff'), 'scan.tif');
    assert.equal(downloadName('poster.pdf', 'ai'), 'poster.pdf');
  });

  test("adds the format's extension to any other name", () => {
    assert.equal(downloadName('invoice.html', 'png'), 'invoice.html.png');
    assert.equal(downloadName('design', 'cdr'), 'design.cdr');
    assert.equal(downloadName('logo.', 'svg'), 'logo.svg');
    assert.equal(downloadName('photo.png', 'jpeg'), 'photo.png.jpg');
  });
});
