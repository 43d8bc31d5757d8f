/**
 * The admin's page, public/admin/index.html. No inline script: the admin's
 * policy (lib/security/policy.ts) allows scripts from the site's own files
 * only, like every other page; admin.js loads Decap itself.
 */
export const ADMIN_PATH = '/admin/';

export function adminPage(): string {
  return [
    '<!doctype html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Never in a search engine, whatever the host sends (the header says the same where we set headers).
    '<meta name="robots" content="noindex, nofollow">',
    '<title>Редактор блога</title>',
    '<link rel="icon" href="/icon.png">',
    `<script src="${ADMIN_PATH}admin.js" defer></script>`,
    '</head>',
    '<body>',
    '<noscript>Редактор блога работает только с включённым JavaScript.</noscript>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
