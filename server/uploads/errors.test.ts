import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeBytes } from './errors.ts';

describe('describeBytes', () => {
  test('limits in the binary units they are set in', () => {
    assert.equal(describeBytes(50 * 2 ** 20), '50 MB');
    assert.equal(describeBytes(2.5 * 2 ** 20), '2.5 MB');
    assert.equal(describeBytes(300 * 1024), '300 KB');
    assert.equal(describeBytes(1000), '1000 bytes');
  });
});
