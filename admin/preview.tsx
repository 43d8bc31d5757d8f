import type { DecapCms } from './decap.d';

/** The preview pane: the site's stylesheet and markdown pipeline (filled in by the preview work). */
export function registerPreview(cms: DecapCms): void {
  void cms;
}
