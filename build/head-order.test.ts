import assert from 'node:assert/strict';
import test from 'node:test';
import { withSequenceLinksAfterIcons } from './head-order';
import { scanPage } from './page-scan';

const ICONS = '<link rel="icon" href="/icon.png?i.png" sizes="64x64" type="image/png"/><link rel="apple-touch-icon" href="/apple-icon.png?a.png" sizes="180x180" type="image/png"/>';
const SEQUENCE = '<link rel="prev" href="/"/><link rel="next" href="/page/3/"/>';
const page = (head: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}<script>theme()</script></head><body><a rel="next" href="/page/3/">Старше</a></body></html>`;

test('rel=prev/next hoisted ahead of the metadata move after the icons; the rest of the page is untouched', () => {
  const early = page(`<link rel="stylesheet" href="/a.css"/>${SEQUENCE}<meta name="theme-color" content="#fff"/><title>Страница 2</title>${ICONS}`);
  const placed = page(`<link rel="stylesheet" href="/a.css"/><meta name="theme-color" content="#fff"/><title>Страница 2</title>${ICONS}${SEQUENCE}`);
  const moved = withSequenceLinksAfterIcons(early, scanPage(early));
  assert.ok(moved);
  assert.equal(moved.html, placed);
  assert.deepEqual(moved.scan, scanPage(placed));
  assert.equal(withSequenceLinksAfterIcons(placed, scanPage(placed)), null);
});

test('pages without rel=prev/next in the head, or without icons, are left as they are', () => {
  for (const html of [page(ICONS), page(SEQUENCE), page(`${ICONS}<link rel="canonical" href="/x/"/>`)]) {
    assert.equal(withSequenceLinksAfterIcons(html, scanPage(html)), null);
  }
});

test('a lone rel=next between the icons moves after the last one', () => {
  const [icon, apple] = ICONS.split('/><').map((part, i) => (i === 0 ? `${part}/>` : `<${part}`));
  const html = page(`${icon}<link rel="next" href="/page/2/"/>${apple}`);
  assert.equal(withSequenceLinksAfterIcons(html, scanPage(html))?.html, page(`${ICONS}<link rel="next" href="/page/2/"/>`));
});
