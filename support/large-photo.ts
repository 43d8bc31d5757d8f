import sharp from 'sharp';

/**
 * A photo-sized JPEG generated on the spot (never committed): smooth colour
 * under per-pixel noise, which JPEG cannot squeeze, so 4000 × 2250 at
 * quality 90 weighs about 4 MB, like a phone photo. Deterministic: the same
 * arguments give the same bytes. For the fixture site's large images
 * (scripts/build-fixture-site.ts) and `npm run measure:images`.
 */
export async function noisyPhoto(width: number, height: number, seed = 7): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const noise = ((state >> 16) & 0x3f) - 32;
      const i = (y * width + x) * 3;
      pixels[i] = Math.max(0, Math.min(255, (x / width) * 200 + 30 + noise));
      pixels[i + 1] = Math.max(0, Math.min(255, (y / height) * 180 + 40 + noise));
      pixels[i + 2] = Math.max(0, Math.min(255, 160 + 60 * Math.sin(x / 150) + noise));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}
