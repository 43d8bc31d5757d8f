import { ImageResponse } from 'next/og';
import type { GlyphCoverage } from '@/lib/og/glyphs';
import { cardTitle, TITLE_MAX_LINES } from '@/lib/og/title';
import { SOCIAL_HEIGHT, SOCIAL_WIDTH } from '@/lib/seo/social-image';

/**
 * A post's 1200×630 title card, rendered to PNG by next/og (satori). Satori
 * lays out with flexbox only and takes inline styles, not Tailwind classes;
 * the colours are the site's brand ones (app/globals.css, og-default.png).
 */

const BRAND_800 = '#0b4743';
const BRAND_600 = '#12706a';
const GOLD = '#e9c97a';
const MUTED = '#cfe5e2';

export interface OgImageText {
  readonly title: string;
  readonly siteName: string;
  readonly author: string;
  /** Already formatted for people, e.g. «26 июля 2025 г.». */
  readonly date: string;
}

export interface OgImageAssets {
  /** A data URI: nothing can be fetched while the image is rendered. */
  readonly logoSrc: string;
  readonly fontFamily: string;
  /** The fonts of fontFamily, in its order. */
  readonly fonts: NonNullable<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']>;
  /** What those fonts can draw: every text is cut down to it, so the renderer never fetches a glyph. */
  readonly glyphs: GlyphCoverage;
}

/** The card as a PNG response. */
export function renderOgImage(text: OgImageText, assets: OgImageAssets): ImageResponse {
  return new ImageResponse(<OgImage {...text} {...assets} />, {
    width: SOCIAL_WIDTH,
    height: SOCIAL_HEIGHT,
    fonts: assets.fonts,
  });
}

type OgImageProps = OgImageText & Omit<OgImageAssets, 'fonts'>;

export function OgImage({ title, siteName, author, date, logoSrc, fontFamily, glyphs }: OgImageProps) {
  const { text, fontSize } = cardTitle(title, glyphs);
  const fit = (value: string) => glyphs.fit(value).text;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: '56px 80px 60px',
        backgroundColor: BRAND_800,
        backgroundImage: `linear-gradient(135deg, ${BRAND_800} 0%, ${BRAND_800} 55%, ${BRAND_600} 100%)`,
        color: '#ffffff',
        fontFamily,
        position: 'relative',
      }}
    >
      {/* The circles of og-default.png, so cards and the site image look related. */}
      <div
        style={{
          position: 'absolute',
          top: -130,
          right: -130,
          width: 260,
          height: 260,
          borderRadius: 130,
          backgroundColor: BRAND_600,
          opacity: 0.45,
        }}
      />
      <div style={{ display: 'flex', alignItems: 'center' }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- satori renders plain <img> only */}
        <img
          src={logoSrc}
          width={64}
          height={64}
          alt=""
          style={{ borderRadius: 16, border: '2px solid rgba(255, 255, 255, 0.22)' }}
        />
        <div style={{ marginLeft: 22, fontSize: 32, fontWeight: 700, color: MUTED }}>{fit(siteName)}</div>
      </div>
      <div style={{ flexGrow: 1, display: 'flex', alignItems: 'center' }}>
        <div
          style={{
            display: 'block',
            lineClamp: TITLE_MAX_LINES,
            fontSize,
            fontWeight: 700,
            lineHeight: 1.15,
            wordBreak: 'break-word',
          }}
        >
          {text}
        </div>
      </div>
      <div style={{ width: '100%', height: 4, borderRadius: 2, backgroundColor: GOLD }} />
      <div style={{ display: 'flex', marginTop: 22, fontSize: 28, color: MUTED }}>
        <span>{fit(author)}</span>
        <span style={{ margin: '0 16px', color: GOLD }}>·</span>
        <span>{fit(date)}</span>
      </div>
    </div>
  );
}
