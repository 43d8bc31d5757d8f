/**
 * html-validate for the built site (scripts/validate-html.ts runs it over
 * every page of both static exports). The recommended preset, with only the
 * changes below. Each is about how React (or the markdown pipeline) serialises
 * HTML, which our code cannot change, or a check that lives elsewhere; the
 * evidence is named.
 */
const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes attribute names as the DOM props it is given: charSet,
    // srcSet, dateTime, fetchPriority, noModule, autoComplete
    // (react-dom-server: `target.push(attributeSeparator, name, ...)`). HTML
    // attribute names are case-insensitive; lowercase is still required for
    // every other attribute.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // Pure syntax style, where both forms are valid HTML and the page is
    // written by two serialisers we do not control: React writes `<meta/>`
    // and `async=""` (react-dom-server: endOfStartTagSelfClosing = "/>",
    // attributeEmptyString = '=""'), while the post body from rehype-stringify
    // has `<hr>` and bare boolean attributes (`<input disabled>` in task lists).
    // No single style fits both. Malformed void elements (`</br>`, content in
    // <img>) are still errors: void-content stays on.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // React's own ids start with an underscore: the bootstrap script
    // `<script id="_R_">` and useId's `_R_…_`. HTML5 allows any id without
    // spaces; `relaxed` still rejects empty ids and whitespace.
    'valid-id': ['error', { relaxed: true }],
    // ARIA 1.2 allows naming role=list. Our lists are named on purpose
    // («Статьи», «Темы статьи») so screen readers announce what they list and
    // tests can find them; names on elements that prohibit naming still fail.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Whitespace-nowrap keeps a phone link on one line, which is what this
    // rule wants from non-breaking characters (components/SiteFooter.tsx).
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
    // The <title> is the editor's frontmatter title: its length is checked at
    // the source by `npm run check:content` (same 70-character limit, as a
    // warning naming the file and line). A published long title is an
    // editorial decision, not broken HTML.
    'long-title': 'off',
  },
};

export default config;
