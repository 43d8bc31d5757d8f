import Module from 'node:module';

/*
 * TypeScript 7 (the native port, used by `tsc` and `next build`) ships no
 * JavaScript API, and typescript-eslint refuses to load it (see
 * typescript-eslint#10940). The TypeScript team publishes the v6 API as
 * @typescript/typescript6 for tools like this one, so while ESLint runs,
 * `require('typescript')` resolves there. Remove once typescript-eslint
 * supports TS 7.
 */
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTypescript6(request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? '@typescript/typescript6' : request, ...rest);
};

const { default: nextCoreWebVitals } = await import('eslint-config-next/core-web-vitals');
const { default: nextTypescript } = await import('eslint-config-next/typescript');

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // No `any` at module boundaries: the content types are the contract.
      '@typescript-eslint/no-explicit-any': 'error',
      // Pages keep no flight data (build/flight-files.ts), so next/link has
      // nothing to prefetch or navigate with: on the pages that keep React
      // (search, 404) it only made refused requests. Internal links are <a>.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Local packages installed into node_modules (package.json overrides) are plain CommonJS.
    files: ['packages/**/*.js', 'packages/**/*.d.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: [
      '.next/**',
      '.next-server/**',
      '.next-fixture/**',
      '.fixture/**',
      '.bench/**',
      '.next-bench/**',
      'out-bench/**',
      'out/**',
      'out-fixture/**',
      '.fuzz/**',
      '.next-fuzz/**',
      'out-fuzz/**',
      '.contentlayer/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      // eslint-config-next ignores build/ (a Pages Router output folder); here it is our build-time code.
      '!build/**',
    ],
  },
];

export default config;
