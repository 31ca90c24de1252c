import { expect } from '@open-wc/testing';
import { acceptList, precheckFile } from './file-checks.ts';

describe('precheckFile', () => {
  it('sends any file that is not empty and within the limit, whatever its name', () => {
    for (const name of ['photo.jfif', 'scan.jpe', 'logo.svgz', 'setup.exe', 'no extension']) {
      expect(precheckFile(new File(['x'], name), 10), name).to.equal('');
    }
  });

  it('stops an empty file and one over the limit at once', () => {
    expect(precheckFile(new File([], 'blank.png'), 10)).to.equal('blank.png is empty.');
    expect(precheckFile(new File([new Uint8Array(3 * 2 ** 20)], 'big.tif'), 2 * 2 ** 20)).to.equal(
      'big.tif is 3 MB; the limit is 2 MB.',
    );
  });
});

describe('acceptList', () => {
  it('hints at every extension a format is saved with', () => {
    expect(acceptList(['jpeg', 'png', 'tiff'])).to.equal('.jpg,.jpeg,.jpe,.jfif,.png,.tif,.tiff');
  });
});
