import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeTagSlug, keywordSpellingKey, rawTagSlug, tagSlugFault, TAG_SLUG_MAX, TAG_SLUG_PATTERN } from './tag-slug';

test('the rule: transliterate, lowercase, one hyphen for every run of other characters, no hyphens at the ends', () => {
  assert.equal(rawTagSlug('доверие клиентов'), 'doverie-klientov');
  assert.equal(rawTagSlug('мытьё окон'), 'mytyo-okon');
  assert.equal(rawTagSlug('т.е.'), 't-e');
  assert.equal(rawTagSlug('сайт.рф'), 'sayt-rf');
  assert.equal(rawTagSlug('  --Уборка: чек-лист!--  '), 'uborka-chek-list');
  assert.equal(rawTagSlug('a_b'), 'a-b');
  // NFD input (ё as е + combining diaeresis) gives the same slug as NFC.
  assert.equal(rawTagSlug('мытье\u0308 окон'), 'mytyo-okon');
});

test('nothing Latin left, or over the limit: no slug, and the fault says which', () => {
  for (const keyword of ['.', '..', '...', '!!!', '🧹', '—', ' ']) {
    assert.equal(rawTagSlug(keyword), '', keyword);
    assert.equal(tagSlugFault(keyword), 'empty', keyword);
    assert.equal(computeTagSlug(keyword), '', keyword);
  }
  assert.equal(tagSlugFault('x'.repeat(TAG_SLUG_MAX)), null);
  assert.equal(computeTagSlug('x'.repeat(TAG_SLUG_MAX)), 'x'.repeat(TAG_SLUG_MAX));
  assert.equal(tagSlugFault('x'.repeat(TAG_SLUG_MAX + 1)), 'too-long');
  assert.equal(computeTagSlug('x'.repeat(TAG_SLUG_MAX + 1)), '');
  // The limit is on the slug: 16 Cyrillic letters can be 64 Latin ones.
  assert.equal(tagSlugFault('щ'.repeat(16)), 'too-long');
});

test('every slug the rule gives matches the pattern', () => {
  for (const keyword of ['C++', 'über café', '日本語', 'Ⅻ', '١٢٣', 'a--b', '-x-', 'ButlerSPB 2025']) {
    const slug = computeTagSlug(keyword);
    assert.match(slug, TAG_SLUG_PATTERN, keyword);
  }
});

test('spellings of one keyword differ only in case, spaces, hyphens, dashes, underscores, quotes and emoji', () => {
  const same = (a: string, b: string) => keywordSpellingKey(a) === keywordSpellingKey(b);
  assert.ok(same('Санкт-Петербург', 'санкт петербург'));
  assert.ok(same('доверие  клиентов', 'Доверие_клиентов'));
  assert.ok(same('«уборка»', 'уборка'));
  assert.ok(same('🧹 уборка', 'Уборка'));
  assert.ok(same('уборка ✨️', 'уборка'));
  // Found by the fuzz corpus: a skin tone or a flag is part of the emoji, not a letter.
  assert.ok(same('👍🏽 уборка', 'уборка'));
  assert.ok(same('🇷🇺 УБОРКА', 'уборка'));
  assert.ok(same('1️⃣ уборка', '1 уборка'));
  assert.ok(same('уборка — быстро', 'уборка - быстро'));
  assert.ok(!same('C++', 'C#'));
  assert.ok(!same('т.е.', 'те'));
  assert.ok(!same('сайт.рф', 'сайт рф'));
});
