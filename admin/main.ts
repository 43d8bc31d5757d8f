/**
 * The admin's browser entry (bundled into public/admin/admin.js by
 * scripts/build-admin.ts). Decap CMS is told to wait (CMS_MANUAL_INIT), then
 * loaded; once it is there, our format, widgets, locale texts and preview are
 * registered and Decap starts with the configuration derived from the
 * content model (lib/admin/config.ts).
 */
import './decap.d';
import { decapConfig, FILE_NAME_WIDGET, POST_FORMAT } from '../lib/admin/config';
import { decapFormat } from '../lib/admin/frontmatter-format';
import { localBackendUrl } from '../lib/admin/local-backend';
import { site } from '../lib/site';
import { russianPhrases } from './locale';
import { registerPreview } from './preview';
import { renameUploadsToLatin } from './uploads';
import { fileNameWidget, fillFileNameBeforeSave } from './widgets/file-name';
import { moscowDateTimeWidget } from './widgets/moscow-datetime';
import type { DecapCms } from './decap.d';

const DECAP_SCRIPT = '/admin/decap/decap-cms.js';

function start(cms: DecapCms): void {
  cms.registerLocale('ru', russianPhrases(cms.getLocale('ru') ?? {}));
  cms.registerCustomFormat(POST_FORMAT, 'md', decapFormat);
  cms.registerWidget(FILE_NAME_WIDGET, fileNameWidget());
  fillFileNameBeforeSave(cms);
  cms.registerWidget('moscow-datetime', moscowDateTimeWidget());
  registerPreview(cms);
  renameUploadsToLatin(document);
  cms.init({ config: decapConfig(site, { localBackendUrl: localBackendUrl(window.location, site.admin.localBackendPort) }) });
}

window.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = DECAP_SCRIPT;
script.addEventListener('load', () => {
  if (window.CMS) start(window.CMS);
});
document.head.append(script);
