import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryButtonClass, textInputClass } from './control-classes';

// The lists as the pages rendered them before they were shared: order included, so the HTML stays the same.
test('the primary button in each size', () => {
  assert.equal(
    primaryButtonClass('small'),
    'rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700',
  );
  assert.equal(
    primaryButtonClass('large'),
    'rounded-lg bg-brand-700 px-4 py-3 text-base font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700',
  );
  assert.equal(
    primaryButtonClass('wide', 'inline-block'),
    'inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700',
  );
});

test('the text input, with and without breakpoint widths', () => {
  assert.equal(
    textInputClass('small', 'sm:w-44 sm:flex-none'),
    'min-w-0 flex-1 rounded-lg border border-slate-500 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 sm:w-44 sm:flex-none dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400',
  );
  assert.equal(
    textInputClass('large'),
    'min-w-0 flex-1 rounded-lg border border-slate-500 bg-white px-4 py-3 text-base text-slate-900 placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400',
  );
});
