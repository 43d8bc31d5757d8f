import assert from 'node:assert/strict';
import net from 'node:net';
import { afterEach, beforeEach, test } from 'node:test';
import { OG_FONT_FAMILY, ogFonts, ogGlyphs, ogLogo } from '../lib/og/assets';
import { renderOgImage, type OgImageText } from './OgImage';

/**
 * The card is rendered the way the route renders it, with every way out of
 * the process trapped: next/og fetches glyphs its fonts lack (Google Fonts,
 * an emoji CDN), and the build must never do that.
 */

const attempts: string[] = [];
const realFetch = globalThis.fetch;
const realConnect = net.Socket.prototype.connect;

beforeEach(() => {
  attempts.length = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    // The renderer loads its layout engine from a data: URL: in memory, not the network.
    if (url.startsWith('data:')) return realFetch(input, init);
    attempts.push(`fetch ${url}`);
    throw new Error('no network in this test');
  }) as typeof fetch;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    attempts.push(`connect ${JSON.stringify(args[0])}`);
    throw new Error('no network in this test');
  } as typeof net.Socket.prototype.connect;
});

afterEach(() => {
  globalThis.fetch = realFetch;
  net.Socket.prototype.connect = realConnect;
});

const assets = () => ({ logoSrc: ogLogo(), fontFamily: OG_FONT_FAMILY, fonts: ogFonts(), glyphs: ogGlyphs() });

async function png(text: OgImageText): Promise<Buffer> {
  return Buffer.from(await renderOgImage(text, assets()).arrayBuffer());
}

const base: OgImageText = { title: 'Уборка', siteName: 'Блог ButlerSPB', author: 'Анна', date: '1 мая 2025 г.' };

test('emoji, CJK and Arabic in any text are left out, and nothing is fetched', async () => {
  const hostile = await png({
    title: 'Уборка 🧽✨ 清洁 تنظيف 👨‍👩‍👧',
    siteName: 'Блог ButlerSPB 🏠',
    author: 'Анна 🌸 王',
    date: '1 мая 2025 г. ✅',
  });
  assert.deepEqual(attempts, []);
  assert.equal(hostile.subarray(1, 4).toString('ascii'), 'PNG');
  assert.equal(hostile.readUInt32BE(16), 1200);
  assert.equal(hostile.readUInt32BE(20), 630);
  // Left out, not drawn as boxes: the card is the one for the plain text.
  assert.ok(hostile.equals(await png(base)), 'the card differs from the card without the foreign glyphs');
});

test('Russian, Latin, ₽ and the clamp ellipsis render from the shipped fonts alone', async () => {
  await png({ ...base, title: `Цены от 5000 ₽ — «ButlerSPB» в кварти\u0301ре, Ґ, Ş, ł. ${'Очень длинный заголовок '.repeat(12)}` });
  assert.deepEqual(attempts, []);
});

test('the trap does catch a renderer that fetches', async () => {
  await assert.rejects(fetch('https://example.org/'));
  assert.equal(attempts.length, 1);
});
