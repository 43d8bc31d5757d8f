'use strict';
/**
 * gray-matter for this project: YAML front matter only, line endings read as LF.
 *
 * Every copy of gray-matter in the dependency tree resolves to this package
 * (package.json: "overrides": { "gray-matter": "$gray-matter" } and the
 * dependency "gray-matter": "file:packages/gray-matter-yaml-only"); the real
 * one is installed as "gray-matter-upstream". Contentlayer (source-files and
 * core) and mdx-bundler call it on every post.
 *
 * Why. gray-matter 4.0.3 takes the text after the opening fence as the
 * language of the block (`---js`, `--- javascript`, `---coffee`) and looks the
 * language up in its engine table, lib/engines.js, which ships this engine:
 *
 *     engines.javascript = {
 *       parse: function parse(str, options, wrap) {
 *         ...
 *         return eval(str) || {};
 *
 * So a post that began with `---js` ran as code, as the user running the build
 * (root in CI), in `contentlayer2 build`, `npm run dev` and its watch mode, and
 * the content stage of `npm run build`. What this package does about it:
 *
 * 1. It deletes every engine but YAML from gray-matter's shared engine table
 *    (`matter.engines` is lib/engines.js's module.exports, which every parse
 *    copies its engines from). Even a direct call of the upstream, with a
 *    language given in the text or in the options, then ends in gray-matter's
 *    own `engine "javascript" is not registered` error instead of eval.
 * 2. It refuses, before the upstream sees it, a file whose opening fence
 *    names a language, and ignores callers' options that choose another
 *    language or bring engines other than YAML.
 * 3. It reads CRLF and lone CR line endings as LF. The YAML parser Contentlayer
 *    gives gray-matter (`yaml` 2) takes the CR left before gray-matter's
 *    closing `\n---` as part of the last value ("Unexpected scalar at node
 *    end"), so a file saved on Windows failed the build; check:content reads
 *    files the same way (lib/content/source-text.ts: normaliseNewlines).
 */
const upstream = require('gray-matter-upstream');

for (const name of Object.keys(upstream.engines)) {
  if (name !== 'yaml') delete upstream.engines[name];
}

/** The same rule as normaliseNewlines in lib/content/source-text.ts (a unit test compares them). */
function normaliseNewlines(text) {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * What follows the dashes of the opening fence (`---js` → "js"), or '' for a
 * plain `---`. Only spaces and tabs count as nothing: gray-matter trims a
 * no-break space away and reads YAML, while the check's markdown parser
 * (remark-frontmatter) sees no front matter there, so such a file is refused too.
 */
function fenceLanguage(text) {
  const body = normaliseNewlines(text.replace(/^\uFEFF/, ''));
  if (!body.startsWith('---') || body.charAt(3) === '-') return '';
  const end = body.indexOf('\n');
  const rest = body.slice(3, end === -1 ? body.length : end);
  if (/^[ \t]*$/.test(rest)) return '';
  // A no-break space or another invisible character: name it, or the message would show nothing.
  return rest.trim() || rest.replace(/[\s\S]/gu, (c) => `\\u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function onlyYaml(options) {
  const opts = Object.assign({}, options);
  delete opts.language;
  delete opts.lang;
  delete opts.parsers;
  const yaml = opts.engines && opts.engines.yaml;
  opts.engines = yaml ? { yaml } : {};
  return opts;
}

function toText(input) {
  if (Buffer.isBuffer(input)) return input.toString('utf8');
  return typeof input === 'string' ? input : null;
}

function matter(input, options) {
  let file = input;
  const text = toText(input && typeof input === 'object' && !Buffer.isBuffer(input) ? input.content : input);
  if (text !== null) {
    const language = fenceLanguage(text);
    if (language) {
      throw new Error(
        `Блок полей должен начинаться строкой «---» без продолжения, а здесь «---${language}»: ` +
          `поля пишутся только на YAML (front matter language "${language}" is refused: only YAML is read)`,
      );
    }
    const normalised = normaliseNewlines(text);
    file = input && typeof input === 'object' && !Buffer.isBuffer(input) ? Object.assign({}, input, { content: normalised }) : normalised;
  }
  return upstream(file, options === undefined ? undefined : onlyYaml(options));
}

// The rest of gray-matter's API, with read() going through the checks above.
matter.stringify = upstream.stringify;
matter.test = upstream.test;
matter.language = upstream.language;
matter.engines = upstream.engines;
matter.cache = upstream.cache;
matter.clearCache = upstream.clearCache;
matter.read = function read(filepath, options) {
  const file = matter(require('fs').readFileSync(filepath, 'utf8'), options);
  file.path = filepath;
  return file;
};
matter.normaliseNewlines = normaliseNewlines;
matter.fenceLanguage = fenceLanguage;

module.exports = matter;
