import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT_OR_URL_PROPERTIES, URL_ONLY_PROPERTIES, termName } from './schema-terms';
import { isSubtypeOf, loadVocabulary } from './vocabulary';

test('the URL-valued property lists are what the vocabulary says', () => {
  const vocab = loadVocabulary();
  const urlOnly: string[] = [];
  const textOrUrl: string[] = [];
  for (const property of vocab.properties.values()) {
    if (!property.range.some((type) => isSubtypeOf(vocab, type, 'URL'))) continue;
    // Another literal type beside URL (Text, Boolean, DateTime…) lets a string be something else than a URL.
    const otherLiteral = property.range.some((type) => !isSubtypeOf(vocab, type, 'URL') && vocab.classes.get(type)?.dataType);
    (otherLiteral ? textOrUrl : urlOnly).push(property.name);
  }
  const sorted = (names: Iterable<string>) => [...names].sort();
  assert.deepEqual(sorted(URL_ONLY_PROPERTIES), sorted(urlOnly));
  assert.deepEqual(sorted(TEXT_OR_URL_PROPERTIES), sorted(textOrUrl));
  for (const name of ['url', 'image', 'sameAs', 'logo', 'contentUrl', 'mainEntityOfPage']) assert.ok(URL_ONLY_PROPERTIES.has(name), name);
  for (const name of ['keywords', 'identifier', 'additionalType']) assert.ok(TEXT_OR_URL_PROPERTIES.has(name), name);
});

test('termName reads bare, prefixed and full schema.org names', () => {
  assert.equal(termName('url'), 'url');
  assert.equal(termName('schema:url'), 'url');
  assert.equal(termName('https://schema.org/url'), 'url');
  assert.equal(termName('https://example.org/url'), null);
});
