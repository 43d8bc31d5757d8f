/**
 * Russian plural forms through Intl.PluralRules: "1 статья", "3 статьи",
 * "7 статей". One table per word; `other` covers fractions.
 */
const rules = new Intl.PluralRules('ru-RU');

type Forms = Readonly<Record<'one' | 'few' | 'many' | 'other', string>>;

export function plural(count: number, forms: Forms): string {
  const category = rules.select(count);
  return `${count} ${category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other}`;
}

export const POST_FORMS: Forms = { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' };

export function formatPostCount(count: number): string {
  return plural(count, POST_FORMS);
}
