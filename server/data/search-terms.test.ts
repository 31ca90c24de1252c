import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchTerms, toFtsQuery } from './search-terms.ts';

test('each word becomes a quoted, prefix-matched phrase; words are ANDed', () => {
  assert.equal(toFtsQuery('Blue  MUG'), '"blue"* AND "mug"*');
  assert.equal(toFtsQuery('café 2024'), '"café"* AND "2024"*');
});

test('a word split by punctuation matches as a phrase or as one joined word', () => {
  assert.equal(toFtsQuery('t-shirt'), '("t shirt"* OR "tshirt"*)');
  assert.equal(toFtsQuery('navy t-shirt'), '"navy"* AND ("t shirt"* OR "tshirt"*)');
});

test('search syntax is reduced to the words in it', () => {
  assert.equal(toFtsQuery('NEAR(a b)'), '("near a"* OR "neara"*) AND "b"*');
  assert.equal(toFtsQuery('title:mug* -cup ^x "y'), '("title mug"* OR "titlemug"*) AND "cup"* AND "x"* AND "y"*');
  assert.equal(toFtsQuery('mug AND cup OR NOT bowl'), '"mug"* AND "and"* AND "cup"* AND "or"* AND "not"* AND "bowl"*');
});

test('nothing searchable gives null', () => {
  for (const q of ['', '   ', '"', '*', '-', '^', '(', '""', '🎉', '\u202E'])
    assert.equal(toFtsQuery(q), null, JSON.stringify(q));
});

test('scripts other than Latin are kept', () => {
  assert.deepEqual(searchTerms('日本語 кружка'), [['日本語'], ['кружка']]);
});

test('at most 16 words are searched', () => {
  assert.equal(searchTerms('a '.repeat(40)).length, 16);
});
